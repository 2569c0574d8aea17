import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../config/config.js";
import { vatAmount, vatFor } from "./vat.js";

const billing = loadConfig({}).billing;

describe("VAT by the EU B2B rules", () => {
  it("charges the vendor's rate at home, with or without a VAT ID, and without a profile", () => {
    expect(vatFor({ country: "DE", vatId: "DE136695976" }, billing)).toEqual({
      treatment: "DOMESTIC",
      rateBp: 1900,
    });
    expect(vatFor(null, billing)).toEqual({ treatment: "DOMESTIC", rateBp: 1900 });
  });

  it("reverse-charges a valid VAT ID of another EU country, Greece's EL prefix included", () => {
    expect(vatFor({ country: "FR", vatId: "FR40303265045" }, billing)).toEqual({
      treatment: "REVERSE_CHARGE",
      rateBp: 0,
    });
    expect(vatFor({ country: "GR", vatId: "EL094259216" }, billing).treatment).toBe("REVERSE_CHARGE");
  });

  it("charges the vendor's rate in the EU without a valid VAT ID, or with another country's", () => {
    expect(vatFor({ country: "FR", vatId: null }, billing).treatment).toBe("DOMESTIC");
    expect(vatFor({ country: "FR", vatId: "FR00000000000" }, billing).treatment).toBe("DOMESTIC");
    expect(vatFor({ country: "FR", vatId: "NL004495445B01" }, billing).treatment).toBe("DOMESTIC");
  });

  it("charges nothing outside the EU", () => {
    expect(vatFor({ country: "US", vatId: null }, billing)).toEqual({ treatment: "OUTSIDE_EU", rateBp: 0 });
    expect(vatFor({ country: "CH", vatId: "CHE123456789" }, billing).treatment).toBe("OUTSIDE_EU");
  });

  it("rounds VAT once, half away from zero", () => {
    expect(vatAmount(24950, 1900)).toBe(4741); // 4740.5
    expect(vatAmount(-24950, 1900)).toBe(-4741);
    expect(vatAmount(1, 1900)).toBe(0);
    expect(vatAmount(3, 1900)).toBe(1); // 0.57
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 36 }), fc.integer({ min: 0, max: 10_000 }), (net, bp) => {
        const exact = (net * bp) / 10_000;
        const vat = vatAmount(net, bp);
        expect(Math.abs(vat - exact)).toBeLessThanOrEqual(0.5);
        if (Math.abs(vat - exact) === 0.5) expect(vat).toBeGreaterThan(exact);
      }),
    );
  });
});
