import { addMonths } from "../common/dates.js";
import type { NewInvoiceLine } from "../invoice/invoice.service.js";
import type { PriceSnapshot } from "../subscription/subscription.entity.js";
import type { BillingPeriod } from "./catalog.types.js";
import { PERIOD_TERMS } from "./period-terms.js";
import { type PricedLine, priceLine, proratedUnitPrice } from "./pricing.js";

/** Where a billing period starting at `start` ends: a year, a quarter or a month on. */
export function periodEndAfter(start: Date, period: BillingPeriod): Date {
  return addMonths(start, PERIOD_TERMS[period].months);
}

/** A period as an invoice line describes it: its first and last day. */
export function describePeriod(start: Date, end: Date): string {
  return `${start.toISOString().slice(0, 10)} to ${end.toISOString().slice(0, 10)}`;
}

/** A subscription's line for `quantity` licenses at `unitPrice`, with its bands and partner discount. */
function snapshotLine(
  snapshot: PriceSnapshot,
  unitPrice: number,
  quantity: number,
  bandQuantity = quantity,
): PricedLine {
  return priceLine({
    unitPrice,
    quantity,
    bandQuantity,
    bands: snapshot.bands,
    partnerBp: snapshot.partnerPercentBp,
    passThroughBp: 0,
  });
}

/** An invoice line from a priced line. */
function invoiceLine(
  line: PricedLine,
  fields: Pick<NewInvoiceLine, "description" | "productCode" | "period">,
  covers: { start: Date; end: Date } | null,
): NewInvoiceLine {
  return {
    ...fields,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
    retailAmount: line.retail,
    volumeDiscountBp: line.volumeDiscountBp,
    volumeDiscount: line.volumeDiscount,
    partnerDiscountBp: line.partnerDiscountBp,
    partnerDiscount: line.partnerDiscount,
    amount: line.vendorAmount,
    periodStart: covers?.start ?? null,
    periodEnd: covers?.end ?? null,
  };
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
  return invoiceLine(
    snapshotLine(snapshot, snapshot.unitPrice, quantity),
    {
      description: `${productName}, ${PERIOD_TERMS[period].adjective}, ${description}`,
      productCode,
      period,
    },
    covers ?? null,
  );
}

/**
 * The invoice line for licenses added mid-period: each at the price of one license for the
 * remaining days, in the volume band of the new quantity, with the subscription's partner discount.
 */
export function prorationLine(
  snapshot: PriceSnapshot,
  product: { code: string; name: string },
  period: BillingPeriod,
  change: { added: number; total: number; remainingDays: number; periodDays: number },
  covers: { start: Date; end: Date },
): NewInvoiceLine {
  const unitPrice = proratedUnitPrice(snapshot.unitPrice, change.remainingDays, change.periodDays);
  return invoiceLine(
    snapshotLine(snapshot, unitPrice, change.added, change.total),
    {
      description: `${product.name}: ${change.added} more licenses for ${change.remainingDays} of ${change.periodDays} days`,
      productCode: product.code,
      period,
    },
    covers,
  );
}
