import "reflect-metadata";
import { describe, expect, it } from "vitest";
import type { PriceSnapshot } from "../subscription/subscription.entity.js";
import { BillingPeriod } from "./catalog.types.js";
import { periodEndAfter, periodLine, prorationLine } from "./period-line.js";

// Pro as sold yearly to a Gold reseller: 24.95 a license, 5 % off from 50 licenses, 75 % partner discount.
const SNAPSHOT: PriceSnapshot = {
  unitPrice: 2495,
  currency: "EUR",
  bands: [
    { minQuantity: 50, percentBp: 500 },
    { minQuantity: 100, percentBp: 1000 },
  ],
  partnerPercentBp: 7500,
};

describe("periodEndAfter", () => {
  it("ends a year, a quarter or a month on, at the last day of a shorter month", () => {
    expect(periodEndAfter(new Date("2026-11-30T10:00:00Z"), BillingPeriod.QUARTERLY)).toEqual(
      new Date("2027-02-28T10:00:00Z"),
    );
    expect(periodEndAfter(new Date("2026-01-01T00:00:00Z"), BillingPeriod.YEARLY)).toEqual(
      new Date("2027-01-01T00:00:00Z"),
    );
    expect(periodEndAfter(new Date("2026-01-31T09:30:00Z"), BillingPeriod.MONTHLY)).toEqual(
      new Date("2026-02-28T09:30:00Z"),
    );
  });
});

describe("periodLine", () => {
  it("prices a whole year with the snapshot's unit price, bands and partner discount", () => {
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

  it("prices a month at the monthly unit price it was sold at: 25 × 2.50 = 62.50", () => {
    // Gold 75 % = 46.875 → 46.88; the vendor gets 15.62.
    const monthly = { ...SNAPSHOT, unitPrice: 250 };
    expect(periodLine(monthly, "PRO", "Pro", BillingPeriod.MONTHLY, 25, "")).toMatchObject({
      unitPrice: 250,
      retailAmount: 6250,
      amount: 1562,
    });
  });
});

describe("prorationLine", () => {
  it("charges each added license the price of one for the remaining days, in the new quantity's band", () => {
    // 24.95 × 121 / 365 = 8.271 → 8.27; 20 × 8.27 = 165.40; band of 60: 5 % = 8.27;
    // 75 % of 157.13 = 117.8475 → 117.85; due 39.28.
    const line = prorationLine(
      SNAPSHOT,
      { code: "PRO", name: "Pro" },
      BillingPeriod.YEARLY,
      {
        added: 20,
        total: 60,
        remainingDays: 121,
        periodDays: 365,
      },
      { start: new Date("2026-09-02T12:00:00Z"), end: new Date("2027-01-01T00:00:00Z") },
    );
    expect(line).toMatchObject({
      description: "Pro: 20 more licenses for 121 of 365 days",
      quantity: 20,
      unitPrice: 827,
      retailAmount: 16540,
      volumeDiscountBp: 500,
      volumeDiscount: 827,
      partnerDiscount: 11785,
      amount: 3928,
    });
  });
});
