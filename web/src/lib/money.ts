// One locale for every amount, so the same invoice reads the same for every user of an
// account; en-US writes USD as "$123.45" where en-GB would write "US$123.45".
const LOCALE = "en-US";

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currency: string): Intl.NumberFormat {
  let formatter = formatters.get(currency);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALE, { style: "currency", currency });
    formatters.set(currency, formatter);
  }
  return formatter;
}

/**
 * Formats an amount held as integer minor units (cents for USD, yen for JPY) in the given ISO
 * 4217 currency. The number of minor-unit digits comes from Intl's data for the currency,
 * so JPY (0 digits) and KWD (3 digits) come out right without a table of our own.
 */
export function formatMoney(amountMinor: number, currency: string): string {
  return formatterFor(currency).format(amountMinor / 10 ** minorUnitDigits(currency));
}

/**
 * How many minor-unit digits the currency has: 2 for EUR, 0 for JPY, 3 for KWD. Throws a
 * RangeError for a code that is not ISO 4217.
 */
export function minorUnitDigits(currency: string): number {
  return formatterFor(currency).resolvedOptions().maximumFractionDigits ?? 2;
}

/** An amount as people type it (24.95) in minor units (2495), rounded to the currency's digits. */
export function toMinorUnits(amount: number, currency: string): number {
  return Math.round(amount * 10 ** minorUnitDigits(currency));
}

/** Minor units (2495) as an amount people edit (24.95). */
export function fromMinorUnits(amountMinor: number, currency: string): number {
  return amountMinor / 10 ** minorUnitDigits(currency);
}
