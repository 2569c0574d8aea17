import { Button, Text } from "@mantine/core";
import { DataTable } from "../../components/data-table";
import type { CustomerSubscriptionFieldsFragment } from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { subscriptionColumns } from "../billing/subscription-columns";
import { isLive } from "../billing/subscription-status";
import { licenses } from "../pricing/purchase-options";

interface CustomerSubscriptionsTableProps {
  subscriptions: readonly CustomerSubscriptionFieldsFragment[];
  /** Absent for people who may only look: no unassign buttons then. */
  onUnassign?: (subscription: CustomerSubscriptionFieldsFragment) => void;
}

/** The reseller's subscriptions assigned to one customer. */
export function CustomerSubscriptionsTable({ subscriptions, onUnassign }: CustomerSubscriptionsTableProps) {
  return (
    <DataTable
      label="Assigned subscriptions"
      minWidth={720}
      rows={subscriptions}
      rowKey={(subscription) => subscription.id}
      columns={[
        ...subscriptionColumns<CustomerSubscriptionFieldsFragment>(licenses),
        {
          header: "Current period ends",
          cell: (subscription) => (
            <>
              <Text size="sm">{formatDate(subscription.currentPeriodEnd)}</Text>
              {isLive(subscription) && (
                <Text size="xs" c="dimmed">
                  {subscription.renew ? "Renews" : "Ends then: renewal is off"}
                </Text>
              )}
            </>
          ),
        },
      ]}
      actions={
        onUnassign &&
        ((subscription) =>
          isLive(subscription) && (
            <Button
              size="xs"
              variant="light"
              color="red"
              title="Return it to your pool"
              onClick={() => onUnassign(subscription)}
            >
              Unassign
            </Button>
          ))
      }
    />
  );
}
