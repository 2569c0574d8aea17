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
  const formatter = formatterFor(currency);
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  return formatter.format(amountMinor / 10 ** digits);
}
