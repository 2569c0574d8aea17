import { Input, NumberInput, SegmentedControl, Select, Text } from "@mantine/core";
import type { GetInputPropsReturnType } from "@mantine/form";
import type { ReactNode } from "react";
import type { BillingPeriod, PricingProductsQuery } from "../../gql/graphql";
import { formatMoney } from "../../lib/money";
import { useBusinessRules } from "../../rules/use-business-rules";
import { PERIODS, quantityHint } from "./purchase-options";

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

/** What licenses to price or buy: the product with its list price, the period and the quantity. */
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
  const rules = useBusinessRules();
  const product = products.find((p) => p.code === productCode);
  return (
    <>
      <Select
        label="Product"
        data={products.map((p) => ({ value: p.code, label: p.name }))}
        allowDeselect={false}
        value={productCode}
        onChange={onProductChange}
        error={errorOf("productCode")}
        data-autofocus={autoFocus || undefined}
      />
      {product && (
        <Text size="sm" c="dimmed">
          List price {formatMoney(product.yearlyPrice, product.currency)} per license a year, or{" "}
          {formatMoney(product.monthlyPrice, product.currency)} a month.
        </Text>
      )}
      <Input.Wrapper label="Period" labelElement="div" error={errorOf("period")}>
        <SegmentedControl<BillingPeriod>
          fullWidth
          data={PERIODS}
          value={period}
          onChange={onPeriodChange}
          aria-label="Period"
        />
      </Input.Wrapper>
      <NumberInput
        label="Quantity"
        description={quantityHint(rules)}
        allowDecimal={false}
        {...quantity}
        error={errorOf("quantity")}
      />
    </>
  );
}
