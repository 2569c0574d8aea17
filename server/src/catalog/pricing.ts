/**
 * The price breakdown of a license purchase: one pure function, no I/O, so every rule about
 * money is in one place and tested on its own. Amounts are integer minor units of one currency;
 * percentages are basis points (1 % = 100), so 12.5 % is exact.
 */

export type BillingPeriod = "YEARLY" | "MONTHLY";

/** A monthly license costs a tenth of a yearly one. */
export const MONTHLY_DIVISOR = 10;
/** A monthly subscription needs at least this many licenses. */
export const MONTHLY_MINIMUM_QUANTITY = 20;
/** Wire transfer is allowed from this many licenses. */
export const WIRE_TRANSFER_MINIMUM_QUANTITY = 100;

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
  code: "INVALID_QUANTITY" | "MONTHLY_MINIMUM" | "PASS_THROUGH_TOO_HIGH" | "INVALID_PERCENT";
  field: "quantity" | "period" | "passThroughPercent";
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
  if (!Number.isInteger(input.quantity) || input.quantity < 1) {
    errors.push({
      code: "INVALID_QUANTITY",
      field: "quantity",
      message: "Enter a whole number of licenses, 1 or more.",
    });
  } else if (input.period === "MONTHLY" && input.quantity < MONTHLY_MINIMUM_QUANTITY) {
    errors.push({
      code: "MONTHLY_MINIMUM",
      field: "quantity",
      message: `A monthly subscription needs at least ${MONTHLY_MINIMUM_QUANTITY} licenses.`,
    });
  }
  const partnerPercentBp = input.hasPartnerCode ? input.tierPercentBp : 0;
  if (!Number.isInteger(input.passThroughPercentBp) || input.passThroughPercentBp < 0) {
    errors.push({
      code: "INVALID_PERCENT",
      field: "passThroughPercent",
      message: "The pass-through discount cannot be negative.",
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
