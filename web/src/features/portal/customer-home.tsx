import { useQuery } from "@apollo/client/react";
import { Stack, Text } from "@mantine/core";
import { DataTable, RowTitle } from "../../components/data-table";
import { PageHeader } from "../../components/page-header";
import { EmptyState, QueryState } from "../../components/query-state";
import { DetailList, PageSection, SectionCard } from "../../components/sections";
import { type BadgeLook, StatusBadge } from "../../components/status-badge";
import { CustomerPortalDocument, type CustomerPortalQuery, type SubscriptionStatus } from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { licenses, PERIOD_LABELS } from "../pricing/purchase-options";
import { TrialStatusBadge } from "../trials/trial-status";

type AssignedSubscription = CustomerPortalQuery["customerPortal"]["subscriptions"][number];
type GivenTrial = CustomerPortalQuery["customerPortal"]["trials"][number];

// In the customer's words: how the reseller pays the vendor is not the customer's business.
const STATUSES: Record<SubscriptionStatus, BadgeLook> = {
  ACTIVE: { label: "Active", color: "green" },
  PENDING_PAYMENT: { label: "Awaiting payment", color: "yellow" },
  PAST_DUE: { label: "Payment overdue", color: "red" },
  CANCELED: { label: "Canceled", color: "gray" },
  EXPIRED: { label: "Expired", color: "gray" },
};

/** What an end customer sees: its account, the licenses resellers assigned to it and its trial, read-only. */
export function CustomerPortalPage() {
  const portal = useQuery(CustomerPortalDocument, {
    // A reseller's change shows here at once, so every visit asks again.
    fetchPolicy: "cache-and-network",
  });

  return (
    <>
      <PageHeader
        title="My account"
        description="The licenses your resellers assigned to you, and any free trial they gave you. They manage them for you: ask them for changes."
      />
      <QueryState query={portal} errorTitle="Could not load your account">
        {({ customerPortal }) => (
          <Stack gap="xl">
            <SectionCard title="Your account">
              <DetailList
                details={[
                  { label: "Company", value: customerPortal.companyName },
                  { label: "Email", value: customerPortal.email },
                ]}
              />
            </SectionCard>

            <PageSection title="Licenses">
              {customerPortal.subscriptions.length === 0 ? (
                <EmptyState
                  title="No licenses are assigned to you yet."
                  description="Your reseller will assign them."
                />
              ) : (
                <AssignedSubscriptionsTable subscriptions={customerPortal.subscriptions} />
              )}
            </PageSection>

            <PageSection title="Free trials">
              {customerPortal.trials.length === 0 ? (
                <EmptyState
                  title="You have no free trial."
                  description="Your reseller can give you one, to try a product before you buy it."
                />
              ) : (
                <GivenTrialsTable trials={customerPortal.trials} />
              )}
            </PageSection>
          </Stack>
        )}
      </QueryState>
    </>
  );
}

function AssignedSubscriptionsTable({ subscriptions }: { subscriptions: readonly AssignedSubscription[] }) {
  const someInactive = subscriptions.some((subscription) => subscription.status !== "ACTIVE");
  return (
    <Stack gap="xs">
      <DataTable
        label="Licenses"
        minWidth={720}
        rows={subscriptions}
        rowKey={(subscription) => subscription.id}
        columns={[
          { header: "Product", cell: (subscription) => <RowTitle>{subscription.productName}</RowTitle> },
          { header: "Licenses", cell: (subscription) => licenses(subscription.quantity) },
          { header: "Period", cell: (subscription) => PERIOD_LABELS[subscription.period] },
          { header: "Status", cell: (subscription) => <StatusBadge {...STATUSES[subscription.status]} /> },
          {
            header: "Current period ends",
            cell: (subscription) => formatDate(subscription.currentPeriodEnd),
          },
          {
            header: "Assigned",
            cell: (subscription) => (
              <>
                <Text size="sm">Assigned by {subscription.resellerName}</Text>
                <Text size="xs" c="dimmed">
                  on {formatDate(subscription.assignedAt)}
                </Text>
              </>
            ),
          },
        ]}
      />
      {someInactive && (
        <Text size="sm" c="dimmed">
          Only active licenses count. The reseller that assigned one awaiting payment or overdue is sorting it
          out; ask them if in doubt.
        </Text>
      )}
    </Stack>
  );
}

function GivenTrialsTable({ trials }: { trials: readonly GivenTrial[] }) {
  return (
    <DataTable
      label="Free trials"
      minWidth={600}
      rows={trials}
      rowKey={(trial) => trial.productCode}
      columns={[
        { header: "Product", cell: (trial) => <RowTitle>{trial.productName}</RowTitle> },
        { header: "Status", cell: (trial) => <TrialStatusBadge status={trial.status} /> },
        // A trial turned into a subscription ended then, not on its planned date.
        {
          header: "Ends",
          cell: (trial) => (trial.status === "CONVERTED" ? "When you subscribed" : formatDate(trial.endsAt)),
        },
        { header: "Given", cell: (trial) => `Given by ${trial.resellerName}` },
      ]}
    />
  );
}
