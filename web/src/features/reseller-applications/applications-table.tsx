import { Button, Group, Stack, Text } from "@mantine/core";
import { DataTable, NoValue, RowTitle } from "../../components/data-table";
import type { ResellerApplicationFieldsFragment } from "../../gql/graphql";
import { countryName } from "../../lib/countries";
import { formatDate } from "../../lib/dates";
import { countryNames, formatLicenses, WebsiteLink } from "./application-details";

interface ApplicationsTableProps {
  applications: readonly ResellerApplicationFieldsFragment[];
  /** Whether the list holds decided applications, which show the decision instead of buttons. */
  decided: boolean;
  onApprove: (application: ResellerApplicationFieldsFragment) => void;
  onDecline: (application: ResellerApplicationFieldsFragment) => void;
}

export function ApplicationsTable({ applications, decided, onApprove, onDecline }: ApplicationsTableProps) {
  return (
    <DataTable
      label="Applications"
      minWidth={880}
      highlightOnHover
      rows={applications}
      rowKey={(application) => application.id}
      columns={[
        { header: "Company", cell: (application) => <RowTitle>{application.companyName}</RowTitle> },
        { header: "Owner email", cell: (application) => <Text size="sm">{application.ownerEmail}</Text> },
        {
          header: "Country",
          cell: ({ country }) => (country ? countryName(country) : <NoValue />),
        },
        { header: "Website", cell: (application) => <WebsiteLink url={application.website} /> },
        {
          header: "Countries served",
          cell: ({ countries }) => (
            <Text size="sm" lineClamp={2} title={countryNames(countries)}>
              {countryNames(countries)}
            </Text>
          ),
        },
        {
          header: "Licenses a year",
          align: "right",
          nowrap: true,
          cell: (application) => formatLicenses(application.expectedLicensesPerYear),
        },
        { header: "Submitted", nowrap: true, cell: (application) => formatDate(application.submittedAt) },
        decided && { header: "Decision", cell: (application) => <Decision application={application} /> },
      ]}
      actions={
        decided
          ? undefined
          : (application) => (
              <Group gap={4} justify="flex-end" wrap="nowrap">
                <Button
                  size="xs"
                  variant="light"
                  aria-label={`Approve ${application.companyName}`}
                  onClick={() => onApprove(application)}
                >
                  Approve
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  aria-label={`Decline ${application.companyName}`}
                  onClick={() => onDecline(application)}
                >
                  Decline
                </Button>
              </Group>
            )
      }
    />
  );
}

/** When staff decided, and on which tier or for what reason. */
function Decision({ application }: { application: ResellerApplicationFieldsFragment }) {
  const when = application.decidedAt && (
    <Text size="xs" c="dimmed">
      {formatDate(application.decidedAt)}
    </Text>
  );
  return (
    <Stack gap={0} maw={280}>
      {application.status === "APPROVED" ? (
        <Text size="sm">{application.tier ? `${application.tier.name} tier` : "Approved"}</Text>
      ) : (
        <Text size="sm" lineClamp={3} title={application.declineReason ?? undefined}>
          {application.declineReason}
        </Text>
      )}
      {when}
    </Stack>
  );
}
