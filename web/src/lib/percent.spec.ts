import { describe, expect, it } from "vitest";
import { formatPercent } from "./percent";

describe("formatPercent", () => {
  it("writes whole and fractional percentages without trailing zeros", () => {
    expect(formatPercent(75)).toBe("75 %");
    expect(formatPercent(12.5)).toBe("12.5 %");
    expect(formatPercent(0)).toBe("0 %");
  });

  it("rounds a computed share to two decimals", () => {
    expect(formatPercent((168413 / 224550) * 100)).toBe("75 %");
    expect(formatPercent(100 / 3)).toBe("33.33 %");
  });
});
