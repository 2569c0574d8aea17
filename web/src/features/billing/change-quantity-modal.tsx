import { skipToken, useMutation, useQuery } from "@apollo/client/react";
import { Alert, Loader, NumberInput, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { FormModal } from "../../components/form-modal";
import type {
  InvoiceFieldsFragment,
  SubscriptionChangeQuoteQuery,
  SubscriptionFieldsFragment,
} from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { errorMessage } from "../../lib/graphql-errors";
import { formatMoney } from "../../lib/money";
import { notifyInfo, notifySuccess } from "../../lib/notify";
import { submitMutation, userErrorsToFormErrors } from "../../lib/user-errors";
import { withVat } from "../../lib/vat";
import {
  licenses,
  PERIOD_LABELS,
  perPeriod,
  QUANTITY_NOT_WHOLE,
  quantityOf,
  termsOf,
} from "../pricing/purchase-options";
import { InvoicesDocument } from "./invoices.generated";
import { subscriptionName } from "./subscription-status";
import {
  SubscriptionChangeQuantityDocument,
  SubscriptionChangeQuoteDocument,
} from "./subscriptions.generated";

const FIELDS = ["quantity"];

interface ChangeQuantityModalProps {
  /** Mount one per opening (a `key`), so each opening has its own idempotency key. */
  subscription: SubscriptionFieldsFragment;
  opened: boolean;
  onClose: () => void;
  /** The quantity to propose, e.g. the one a usage notice links to; else the current one. */
  proposedQuantity?: number | null;
}

/**
 * Changes an active subscription's quantity, showing before confirming what the server says
 * it costs now and from when it applies.
 */
export function ChangeQuantityModal({
  subscription,
  opened,
  onClose,
  proposedQuantity,
}: ChangeQuantityModalProps) {
  // One change per opening: sending it again (a retry after a lost answer) cannot charge twice.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [change] = useMutation(SubscriptionChangeQuantityDocument);
  // The product's minimum for the period, as a hint: the server holds the subscription to the one
  // it was bought with and says so on the field (MONTHLY_MINIMUM, QUARTERLY_MINIMUM).
  const minimum = termsOf(subscription.product, subscription.period)?.minimumQuantity;
  const form = useForm<{ quantity: number | string }>({
    initialValues: { quantity: proposedQuantity ?? subscription.nextQuantity ?? subscription.quantity },
    // The API takes whole licenses only; the bounds are its to check.
    validate: { quantity: (value) => (quantityOf(value) === null ? QUANTITY_NOT_WHOLE : null) },
  });
  const quantity = quantityOf(form.values.quantity);
  const [debouncedQuantity] = useDebouncedValue(quantity, 250);
  const result = useQuery(
    SubscriptionChangeQuoteDocument,
    debouncedQuantity === null
      ? skipToken
      : {
          variables: { id: subscription.id, quantity: debouncedQuantity },
          // The days left shrink as time passes: the answer on screen must be today's.
          fetchPolicy: "network-only",
        },
  );
  const answer = result.data ?? result.previousData;
  const updating = result.loading || quantity !== debouncedQuantity;
  const quoteErrors =
    quantity !== null && answer
      ? userErrorsToFormErrors(answer.subscriptionChangeQuote.userErrors, FIELDS)
      : {};
  const changeQuote = answer?.subscriptionChangeQuote.changeQuote ?? null;

  const submit = (values: { quantity: number | string }) =>
    submitMutation(
      form,
      async () =>
        (
          await change({
            variables: {
              id: subscription.id,
              quantity: quantityOf(values.quantity) ?? 0,
              idempotencyKey,
            },
            refetchQueries: [InvoicesDocument],
          })
        ).data?.subscriptionChangeQuantity,
      {
        fields: FIELDS,
        onSuccess: ({ subscription: changed, invoice }) => {
          if (!changed) return "The server did not confirm the change. Try again.";
          tellChange(changed, invoice);
          onClose();
          return undefined;
        },
      },
    );

  /** Says what the change did: licenses added now, a decrease scheduled or called off, or nothing. */
  const tellChange = (changed: SubscriptionFieldsFragment, invoice: InvoiceFieldsFragment | null) => {
    if (invoice) {
      notifySuccess(
        `${changed.product.name} has ${licenses(changed.quantity)} now; ${formatMoney(
          invoice.total,
          invoice.currency,
        )} charged on invoice ${invoice.number}.`,
        "Licenses added",
      );
    } else if (changed.nextQuantity != null && changed.nextQuantityFrom) {
      notifySuccess(
        `${changed.product.name} goes down to ${licenses(changed.nextQuantity)} from ${formatDate(
          changed.nextQuantityFrom,
        )}.`,
        "Decrease scheduled",
      );
    } else if (subscription.nextQuantity != null) {
      notifySuccess(`${changed.product.name} keeps ${licenses(changed.quantity)}.`, "Decrease called off");
    } else {
      notifyInfo(`${changed.product.name} keeps ${licenses(changed.quantity)}.`, "Nothing changed");
    }
  };

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={`Change quantity: ${subscription.product.name}`}
      errorTitle="Could not change the quantity"
      form={form}
      onSubmit={submit}
      submitLabel="Change quantity"
    >
      <Text size="sm">
        {subscriptionName(subscription)}. More licenses apply at once and are charged for the rest of the
        period; fewer apply from the next period.
      </Text>
      <NumberInput
        label="Licenses"
        description={
          minimum === undefined
            ? undefined
            : `${minimum} or more for a ${PERIOD_LABELS[subscription.period].toLowerCase()} subscription.`
        }
        allowDecimal={false}
        min={minimum}
        clampBehavior="none"
        data-autofocus
        {...form.getInputProps("quantity")}
        error={form.errors.quantity ?? quoteErrors.quantity}
      />
      {quantity !== null && !quoteErrors.quantity && (
        <Stack gap={4} aria-live="polite" aria-busy={updating} style={{ opacity: updating ? 0.6 : 1 }}>
          {changeQuote ? (
            <ChangeEffect subscription={subscription} quote={changeQuote} />
          ) : result.error ? (
            <Alert color="red" variant="light">
              {errorMessage(result.error)}
            </Alert>
          ) : (
            <Loader size="sm" aria-label="Working out the cost" />
          )}
        </Stack>
      )}
    </FormModal>
  );
}

type ChangeQuote = NonNullable<SubscriptionChangeQuoteQuery["subscriptionChangeQuote"]["changeQuote"]>;

/** What the change does, in the words a reseller decides on. */
function ChangeEffect({
  subscription,
  quote,
}: {
  subscription: SubscriptionFieldsFragment;
  quote: ChangeQuote;
}) {
  const money = (amount: number) => formatMoney(amount, quote.currency);
  const per = perPeriod(subscription.period);
  const nextPeriod = (
    <Text size="sm" c="dimmed">
      Next period price: {money(quote.nextPeriodPrice)} {per} for {licenses(quote.quantity)}.
    </Text>
  );
  switch (quote.effect) {
    case "NOW":
      return (
        <Alert color="blue" variant="light" title="Charged now">
          <Stack gap={4}>
            <Text size="sm">
              Adds {licenses(quote.quantity - subscription.quantity)} now. Charged now:{" "}
              {withVat(quote.amountDueNow, quote.vatDueNow, quote.currency)} (prorated for{" "}
              {quote.remainingDays} of {quote.periodDays} days).
            </Text>
            {nextPeriod}
          </Stack>
        </Alert>
      );
    case "NEXT_PERIOD":
      return (
        <Alert color="gray" variant="light" title="From the next period">
          <Stack gap={4}>
            <Text size="sm">
              {licenses(quote.quantity)} from {formatDate(quote.effectiveFrom)}. Nothing is charged now.
            </Text>
            {nextPeriod}
          </Stack>
        </Alert>
      );
    case "NONE":
      return (
        <Alert
          color="gray"
          variant="light"
          title={subscription.nextQuantity != null ? "Keeps the quantity" : "No change"}
        >
          <Stack gap={4}>
            <Text size="sm">
              {subscription.nextQuantity != null
                ? `Cancels the scheduled decrease to ${licenses(subscription.nextQuantity)}.`
                : `No change: it has ${licenses(subscription.quantity)} already.`}
            </Text>
            {nextPeriod}
          </Stack>
        </Alert>
      );
  }
}
