import { useMutation, useQuery } from "@apollo/client/react";
import { Button, Group, Input, SegmentedControl, Select, Stack } from "@mantine/core";
import { useState } from "react";
import { PagedQueryState } from "../../components/paged-query-state";
import { EmptyState } from "../../components/query-state";
import { badgeOptions } from "../../components/status-badge";
import { useDialog } from "../../components/use-dialog";
import { useRowAction } from "../../components/use-row-action";
import {
  PricingProductsDocument,
  type SubscriptionFieldsFragment,
  type SubscriptionFilter,
  SubscriptionSetRenewalDocument,
  type SubscriptionStatus,
  SubscriptionsDocument,
} from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { notifySuccess } from "../../lib/notify";
import { ChangeQuantityModal } from "./change-quantity-modal";
import { FixPaymentModal } from "./fix-payment-modal";
import { StatusFilter } from "./status-filter";
import { SUBSCRIPTION_STATUSES, subscriptionName } from "./subscription-status";
import { SubscriptionsTable } from "./subscriptions-table";

type Assignment = "all" | "assigned" | "pool";

const ASSIGNMENTS: Array<{ value: Assignment; label: string }> = [
  { value: "all", label: "All" },
  { value: "assigned", label: "Assigned" },
  { value: "pool", label: "In pool" },
];

const STATUS_OPTIONS = badgeOptions(SUBSCRIPTION_STATUSES);

/** What can be done to one subscription in a dialog. */
interface Change {
  kind: "quantity" | "payment";
  subscription: SubscriptionFieldsFragment;
}

interface SubscriptionsSectionProps {
  canWrite: boolean;
  /** Opens the purchase dialog, offered when there is nothing to list yet. */
  onAdd: () => void;
}

/** The reseller's subscriptions, filtered, a page at a time, with what can be done to each. */
export function SubscriptionsSection({ canWrite, onAdd }: SubscriptionsSectionProps) {
  const [status, setStatus] = useState<SubscriptionStatus | null>(null);
  const [assignment, setAssignment] = useState<Assignment>("all");
  const [productCode, setProductCode] = useState<string | null>(null);
  const filter: SubscriptionFilter = {
    status,
    assigned: assignment === "all" ? null : assignment === "assigned",
    productCode,
  };
  const filtered = status !== null || assignment !== "all" || productCode !== null;
  // Purchases made elsewhere (a customer's page) are not in the cached list, so the list is
  // asked for again on every visit; what the cache holds shows meanwhile.
  const subscriptions = useQuery(SubscriptionsDocument, {
    variables: { filter },
    fetchPolicy: "cache-and-network",
  });
  const products = useQuery(PricingProductsDocument);
  const [setRenewal] = useMutation(SubscriptionSetRenewalDocument);
  const renewal = useRowAction("Renewal not changed");
  const change = useDialog<Change>();

  const onSetRenewal = (subscription: SubscriptionFieldsFragment, renew: boolean) =>
    renewal.run(
      subscription.id,
      async () =>
        (await setRenewal({ variables: { id: subscription.id, renew } })).data?.subscriptionSetRenewal,
      () =>
        notifySuccess(
          `${subscriptionName(subscription)} ${renew ? "renews" : "ends"} on ${formatDate(subscription.currentPeriodEnd)}.`,
          renew ? "Renewal on" : "Renewal off",
        ),
    );

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="md" role="search" aria-label="Filter subscriptions">
        <StatusFilter options={STATUS_OPTIONS} value={status} onChange={setStatus} />
        <Input.Wrapper label="Customer" labelElement="div">
          <SegmentedControl<Assignment>
            data={ASSIGNMENTS}
            value={assignment}
            onChange={setAssignment}
            aria-label="Customer"
            display="flex"
          />
        </Input.Wrapper>
        <Select
          label="Product"
          placeholder="Any product"
          data={(products.data?.products ?? []).map((p) => ({ value: p.code, label: p.name }))}
          value={productCode}
          onChange={setProductCode}
          clearable
          w={220}
        />
      </Group>

      <PagedQueryState
        query={subscriptions}
        connection={(data) => data.subscriptions}
        what="subscriptions"
        errorTitle="Could not load the subscriptions"
        empty={
          filtered ? (
            <EmptyState
              title="No subscription matches"
              description="None of your subscriptions fits these filters."
            />
          ) : (
            <EmptyState
              title="No subscriptions yet"
              description="Buy licenses here or on a customer's page; you can assign them to customers now or later."
              action={
                canWrite && (
                  <Button variant="light" onClick={onAdd}>
                    Add subscription
                  </Button>
                )
              }
            />
          )
        }
      >
        {(nodes) => (
          <SubscriptionsTable
            subscriptions={nodes}
            canWrite={canWrite}
            renewing={renewal.busy}
            onSetRenewal={(subscription, renew) => void onSetRenewal(subscription, renew)}
            onChangeQuantity={(subscription) => change.open({ kind: "quantity", subscription })}
            onFixPayment={(subscription) => change.open({ kind: "payment", subscription })}
          />
        )}
      </PagedQueryState>

      {change.item?.kind === "quantity" && (
        <ChangeQuantityModal
          key={change.session}
          subscription={change.item.subscription}
          opened={change.opened}
          onClose={change.close}
        />
      )}
      {change.item?.kind === "payment" && (
        <FixPaymentModal
          key={change.session}
          subscription={change.item.subscription}
          opened={change.opened}
          onClose={change.close}
        />
      )}
    </Stack>
  );
}
