import { Input, NumberInput, SegmentedControl, Select, Text } from "@mantine/core";
import type { GetInputPropsReturnType } from "@mantine/form";
import type { ReactNode } from "react";
import type { BillingPeriod, PricingProductsQuery } from "../../gql/graphql";
import { formatMoney } from "../../lib/money";
import { PERIOD_LABELS, perPeriod, quantityHint, termsOf } from "./purchase-options";

export type PricingProduct = PricingProductsQuery["products"][number];

interface LicenseFieldsProps {
  products: readonly PricingProduct[];
  productCode: string | null;
  onProductChange: (code: string | null) => void;
  period: BillingPeriod;
  onPeriodChange: (period: BillingPeriod) => void;
  /** The quantity input's value and handlers, from the form. */
  quantity: GetInputPropsReturnType;
  /** What the server said about each field, for the field to show. */
  errorOf: (field: "productCode" | "period" | "quantity") => ReactNode;
  /** Whether the product field takes the focus when its dialog opens. */
  autoFocus?: boolean;
}

const OR = new Intl.ListFormat("en", { type: "disjunction" });

/** "List price €1,200.00 per license a year, €330.00 a quarter, or €120.00 a month." */
function listPrices(product: PricingProduct): string {
  const prices = product.periods.map(
    ({ period, unitPrice }, index) =>
      `${formatMoney(unitPrice, product.currency)}${index === 0 ? " per license" : ""} ${perPeriod(period)}`,
  );
  return `List price ${OR.format(prices)}.`;
}

/**
 * What licenses to price or buy: the product with its list prices, one of the periods it is
 * sold for, and the quantity, with the product's minimum for that period.
 */
export function LicenseFields({
  products,
  productCode,
  onProductChange,
  period,
  onPeriodChange,
  quantity,
  errorOf,
  autoFocus,
}: LicenseFieldsProps) {
  const product = products.find((p) => p.code === productCode);
  const terms = termsOf(product, period);
  const chooseProduct = (code: string | null) => {
    onProductChange(code);
    // Every product is sold yearly; the period chosen for the last one may not be on offer.
    const next = products.find((p) => p.code === code);
    if (next && !termsOf(next, period)) onPeriodChange("YEARLY");
  };
  return (
    <>
      <Select
        label="Product"
        data={products.map((p) => ({ value: p.code, label: p.name }))}
        allowDeselect={false}
        value={productCode}
        onChange={chooseProduct}
        error={errorOf("productCode")}
        data-autofocus={autoFocus || undefined}
      />
      {product && (
        <Text size="sm" c="dimmed">
          {listPrices(product)}
        </Text>
      )}
      <Input.Wrapper label="Period" labelElement="div" error={errorOf("period")}>
        <SegmentedControl<BillingPeriod>
          fullWidth
          data={(product?.periods ?? []).map((p) => ({ value: p.period, label: PERIOD_LABELS[p.period] }))}
          value={period}
          onChange={onPeriodChange}
          aria-label="Period"
        />
      </Input.Wrapper>
      <NumberInput
        label="Quantity"
        description={terms && quantityHint(terms)}
        allowDecimal={false}
        // The server refuses fewer with its reason, so a quantity typed below stays as typed.
        min={terms?.minimumQuantity}
        clampBehavior="none"
        {...quantity}
        error={errorOf("quantity")}
      />
    </>
  );
}
