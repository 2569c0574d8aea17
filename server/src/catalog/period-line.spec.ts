import "reflect-metadata";
import { describe, expect, it } from "vitest";
import type { PriceSnapshot } from "../subscription/subscription.entity.js";
import { BillingPeriod } from "./catalog.types.js";
import { periodEndAfter, periodLine } from "./period-line.js";

// Pro as sold to a Gold reseller: 24.95 a year, 5 % off from 50 licenses, 75 % partner discount.
const SNAPSHOT: PriceSnapshot = {
  yearlyListPrice: 2495,
  currency: "EUR",
  bands: [
    { minQuantity: 50, percentBp: 500 },
    { minQuantity: 100, percentBp: 1000 },
  ],
  partnerPercentBp: 7500,
};

describe("periodEndAfter", () => {
  it("ends a year or a month on, at the last day of a shorter month", () => {
    expect(periodEndAfter(new Date("2026-01-01T00:00:00Z"), BillingPeriod.YEARLY)).toEqual(
      new Date("2027-01-01T00:00:00Z"),
    );
    expect(periodEndAfter(new Date("2026-01-31T09:30:00Z"), BillingPeriod.MONTHLY)).toEqual(
      new Date("2026-02-28T09:30:00Z"),
    );
  });
});

describe("periodLine", () => {
  it("prices a whole year with the snapshot's bands and partner discount", () => {
    // 60 × 24.95 = 1497.00; 5 % band = 74.85; 75 % of 1422.15 = 1066.61; the vendor gets 355.54.
    const covers = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2027-01-01T00:00:00Z") };
    expect(periodLine(SNAPSHOT, "PRO", "Pro", BillingPeriod.YEARLY, 60, "renewal", covers)).toEqual({
      description: "Pro, yearly, renewal",
      productCode: "PRO",
      period: BillingPeriod.YEARLY,
      quantity: 60,
      unitPrice: 2495,
      retailAmount: 149700,
      volumeDiscountBp: 500,
      volumeDiscount: 7485,
      partnerDiscountBp: 7500,
      partnerDiscount: 106661,
      amount: 35554,
      periodStart: covers.start,
      periodEnd: covers.end,
    });
  });

  it("prices a month at a tenth of the year", () => {
    // 25 × 2.495 = 62.375 → 62.38; Gold 75 % = 46.79; the vendor gets 15.59.
    expect(periodLine(SNAPSHOT, "PRO", "Pro", BillingPeriod.MONTHLY, 25, "")).toMatchObject({
      unitPrice: 250,
      retailAmount: 6238,
      amount: 1559,
    });
  });
});
