import { useMutation, useQuery } from "@apollo/client/react";
import { Button, Group, Input, SegmentedControl, Select, Stack } from "@mantine/core";
import { useState } from "react";
import { ListFooter, useLoadMore } from "../../components/load-more";
import { EmptyState, QueryState } from "../../components/query-state";
import {
  PricingProductsDocument,
  type SubscriptionFieldsFragment,
  type SubscriptionFilter,
  SubscriptionSetRenewalDocument,
  type SubscriptionStatus,
  SubscriptionsDocument,
} from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { errorMessage } from "../../lib/graphql-errors";
import { notifyFailure, notifySuccess } from "../../lib/notify";
import { userErrorsMessage } from "../../lib/user-errors";
import { ChangeQuantityModal } from "./change-quantity-modal";
import { FixPaymentModal } from "./fix-payment-modal";
import { SUBSCRIPTION_STATUSES, subscriptionName } from "./subscription-status";
import { SubscriptionsTable } from "./subscriptions-table";


type Assignment = "all" | "assigned" | "pool";

const ASSIGNMENTS: Array<{ value: Assignment; label: string }> = [
  { value: "all", label: "All" },
  { value: "assigned", label: "Assigned" },
  { value: "pool", label: "In pool" },
];

const STATUS_OPTIONS = Object.entries(SUBSCRIPTION_STATUSES).map(([value, { label }]) => ({ value, label }));

/** A dialog about one subscription; `session` counts the openings, so each gets a fresh form. */
interface Dialog {
  kind: "quantity" | "payment";
  subscription: SubscriptionFieldsFragment;
  session: number;
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
  const { data, loading, error, refetch, fetchMore } = useQuery(SubscriptionsDocument, {
    variables: { filter },
    fetchPolicy: "cache-and-network",
  });
  const products = useQuery(PricingProductsDocument);
  const [setRenewal] = useMutation(SubscriptionSetRenewalDocument);
  const [renewing, setRenewing] = useState<string | null>(null);
  const { loadingMore, loadMore } = useLoadMore(fetchMore, "subscriptions");
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [dialogOpened, setDialogOpened] = useState(false);

  const openDialog = (kind: Dialog["kind"], subscription: SubscriptionFieldsFragment) => {
    setDialog((current) => ({ kind, subscription, session: (current?.session ?? 0) + 1 }));
    setDialogOpened(true);
  };

  const onSetRenewal = async (subscription: SubscriptionFieldsFragment, renew: boolean) => {
    setRenewing(subscription.id);
    try {
      const { data: result } = await setRenewal({ variables: { id: subscription.id, renew } });
      const problem = userErrorsMessage(result?.subscriptionSetRenewal.userErrors ?? []);
      if (problem) notifyFailure(problem, "Renewal not changed");
      else
        notifySuccess(
          renew
            ? `${subscriptionName(subscription)} renews on ${formatDate(subscription.currentPeriodEnd)}.`
            : `${subscriptionName(subscription)} ends on ${formatDate(subscription.currentPeriodEnd)}.`,
          renew ? "Renewal on" : "Renewal off",
        );
    } catch (failure) {
      notifyFailure(errorMessage(failure), "Renewal not changed");
    } finally {
      setRenewing(null);
    }
  };

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="md" role="search" aria-label="Filter subscriptions">
        <Select
          label="Status"
          placeholder="Any status"
          data={STATUS_OPTIONS}
          value={status}
          onChange={(value) => setStatus(value as SubscriptionStatus | null)}
          clearable
          w={220}
        />
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

      <QueryState
        data={data}
        loading={loading}
        error={error}
        onRetry={() => void refetch().catch(() => undefined)}
        errorTitle="Could not load the subscriptions"
        isEmpty={({ subscriptions }) => subscriptions.edges.length === 0}
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
        {({ subscriptions }) => (
          <Stack gap="sm">
            <SubscriptionsTable
              subscriptions={subscriptions.edges.map((edge) => edge.node)}
              canWrite={canWrite}
              renewing={renewing}
              onSetRenewal={(subscription, renew) => void onSetRenewal(subscription, renew)}
              onChangeQuantity={(subscription) => openDialog("quantity", subscription)}
              onFixPayment={(subscription) => openDialog("payment", subscription)}
            />
            <ListFooter connection={subscriptions} loadingMore={loadingMore} onLoadMore={loadMore} />
          </Stack>
        )}
      </QueryState>

      {dialog?.kind === "quantity" && (
        <ChangeQuantityModal
          key={dialog.session}
          subscription={dialog.subscription}
          opened={dialogOpened}
          onClose={() => setDialogOpened(false)}
        />
      )}
      {dialog?.kind === "payment" && (
        <FixPaymentModal
          key={dialog.session}
          subscription={dialog.subscription}
          opened={dialogOpened}
          onClose={() => setDialogOpened(false)}
        />
      )}
    </Stack>
  );
}
