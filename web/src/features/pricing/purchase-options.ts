import type { BillingPeriod, PaymentMethod } from "../../gql/graphql";
import type { BusinessRules } from "../../rules/use-business-rules";

/** The billing periods, in the order the forms offer them. */
export const PERIODS: Array<{ value: BillingPeriod; label: string }> = [
  { value: "YEARLY", label: "Yearly" },
  { value: "MONTHLY", label: "Monthly" },
];

/** The ways a reseller pays the vendor, in the order the forms offer them. */
export const PAYMENT_METHODS = [
  { value: "CARD", label: "Card" },
  { value: "PAYPAL", label: "PayPal" },
  { value: "WIRE_TRANSFER", label: "Wire transfer" },
] as const satisfies ReadonlyArray<{ value: PaymentMethod; label: string }>;

export const PERIOD_LABELS: Record<BillingPeriod, string> = { YEARLY: "Yearly", MONTHLY: "Monthly" };

export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  CARD: "Card",
  PAYPAL: "PayPal",
  WIRE_TRANSFER: "Wire transfer",
};

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

/** What a quantity field asks for, with the API's monthly minimum; undefined until the rules are known. */
export function quantityHint(rules: BusinessRules | undefined): string | undefined {
  return rules && `Licenses: 1 or more a year, ${rules.monthlyMinimumQuantity} or more a month.`;
}

/** "1 license", "25 licenses". */
export function licenses(count: number): string {
  return count === 1 ? "1 license" : `${count} licenses`;
}
