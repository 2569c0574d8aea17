import { Anchor, Text } from "@mantine/core";
import { DetailList } from "../../components/sections";
import { type BadgeLook, StatusBadge } from "../../components/status-badge";
import type { ResellerApplicationFieldsFragment, ResellerApplicationStatus } from "../../gql/graphql";
import { countryName } from "../../lib/countries";
import { formatDate } from "../../lib/dates";

/** What each status means, and the colour that says whether someone still has to decide. */
export const APPLICATION_STATUSES: Record<ResellerApplicationStatus, BadgeLook> = {
  PENDING: { label: "Pending", color: "yellow" },
  APPROVED: { label: "Approved", color: "green" },
  DECLINED: { label: "Declined", color: "gray" },
};

export function ApplicationStatusBadge({ status }: { status: ResellerApplicationStatus }) {
  return <StatusBadge {...APPLICATION_STATUSES[status]} />;
}

/** "Austria, Germany, Switzerland": the countries an applicant sells in, by name. */
export function countryNames(codes: readonly string[]): string {
  return codes
    .map(countryName)
    .sort((a, b) => a.localeCompare(b, "en"))
    .join(", ");
}

/** "1,200": the licenses an applicant expects to sell in a year, in full. */
export function formatLicenses(count: number): string {
  return count.toLocaleString("en");
}

/** The applicant's website, opening in a tab of its own that cannot reach back into the portal. */
export function WebsiteLink({ url, size = "sm" }: { url: string; size?: "xs" | "sm" }) {
  return (
    <Anchor
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      size={size}
      style={{ overflowWrap: "anywhere" }}
    >
      {url.replace(/^https?:\/\//, "").replace(/\/$/, "")}
    </Anchor>
  );
}

/** What an application said, as the applicant sent it. */
export function ApplicationDetails({ application }: { application: ResellerApplicationFieldsFragment }) {
  return (
    <DetailList
      details={[
        { label: "Website", value: <WebsiteLink url={application.website} /> },
        { label: "Countries served", value: countryNames(application.countries) },
        { label: "Licenses a year", value: formatLicenses(application.expectedLicensesPerYear) },
        {
          label: "About the company",
          value: (
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {application.message}
            </Text>
          ),
        },
        { label: "Submitted", value: formatDate(application.submittedAt) },
      ]}
    />
  );
}
