import "reflect-metadata";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { NewInvoiceLine } from "../invoice/invoice.service.js";
import type { PriceSnapshot } from "../subscription/subscription.entity.js";
import { BillingPeriod } from "./catalog.types.js";
import { periodLine, prorationLine } from "./period-line.js";
import { defaultMonthlyPrice, FULL_BP, MAX_QUANTITY, MAX_YEARLY_PRICE, priceBreakdown } from "./pricing.js";

/** The money of an invoice line, as the invoice adds it up. */
function checkLine(line: NewInvoiceLine): void {
  const amounts = [line.unitPrice, line.retailAmount, line.volumeDiscount, line.partnerDiscount, line.amount];
  for (const amount of amounts) {
    expect(Number.isSafeInteger(amount)).toBe(true);
    expect(amount).toBeGreaterThanOrEqual(0);
    expect(amount).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
  }
  expect(line.unitPrice * line.quantity).toBe(line.retailAmount);
  expect(line.retailAmount - line.volumeDiscount - line.partnerDiscount).toBe(line.amount);
}

const product = fc.record({
  yearlyPrice: fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: MAX_YEARLY_PRICE })),
  /** null: the default monthly price; else one staff set. */
  monthlyPrice: fc.option(fc.integer({ min: 0, max: MAX_YEARLY_PRICE })),
  quarterlyPrice: fc.integer({ min: 0, max: MAX_YEARLY_PRICE }),
  /** The fewest licenses staff set for the monthly or quarterly period. */
  minimum: fc.integer({ min: 1, max: 500 }),
  bands: fc.uniqueArray(
    fc.record({
      minQuantity: fc.integer({ min: 2, max: MAX_QUANTITY }),
      percentBp: fc.integer({ min: 0, max: FULL_BP }),
    }),
    { maxLength: 5, selector: (band) => band.minQuantity },
  ),
});

const purchase = fc
  .record({
    product,
    period: fc.constantFrom(BillingPeriod.YEARLY, BillingPeriod.QUARTERLY, BillingPeriod.MONTHLY),
    quantity: fc.oneof(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: MAX_QUANTITY })),
    tierBp: fc.oneof(fc.constantFrom(1000, 5000, 7500), fc.integer({ min: 0, max: FULL_BP })),
    hasPartnerCode: fc.boolean(),
    passThroughSeed: fc.nat(),
    added: fc.integer({ min: 1, max: MAX_QUANTITY }),
    periodDays: fc.constantFrom(28, 29, 30, 31, 365, 366),
    remainingSeed: fc.nat(),
  })
  .map((p) => ({
    ...p,
    minimumQuantity: p.period === BillingPeriod.YEARLY ? 1 : p.product.minimum,
    quantity: p.period === BillingPeriod.YEARLY ? p.quantity : Math.max(p.quantity, p.product.minimum),
  }));

/** Proration lines bill the rest of a period; which days do not change the money. */
const COVERS = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2027-01-01T00:00:00Z") };

describe("the money rule, for any product, period, quantity, tier, code, pass-through and proration", () => {
  it("reconciles every line to the cent, and renews an unchanged subscription at its first period's price", () => {
    fc.assert(
      fc.property(purchase, (p) => {
        const unitPrice =
          p.period === BillingPeriod.MONTHLY
            ? (p.product.monthlyPrice ?? defaultMonthlyPrice(p.product.yearlyPrice))
            : p.period === BillingPeriod.QUARTERLY
              ? p.product.quarterlyPrice
              : p.product.yearlyPrice;
        const partnerBp = p.hasPartnerCode ? p.tierBp : 0;
        const passThroughBp = p.passThroughSeed % (partnerBp + 1);

        // The quote, as the calculator and the purchase ask for it.
        const quoted = priceBreakdown({
          unitPrice,
          period: p.period,
          minimumQuantity: p.minimumQuantity,
          quantity: p.quantity,
          bands: p.product.bands,
          tierBp: p.tierBp,
          hasPartnerCode: p.hasPartnerCode,
          passThroughBp,
        });
        expect(quoted.ok).toBe(true);
        if (!quoted.ok) return;
        const q = quoted.line;
        expect(q.unitPrice * q.quantity).toBe(q.retail);
        expect(q.retail - q.volumeDiscount).toBe(q.afterVolume);
        expect(q.afterVolume - q.partnerDiscount).toBe(q.vendorAmount);
        expect(q.afterVolume - q.passThroughDiscount).toBe(q.endCustomerPrice);
        expect(q.vendorAmount + q.margin).toBe(q.endCustomerPrice);
        for (const amount of [
          q.retail,
          q.volumeDiscount,
          q.partnerDiscount,
          q.vendorAmount,
          q.passThroughDiscount,
          q.endCustomerPrice,
          q.margin,
        ]) {
          expect(amount).toBeGreaterThanOrEqual(0);
          expect(amount).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
        }

        // The purchase stores what it sold at, and its invoice line charges the quoted price.
        const snapshot: PriceSnapshot = {
          unitPrice: q.unitPrice,
          currency: "EUR",
          bands: p.product.bands,
          partnerPercentBp: q.partnerDiscountBp,
        };
        const bought = periodLine(snapshot, "P", "P", p.period, p.quantity, "first period");
        checkLine(bought);
        expect(bought.amount).toBe(q.vendorAmount);

        // Renewal reads the snapshot back from the database (JSON) and charges the same.
        const stored: PriceSnapshot = JSON.parse(JSON.stringify(snapshot));
        const renewed = periodLine(stored, "P", "P", p.period, p.quantity, "next period");
        expect({ ...renewed, description: "" }).toEqual({ ...bought, description: "" });

        // Licenses added mid-period, and the invoice of purchase plus change.
        const remainingDays = p.remainingSeed % (p.periodDays + 1);
        const added = prorationLine(
          snapshot,
          { code: "P", name: "P" },
          p.period,
          {
            added: p.added,
            total: p.quantity + p.added,
            remainingDays,
            periodDays: p.periodDays,
          },
          COVERS,
        );
        checkLine(added);
        expect(added.unitPrice).toBeLessThanOrEqual(snapshot.unitPrice);
        const lines = [bought, added];
        const subtotal = lines.reduce((sum, line) => sum + line.retailAmount, 0);
        const discounts = lines.reduce((sum, line) => sum + line.volumeDiscount + line.partnerDiscount, 0);
        const total = lines.reduce((sum, line) => sum + line.amount, 0);
        expect(subtotal - discounts).toBe(total);
        expect(total).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);
});
