import { describe, expect, it } from "vitest";
import { formatMoney, fromMinorUnits, minorUnitDigits, toMinorUnits } from "./money";

describe("formatMoney", () => {
  it("formats minor units of a two-digit currency", () => {
    expect(formatMoney(12345, "USD")).toBe("$123.45");
    expect(formatMoney(5, "USD")).toBe("$0.05");
    expect(formatMoney(0, "USD")).toBe("$0.00");
  });

  it("groups thousands", () => {
    expect(formatMoney(123456789, "USD")).toBe("$1,234,567.89");
  });

  it("uses the currency's own number of minor-unit digits", () => {
    expect(formatMoney(12345, "JPY")).toBe("¥12,345");
    expect(formatMoney(12345, "KWD")).toBe("KWD\u00a012.345");
  });

  it("shows other currencies with their symbol", () => {
    expect(formatMoney(9900, "EUR")).toBe("€99.00");
  });

  it("keeps the sign of credits and refunds", () => {
    expect(formatMoney(-2500, "USD")).toBe("-$25.00");
  });

  it("rejects a currency code that is not ISO 4217", () => {
    expect(() => formatMoney(100, "DOLLARS")).toThrow(RangeError);
  });
});

describe("minor units", () => {
  it("knows each currency's number of digits", () => {
    expect(minorUnitDigits("EUR")).toBe(2);
    expect(minorUnitDigits("JPY")).toBe(0);
    expect(minorUnitDigits("KWD")).toBe(3);
  });

  it("converts a typed amount to minor units and back", () => {
    expect(toMinorUnits(24.95, "EUR")).toBe(2495);
    expect(fromMinorUnits(2495, "EUR")).toBe(24.95);
    expect(toMinorUnits(1200, "JPY")).toBe(1200);
    expect(toMinorUnits(1.5, "KWD")).toBe(1500);
  });

  it("rounds away the float error of decimal fractions", () => {
    // 19.99 * 100 is 1998.9999999999998 in binary floating point.
    expect(toMinorUnits(19.99, "EUR")).toBe(1999);
    expect(toMinorUnits(0.29, "EUR")).toBe(29);
  });
});
