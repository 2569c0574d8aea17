import { Button, Table, Text, VisuallyHidden } from "@mantine/core";
import type { CustomerSubscriptionFieldsFragment } from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { isLive, SubscriptionStatusBadge } from "../billing/subscription-status";
import { licenses, PERIOD_LABELS } from "../pricing/purchase-options";

interface CustomerSubscriptionsTableProps {
  subscriptions: readonly CustomerSubscriptionFieldsFragment[];
  /** Absent for people who may only look: no unassign buttons then. */
  onUnassign?: (subscription: CustomerSubscriptionFieldsFragment) => void;
}

/** The reseller's subscriptions assigned to one customer. */
export function CustomerSubscriptionsTable({ subscriptions, onUnassign }: CustomerSubscriptionsTableProps) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" striped aria-label="Assigned subscriptions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Product</Table.Th>
            <Table.Th>Period</Table.Th>
            <Table.Th>Licenses</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Current period ends</Table.Th>
            {onUnassign && (
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {subscriptions.map((subscription) => (
            <Table.Tr key={subscription.id}>
              <Table.Td>
                <Text fw={500} size="sm">
                  {subscription.product.name}
                </Text>
              </Table.Td>
              <Table.Td>{PERIOD_LABELS[subscription.period]}</Table.Td>
              <Table.Td>
                <Text size="sm">{licenses(subscription.quantity)}</Text>
                {subscription.nextQuantity != null && subscription.nextQuantityFrom && (
                  <Text size="xs" c="dimmed">
                    {licenses(subscription.nextQuantity)} from {formatDate(subscription.nextQuantityFrom)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <SubscriptionStatusBadge status={subscription.status} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDate(subscription.currentPeriodEnd)}</Text>
                {isLive(subscription) && (
                  <Text size="xs" c="dimmed">
                    {subscription.renew ? "Renews" : "Ends then: renewal is off"}
                  </Text>
                )}
              </Table.Td>
              {onUnassign && (
                <Table.Td ta="right">
                  {isLive(subscription) && (
                    <Button
                      size="compact-md"
                      variant="light"
                      color="red"
                      fw={700}
                      aria-label="Unassign"
                      title="Unassign: return to your pool"
                      onClick={() => onUnassign(subscription)}
                    >
                      -
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
