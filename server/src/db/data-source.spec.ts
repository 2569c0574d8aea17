import fc from "fast-check";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { parseInstant } from "./data-source.js";

const driverInstant = pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ, "text") as (text: string) => Date;

const two = (n: number) => String(n).padStart(2, "0");

/** Instants as PostgreSQL writes them, in any zone it may be set to. */
const instantText = fc
  .record({
    year: fc.integer({ min: 1, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    micros: fc.option(fc.integer({ min: 1, max: 999_999 })),
    offset: fc.constantFrom("+00", "-03", "+01", "+05:30", "-09:30", "+14", "+05:53:28"),
  })
  .map(({ year, month, day, hour, minute, second, micros, offset }) => {
    // PostgreSQL drops trailing zeros of the fraction.
    const fraction = micros === null ? "" : `.${String(micros).padStart(6, "0")}`.replace(/0+$/, "");
    return `${String(year).padStart(4, "0")}-${two(month)}-${two(day)} ${two(hour)}:${two(minute)}:${two(second)}${fraction}${offset}`;
  });

describe("parseInstant", () => {
  it("reads every instant PostgreSQL writes as the driver's own parser does", () => {
    fc.assert(
      fc.property(instantText, (text) => {
        const read = parseInstant(text) as Date;
        const driver = driverInstant(text);
        expect(read.getTime()).toBe(driver.getTime());
        expect(read.toISOString()).toBe(driver.toISOString());
        expect(JSON.stringify({ read })).toBe(JSON.stringify({ read: driver }));
      }),
      { numRuns: 10_000 },
    );
  });

  it("prints an instant changed after reading at its new time", () => {
    const read = parseInstant("2026-11-30 10:00:00.5+00") as Date;
    expect(read.toISOString()).toBe("2026-11-30T10:00:00.500Z");
    read.setUTCDate(read.getUTCDate() + 1);
    expect(read.toISOString()).toBe("2026-12-01T10:00:00.500Z");
  });

  it("leaves the unusual forms to the driver", () => {
    for (const text of ["infinity", "-infinity", "2026-11-30 10:00:00+00 BC", "12026-11-30 10:00:00+00"]) {
      expect(String(parseInstant(text))).toBe(String(driverInstant(text)));
    }
  });
});
