import { skipToken, useMutation, useQuery } from "@apollo/client/react";
import { NumberInput, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { FormModal } from "../../components/form-modal";
import type { QuoteRequestListPriceQuery, VendorQuoteRequestFieldsFragment } from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { formatMoney, fromMinorUnits, minorUnitDigits, toMinorUnits } from "../../lib/money";
import { notifySuccess } from "../../lib/notify";
import { FULL_BP, formatBp } from "../../lib/percent";
import { submitMutation } from "../../lib/user-errors";
import { bandFor } from "../catalog/volume-bands";
import {
  licenses,
  numberOf,
  PERIOD_LABELS,
  periodNoun,
  perPeriod,
  termsOf,
} from "../pricing/purchase-options";
import { QuoteRequestDetails } from "./quote-details";
import { answerChangedLists, forgetQuoteRequestLists } from "./quote-request-cache";
import { unitPriceText } from "./quote-request-labels";
import { QuoteRequestAnswerDocument, QuoteRequestListPriceDocument } from "./vendor-quote-requests.generated";

/** How long a quote is valid unless staff choose another day. */
const DEFAULT_VALID_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
/** The largest price of one license the API takes, in minor units. */
const MAX_UNIT_PRICE = 100_000_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface AnswerValues {
  /** The price of one license in the currency's major units, as people type prices (39.00); sent in minor units. */
  unitPrice: number | string;
  /** A day, "2027-01-02"; the price holds until its end, in UTC as dates are shown. */
  validUntil: string;
}

/** The day `days` from now, as a date field holds it. */
function dayFromNow(days: number): string {
  return new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
}

/** The last moment of a day, in UTC: a quote valid until 2 Jan can be bought all that day. */
function endOfDay(day: string): string {
  return `${day}T23:59:59.999Z`;
}

type ListPrices = NonNullable<QuoteRequestListPriceQuery["product"]>;

/** "List price €34.95 per license a year; €31.46 after the 10 % volume discount for 750 licenses." */
function listPriceHint(product: ListPrices, request: VendorQuoteRequestFieldsFragment): string {
  const { period, quantity } = request;
  const unit = termsOf(product, period)?.unitPrice;
  if (unit === undefined) {
    return `${request.product.name} is not sold ${PERIOD_LABELS[period].toLowerCase()} now: there is no list price to weigh against.`;
  }
  const list = `List price ${unitPriceText(unit, product.currency, period)}`;
  const band = bandFor(product.bands, quantity);
  if (!band) return `${list}; no volume discount for ${licenses(quantity)}.`;
  const afterVolume = Math.round((unit * (FULL_BP - band.percentBp)) / FULL_BP);
  return `${list}; ${formatMoney(afterVolume, product.currency)} after the ${formatBp(band.percentBp)} volume discount for ${licenses(quantity)}.`;
}

interface AnswerQuoteModalProps {
  opened: boolean;
  onClose: () => void;
  /** The open request to price; mount the dialog anew (with a `key`) for each. */
  request: VendorQuoteRequestFieldsFragment | null;
}

/** Answers a request with a special price per license, valid until a day; the reseller is mailed. */
export function AnswerQuoteModal({ opened, onClose, request }: AnswerQuoteModalProps) {
  const [answer] = useMutation(QuoteRequestAnswerDocument);
  const listPrices = useQuery(
    QuoteRequestListPriceDocument,
    opened && request ? { variables: { code: request.product.code } } : skipToken,
  ).data?.product;
  const currency = request?.product.currency ?? "EUR";
  const maxPrice = fromMinorUnits(MAX_UNIT_PRICE, currency);
  const form = useForm<AnswerValues>({
    initialValues: { unitPrice: "", validUntil: dayFromNow(DEFAULT_VALID_DAYS) },
    validate: {
      unitPrice: (value) => {
        const amount = numberOf(value);
        if (amount === null) return "Enter the price of one license";
        if (toMinorUnits(amount, currency) < 1) return "Enter a price above zero";
        if (amount > maxPrice) return `Enter at most ${formatMoney(MAX_UNIT_PRICE, currency)}`;
        return null;
      },
      validUntil: (value) => (ISO_DATE.test(value) ? null : "Choose the last day the price holds"),
    },
  });
  const typedAmount = numberOf(form.values.unitPrice);
  const typed = typedAmount === null ? null : toMinorUnits(typedAmount, currency);

  const submit = ({ unitPrice, validUntil }: AnswerValues) => {
    if (!request) return;
    const price = toMinorUnits(numberOf(unitPrice) ?? 0, currency);
    return submitMutation(
      form,
      async () =>
        (
          await answer({
            variables: { id: request.id, unitPrice: price, validUntil: endOfDay(validUntil) },
            update: (cache, { data }) => {
              if (answerChangedLists(data?.quoteRequestAnswer))
                forgetQuoteRequestLists(cache, "vendorQuoteRequests");
            },
          })
        ).data?.quoteRequestAnswer,
      {
        fields: ["unitPrice", "validUntil"],
        onSuccess: () => {
          notifySuccess(
            `${request.resellerName} gets ${formatMoney(price, currency)} per license for ${request.reference} by mail, valid until ${formatDate(endOfDay(validUntil))}.`,
            "Price quoted",
          );
          onClose();
        },
      },
    );
  };

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title="Quote a price"
      errorTitle="Could not quote the price"
      form={form}
      onSubmit={submit}
      submitLabel="Quote price"
      size="lg"
    >
      <Text>
        Quote <b>{request?.resellerName}</b> a special price for <b>{request?.reference}</b>? It gets the
        price by mail and can buy at it, in one step, until the day you choose.
      </Text>
      {request && <QuoteRequestDetails request={request} />}
      <NumberInput
        label={`Price per license ${request ? perPeriod(request.period) : ""} (${currency})`}
        description={request && listPrices && listPriceHint(listPrices, request)}
        required
        min={0}
        decimalScale={minorUnitDigits(currency)}
        thousandSeparator=","
        data-autofocus
        {...form.getInputProps("unitPrice")}
      />
      {request && typed !== null && typed > 0 && (
        <Text size="sm" c="dimmed">
          {formatMoney(typed, currency)} × {request.quantity.toLocaleString("en")} ={" "}
          {formatMoney(typed * request.quantity, currency)} for the first {periodNoun(request.period)}, before
          VAT.
        </Text>
      )}
      <TextInput
        type="date"
        label="Valid until"
        description={
          ISO_DATE.test(form.values.validUntil)
            ? `The reseller can buy at the price until the end of ${formatDate(endOfDay(form.values.validUntil))} (UTC).`
            : "The last day the reseller can buy at the price."
        }
        required
        {...form.getInputProps("validUntil")}
      />
    </FormModal>
  );
}
