import { Anchor, Button, Group, Switch, Table, Text, VisuallyHidden } from "@mantine/core";
import { Link } from "react-router";
import type { SubscriptionFieldsFragment } from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { licenses, PERIOD_LABELS } from "../pricing/purchase-options";
import { isLive, SubscriptionStatusBadge, subscriptionName } from "./subscription-status";

interface SubscriptionsTableProps {
  subscriptions: readonly SubscriptionFieldsFragment[];
  /** Whether the viewer may change subscriptions; read-only viewers see no switches or actions. */
  canWrite: boolean;
  /** The subscription whose renewal switch is on its way to the server. */
  renewing: string | null;
  onSetRenewal: (subscription: SubscriptionFieldsFragment, renew: boolean) => void;
  onChangeQuantity: (subscription: SubscriptionFieldsFragment) => void;
  onFixPayment: (subscription: SubscriptionFieldsFragment) => void;
}

export function SubscriptionsTable({
  subscriptions,
  canWrite,
  renewing,
  onSetRenewal,
  onChangeQuantity,
  onFixPayment,
}: SubscriptionsTableProps) {
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table verticalSpacing="sm" striped highlightOnHover aria-label="Subscriptions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Product</Table.Th>
            <Table.Th>Period</Table.Th>
            <Table.Th>Licenses</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Customer</Table.Th>
            <Table.Th>Current period ends</Table.Th>
            <Table.Th>Renews</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {subscriptions.map((subscription) => {
            const name = subscriptionName(subscription);
            const live = isLive(subscription);
            return (
              <Table.Tr key={subscription.id}>
                <Table.Td>
                  <Text fw={500} size="sm">
                    {subscription.product.name}
                  </Text>
                </Table.Td>
                <Table.Td>{PERIOD_LABELS[subscription.period]}</Table.Td>
                <Table.Td>
                  <Text size="sm">{subscription.quantity}</Text>
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
                  {subscription.customer ? (
                    <Anchor component={Link} to={`/customers/${subscription.customer.id}`} size="sm">
                      {subscription.customer.companyName}
                    </Anchor>
                  ) : (
                    <Text size="sm" c="dimmed">
                      In pool
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {live
                    ? formatDate(subscription.currentPeriodEnd)
                    : `Ended ${formatDate(subscription.endedAt ?? subscription.currentPeriodEnd)}`}
                </Table.Td>
                <Table.Td>
                  {canWrite && live ? (
                    <Switch
                      aria-label={`Renew ${name}`}
                      checked={subscription.renew}
                      disabled={renewing === subscription.id}
                      onChange={(event) => onSetRenewal(subscription, event.currentTarget.checked)}
                    />
                  ) : (
                    <Text size="sm">{live && subscription.renew ? "Yes" : "No"}</Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">
                  {canWrite && (
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      {subscription.status === "ACTIVE" && (
                        <Button
                          size="xs"
                          variant="subtle"
                          aria-label={`Change quantity of ${name}`}
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
                          aria-label={`Fix payment of ${name}`}
                          onClick={() => onFixPayment(subscription)}
                        >
                          Fix payment
                        </Button>
                      )}
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
