import { describe, expect, it } from "vitest";
import { addMonths, daysUntil, startOfMonth } from "./dates.js";

describe("calendar arithmetic", () => {
  it("adds months at the same time of day, clamping to the month's last day", () => {
    expect(addMonths(new Date("2026-01-31T10:00:00Z"), 1).toISOString()).toBe("2026-02-28T10:00:00.000Z");
    expect(addMonths(new Date("2028-01-31T10:00:00Z"), 1).toISOString()).toBe("2028-02-29T10:00:00.000Z");
    expect(addMonths(new Date("2026-11-22T12:00:00Z"), 12).toISOString()).toBe("2027-11-22T12:00:00.000Z");
    expect(addMonths(new Date("2026-12-15T00:00:00Z"), 1).toISOString()).toBe("2027-01-15T00:00:00.000Z");
  });

  it("counts a started day in full", () => {
    expect(daysUntil(new Date("2026-01-01T00:00:00Z"), new Date("2027-01-01T00:00:00Z"))).toBe(365);
    expect(daysUntil(new Date("2026-09-02T12:00:00Z"), new Date("2027-01-01T00:00:00Z"))).toBe(121);
    expect(daysUntil(new Date("2027-01-02T00:00:00Z"), new Date("2027-01-01T00:00:00Z"))).toBe(0);
  });

  it("finds the start of the UTC month", () => {
    expect(startOfMonth(new Date("2026-11-30T23:59:59Z")).toISOString()).toBe("2026-11-01T00:00:00.000Z");
  });
});
