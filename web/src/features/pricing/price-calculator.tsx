import { skipToken, useQuery } from "@apollo/client/react";
import { Alert, Card, Grid, NumberInput, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useDebouncedValue } from "@mantine/hooks";
import { useMemo } from "react";
import { QueryState } from "../../components/query-state";
import type { BillingPeriod, PaymentMethod, QuoteInput } from "../../gql/graphql";
import { bpToPercent, formatBp, percentToBp } from "../../lib/percent";
import { userErrorsToFormErrors } from "../../lib/user-errors";
import { useBusinessRules } from "../../rules/use-business-rules";
import { VolumeBandsTable } from "../catalog/volume-bands";
import { LicenseFields, type PricingProduct } from "./license-fields";
import { QuoteDocument } from "./pricing.generated";
import { numberOf, PAYMENT_METHODS, QUANTITY_NOT_WHOLE, quantityOf } from "./purchase-options";
import { QuoteBreakdown } from "./quote-breakdown";

const FIELDS = ["productCode", "period", "quantity", "discountCode", "passThroughBp", "paymentMethod"];

const PERCENT_DECIMALS = "Use a percent with two decimals at most.";

interface CalculatorValues {
  productCode: string | null;
  period: BillingPeriod;
  /** As the number inputs hold them: a number, or the text while it is not one ("", "-"). */
  quantity: number | string;
  discountCode: string;
  /** In percent as typed (12.5); sent as basis points. */
  passThroughPercent: number | string;
  paymentMethod: PaymentMethod | null;
}

/**
 * What to ask the server to price, or null while there is nothing to price. A quantity must be
 * a whole number and a percent have two decimals at most, as the API's Int fields take them;
 * everything else goes as typed: the server knows the rules (quantity bounds, period minimums,
 * wire-transfer minimum, pass-through limit) and answers with userErrors, so they live in one place.
 */
function quoteInput(values: CalculatorValues): QuoteInput | null {
  const quantity = quantityOf(values.quantity);
  const passThroughBp = percentToBp(numberOf(values.passThroughPercent) ?? 0);
  if (!values.productCode || quantity === null || passThroughBp === null) return null;
  return {
    productCode: values.productCode,
    period: values.period,
    quantity,
    discountCode: values.discountCode.trim() || null,
    passThroughBp,
    paymentMethod: values.paymentMethod,
  };
}

interface PriceCalculatorProps {
  products: readonly PricingProduct[];
  /** The reseller's active partner discount code to start with; empty when it has none. */
  activeCode: string;
  /** The tier's reselling percentage in basis points: the most a reseller can pass through. */
  resellingBp: number | undefined;
}

/** Prices a purchase as the person types, showing every line from retail to their margin. */
export function PriceCalculator({ products, activeCode, resellingBp }: PriceCalculatorProps) {
  const rules = useBusinessRules();
  const form = useForm<CalculatorValues>({
    initialValues: {
      productCode: products[0]?.code ?? null,
      period: "YEARLY",
      quantity: 10,
      discountCode: activeCode,
      passThroughPercent: 0,
      paymentMethod: null,
    },
  });
  const input = useMemo(() => quoteInput(form.values), [form.values]);
  // One request once the typing pauses, not one per key.
  const [debouncedInput] = useDebouncedValue(input, 250);
  // A cached quote is shown at once but asked for again: staff may have changed the tier, the
  // product or the code since, and the server's answer is the price.
  const result = useQuery(
    QuoteDocument,
    debouncedInput ? { variables: { input: debouncedInput }, fetchPolicy: "cache-and-network" } : skipToken,
  );
  // The last answer stays on screen while the next one loads, so the numbers do not flicker away.
  const answer = result.data ?? result.previousData;
  const errors = input && answer ? userErrorsToFormErrors(answer.quote.userErrors, FIELDS) : {};
  if (numberOf(form.values.quantity) !== null && quantityOf(form.values.quantity) === null) {
    errors.quantity = QUANTITY_NOT_WHOLE;
  }
  if (percentToBp(numberOf(form.values.passThroughPercent) ?? 0) === null)
    errors.passThroughBp = PERCENT_DECIMALS;
  const product = products.find((p) => p.code === form.values.productCode);
  const updating = result.loading || input !== debouncedInput;

  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack
          gap="md"
          component="form"
          aria-label="What to price"
          onSubmit={(event) => event.preventDefault()}
        >
          <LicenseFields
            products={products}
            productCode={form.values.productCode}
            onProductChange={(code) => form.setFieldValue("productCode", code)}
            period={form.values.period}
            onPeriodChange={(period) => form.setFieldValue("period", period)}
            quantity={form.getInputProps("quantity")}
            errorOf={(field) => errors[field]}
          />
          {product && (
            <VolumeBandsTable
              bands={product.bands}
              quantity={numberOf(form.values.quantity)}
              productName={product.name}
            />
          )}
          <TextInput
            label="Partner discount code"
            description={
              activeCode
                ? "Your active code. Clear it to see retail prices."
                : "Without a code you pay retail."
            }
            autoComplete="off"
            {...form.getInputProps("discountCode")}
            error={errors.discountCode}
          />
          <NumberInput
            label="Pass-through discount"
            description={`What you give your end customer off the suggested price: 0 to ${
              resellingBp === undefined ? "your reselling percentage" : formatBp(resellingBp)
            }.`}
            suffix=" %"
            decimalScale={2}
            min={0}
            max={resellingBp === undefined ? 100 : bpToPercent(resellingBp)}
            {...form.getInputProps("passThroughPercent")}
            error={errors.passThroughBp}
          />
          <Select
            label="Payment method"
            description={`Optional: when chosen, checked too.${
              rules ? ` Wire transfer needs ${rules.wireTransferMinimumQuantity} licenses.` : ""
            }`}
            placeholder="Not chosen yet"
            data={PAYMENT_METHODS}
            clearable
            {...form.getInputProps("paymentMethod")}
            error={errors.paymentMethod}
          />
        </Stack>
      </Grid.Col>

      <Grid.Col span={{ base: 12, md: 7 }}>
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="breakdown-heading">
          <Title order={3} size="h5" mb="sm" id="breakdown-heading">
            Price breakdown
          </Title>
          {input === null ? (
            <Text c="dimmed">Choose a product and enter a quantity to see the price.</Text>
          ) : (
            <QueryState
              query={{ ...result, data: result.error ? undefined : answer }}
              errorTitle="Could not work out the price"
            >
              {({ quote: { quote } }) =>
                quote ? (
                  <QuoteBreakdown quote={quote} updating={updating} />
                ) : (
                  <Alert color="orange" variant="light" title="No price for this input">
                    {errors.formError ?? "Correct the fields marked in red to see the price."}
                  </Alert>
                )
              }
            </QueryState>
          )}
        </Card>
      </Grid.Col>
    </Grid>
  );
}
