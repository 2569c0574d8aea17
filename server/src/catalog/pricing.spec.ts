import { describe, expect, it } from "vitest";
import {
  defaultMonthlyPrice,
  divideRounded,
  type PricedLine,
  type PriceInput,
  priceBreakdown,
  priceLine,
  proratedUnitPrice,
  volumeBandFor,
} from "./pricing.js";

const BANDS = [
  { minQuantity: 1, percentBp: 0 },
  { minQuantity: 50, percentBp: 500 },
  { minQuantity: 100, percentBp: 1000 },
  { minQuantity: 500, percentBp: 1500 },
];
const TIERS = { BRONZE: 1000, SILVER: 5000, GOLD: 7500 } as const;

function quote(overrides: Partial<PriceInput>): PricedLine {
  const result = priceBreakdown({
    unitPrice: 2_500,
    period: "YEARLY",
    minimumQuantity: 1,
    quantity: 10,
    bands: BANDS,
    tierBp: TIERS.GOLD,
    hasPartnerCode: true,
    passThroughBp: 0,
    ...overrides,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.line;
}

describe("divideRounded", () => {
  it("rounds halves away from zero", () => {
    expect(divideRounded(5n, 2n)).toBe(3);
    expect(divideRounded(-5n, 2n)).toBe(-3);
    expect(divideRounded(7n, 3n)).toBe(2);
    expect(divideRounded(8n, 3n)).toBe(3);
  });
});

describe("defaultMonthlyPrice", () => {
  it("is the yearly price ÷ 10, rounded half away from zero once", () => {
    expect(defaultMonthlyPrice(2495)).toBe(250);
    expect(defaultMonthlyPrice(3495)).toBe(350);
    expect(defaultMonthlyPrice(1234)).toBe(123);
    expect(defaultMonthlyPrice(0)).toBe(0);
  });
});

describe("proratedUnitPrice", () => {
  it("prices one license for the remaining days, rounded once, never above the whole period", () => {
    expect(proratedUnitPrice(2495, 121, 365)).toBe(827); // 827.10
    expect(proratedUnitPrice(250, 17, 31)).toBe(137); // 137.10
    expect(proratedUnitPrice(2495, 365, 365)).toBe(2495);
    expect(proratedUnitPrice(2495, 400, 365)).toBe(2495);
    expect(proratedUnitPrice(2495, 0, 365)).toBe(0);
  });
});

describe("period minimums", () => {
  const base: PriceInput = {
    unitPrice: 700,
    period: "QUARTERLY",
    minimumQuantity: 5,
    quantity: 4,
    bands: BANDS,
    tierBp: TIERS.GOLD,
    hasPartnerCode: false,
    passThroughBp: 0,
  };
  it("holds a quarterly subscription to its product's minimum, and names it", () => {
    const below = priceBreakdown(base);
    expect(!below.ok && below.errors).toEqual([
      {
        code: "QUARTERLY_MINIMUM",
        field: "quantity",
        message: "A quarterly subscription of this product needs at least 5 licenses.",
      },
    ]);
    const at = priceBreakdown({ ...base, quantity: 5 });
    expect(at.ok && at.line).toMatchObject({ unitPrice: 700, retail: 3_500, vendorAmount: 3_500 });
  });
  it("holds a monthly subscription to a minimum staff set, not only 20", () => {
    const below = priceBreakdown({ ...base, period: "MONTHLY", minimumQuantity: 3, quantity: 2 });
    expect(!below.ok && below.errors.map((e) => e.code)).toEqual(["MONTHLY_MINIMUM"]);
    expect(priceBreakdown({ ...base, period: "MONTHLY", minimumQuantity: 3, quantity: 3 }).ok).toBe(true);
  });
});

describe("payment method rules", () => {
  const base = {
    unitPrice: 2_500,
    period: "YEARLY" as const,
    minimumQuantity: 1,
    bands: BANDS,
    tierBp: TIERS.GOLD,
    hasPartnerCode: true,
    passThroughBp: 0,
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
  it("prices a line as unit price × quantity: monthly Pro, 20 licenses at 2.50, is 50.00", () => {
    const line = quote({ unitPrice: 250, quantity: 20, period: "MONTHLY", hasPartnerCode: false });
    expect(line).toMatchObject({ unitPrice: 250, quantity: 20, retail: 5_000, vendorAmount: 5_000 });
  });

  it("rounds each discount once, on the line: 30 × 34.95 with Gold is 262.12 to the vendor", () => {
    const line = quote({ unitPrice: 3_495, quantity: 30 });
    expect(line).toMatchObject({ retail: 104_850, partnerDiscount: 78_638, vendorAmount: 26_212 });
  });

  it.each([
    ["BRONZE", TIERS.BRONZE, 2_250, 22_500 - 2_250],
    ["SILVER", TIERS.SILVER, 11_250, 11_250],
    ["GOLD", TIERS.GOLD, 16_875, 5_625],
  ])(
    "gives a %s reseller with a code its reselling percentage",
    (_tier, tierBp, partnerDiscount, vendorAmount) => {
      // 100 yearly licenses at 2.50 = 250.00, less the 10 % band from 100 licenses = 225.00.
      const b = quote({ quantity: 100, unitPrice: 250, tierBp });
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
    const b = quote({ quantity: 100, unitPrice: 250, hasPartnerCode: false });
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

  it("chooses the band by another quantity when asked: licenses added to a subscription", () => {
    const added = priceLine({
      unitPrice: 100,
      quantity: 10,
      bandQuantity: 100,
      bands: BANDS,
      partnerBp: 0,
      passThroughBp: 0,
    });
    expect(added).toMatchObject({ retail: 1_000, volumeDiscountBp: 1000, volumeDiscount: 100 });
  });

  it("passes part of the partner discount on to the end customer, and the margin shrinks by it", () => {
    const b = quote({ quantity: 100, unitPrice: 250, tierBp: TIERS.SILVER, passThroughBp: 2000 });
    expect(b.passThroughDiscount).toBe(4_500);
    expect(b.endCustomerPrice).toBe(18_000);
    expect(b.vendorAmount).toBe(11_250);
    expect(b.margin).toBe(6_750);
  });

  it("refuses a monthly subscription under 20 licenses, a pass-through above the partner discount, and bad quantities", () => {
    const base: PriceInput = {
      unitPrice: 250,
      period: "MONTHLY",
      minimumQuantity: 20,
      quantity: 19,
      bands: BANDS,
      tierBp: TIERS.BRONZE,
      hasPartnerCode: true,
      passThroughBp: 1001,
    };
    const result = priceBreakdown(base);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => [e.code, e.field])).toEqual([
      ["MONTHLY_MINIMUM", "quantity"],
      ["PASS_THROUGH_TOO_HIGH", "passThroughBp"],
    ]);
    const noCode = priceBreakdown({ ...base, period: "YEARLY", hasPartnerCode: false, passThroughBp: 1 });
    expect(!noCode.ok && noCode.errors.map((e) => e.code)).toEqual(["PASS_THROUGH_TOO_HIGH"]);
    for (const quantity of [0, -1, 1.5, 100_001]) {
      const bad = priceBreakdown({ ...base, period: "YEARLY", quantity, passThroughBp: 0 });
      expect(!bad.ok && bad.errors.map((e) => e.code)).toEqual(["INVALID_QUANTITY"]);
    }
    for (const passThroughBp of [-1, 10_001, 0.5]) {
      const bad = priceBreakdown({ ...base, period: "YEARLY", quantity: 1, passThroughBp });
      expect(!bad.ok && bad.errors.map((e) => e.code)).toEqual(["INVALID_PERCENT"]);
    }
  });
});
