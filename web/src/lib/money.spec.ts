import { describe, expect, it } from "vitest";
import { formatMoney } from "./money";

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
