import { useQuery } from "@apollo/client/react";
import { Badge, Card, DataList, Stack, Table, Text, Title } from "@mantine/core";
import { PageHeader } from "../../components/page-header";
import { EmptyState, QueryState } from "../../components/query-state";
import { CustomerPortalDocument, type CustomerPortalQuery, type SubscriptionStatus } from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { licenses, PERIOD_LABELS } from "../pricing/purchase-options";
import { TrialStatusBadge } from "../trials/trial-status";

type AssignedSubscription = CustomerPortalQuery["customerPortal"]["subscriptions"][number];
type GivenTrial = CustomerPortalQuery["customerPortal"]["trials"][number];

// In the customer's words: how the reseller pays the vendor is not the customer's business.
const STATUSES: Record<SubscriptionStatus, { label: string; color: string }> = {
  ACTIVE: { label: "Active", color: "green" },
  PENDING_PAYMENT: { label: "Awaiting payment", color: "yellow" },
  PAST_DUE: { label: "Payment overdue", color: "red" },
  CANCELED: { label: "Canceled", color: "gray" },
  EXPIRED: { label: "Expired", color: "gray" },
};

/** What an end customer sees: its account, the licenses resellers assigned to it and its trial, read-only. */
export function CustomerPortalPage() {
  const { data, loading, error, refetch } = useQuery(CustomerPortalDocument, {
    // A reseller's change shows here at once, so every visit asks again.
    fetchPolicy: "cache-and-network",
  });

  return (
    <>
      <PageHeader
        title="My account"
        description="The licenses your resellers assigned to you, and any free trial they gave you. They manage them for you: ask them for changes."
      />
      <QueryState
        data={data}
        loading={loading}
        error={error}
        onRetry={() => void refetch().catch(() => undefined)}
        errorTitle="Could not load your account"
      >
        {({ customerPortal }) => (
          <Stack gap="xl">
            <Card
              withBorder
              radius="md"
              padding="lg"
              maw={720}
              component="section"
              aria-labelledby="portal-account-heading"
            >
              <Title order={2} size="h4" mb="md" id="portal-account-heading">
                Your account
              </Title>
              <DataList labelWidth={140} withDivider>
                <DataList.Item>
                  <DataList.ItemLabel>Company</DataList.ItemLabel>
                  <DataList.ItemValue>{customerPortal.companyName}</DataList.ItemValue>
                </DataList.Item>
                <DataList.Item>
                  <DataList.ItemLabel>Email</DataList.ItemLabel>
                  <DataList.ItemValue>{customerPortal.email}</DataList.ItemValue>
                </DataList.Item>
              </DataList>
            </Card>

            <section aria-labelledby="licenses-heading">
              <Title order={2} size="h4" mb="sm" id="licenses-heading">
                Licenses
              </Title>
              {customerPortal.subscriptions.length === 0 ? (
                <EmptyState
                  title="No licenses are assigned to you yet."
                  description="Your reseller will assign them."
                />
              ) : (
                <AssignedSubscriptionsTable subscriptions={customerPortal.subscriptions} />
              )}
            </section>

            <section aria-labelledby="trials-heading">
              <Title order={2} size="h4" mb="sm" id="trials-heading">
                Free trials
              </Title>
              {customerPortal.trials.length === 0 ? (
                <EmptyState
                  title="You have no free trial."
                  description="Your reseller can give you one, to try a product before you buy it."
                />
              ) : (
                <GivenTrialsTable trials={customerPortal.trials} />
              )}
            </section>
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
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="sm" striped aria-label="Licenses">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Product</Table.Th>
              <Table.Th>Licenses</Table.Th>
              <Table.Th>Period</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Current period ends</Table.Th>
              <Table.Th>Assigned</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {subscriptions.map((subscription) => (
              <Table.Tr key={subscription.id}>
                <Table.Td>
                  <Text fw={500} size="sm">
                    {subscription.productName}
                  </Text>
                </Table.Td>
                <Table.Td>{licenses(subscription.quantity)}</Table.Td>
                <Table.Td>{PERIOD_LABELS[subscription.period]}</Table.Td>
                <Table.Td>
                  <Badge color={STATUSES[subscription.status].color} variant="light" miw="max-content">
                    {STATUSES[subscription.status].label}
                  </Badge>
                </Table.Td>
                <Table.Td>{formatDate(subscription.currentPeriodEnd)}</Table.Td>
                <Table.Td>
                  <Text size="sm">Assigned by {subscription.resellerName}</Text>
                  <Text size="xs" c="dimmed">
                    on {formatDate(subscription.assignedAt)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
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
    <Table.ScrollContainer minWidth={600}>
      <Table verticalSpacing="sm" striped aria-label="Free trials">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Product</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Ends</Table.Th>
            <Table.Th>Given</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {trials.map((trial) => (
            <Table.Tr key={trial.productCode}>
              <Table.Td>
                <Text fw={500} size="sm">
                  {trial.productName}
                </Text>
              </Table.Td>
              <Table.Td>
                <TrialStatusBadge status={trial.status} />
              </Table.Td>
              {/* A trial turned into a subscription ended then, not on its planned date. */}
              <Table.Td>
                {trial.status === "CONVERTED" ? "When you subscribed" : formatDate(trial.endsAt)}
              </Table.Td>
              <Table.Td>Given by {trial.resellerName}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
