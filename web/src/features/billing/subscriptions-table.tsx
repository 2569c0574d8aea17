import { Anchor, Button, Group, Switch, Text } from "@mantine/core";
import { Link } from "wouter";
import { DataTable, NoValue, type SortDirection } from "../../components/data-table";
import type { SubscriptionFieldsFragment, SubscriptionSort } from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { subscriptionColumns } from "./subscription-columns";
import { isLive, subscriptionName } from "./subscription-status";

interface SubscriptionsTableProps {
  subscriptions: readonly SubscriptionFieldsFragment[];
  /** Whether the viewer may change subscriptions; read-only viewers see no switches or actions. */
  canWrite: boolean;
  /** The list's order: newest first, or by the end of the current period either way. */
  sort: SubscriptionSort;
  onSort: (sort: SubscriptionSort) => void;
  /** The subscription whose renewal switch is on its way to the server. */
  renewing: string | null;
  onSetRenewal: (subscription: SubscriptionFieldsFragment, renew: boolean) => void;
  onChangeQuantity: (subscription: SubscriptionFieldsFragment) => void;
  onFixPayment: (subscription: SubscriptionFieldsFragment) => void;
}

export function SubscriptionsTable({
  subscriptions,
  canWrite,
  sort,
  onSort,
  renewing,
  onSetRenewal,
  onChangeQuantity,
  onFixPayment,
}: SubscriptionsTableProps) {
  // Soonest first on the first click, since what ends next is what needs attention.
  const periodEnd: SortDirection =
    sort === "PERIOD_END_ASC" ? "ascending" : sort === "PERIOD_END_DESC" ? "descending" : "none";
  return (
    <DataTable
      label="Subscriptions"
      minWidth={1080}
      highlightOnHover
      rows={subscriptions}
      rowKey={(subscription) => subscription.id}
      columns={[
        ...subscriptionColumns<SubscriptionFieldsFragment>(),
        {
          header: "Customer",
          cell: ({ customer }) =>
            customer ? (
              <Anchor component={Link} to={`/customers/${customer.id}`} size="sm">
                {customer.companyName}
              </Anchor>
            ) : (
              <NoValue>In pool</NoValue>
            ),
        },
        {
          header: "Current period ends",
          sort: {
            direction: periodEnd,
            onSort: () => onSort(periodEnd === "ascending" ? "PERIOD_END_DESC" : "PERIOD_END_ASC"),
          },
          cell: (subscription) =>
            isLive(subscription)
              ? formatDate(subscription.currentPeriodEnd)
              : `Ended ${formatDate(subscription.endedAt ?? subscription.currentPeriodEnd)}`,
        },
        {
          header: "Paid with",
          cell: ({ paymentMethod, savedPaymentMethod }) =>
            paymentMethod === "WIRE_TRANSFER" ? (
              <Text size="sm">Wire transfer</Text>
            ) : savedPaymentMethod ? (
              <Text size="sm">{savedPaymentMethod.label}</Text>
            ) : (
              <NoValue>The default method</NoValue>
            ),
        },
        {
          header: "Renews",
          cell: (subscription) =>
            canWrite && isLive(subscription) ? (
              <Switch
                aria-label={`Renew ${subscriptionName(subscription)}`}
                checked={subscription.renew}
                disabled={renewing === subscription.id}
                onChange={(event) => onSetRenewal(subscription, event.currentTarget.checked)}
              />
            ) : (
              <Text size="sm">{isLive(subscription) && subscription.renew ? "Yes" : "No"}</Text>
            ),
        },
      ]}
      actions={(subscription) =>
        canWrite && (
          <Group gap={4} justify="flex-end" wrap="nowrap">
            {subscription.status === "ACTIVE" && (
              <Button
                size="xs"
                variant="subtle"
                aria-label={`Change quantity of ${subscriptionName(subscription)}`}
                onClick={() => onChangeQuantity(subscription)}
              >
                Change quantity
              </Button>
            )}
            {subscription.status === "PAST_DUE" && (
              <Button
                size="xs"
                variant="light"
                color="red"
                aria-label={`Fix payment of ${subscriptionName(subscription)}`}
                onClick={() => onFixPayment(subscription)}
              >
                Fix payment
              </Button>
            )}
          </Group>
        )
      }
    />
  );
}
