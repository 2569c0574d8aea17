import { useMutation, useQuery } from "@apollo/client/react";
import { Button, Group, Input, SegmentedControl, Select, Stack, Text } from "@mantine/core";
import { ConfirmModal } from "../../components/confirm-modal";
import { EmptyState } from "../../components/empty-state";
import { PagedQueryState } from "../../components/paged-query-state";
import { badgeOptions } from "../../components/status-badge";
import { useConfirm } from "../../components/use-confirm";
import { useDialog } from "../../components/use-dialog";
import { useRowAction } from "../../components/use-row-action";
import type {
  SubscriptionFieldsFragment,
  SubscriptionFilter,
  SubscriptionSort,
  SubscriptionStatus,
} from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { notifySuccess } from "../../lib/notify";
import { useUrlParam } from "../../lib/url-state";
import { problemOr } from "../../lib/user-errors";
import { PricingProductsDocument } from "../pricing/pricing.generated";
import { ChangeQuantityModal } from "./change-quantity-modal";
import { FixPaymentModal } from "./fix-payment-modal";
import { StatusFilter } from "./status-filter";
import { SUBSCRIPTION_STATUSES, subscriptionName } from "./subscription-status";
import { SubscriptionSetRenewalDocument, SubscriptionsDocument } from "./subscriptions.generated";
import { SubscriptionsTable } from "./subscriptions-table";

type Assignment = "all" | "assigned" | "pool";

const ASSIGNMENTS: Array<{ value: Assignment; label: string }> = [
  { value: "all", label: "All" },
  { value: "assigned", label: "Assigned" },
  { value: "pool", label: "In pool" },
];

const STATUS_OPTIONS = badgeOptions(SUBSCRIPTION_STATUSES);

const SORTS: readonly SubscriptionSort[] = [
  "CREATED_AT_DESC",
  "CREATED_AT_ASC",
  "PERIOD_END_ASC",
  "PERIOD_END_DESC",
];

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
  // The filters are kept in the address, so Back from a customer's page finds the list as it was.
  const [keptStatus, keepStatus] = useUrlParam<SubscriptionStatus | "">(
    "status",
    "",
    STATUS_OPTIONS.map((option) => option.value),
  );
  const status = keptStatus || null;
  const setStatus = (next: SubscriptionStatus | null) => keepStatus(next ?? "");
  const [assignment, setAssignment] = useUrlParam<Assignment>(
    "customer",
    "all",
    ASSIGNMENTS.map((option) => option.value),
  );
  const [keptProduct, keepProduct] = useUrlParam<string>("product", "");
  const [sort, setSort] = useUrlParam<SubscriptionSort>("sort", "CREATED_AT_DESC", SORTS);
  const productCode = keptProduct || null;
  const setProductCode = (next: string | null) => keepProduct(next ?? "");
  const filter: SubscriptionFilter = {
    status,
    assigned: assignment === "all" ? null : assignment === "assigned",
    productCode,
  };
  const filtered = status !== null || assignment !== "all" || productCode !== null;
  // Purchases made elsewhere (a customer's page) are not in the cached list, so the list is
  // asked for again on every visit; what the cache holds shows meanwhile.
  const subscriptions = useQuery(SubscriptionsDocument, {
    variables: { filter, sort },
    fetchPolicy: "cache-and-network",
  });
  const products = useQuery(PricingProductsDocument);
  const [setRenewal] = useMutation(SubscriptionSetRenewalDocument);
  const renewal = useRowAction("Renewal not changed");
  const renewalOff = useConfirm<SubscriptionFieldsFragment>();
  const change = useDialog<Change>();

  const renewalChanged = (subscription: SubscriptionFieldsFragment, renew: boolean) =>
    notifySuccess(
      `${subscriptionName(subscription)} ${renew ? "renews" : "ends"} on ${formatDate(subscription.currentPeriodEnd)}.`,
      renew ? "Renewal on" : "Renewal off",
    );

  // Turning renewal on keeps things as they are, so it happens at once; turning it off ends the
  // licenses, so it is confirmed first, with the day they end.
  const onSetRenewal = (subscription: SubscriptionFieldsFragment, renew: boolean) =>
    renew
      ? void renewal.run(
          subscription.id,
          async () =>
            (await setRenewal({ variables: { id: subscription.id, renew } })).data?.subscriptionSetRenewal,
          () => renewalChanged(subscription, true),
        )
      : renewalOff.ask(subscription);

  const turnRenewalOff = async (subscription: SubscriptionFieldsFragment) => {
    const { data } = await setRenewal({ variables: { id: subscription.id, renew: false } });
    return problemOr(data?.subscriptionSetRenewal, () => renewalChanged(subscription, false));
  };

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
            sort={sort}
            onSort={setSort}
            onSetRenewal={onSetRenewal}
            onChangeQuantity={(subscription) => change.open({ kind: "quantity", subscription })}
            onFixPayment={(subscription) => change.open({ kind: "payment", subscription })}
          />
        )}
      </PagedQueryState>

      <ConfirmModal
        confirmation={renewalOff}
        title="Turn renewal off?"
        confirmLabel="Turn renewal off"
        danger
        onConfirm={turnRenewalOff}
      >
        {renewalOff.target && (
          <Stack gap="xs">
            <Text>
              {subscriptionName(renewalOff.target)} will not renew. It ends on{" "}
              <strong>{formatDate(renewalOff.target.currentPeriodEnd)}</strong>
              {renewalOff.target.customer
                ? `, and ${renewalOff.target.customer.companyName} loses these licenses that day.`
                : "."}
            </Text>
            <Text size="sm" c="dimmed">
              You can turn renewal on again at any time before then.
            </Text>
          </Stack>
        )}
      </ConfirmModal>

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
