import { useQuery } from "@apollo/client/react";
import { Alert, Button, Stack, Text } from "@mantine/core";
import { useLocation } from "wouter";
import { PageHeader } from "../../components/page-header";
import { QueryState } from "../../components/query-state";
import { SectionCard } from "../../components/sections";
import type { ResellerApplicationFieldsFragment } from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { useViewer } from "../../session/viewer";
import { ApplicationDetails, ApplicationStatusBadge } from "./application-details";
import { ApplicationForm } from "./application-form";
import { ResellerApplicationDocument } from "./reseller-application.generated";

/** A company that signed up applies to resell, and sees what became of its application. */
export function ApplyPage() {
  // Staff decide elsewhere, so each visit asks again; what the cache holds shows meanwhile.
  const application = useQuery(ResellerApplicationDocument, { fetchPolicy: "cache-and-network" });

  return (
    <>
      <PageHeader
        title="Apply to resell"
        description="Tell the vendor's partner team about your company. Customers, billing and trials open to you once your application is approved."
      />
      <QueryState query={application} errorTitle="Could not load your application">
        {({ resellerApplication }) => <Application application={resellerApplication ?? null} />}
      </QueryState>
    </>
  );
}

function Application({ application }: { application: ResellerApplicationFieldsFragment | null }) {
  if (!application) {
    return (
      <SectionCard title="Your application">
        <ApplicationForm />
      </SectionCard>
    );
  }
  switch (application.status) {
    case "PENDING":
      return <PendingApplication application={application} />;
    case "DECLINED":
      return <DeclinedApplication application={application} />;
    case "APPROVED":
      return <ApprovedApplication application={application} />;
  }
}

function PendingApplication({ application }: { application: ResellerApplicationFieldsFragment }) {
  return (
    <SectionCard
      title="Your application is being reviewed"
      aside={<ApplicationStatusBadge status={application.status} />}
    >
      <Stack gap="md">
        <Text size="sm">
          You applied on {formatDate(application.submittedAt)}. The partner team mails{" "}
          <b>{application.ownerEmail}</b> once they have decided; approval opens customers, billing and
          trials.
        </Text>
        <ApplicationDetails application={application} />
      </Stack>
    </SectionCard>
  );
}

function DeclinedApplication({ application }: { application: ResellerApplicationFieldsFragment }) {
  return (
    <Stack gap="lg" maw={720}>
      <Alert color="yellow" variant="light" title="Your application was declined">
        <Stack gap="xs">
          <Text size="sm">
            {application.decidedAt
              ? `On ${formatDate(application.decidedAt)} the partner team gave this reason:`
              : "The partner team gave this reason:"}
          </Text>
          <Text size="sm" fw={500} style={{ whiteSpace: "pre-wrap" }}>
            {application.declineReason}
          </Text>
        </Stack>
      </Alert>
      <SectionCard title="Apply again">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            Your earlier answers are filled in: change what the reason asks for, then send the application
            again.
          </Text>
          <ApplicationForm previous={application} />
        </Stack>
      </SectionCard>
    </Stack>
  );
}

/** Seen only until the app asks again who is signed in: an approved owner no longer applies. */
function ApprovedApplication({ application }: { application: ResellerApplicationFieldsFragment }) {
  const { refetch } = useViewer();
  const [, navigate] = useLocation();
  const open = async () => {
    await refetch();
    navigate("/");
  };
  return (
    <Alert color="green" variant="light" title="Your application was approved" maw={720}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">
          {application.companyName} resells
          {application.tier ? ` on the ${application.tier.name} partner tier` : ""} from now on: customers,
          billing and trials are open to you.
        </Text>
        <Button size="xs" onClick={() => void open()}>
          Go to Home
        </Button>
      </Stack>
    </Alert>
  );
}
