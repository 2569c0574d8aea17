import { describe, expect, it } from "vitest";
import { formatCount } from "./counts";

describe("formatCount", () => {
  it("prints exact counts in full, up to the API's exact limit", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(999)).toBe("999");
    expect(formatCount(1_000)).toBe("1,000");
  });

  it("says an estimate is one, to two significant digits", () => {
    expect(formatCount(1_001)).toBe("about 1,000");
    expect(formatCount(10_001)).toBe("about 10,000");
    expect(formatCount(123_456)).toBe("about 120,000");
    expect(formatCount(1_987_654)).toBe("about 2,000,000");
  });
});
