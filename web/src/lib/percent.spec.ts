import { describe, expect, it } from "vitest";
import { bpToPercent, formatBp, percentToBp } from "./percent";

describe("formatBp", () => {
  it("writes basis points as whole and fractional percentages without trailing zeros", () => {
    expect(formatBp(7500)).toBe("75 %");
    expect(formatBp(1250)).toBe("12.5 %");
    expect(formatBp(1)).toBe("0.01 %");
    expect(formatBp(0)).toBe("0 %");
  });
});

describe("percentToBp", () => {
  it("turns a typed percent with up to two decimals into basis points, and refuses the rest", () => {
    expect(percentToBp(75)).toBe(7500);
    expect(percentToBp(12.5)).toBe(1250);
    expect(percentToBp(0.01)).toBe(1);
    expect(percentToBp(33.33)).toBe(3333);
    expect(percentToBp(1.005)).toBeNull();
    expect(percentToBp(Number.NaN)).toBeNull();
  });

  it("round-trips with bpToPercent", () => {
    for (const bp of [0, 1, 99, 1250, 3333, 7500, 10_000]) expect(percentToBp(bpToPercent(bp))).toBe(bp);
  });
});
