import { Text } from "@mantine/core";
import type { Column } from "../../components/data-table";
import { RowTitle } from "../../components/data-table";
import type { SubscriptionFieldsFragment } from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { licenses, PERIOD_LABELS } from "../pricing/purchase-options";
import { SubscriptionStatusBadge } from "./subscription-status";

type SubscriptionRow = Pick<
  SubscriptionFieldsFragment,
  "period" | "quantity" | "nextQuantity" | "nextQuantityFrom" | "status"
> & { product: { name: string } };

/**
 * The columns every list of a reseller's subscriptions starts with: product, period, licenses
 * (with a decrease scheduled for the next period) and status.
 */
export function subscriptionColumns<T extends SubscriptionRow>(
  /** How the licenses column writes a quantity: a bare number where the header says it all. */
  quantity: (count: number) => string = String,
): Column<T>[] {
  return [
    { header: "Product", cell: (subscription) => <RowTitle>{subscription.product.name}</RowTitle> },
    { header: "Period", cell: (subscription) => PERIOD_LABELS[subscription.period] },
    {
      header: "Licenses",
      cell: (subscription) => (
        <>
          <Text size="sm">{quantity(subscription.quantity)}</Text>
          {subscription.nextQuantity != null && subscription.nextQuantityFrom && (
            <Text size="xs" c="dimmed">
              {licenses(subscription.nextQuantity)} from {formatDate(subscription.nextQuantityFrom)}
            </Text>
          )}
        </>
      ),
    },
    { header: "Status", cell: (subscription) => <SubscriptionStatusBadge status={subscription.status} /> },
  ];
}
