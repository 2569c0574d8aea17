/** How amounts and dates read in mails and documents: one place, so they read the same everywhere. */

/** An amount in minor units as people read it, e.g. "€1,234.50". */
export function formatMoney(minor: number, currency: string): string {
  return new Intl.NumberFormat("en-GB", { style: "currency", currency }).format(minor / 100);
}

/** A calendar day in UTC, e.g. "1 December 2026". */
export function formatDay(date: Date | string): string {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(date));
}
