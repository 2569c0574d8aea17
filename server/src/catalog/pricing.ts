/**
 * The money rule: `priceLine` prices every quote, purchase, quantity change, renewal and invoice
 * line, pure and without I/O, so every rule about money is in one place and tested on its own.
 * Amounts are integer minor units of one currency; percentages are basis points (1 % = 100), so
 * 12.5 % is exact.
 */

export type BillingPeriod = "YEARLY" | "MONTHLY" | "QUARTERLY";
export type PaymentMethodName = "CARD" | "PAYPAL" | "WIRE_TRANSFER";

/** A monthly license costs, unless staff set its price, a tenth of a yearly one. */
export const MONTHLY_DIVISOR = 10;
/** A monthly subscription needs at least this many licenses, unless staff set another minimum. */
export const MONTHLY_MINIMUM_QUANTITY = 20;
/** Wire transfer is allowed from this many licenses. */
export const WIRE_TRANSFER_MINIMUM_QUANTITY = 100;
/** The most licenses one subscription or quote holds. */
export const MAX_QUANTITY = 100_000;
/**
 * The highest list price of one license for a period (yearly or monthly), in minor units. With
 * MAX_QUANTITY it bounds every amount far below 2^53, so money never overflows.
 */
export const MAX_YEARLY_PRICE = 100_000_000;
/** One hundred percent in basis points. */
export const FULL_BP = 10_000;
/** Whether a number of licenses is one a subscription can hold. */
export function isValidQuantity(quantity: number): boolean {
  return Number.isInteger(quantity) && quantity >= 1 && quantity <= MAX_QUANTITY;
}
export const QUANTITY_MESSAGE = `Enter a whole number of licenses, from 1 to ${MAX_QUANTITY.toLocaleString("en")}.`;

export interface VolumeBand {
  minQuantity: number;
  percentBp: number;
}

export interface PriceInput {
  /** List price of one license for one period, in minor units. */
  unitPrice: number;
  period: BillingPeriod;
  /** The fewest licenses the product sells for this period. */
  minimumQuantity: number;
  quantity: number;
  bands: readonly VolumeBand[];
  /** The reseller's tier reselling percentage, in basis points. */
  tierBp: number;
  /** Whether the reseller holds a valid partner discount code: without one it pays retail. */
  hasPartnerCode: boolean;
  /** The discount the reseller passes on to its end customer, at most the partner discount. */
  passThroughBp: number;
  /** When given, checked against the rules of that payment method. */
  paymentMethod?: PaymentMethodName | null;
}

/** One priced line: every amount of a quote, an invoice line and a charge comes from here. */
export interface PricedLine {
  /** List price of one license for what the line covers (a period, or the rest of one). */
  unitPrice: number;
  quantity: number;
  /** unitPrice × quantity, before any discount. */
  retail: number;
  volumeDiscountBp: number;
  volumeDiscount: number;
  /** Retail less the volume discount: the suggested end-customer price. */
  afterVolume: number;
  partnerDiscountBp: number;
  partnerDiscount: number;
  /** What the reseller pays the vendor. */
  vendorAmount: number;
  passThroughBp: number;
  passThroughDiscount: number;
  /** What the end customer pays the reseller. */
  endCustomerPrice: number;
  /** What the reseller keeps: endCustomerPrice - vendorAmount. */
  margin: number;
}

export interface PriceError {
  code:
    | "INVALID_QUANTITY"
    | "MONTHLY_MINIMUM"
    | "QUARTERLY_MINIMUM"
    | "WIRE_TRANSFER_MINIMUM"
    | "PASS_THROUGH_TOO_HIGH"
    | "INVALID_PERCENT";
  field: "quantity" | "paymentMethod" | "passThroughBp";
  message: string;
}

export type PriceResult = { ok: true; line: PricedLine } | { ok: false; errors: PriceError[] };

/** numerator / denominator rounded half away from zero, in exact integer arithmetic. */
export function divideRounded(numerator: bigint, denominator: bigint): number {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const rounded = (2n * n + d) / (2n * d);
  return Number(negative ? -rounded : rounded);
}

/** Whether a number is basis points from 0 to 100 %. */
export function isValidBp(bp: number): boolean {
  return Number.isInteger(bp) && bp >= 0 && bp <= FULL_BP;
}

/** `bp` of `amount`, rounded once, half away from zero. */
export function percentOf(amount: number, bp: number): number {
  return divideRounded(BigInt(amount) * BigInt(bp), BigInt(FULL_BP));
}

/** The monthly price a product gets unless staff set one: the yearly one ÷ 10, rounded once. */
export function defaultMonthlyPrice(yearlyPrice: number): number {
  return divideRounded(BigInt(yearlyPrice), BigInt(MONTHLY_DIVISOR));
}

/** The band with the highest minimum the quantity reaches; none below the first. */
export function volumeBandFor(bands: readonly VolumeBand[], quantity: number): VolumeBand | undefined {
  return [...bands]
    .sort((a, b) => b.minQuantity - a.minQuantity)
    .find((band) => quantity >= band.minQuantity);
}

export interface LineInput {
  /** List price of one license for what the line covers, in minor units. */
  unitPrice: number;
  quantity: number;
  bands: readonly VolumeBand[];
  /** The quantity that chooses the volume band, when it is not `quantity` (licenses added to a subscription). */
  bandQuantity?: number;
  /** The partner discount, in basis points; 0 without a partner discount code. */
  partnerBp: number;
  /** The discount passed on to the end customer, in basis points. */
  passThroughBp: number;
}

/**
 * The one money rule: retail is unit price × quantity; the volume discount is taken off retail,
 * the partner and pass-through discounts off what is left, each rounded once, half away from
 * zero. Every other amount is a difference of these, so the figures reconcile to the cent.
 */
export function priceLine(input: LineInput): PricedLine {
  const retail = input.unitPrice * input.quantity;
  const volumeDiscountBp = volumeBandFor(input.bands, input.bandQuantity ?? input.quantity)?.percentBp ?? 0;
  const volumeDiscount = percentOf(retail, volumeDiscountBp);
  const afterVolume = retail - volumeDiscount;
  const partnerDiscount = percentOf(afterVolume, input.partnerBp);
  const vendorAmount = afterVolume - partnerDiscount;
  const passThroughDiscount = percentOf(afterVolume, input.passThroughBp);
  const endCustomerPrice = afterVolume - passThroughDiscount;
  return {
    unitPrice: input.unitPrice,
    quantity: input.quantity,
    retail,
    volumeDiscountBp,
    volumeDiscount,
    afterVolume,
    partnerDiscountBp: input.partnerBp,
    partnerDiscount,
    vendorAmount,
    passThroughBp: input.passThroughBp,
    passThroughDiscount,
    endCustomerPrice,
    margin: endCustomerPrice - vendorAmount,
  };
}

/**
 * The price of one license for the rest of a period: the period's unit price times the
 * remaining days over the days of the period, rounded once. A prorated line is this unit price
 * times the licenses added, so its unit price × quantity is its retail amount too.
 */
export function proratedUnitPrice(unitPrice: number, remainingDays: number, periodDays: number): number {
  if (periodDays <= 0) return 0;
  const days = Math.min(Math.max(remainingDays, 0), periodDays);
  return divideRounded(BigInt(unitPrice) * BigInt(days), BigInt(periodDays));
}

/**
 * The refusal of a quantity below a period's minimum: MONTHLY_MINIMUM or QUARTERLY_MINIMUM, or
 * null when the quantity reaches it. A yearly minimum above 1 is never set.
 */
export function minimumError(period: BillingPeriod, minimum: number, quantity: number): PriceError | null {
  if (period === "YEARLY" || quantity >= minimum) return null;
  const name = period === "MONTHLY" ? "monthly" : "quarterly";
  return {
    code: period === "MONTHLY" ? "MONTHLY_MINIMUM" : "QUARTERLY_MINIMUM",
    field: "quantity",
    message: `A ${name} subscription of this product needs at least ${minimum} licenses.`,
  };
}

/** Checks a purchase or quote against the business rules, then prices it with `priceLine`. */
export function priceBreakdown(input: PriceInput): PriceResult {
  const errors: PriceError[] = [];
  if (!isValidQuantity(input.quantity)) {
    errors.push({ code: "INVALID_QUANTITY", field: "quantity", message: QUANTITY_MESSAGE });
  } else {
    const below = minimumError(input.period, input.minimumQuantity, input.quantity);
    if (below) errors.push(below);
  }
  if (
    input.paymentMethod === "WIRE_TRANSFER" &&
    Number.isInteger(input.quantity) &&
    input.quantity < WIRE_TRANSFER_MINIMUM_QUANTITY
  ) {
    errors.push({
      code: "WIRE_TRANSFER_MINIMUM",
      field: "paymentMethod",
      message: `Wire transfer is available from ${WIRE_TRANSFER_MINIMUM_QUANTITY} licenses; pay by card or PayPal.`,
    });
  }
  const partnerBp = input.hasPartnerCode ? input.tierBp : 0;
  if (!isValidBp(input.passThroughBp)) {
    errors.push({
      code: "INVALID_PERCENT",
      field: "passThroughBp",
      message: "The pass-through discount is basis points from 0 to 10,000 (100 %).",
    });
  } else if (input.passThroughBp > 0 && !input.hasPartnerCode) {
    errors.push({
      code: "PASS_THROUGH_TOO_HIGH",
      field: "passThroughBp",
      message: "Without a partner discount code you pay retail, so there is no discount to pass on.",
    });
  } else if (input.passThroughBp > partnerBp) {
    errors.push({
      code: "PASS_THROUGH_TOO_HIGH",
      field: "passThroughBp",
      message: `The pass-through discount can be at most your partner discount, ${partnerBp / 100} %.`,
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    line: priceLine({
      unitPrice: input.unitPrice,
      quantity: input.quantity,
      bands: input.bands,
      partnerBp,
      passThroughBp: input.passThroughBp,
    }),
  };
}
