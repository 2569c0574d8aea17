import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  divideRounded,
  type PriceBreakdown,
  type PriceInput,
  percentToBp,
  priceBreakdown,
  volumeBandFor,
} from "./pricing.js";

const BANDS = [
  { minQuantity: 1, percentBp: 0 },
  { minQuantity: 50, percentBp: 500 },
  { minQuantity: 100, percentBp: 1000 },
  { minQuantity: 500, percentBp: 1500 },
];
const TIERS = { BRONZE: 1000, SILVER: 5000, GOLD: 7500 } as const;

function quote(overrides: Partial<PriceInput>): PriceBreakdown {
  const result = priceBreakdown({
    yearlyListPrice: 2_500,
    period: "YEARLY",
    quantity: 10,
    bands: BANDS,
    tierPercentBp: TIERS.GOLD,
    hasPartnerCode: true,
    passThroughPercentBp: 0,
    ...overrides,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.breakdown;
}

describe("divideRounded", () => {
  it("rounds halves away from zero", () => {
    expect(divideRounded(5n, 2n)).toBe(3);
    expect(divideRounded(-5n, 2n)).toBe(-3);
    expect(divideRounded(7n, 3n)).toBe(2);
    expect(divideRounded(8n, 3n)).toBe(3);
  });
});

describe("percentToBp", () => {
  it("turns percents with up to two decimals into basis points, and refuses the rest", () => {
    expect(percentToBp(75)).toBe(7500);
    expect(percentToBp(12.5)).toBe(1250);
    expect(percentToBp(0.01)).toBe(1);
    expect(percentToBp(33.33)).toBe(3333);
    expect(percentToBp(1.005)).toBeNull();
    expect(percentToBp(Number.NaN)).toBeNull();
  });
});

describe("payment method rules", () => {
  const base = {
    yearlyListPrice: 2_500,
    period: "YEARLY" as const,
    bands: BANDS,
    tierPercentBp: TIERS.GOLD,
    hasPartnerCode: true,
    passThroughPercentBp: 0,
  };
  it("allows wire transfer from 100 licenses only; card and PayPal at any quantity", () => {
    const wire99 = priceBreakdown({ ...base, quantity: 99, paymentMethod: "WIRE_TRANSFER" });
    expect(!wire99.ok && wire99.errors.map((e) => [e.code, e.field])).toEqual([
      ["WIRE_TRANSFER_MINIMUM", "paymentMethod"],
    ]);
    expect(priceBreakdown({ ...base, quantity: 100, paymentMethod: "WIRE_TRANSFER" }).ok).toBe(true);
    expect(priceBreakdown({ ...base, quantity: 1, paymentMethod: "CARD" }).ok).toBe(true);
    expect(priceBreakdown({ ...base, quantity: 1, paymentMethod: "PAYPAL" }).ok).toBe(true);
  });
});

describe("priceBreakdown", () => {
  it("prices a monthly license at a tenth of the yearly one", () => {
    const yearly = quote({ quantity: 20, period: "YEARLY" });
    const monthly = quote({ quantity: 20, period: "MONTHLY" });
    expect(yearly.retail).toBe(50_000);
    expect(monthly.retail).toBe(5_000);
  });

  it("rounds a monthly line once: 20 licenses at 12.34/year cost 24.68 a month", () => {
    expect(quote({ yearlyListPrice: 1_234, quantity: 20, period: "MONTHLY" }).retail).toBe(2_468);
    expect(quote({ yearlyListPrice: 1_235, quantity: 21, period: "MONTHLY" }).retail).toBe(2_594); // 2593.5
  });

  it.each([
    ["BRONZE", TIERS.BRONZE, 2_250, 22_500 - 2_250],
    ["SILVER", TIERS.SILVER, 11_250, 11_250],
    ["GOLD", TIERS.GOLD, 16_875, 5_625],
  ])(
    "gives a %s reseller with a code its reselling percentage",
    (_tier, tierPercentBp, partnerDiscount, vendorAmount) => {
      // 100 yearly licenses at 2.50 = 250.00, less the 10 % band from 100 licenses = 225.00.
      const b = quote({ quantity: 100, yearlyListPrice: 250, tierPercentBp });
      expect(b.retail).toBe(25_000);
      expect(b.volumeDiscount).toBe(2_500);
      expect(b.afterVolume).toBe(22_500);
      expect(b.partnerDiscount).toBe(partnerDiscount);
      expect(b.vendorAmount).toBe(vendorAmount);
      expect(b.endCustomerPrice).toBe(22_500);
      expect(b.margin).toBe(partnerDiscount);
    },
  );

  it("charges retail after volume discount without a partner code", () => {
    const b = quote({ quantity: 100, yearlyListPrice: 250, hasPartnerCode: false });
    expect(b.partnerDiscount).toBe(0);
    expect(b.vendorAmount).toBe(22_500);
    expect(b.margin).toBe(0);
  });

  it("chooses the volume band by quantity, at its edges", () => {
    expect(volumeBandFor(BANDS, 49)?.percentBp).toBe(0);
    expect(volumeBandFor(BANDS, 50)?.percentBp).toBe(500);
    expect(volumeBandFor(BANDS, 99)?.percentBp).toBe(500);
    expect(volumeBandFor(BANDS, 100)?.percentBp).toBe(1000);
    expect(volumeBandFor(BANDS, 499)?.percentBp).toBe(1000);
    expect(volumeBandFor(BANDS, 500)?.percentBp).toBe(1500);
    expect(volumeBandFor([{ minQuantity: 10, percentBp: 300 }], 9)).toBeUndefined();
  });

  it("passes part of the partner discount on to the end customer, and the margin shrinks by it", () => {
    const b = quote({
      quantity: 100,
      yearlyListPrice: 250,
      tierPercentBp: TIERS.SILVER,
      passThroughPercentBp: 2000,
    });
    expect(b.passThroughDiscount).toBe(4_500);
    expect(b.endCustomerPrice).toBe(18_000);
    expect(b.vendorAmount).toBe(11_250);
    expect(b.margin).toBe(6_750);
  });

  it("refuses a monthly subscription under 20 licenses, a pass-through above the partner discount, and bad quantities", () => {
    const base: PriceInput = {
      yearlyListPrice: 2_500,
      period: "MONTHLY",
      quantity: 19,
      bands: BANDS,
      tierPercentBp: TIERS.BRONZE,
      hasPartnerCode: true,
      passThroughPercentBp: 1001,
    };
    const result = priceBreakdown(base);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => [e.code, e.field])).toEqual([
      ["MONTHLY_MINIMUM", "quantity"],
      ["PASS_THROUGH_TOO_HIGH", "passThroughPercent"],
    ]);
    const noCode = priceBreakdown({
      ...base,
      period: "YEARLY",
      hasPartnerCode: false,
      passThroughPercentBp: 1,
    });
    expect(!noCode.ok && noCode.errors.map((e) => e.code)).toEqual(["PASS_THROUGH_TOO_HIGH"]);
    for (const quantity of [0, -1, 1.5]) {
      const bad = priceBreakdown({ ...base, period: "YEARLY", quantity, passThroughPercentBp: 0 });
      expect(!bad.ok && bad.errors.map((e) => e.code)).toEqual(["INVALID_QUANTITY"]);
    }
  });

  it("never yields a negative amount, and vendor amount plus margin is the end-customer price", () => {
    const bands = fc.array(
      fc.record({
        minQuantity: fc.integer({ min: 1, max: 1000 }),
        percentBp: fc.integer({ min: 0, max: 5000 }),
      }),
      { maxLength: 5 },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.constantFrom("YEARLY" as const, "MONTHLY" as const),
        fc.integer({ min: 20, max: 100_000 }),
        bands,
        fc.constantFrom(...Object.values(TIERS)),
        fc.boolean(),
        fc.integer({ min: 0, max: 10_000 }),
        (yearlyListPrice, period, quantity, bandList, tierPercentBp, hasPartnerCode, passThroughSeed) => {
          const passThroughPercentBp = hasPartnerCode ? passThroughSeed % (tierPercentBp + 1) : 0;
          const result = priceBreakdown({
            yearlyListPrice,
            period,
            quantity,
            bands: bandList,
            tierPercentBp,
            hasPartnerCode,
            passThroughPercentBp,
          });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const b = result.breakdown;
          for (const amount of Object.values(b)) expect(amount).toBeGreaterThanOrEqual(0);
          expect(b.vendorAmount + b.margin).toBe(b.endCustomerPrice);
          expect(b.afterVolume).toBeLessThanOrEqual(b.retail);
          expect(b.endCustomerPrice).toBeLessThanOrEqual(b.afterVolume);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
