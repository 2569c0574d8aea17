import { useQuery } from "@apollo/client/react";
import { Button, Stack, Text } from "@mantine/core";
import { Link } from "wouter";
import { QueryState } from "../../components/query-state";
import { SectionCard } from "../../components/sections";
import type { ResellerApplicationFieldsFragment } from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { ApplicationStatusBadge } from "./application-details";
import { ResellerApplicationDocument } from "./reseller-application.generated";

/** On Home of a company that signed up: where its application stands, and the way to the Apply page. */
export function ApplicationCard({ companyName }: { companyName: string }) {
  // Staff decide elsewhere, so each visit asks again.
  const application = useQuery(ResellerApplicationDocument, { fetchPolicy: "cache-and-network" });
  return (
    <QueryState query={application} errorTitle="Could not load your application">
      {({ resellerApplication }) => (
        <ApplicationSummary companyName={companyName} application={resellerApplication ?? null} />
      )}
    </QueryState>
  );
}

/** The card's title and first sentence for where the application stands. */
function summaryOf(
  companyName: string,
  application: ResellerApplicationFieldsFragment | null,
): { title: string; text: string } {
  switch (application?.status) {
    case "PENDING":
      return {
        title: "Your application is being reviewed",
        text: `You applied on ${formatDate(application.submittedAt)}; the partner team mails you once they have decided.`,
      };
    case "DECLINED":
      return {
        title: "Your application was declined",
        text: "See the partner team's reason, and apply again.",
      };
    default:
      return {
        title: "Apply to resell",
        text: `${companyName} is signed up, and not a reseller yet. Tell the vendor's partner team about your company to apply.`,
      };
  }
}

function ApplicationSummary({
  companyName,
  application,
}: {
  companyName: string;
  application: ResellerApplicationFieldsFragment | null;
}) {
  const { title, text } = summaryOf(companyName, application);
  return (
    <SectionCard title={title} aside={application && <ApplicationStatusBadge status={application.status} />}>
      <Stack gap="md" align="flex-start">
        <Text size="sm">{text}</Text>
        <Text size="sm" c="dimmed">
          Customers, billing and trials open to you once your application is approved.
        </Text>
        <Button component={Link} to="/apply" variant={application ? "default" : "filled"}>
          {application ? "See your application" : "Apply to resell"}
        </Button>
      </Stack>
    </SectionCard>
  );
}
