import { skipToken, useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, Card, Group, Modal, Stack, Stepper, Switch, Text, TextInput } from "@mantine/core";
import { type UseFormReturnType, useForm } from "@mantine/form";
import { useDebouncedValue } from "@mantine/hooks";
import { useCallback, useMemo, useState } from "react";
import { QueryState } from "../../components/query-state";
import { StackedTable } from "../../components/stacked-table";
import type {
  BillingPeriod,
  PaymentMethod,
  QuoteFieldsFragment,
  QuoteInput,
  SubscriptionPurchaseInput,
} from "../../gql/graphql";
import { formatMoney } from "../../lib/money";
import { formatBp } from "../../lib/percent";
import { type FormErrors, submitMutation, userErrorsToFormErrors } from "../../lib/user-errors";
import { describeVat } from "../../lib/vat";
import { useSignedInViewer } from "../../session/viewer";
import { AnnexLink } from "../annex/annex-link";
import { useAnnexRefusal } from "../annex/annex-refusal";
import { LicenseFields, type PricingProduct } from "../pricing/license-fields";
import { QuoteDocument } from "../pricing/pricing.generated";
import { ProductsOnSale, usePricingStart } from "../pricing/products-on-sale";
import {
  licenses,
  PAYMENT_METHOD_LABELS,
  PERIOD_LABELS,
  periodNoun,
  quantityOf,
} from "../pricing/purchase-options";
import { QuoteBreakdown } from "../pricing/quote-breakdown";
import { InvoicesDocument } from "./invoices.generated";
import { type PaymentChoice, PaymentMethodField, UNCHOSEN_PAYMENT } from "./payment-method-field";
import { type Purchased, PurchaseOutcome } from "./purchase-outcome";
import { SubscriptionPurchaseDocument } from "./purchase-subscription.generated";
import { SubscriptionsDocument } from "./subscriptions.generated";

export interface PurchaseSubscriptionModalProps {
  opened: boolean;
  onClose: () => void;
  /** Buy straight into this customer of the reseller's list; without one it goes to the pool. */
  customer?: { id: string; companyName: string } | null;
  /** Called once the purchase went through, e.g. to reload the page the dialog was opened from. */
  onPurchased?: (subscriptionId: string) => void;
  /** What to start from, e.g. the product and licenses a usage notice says are missing. */
  start?: { productCode: string; quantity: number } | null;
}

/**
 * Buys a subscription in four steps: licenses (with the live quote), partner discount code,
 * payment, and a summary to confirm. Each opening is one purchase, with its own idempotency key.
 */
export function PurchaseSubscriptionModal(props: PurchaseSubscriptionModalProps) {
  // Counts the openings, so each starts from a fresh form and a fresh idempotency key.
  const [session, setSession] = useState(0);
  const [wasOpened, setWasOpened] = useState(props.opened);
  if (props.opened !== wasOpened) {
    setWasOpened(props.opened);
    if (props.opened) setSession((count) => count + 1);
  }
  return <PurchaseDialog key={session} {...props} />;
}

/** The steps, in order; a field's errors send the person back to the step that shows it. */
const STEPS = ["licenses", "discount", "payment", "confirm"] as const;
const STEP_OF_FIELD: Record<string, number> = {
  productCode: 0,
  period: 0,
  quantity: 0,
  discountCode: 1,
  paymentMethod: 2,
  paymentMethodId: 2,
  newCardToken: 2,
};
const FIELDS = [...Object.keys(STEP_OF_FIELD), "renew"];

interface PurchaseValues {
  /** null until chosen: the first product on sale. */
  productCode: string | null;
  period: BillingPeriod;
  /** As the number input holds it: a number, or the text while it is not one. */
  quantity: number | string;
  /** null until edited: the reseller's active code. */
  discountCode: string | null;
  payment: PaymentChoice;
  renew: boolean;
}

/** What the steps settled on; the dialog adds the customer and the idempotency key. */
type Order = Omit<SubscriptionPurchaseInput, "customerId" | "idempotencyKey">;

function PurchaseDialog({ opened, onClose, customer, onPurchased, start }: PurchaseSubscriptionModalProps) {
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const { products, activeCode } = usePricingStart(opened);
  const [purchase] = useMutation(SubscriptionPurchaseDocument);
  const [active, setActive] = useState(0);
  const [purchased, setPurchased] = useState<Purchased | null>(null);
  const annex = useAnnexRefusal();
  const form = useForm<PurchaseValues>({
    initialValues: {
      productCode: start?.productCode ?? null,
      period: "YEARLY",
      quantity: start?.quantity ?? 10,
      discountCode: null,
      payment: UNCHOSEN_PAYMENT,
      renew: true,
    },
  });

  const busy = form.submitting;
  const close = () => {
    if (!busy) onClose();
  };

  // Buying again after a failure sends the same idempotency key: if the attempt did go through,
  // the server answers with it instead of charging twice.
  const submit = async (order: Order) => {
    const errors = await submitMutation(
      form,
      async () =>
        annex.check(
          (
            await purchase({
              variables: { input: { ...order, customerId: customer?.id ?? null, idempotencyKey } },
              refetchQueries: [SubscriptionsDocument, InvoicesDocument],
            })
          ).data?.subscriptionPurchase,
        ),
      {
        fields: FIELDS,
        onSuccess: ({ subscription, invoice }) => {
          if (!subscription || !invoice) return "The server did not confirm the purchase. Try again.";
          setPurchased({ subscription, invoice });
          onPurchased?.(subscription.id);
          return undefined;
        },
      },
    );
    if (errors) setActive(firstStepWithError(errors));
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      closeButtonProps={{ "aria-label": "Close" }}
      title={customer ? `Add subscription for ${customer.companyName}` : "Add subscription"}
      size="xl"
      centered
      // Half a purchase must not vanish with a stray click.
      closeOnClickOutside={false}
    >
      {purchased ? (
        <PurchaseOutcome purchased={purchased} customer={customer ?? null} onDone={close} />
      ) : (
        <ProductsOnSale query={products}>
          {(onSale) => (
            <PurchaseSteps
              products={onSale}
              activeCode={activeCode}
              customer={customer ?? null}
              form={form}
              active={active}
              onStep={setActive}
              onCancel={close}
              onBuy={(order) => void form.onSubmit(() => submit(order))()}
              refusedForAnnex={annex.refused}
            />
          )}
        </ProductsOnSale>
      )}
    </Modal>
  );
}

function firstStepWithError(errors: FormErrors): number {
  const steps = Object.keys(errors).map((field) => STEP_OF_FIELD[field.split(".")[0]] ?? STEPS.length - 1);
  return Math.min(...steps, STEPS.length - 1);
}

/** What to price for the current values, or null while there is nothing to price. */
function quoteInput(
  values: PurchaseValues,
  productCode: string | null,
  discountCode: string,
): QuoteInput | null {
  const quantity = quantityOf(values.quantity);
  if (!productCode || quantity === null) return null;
  return {
    productCode,
    period: values.period,
    quantity,
    discountCode: discountCode.trim() || null,
  };
}

interface PurchaseStepsProps {
  products: readonly PricingProduct[];
  activeCode: string;
  customer: { id: string; companyName: string } | null;
  form: UseFormReturnType<PurchaseValues>;
  active: number;
  onStep: (step: number) => void;
  onCancel: () => void;
  onBuy: (order: Order) => void;
  /** The last attempt was refused until the reselling annex is accepted: the error leads to it. */
  refusedForAnnex: boolean;
}

function PurchaseSteps({
  products,
  activeCode,
  customer,
  form,
  active,
  onStep,
  onCancel,
  onBuy,
  refusedForAnnex,
}: PurchaseStepsProps) {
  const { values } = form;
  const { can } = useSignedInViewer();
  const { setFieldValue, clearFieldError } = form;
  const choosePayment = useCallback(
    (payment: PaymentChoice) => {
      setFieldValue("payment", payment);
      // A declined card says nothing about another method.
      for (const field of ["paymentMethod", "paymentMethodId", "newCardToken"]) clearFieldError(field);
    },
    [setFieldValue, clearFieldError],
  );
  const productCode = values.productCode ?? products[0]?.code ?? null;
  // Never filled in for the reseller: a code changes what it pays, so using it is a choice made here.
  const discountCode = values.discountCode ?? "";

  const input = useMemo(
    () => quoteInput(values, productCode, discountCode),
    [values, productCode, discountCode],
  );
  // One request once the typing pauses, not one per key.
  const [debouncedInput] = useDebouncedValue(input, 250);
  // The server's quote is the price: the purchase is priced by the same rules.
  const result = useQuery(
    QuoteDocument,
    debouncedInput ? { variables: { input: debouncedInput }, fetchPolicy: "cache-and-network" } : skipToken,
  );
  const answer = result.data ?? result.previousData;
  const updating = result.loading || input !== debouncedInput;
  const quoteErrors = input && answer ? userErrorsToFormErrors(answer.quote.userErrors, FIELDS) : {};
  const quote = !updating && input ? (answer?.quote.quote ?? null) : null;
  // A field shows what the last purchase attempt said about it, else what the live quote says.
  const errorOf = (field: string): string | undefined => form.errors[field]?.toString() ?? quoteErrors[field];

  // What each step needs before the next one: the live quote must price steps 1 and 2.
  const hasErrorsOn = (step: number) =>
    Object.entries(STEP_OF_FIELD).some(([field, s]) => s === step && errorOf(field));
  const ready = [quote !== null && !hasErrorsOn(0), quote !== null && !hasErrorsOn(1), !hasErrorsOn(2)];

  const next = () => {
    const { payment } = values;
    if (
      active === 2 &&
      payment.paymentMethod !== "WIRE_TRANSFER" &&
      !payment.paymentMethodId &&
      !payment.newCardToken
    ) {
      form.setFieldError("paymentMethodId", "Choose how to pay.");
      return;
    }
    onStep(active + 1);
  };

  const buy = () => {
    if (!quote || !productCode) return;
    onBuy({
      productCode,
      period: values.period,
      quantity: quote.quantity,
      discountCode: discountCode.trim() || null,
      paymentMethod: values.payment.paymentMethod,
      paymentMethodId: values.payment.paymentMethodId,
      newCardToken: values.payment.newCardToken,
      renew: values.renew,
    });
  };

  return (
    <Stack gap="lg">
      <Stepper active={active} onStepClick={onStep} allowNextStepsSelect={false} size="sm">
        <Stepper.Step label="Licenses" description="Product, period, quantity">
          <Stack gap="md" mt="md">
            <LicenseFields
              products={products}
              productCode={productCode}
              onProductChange={(code) => form.setFieldValue("productCode", code)}
              period={values.period}
              onPeriodChange={(period) => form.setFieldValue("period", period)}
              quantity={form.getInputProps("quantity")}
              errorOf={errorOf}
              autoFocus
            />
            <Card withBorder radius="md" padding="md">
              {input === null ? (
                <Text c="dimmed">Choose a product and enter a quantity to see the price.</Text>
              ) : (
                <QueryState
                  query={{ ...result, data: result.error ? undefined : answer }}
                  errorTitle="Could not work out the price"
                >
                  {({ quote: { quote: priced } }) =>
                    priced ? (
                      <QuoteBreakdown quote={priced} passThrough={false} updating={updating} />
                    ) : (
                      <Alert color="orange" variant="light" title="No price for this input">
                        {quoteErrors.discountCode ??
                          quoteErrors.formError ??
                          "Correct the fields marked in red to see the price."}
                      </Alert>
                    )
                  }
                </QueryState>
              )}
            </Card>
          </Stack>
        </Stepper.Step>

        <Stepper.Step label="Discount" description="Partner discount code">
          <Stack gap="md" mt="md">
            <TextInput
              label="Partner discount code"
              description={
                activeCode
                  ? "Enter a code, or use your active one. Without a code the vendor charges retail."
                  : "You have no partner discount code yet: without one you pay retail. Request one on the Pricing page."
              }
              autoComplete="off"
              value={discountCode}
              onChange={(event) => form.setFieldValue("discountCode", event.currentTarget.value)}
              error={errorOf("discountCode")}
            />
            {activeCode && discountCode.trim() !== activeCode && (
              <Button
                variant="light"
                onClick={() => form.setFieldValue("discountCode", activeCode)}
                style={{ alignSelf: "flex-start" }}
              >
                Use your code {activeCode}
              </Button>
            )}
            {quote && <DiscountSummary quote={quote} />}
          </Stack>
        </Stepper.Step>

        <Stepper.Step label="Payment" description="How you pay the vendor">
          <Stack gap="md" mt="md">
            <PaymentMethodField
              value={values.payment}
              onChange={choosePayment}
              wireTransferAllowed={quote?.wireTransferAllowed ?? false}
              canAddCard={can("BILLING_MANAGE")}
              error={errorOf("paymentMethod") ?? errorOf("paymentMethodId") ?? errorOf("newCardToken")}
            />
          </Stack>
        </Stepper.Step>

        <Stepper.Step label="Confirm" description="Check and buy">
          <Stack gap="md" mt="md">
            {quote && (
              <PurchaseSummary
                quote={quote}
                customer={customer}
                discountCode={discountCode.trim()}
                paymentMethod={values.payment.paymentMethod}
                paymentLabel={values.payment.label}
              />
            )}
            <Switch
              label="Renew at the end of each period"
              description="You can turn renewal off or on at any time on the Billing page."
              {...form.getInputProps("renew", { type: "checkbox" })}
            />
          </Stack>
        </Stepper.Step>
      </Stepper>

      {form.errors.formError && (
        <Alert color="red" variant="light" title="Could not buy the subscription">
          <Stack gap="xs" align="flex-start">
            {form.errors.formError}
            {refusedForAnnex && <AnnexLink />}
          </Stack>
        </Alert>
      )}

      <Group justify="space-between">
        <Button variant="default" onClick={onCancel} disabled={form.submitting}>
          Cancel
        </Button>
        <Group gap="sm">
          {active > 0 && (
            <Button variant="default" onClick={() => onStep(active - 1)} disabled={form.submitting}>
              Back
            </Button>
          )}
          {active < STEPS.length - 1 ? (
            <Button
              onClick={next}
              disabled={!ready[active]}
              loading={active < 2 && updating && input !== null}
            >
              Next
            </Button>
          ) : (
            <Button onClick={buy} disabled={!quote} loading={form.submitting}>
              Buy
            </Button>
          )}
        </Group>
      </Group>
    </Stack>
  );
}

function DiscountSummary({ quote }: { quote: QuoteFieldsFragment }) {
  const money = (amount: number) => formatMoney(amount, quote.currency);
  return quote.discountCodeApplied ? (
    <Alert color="green" variant="light" title="Partner discount applies">
      Your {quote.tier.name} tier takes {formatBp(quote.partnerDiscountBp)} off: you pay{" "}
      <b>{money(quote.vendorPrice)}</b> instead of {money(quote.priceAfterVolumeDiscount)}.
    </Alert>
  ) : (
    <Alert color="gray" variant="light" title="Retail price">
      Without a partner discount code you pay the retail price: <b>{money(quote.vendorPrice)}</b>.
    </Alert>
  );
}

interface PurchaseSummaryProps {
  quote: QuoteFieldsFragment;
  customer: { companyName: string } | null;
  discountCode: string;
  paymentMethod: PaymentMethod;
  paymentLabel: string;
}

function PurchaseSummary({
  quote,
  customer,
  discountCode,
  paymentMethod,
  paymentLabel,
}: PurchaseSummaryProps) {
  const rows: Array<[string, string]> = [
    ["Product", quote.product.name],
    ["Period", PERIOD_LABELS[quote.period]],
    ["Quantity", licenses(quote.quantity)],
    ["Customer", customer ? customer.companyName : "None: the licenses go to your pool"],
    [
      "Partner discount",
      quote.discountCodeApplied
        ? `${discountCode} (${formatBp(quote.partnerDiscountBp)})`
        : "None: retail price",
    ],
    ["Payment", paymentLabel || PAYMENT_METHOD_LABELS[paymentMethod]],
    ["VAT", describeVat(quote.vat, quote.currency)],
    [
      "You pay",
      `${formatMoney(quote.vendorPriceWithVat, quote.currency)} for the first ${periodNoun(quote.period)}${
        paymentMethod === "WIRE_TRANSFER" ? ", by wire transfer" : ", charged now"
      }`,
    ],
  ];
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
