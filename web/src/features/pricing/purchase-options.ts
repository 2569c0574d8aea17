import type { BillingPeriod, PaymentMethod, ProductPeriodFieldsFragment } from "../../gql/graphql";

/** The ways a reseller pays the vendor, in the order the forms offer them. */
export const PAYMENT_METHODS = [
  { value: "CARD", label: "Card" },
  { value: "PAYPAL", label: "PayPal" },
  { value: "WIRE_TRANSFER", label: "Wire transfer" },
] as const satisfies ReadonlyArray<{ value: PaymentMethod; label: string }>;

export const PERIOD_LABELS: Record<BillingPeriod, string> = {
  YEARLY: "Yearly",
  QUARTERLY: "Quarterly",
  MONTHLY: "Monthly",
};

export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  CARD: "Card",
  PAYPAL: "PayPal",
  WIRE_TRANSFER: "Wire transfer",
};

const PERIOD_NOUNS: Record<BillingPeriod, string> = {
  YEARLY: "year",
  QUARTERLY: "quarter",
  MONTHLY: "month",
};

/** "year", "quarter", "month": one period of a license. */
export function periodNoun(period: BillingPeriod): string {
  return PERIOD_NOUNS[period];
}

/** "a year", "a quarter", "a month": what a price per period is for. */
export function perPeriod(period: BillingPeriod): string {
  return `a ${periodNoun(period)}`;
}

/** A period a product is sold for, with its price and minimum. */
export type ProductPeriod = ProductPeriodFieldsFragment;

/** The product's price and minimum for a period; undefined when it is not sold for that period. */
export function termsOf(
  product: { periods: readonly ProductPeriod[] } | undefined,
  period: BillingPeriod,
): ProductPeriod | undefined {
  return product?.periods.find((terms) => terms.period === period);
}

/** A number input's value as a number, or null while it holds text that is not one ("", "-"). */
export function numberOf(value: number | string): number | null {
  if (typeof value === "number") return value;
  const parsed = value.trim() === "" ? Number.NaN : Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}

/** The largest number a GraphQL Int holds. */
const INT_MAX = 2_147_483_647;

/**
 * A quantity field's value as the API's Int, or null while it is no whole number an Int holds:
 * the API refuses those before its rules run, so the form says so itself (QUANTITY_NOT_WHOLE).
 */
export function quantityOf(value: number | string): number | null {
  const number = numberOf(value);
  return number !== null && Number.isInteger(number) && Math.abs(number) <= INT_MAX ? number : null;
}

export const QUANTITY_NOT_WHOLE = "Enter a whole number of licenses.";

/** What a quantity field asks for, with the product's minimum for the period: "Licenses: 2 or more a quarter." */
export function quantityHint(terms: ProductPeriod): string {
  return `Licenses: ${terms.minimumQuantity} or more ${perPeriod(terms.period)}.`;
}

/** "1 license", "25 licenses". */
export function licenses(count: number): string {
  return count === 1 ? "1 license" : `${count} licenses`;
}
