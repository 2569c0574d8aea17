/**
 * The price breakdown of a license purchase: one pure function, no I/O, so every rule about
 * money is in one place and tested on its own. Amounts are integer minor units of one currency;
 * percentages are basis points (1 % = 100), so 12.5 % is exact.
 */

export type BillingPeriod = "YEARLY" | "MONTHLY";
export type PaymentMethodName = "CARD" | "PAYPAL" | "WIRE_TRANSFER";

/** A monthly license costs a tenth of a yearly one. */
export const MONTHLY_DIVISOR = 10;
/** A monthly subscription needs at least this many licenses. */
export const MONTHLY_MINIMUM_QUANTITY = 20;
/** Wire transfer is allowed from this many licenses. */
export const WIRE_TRANSFER_MINIMUM_QUANTITY = 100;
/** The most licenses one subscription or quote holds. */
export const MAX_QUANTITY = 100_000;
/**
 * The highest yearly list price of one license, in minor units. With MAX_QUANTITY it bounds every
 * amount far below 2^53, so money never overflows.
 */
export const MAX_YEARLY_PRICE = 100_000_000;
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
  /** Yearly list price of one license, in minor units. */
  yearlyListPrice: number;
  period: BillingPeriod;
  quantity: number;
  bands: readonly VolumeBand[];
  /** The reseller's tier reselling percentage. */
  tierPercentBp: number;
  /** Whether the reseller holds a valid partner discount code: without one it pays retail. */
  hasPartnerCode: boolean;
  /** The discount the reseller passes on to its end customer, at most the partner discount. */
  passThroughPercentBp: number;
  /** When given, checked against the rules of that payment method. */
  paymentMethod?: PaymentMethodName | null;
}

export interface PriceBreakdown {
  /** List price for the quantity and period, before any discount. */
  retail: number;
  volumeDiscountPercentBp: number;
  volumeDiscount: number;
  /** Retail less the volume discount: the suggested end-customer price. */
  afterVolume: number;
  partnerDiscountPercentBp: number;
  partnerDiscount: number;
  /** What the reseller pays the vendor. */
  vendorAmount: number;
  passThroughPercentBp: number;
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
    | "WIRE_TRANSFER_MINIMUM"
    | "PASS_THROUGH_TOO_HIGH"
    | "INVALID_PERCENT";
  field: "quantity" | "paymentMethod" | "passThroughPercent";
  message: string;
}

export type PriceResult = { ok: true; breakdown: PriceBreakdown } | { ok: false; errors: PriceError[] };

/** numerator / denominator rounded half away from zero, in exact integer arithmetic. */
export function divideRounded(numerator: bigint, denominator: bigint): number {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const rounded = (2n * n + d) / (2n * d);
  return Number(negative ? -rounded : rounded);
}

/**
 * A percentage as people type it (12.5) in basis points (1250); null when it is not a number
 * with at most two decimals.
 */
export function percentToBp(percent: number): number | null {
  if (!Number.isFinite(percent)) return null;
  const bp = Math.round(percent * 100);
  return Math.abs(percent * 100 - bp) < 1e-6 ? bp : null;
}

/** `percentBp` of `amount`, rounded once, half away from zero. */
export function percentOf(amount: number, percentBp: number): number {
  return divideRounded(BigInt(amount) * BigInt(percentBp), 10_000n);
}

/** The band with the highest minimum the quantity reaches; none below the first. */
export function volumeBandFor(bands: readonly VolumeBand[], quantity: number): VolumeBand | undefined {
  return [...bands]
    .sort((a, b) => b.minQuantity - a.minQuantity)
    .find((band) => quantity >= band.minQuantity);
}

export function priceBreakdown(input: PriceInput): PriceResult {
  const errors: PriceError[] = [];
  if (!isValidQuantity(input.quantity)) {
    errors.push({ code: "INVALID_QUANTITY", field: "quantity", message: QUANTITY_MESSAGE });
  } else if (input.period === "MONTHLY" && input.quantity < MONTHLY_MINIMUM_QUANTITY) {
    errors.push({
      code: "MONTHLY_MINIMUM",
      field: "quantity",
      message: `A monthly subscription needs at least ${MONTHLY_MINIMUM_QUANTITY} licenses.`,
    });
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
  const partnerPercentBp = input.hasPartnerCode ? input.tierPercentBp : 0;
  if (!Number.isInteger(input.passThroughPercentBp) || input.passThroughPercentBp < 0) {
    errors.push({
      code: "INVALID_PERCENT",
      field: "passThroughPercent",
      message: "The pass-through discount cannot be negative.",
    });
  } else if (input.passThroughPercentBp > 0 && !input.hasPartnerCode) {
    errors.push({
      code: "PASS_THROUGH_TOO_HIGH",
      field: "passThroughPercent",
      message: "Without a partner discount code you pay retail, so there is no discount to pass on.",
    });
  } else if (input.passThroughPercentBp > partnerPercentBp) {
    errors.push({
      code: "PASS_THROUGH_TOO_HIGH",
      field: "passThroughPercent",
      message: `The pass-through discount can be at most your partner discount, ${partnerPercentBp / 100} %.`,
    });
  }
  if (errors.length > 0) return { ok: false, errors };

  const divisor = input.period === "MONTHLY" ? BigInt(MONTHLY_DIVISOR) : 1n;
  const retail = divideRounded(BigInt(input.yearlyListPrice) * BigInt(input.quantity), divisor);
  const volumeDiscountPercentBp = volumeBandFor(input.bands, input.quantity)?.percentBp ?? 0;
  const volumeDiscount = percentOf(retail, volumeDiscountPercentBp);
  const afterVolume = retail - volumeDiscount;
  const partnerDiscount = percentOf(afterVolume, partnerPercentBp);
  const vendorAmount = afterVolume - partnerDiscount;
  const passThroughDiscount = percentOf(afterVolume, input.passThroughPercentBp);
  const endCustomerPrice = afterVolume - passThroughDiscount;
  return {
    ok: true,
    breakdown: {
      retail,
      volumeDiscountPercentBp,
      volumeDiscount,
      afterVolume,
      partnerDiscountPercentBp: partnerPercentBp,
      partnerDiscount,
      vendorAmount,
      passThroughPercentBp: input.passThroughPercentBp,
      passThroughDiscount,
      endCustomerPrice,
      margin: endCustomerPrice - vendorAmount,
    },
  };
}

export interface ProrationInput {
  yearlyListPrice: number;
  period: BillingPeriod;
  /** Licenses added now. */
  addedQuantity: number;
  /** The quantity after the change, which chooses the volume band. */
  totalQuantity: number;
  bands: readonly VolumeBand[];
  /** The partner discount the subscription was bought with. */
  partnerPercentBp: number;
  remainingDays: number;
  periodDays: number;
}

export interface ProrationLine {
  /** List price of one license for a whole period. */
  unitPrice: number;
  retail: number;
  volumeDiscountPercentBp: number;
  volumeDiscount: number;
  partnerDiscountPercentBp: number;
  partnerDiscount: number;
  /** What the reseller pays now. */
  amount: number;
}

/**
 * The charge for licenses added mid-period: per license, the list price times the remaining
 * days over the days of the period, with the volume band of the new quantity and the partner
 * discount the subscription has. Each amount is rounded once.
 */
export function proratedLine(input: ProrationInput): ProrationLine {
  const divisor = input.period === "MONTHLY" ? BigInt(MONTHLY_DIVISOR) : 1n;
  const retail = divideRounded(
    BigInt(input.yearlyListPrice) * BigInt(input.addedQuantity) * BigInt(input.remainingDays),
    divisor * BigInt(input.periodDays),
  );
  const volumeDiscountPercentBp = volumeBandFor(input.bands, input.totalQuantity)?.percentBp ?? 0;
  const volumeDiscount = percentOf(retail, volumeDiscountPercentBp);
  const partnerDiscount = percentOf(retail - volumeDiscount, input.partnerPercentBp);
  return {
    unitPrice: divideRounded(BigInt(input.yearlyListPrice), divisor),
    retail,
    volumeDiscountPercentBp,
    volumeDiscount,
    partnerDiscountPercentBp: input.partnerPercentBp,
    partnerDiscount,
    amount: retail - volumeDiscount - partnerDiscount,
  };
}
