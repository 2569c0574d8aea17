import { useMutation } from "@apollo/client/react";
import { Switch, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useCallback, useMemo, useState } from "react";
import { FormModal } from "../../components/form-modal";
import { StackedTable } from "../../components/stacked-table";
import type { QuoteFieldsFragment, QuoteRequestFieldsFragment } from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { formatMoney } from "../../lib/money";
import { FULL_BP } from "../../lib/percent";
import { submitMutation } from "../../lib/user-errors";
import { describeVat } from "../../lib/vat";
import { useBusinessRules } from "../../rules/use-business-rules";
import { useSignedInViewer } from "../../session/viewer";
import { type PaymentChoice, PaymentMethodField, UNCHOSEN_PAYMENT } from "../billing/payment-method-field";
import { type Purchased, PurchaseOutcome } from "../billing/purchase-outcome";
import { licenses, PERIOD_LABELS, periodNoun } from "../pricing/purchase-options";
import { listPriceText, useListPrice } from "./list-price";
import { forgetQuoteRequestLists } from "./quote-request-cache";
import { specialPrice, unitPriceText } from "./quote-request-labels";
import { QuoteRequestAcceptDocument } from "./quote-requests.generated";

const PAYMENT_FIELDS = ["paymentMethod", "paymentMethodId", "newCardToken"];
const FIELDS = [...PAYMENT_FIELDS, "renew"];

/** Codes after which the request is no longer what the list shows: it expired, or was bought already. */
const STALE = new Set(["QUOTE_EXPIRED", "QUOTE_NOT_QUOTED", "NOT_FOUND"]);

interface BuyValues {
  payment: PaymentChoice;
  renew: boolean;
}

interface BuyQuoteModalProps {
  opened: boolean;
  onClose: () => void;
  /** The quoted request to buy. Mount anew (with a `key`) for each opening: one purchase, one idempotency key. */
  request: QuoteRequestFieldsFragment | null;
}

/**
 * Buys a quoted deal at its special price in one step: what it costs against the list price, how
 * to pay, and then the subscription and its invoice.
 */
export function BuyQuoteModal({ opened, onClose, request }: BuyQuoteModalProps) {
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const { can } = useSignedInViewer();
  const rules = useBusinessRules();
  const [accept] = useMutation(QuoteRequestAcceptDocument);
  const [purchased, setPurchased] = useState<Purchased | null>(null);
  const form = useForm<BuyValues>({ initialValues: { payment: UNCHOSEN_PAYMENT, renew: true } });
  const { setFieldValue, clearFieldError } = form;
  const choosePayment = useCallback(
    (payment: PaymentChoice) => {
      setFieldValue("payment", payment);
      // A declined card says nothing about another method.
      for (const field of PAYMENT_FIELDS) clearFieldError(field);
    },
    [setFieldValue, clearFieldError],
  );
  const deal = useMemo(
    () =>
      request && {
        productCode: request.product.code,
        period: request.period,
        quantity: request.quantity,
      },
    [request],
  );
  const listPrice = useListPrice(opened ? deal : null);

  // Buying again after a failure sends the same idempotency key: if the attempt did go through,
  // the server answers with it instead of charging twice.
  const submit = ({ payment, renew }: BuyValues) => {
    if (!request) return;
    if (payment.paymentMethod !== "WIRE_TRANSFER" && !payment.paymentMethodId && !payment.newCardToken) {
      form.setFieldError("paymentMethodId", "Choose how to pay.");
      return;
    }
    return submitMutation(
      form,
      async () =>
        (
          await accept({
            variables: {
              input: {
                id: request.id,
                paymentMethod: payment.paymentMethod,
                paymentMethodId: payment.paymentMethodId,
                newCardToken: payment.newCardToken,
                renew,
                idempotencyKey,
              },
            },
            update: (cache, { data }) => {
              const payload = data?.quoteRequestAccept;
              if (payload?.quoteRequest || payload?.userErrors.some((error) => STALE.has(error.code)))
                forgetQuoteRequestLists(cache, "quoteRequests");
            },
          })
        ).data?.quoteRequestAccept,
      {
        fields: FIELDS,
        onSuccess: ({ subscription, invoice }) => {
          if (!subscription || !invoice) return "The server did not confirm the purchase. Try again.";
          setPurchased({ subscription, invoice });
          return undefined;
        },
      },
    );
  };

  const price = request && specialPrice(request);
  const wireTransferAllowed = Boolean(
    request && rules && request.quantity >= rules.wireTransferMinimumQuantity,
  );

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={`Buy at this price: ${request?.reference ?? ""}`}
      errorTitle="Could not buy at this price"
      form={form}
      onSubmit={submit}
      submitLabel="Buy"
      size="lg"
      // Half a purchase must not vanish with a stray click.
      closeOnClickOutside={false}
      outcome={
        purchased && (
          <PurchaseOutcome
            purchased={purchased}
            customer={purchased.subscription.customer ?? null}
            onDone={onClose}
          />
        )
      }
    >
      {request && price && (
        <>
          <Text size="sm">
            The vendor's price for this deal, valid until{" "}
            <b>{request.validUntil ? formatDate(request.validUntil) : "its date"}</b>. You buy it in one step:
            no volume or partner discount applies on top, and renewals keep the price.
          </Text>
          <DealSummary request={request} price={price} listPrice={listPrice.quote} />
          <PaymentMethodField
            value={form.values.payment}
            onChange={choosePayment}
            wireTransferAllowed={wireTransferAllowed}
            canAddCard={can("BILLING_MANAGE")}
            error={
              form.errors.paymentMethod?.toString() ??
              form.errors.paymentMethodId?.toString() ??
              form.errors.newCardToken?.toString()
            }
          />
          <Switch
            label="Renew at the end of each period, at the same price"
            description="You can turn renewal off or on at any time on the Billing page."
            {...form.getInputProps("renew", { type: "checkbox" })}
          />
        </>
      )}
    </FormModal>
  );
}

interface DealSummaryProps {
  request: QuoteRequestFieldsFragment;
  price: { unitPrice: number; currency: string; total: number };
  /** The deal at list price with the reseller's discounts; null while it loads or when it cannot be priced. */
  listPrice: QuoteFieldsFragment | null;
}

/** What is bought at what price, beside what the list price would come to. */
function DealSummary({ request, price, listPrice }: DealSummaryProps) {
  const money = (amount: number) => formatMoney(amount, price.currency);
  // The VAT the invoice will charge: the billing profile's treatment and rate, on the special total.
  const vat = listPrice && {
    ...listPrice.vat,
    amount: Math.round((price.total * listPrice.vat.rateBp) / FULL_BP),
  };
  const rows: Array<[string, string]> = [
    ["Product", request.product.name],
    ["Period", PERIOD_LABELS[request.period]],
    ["Quantity", licenses(request.quantity)],
    ["Customer", request.customerName ?? "None: the licenses go to your pool"],
    ["Special price", unitPriceText(price.unitPrice, price.currency, request.period)],
    ["Total", `${money(price.unitPrice)} × ${request.quantity.toLocaleString("en")} = ${money(price.total)}`],
  ];
  if (listPrice) rows.push(["List price you'd pay", listPriceText(listPrice)]);
  if (vat) rows.push(["VAT", describeVat(vat, price.currency)]);
  rows.push([
    "You pay",
    vat
      ? `${money(price.total + vat.amount)} for the first ${periodNoun(request.period)}`
      : `${money(price.total)} plus VAT where it applies, for the first ${periodNoun(request.period)}`,
  ]);
  return (
    <StackedTable withTableBorder verticalSpacing="xs" label="Purchase summary" stack="pairs">
      <StackedTable.Tbody>
        {rows.map(([label, value]) => (
          <StackedTable.Tr key={label}>
            <StackedTable.Th scope="row" w={180}>
              {label}
            </StackedTable.Th>
            <StackedTable.Td fw={label === "You pay" ? 700 : undefined}>{value}</StackedTable.Td>
          </StackedTable.Tr>
        ))}
      </StackedTable.Tbody>
    </StackedTable>
  );
}
