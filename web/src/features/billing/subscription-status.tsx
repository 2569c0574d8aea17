import { type BadgeLook, StatusBadge } from "../../components/status-badge";
import type { SubscriptionFieldsFragment, SubscriptionStatus } from "../../gql/graphql";
import { licenses, PERIOD_LABELS } from "../pricing/purchase-options";

/** What each status means to a reseller, and the colour that says whether to act. */
export const SUBSCRIPTION_STATUSES: Record<SubscriptionStatus, BadgeLook> = {
  ACTIVE: { label: "Active", color: "green" },
  PENDING_PAYMENT: { label: "Awaiting wire transfer", color: "yellow" },
  PAST_DUE: { label: "Payment failed", color: "red" },
  CANCELED: { label: "Canceled", color: "gray" },
  EXPIRED: { label: "Expired", color: "gray" },
};

export function SubscriptionStatusBadge({ status }: { status: SubscriptionStatus }) {
  return <StatusBadge {...SUBSCRIPTION_STATUSES[status]} />;
}

/** Whether a subscription still runs: it can renew, change and be paid for. */
export function isLive(subscription: Pick<SubscriptionFieldsFragment, "status">): boolean {
  return subscription.status !== "CANCELED" && subscription.status !== "EXPIRED";
}

/** "Pro, 25 licenses, monthly": names a subscription in buttons and messages. */
export function subscriptionName(
  subscription: Pick<SubscriptionFieldsFragment, "product" | "quantity" | "period">,
): string {
  return `${subscription.product.name}, ${licenses(subscription.quantity)}, ${PERIOD_LABELS[subscription.period].toLowerCase()}`;
}
