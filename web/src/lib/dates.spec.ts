import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDayMonth } from "./dates";

describe("formatDate", () => {
  it("formats an ISO date-time as day, short month and year", () => {
    expect(formatDate("2026-12-01T10:15:30Z")).toBe("1 Dec 2026");
  });

  it("reads the calendar day in UTC, whatever the offset of the input", () => {
    expect(formatDate("2026-12-01T23:30:00Z")).toBe("1 Dec 2026");
    expect(formatDate("2026-12-01T01:00:00+02:00")).toBe("30 Nov 2026");
  });

  it("accepts a date-only string and a Date", () => {
    expect(formatDate("2026-02-28")).toBe("28 Feb 2026");
    expect(formatDate(new Date(Date.UTC(2027, 0, 15)))).toBe("15 Jan 2027");
  });

  it("refuses a value that is not a date", () => {
    expect(() => formatDate("soon")).toThrow(RangeError);
  });
});

describe("formatDayMonth", () => {
  it("formats the day and short month of the UTC calendar day, without the year", () => {
    expect(formatDayMonth("2026-12-01T00:00:00Z")).toBe("1 Dec");
    expect(formatDayMonth("2027-01-01T00:30:00+02:00")).toBe("31 Dec");
  });
});

describe("formatDateTime", () => {
  it("formats date and 24-hour time and says it is UTC", () => {
    expect(formatDateTime("2026-12-01T14:05:59Z")).toBe("1 Dec 2026, 14:05 UTC");
  });

  it("converts offsets to UTC", () => {
    expect(formatDateTime("2026-12-01T00:30:00-05:00")).toBe("1 Dec 2026, 05:30 UTC");
  });
});
