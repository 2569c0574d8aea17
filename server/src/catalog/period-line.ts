import { addMonths } from "../common/dates.js";
import type { NewInvoiceLine } from "../invoice/invoice.service.js";
import type { PriceSnapshot } from "../subscription/subscription.entity.js";
import { BillingPeriod } from "./catalog.types.js";
import { divideRounded, priceBreakdown } from "./pricing.js";

/** Where a billing period starting at `start` ends: a year or a month on. */
export function periodEndAfter(start: Date, period: BillingPeriod): Date {
  return addMonths(start, period === BillingPeriod.YEARLY ? 12 : 1);
}

/** A period as an invoice line describes it: its first and last day. */
export function describePeriod(start: Date, end: Date): string {
  return `${start.toISOString().slice(0, 10)} to ${end.toISOString().slice(0, 10)}`;
}

/**
 * The invoice line for a whole period of a subscription, priced with its snapshot; `covers` is the
 * period it bills, when it bills one.
 */
export function periodLine(
  snapshot: PriceSnapshot,
  productCode: string,
  productName: string,
  period: BillingPeriod,
  quantity: number,
  description: string,
  covers?: { start: Date; end: Date },
): NewInvoiceLine {
  const result = priceBreakdown({
    yearlyListPrice: snapshot.yearlyListPrice,
    period,
    quantity,
    bands: snapshot.bands,
    tierPercentBp: snapshot.partnerPercentBp,
    hasPartnerCode: snapshot.partnerPercentBp > 0,
    passThroughPercentBp: 0,
  });
  if (!result.ok)
    throw new Error(`cannot price ${quantity} × ${productCode}: ${JSON.stringify(result.errors)}`);
  const b = result.breakdown;
  return {
    description: `${productName}, ${period === BillingPeriod.YEARLY ? "yearly" : "monthly"}, ${description}`,
    productCode,
    period,
    quantity,
    unitPrice:
      period === BillingPeriod.MONTHLY
        ? divideRounded(BigInt(snapshot.yearlyListPrice), 10n)
        : snapshot.yearlyListPrice,
    retailAmount: b.retail,
    volumeDiscountBp: b.volumeDiscountPercentBp,
    volumeDiscount: b.volumeDiscount,
    partnerDiscountBp: b.partnerDiscountPercentBp,
    partnerDiscount: b.partnerDiscount,
    amount: b.vendorAmount,
    periodStart: covers?.start ?? null,
    periodEnd: covers?.end ?? null,
  };
}
