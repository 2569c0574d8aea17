import jsvat from "jsvat-next";

/** The EU member states (ISO 3166-1 alpha-2), where the B2B VAT rules apply. */
export const EU_COUNTRIES: ReadonlySet<string> = new Set([
  "AT",
  "BE",
  "BG",
  "CY",
  "CZ",
  "DE",
  "DK",
  "EE",
  "ES",
  "FI",
  "FR",
  "GR",
  "HR",
  "HU",
  "IE",
  "IT",
  "LT",
  "LU",
  "LV",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SE",
  "SI",
  "SK",
]);

/** Region codes CLDR names that are not ISO 3166-1 countries: unions, territories without a code, test codes. */
const NOT_COUNTRIES = new Set([
  "AC",
  "CP",
  "CQ",
  "DG",
  "EA",
  "EU",
  "EZ",
  "IC",
  "QO",
  "TA",
  "UN",
  "XA",
  "XB",
  "ZZ",
]);

const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });

/**
 * Whether a code is a current ISO 3166-1 alpha-2 country code, by the runtime's region names;
 * withdrawn codes the runtime still knows as aliases (DD for Germany, UK) are not.
 */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.has(code)) return false;
  return regionNames.of(code) !== code && Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;
}

/** A country's English name, for addresses on invoices. */
export function countryName(code: string): string {
  return isCountryCode(code) ? (regionNames.of(code) ?? code) : code;
}

/** The prefix of a country's VAT IDs: its ISO code, but EL for Greece. */
export function vatPrefixOf(country: string): string {
  return country === "GR" ? "EL" : country;
}

/** A VAT ID as written on invoices: capitals, no spaces, dots or dashes. */
export function normalizeVatId(value: string): string {
  return value.toUpperCase().replace(/[\s.-]/g, "");
}

/**
 * Whether a VAT ID is a well-formed one of an EU country (format and check digits, per country)
 * that starts with that country's prefix. It says nothing of whether the ID is registered.
 */
export function isValidEuVatId(vatId: string, country: string): boolean {
  if (!EU_COUNTRIES.has(country)) return false;
  const normalized = normalizeVatId(vatId);
  if (!normalized.startsWith(vatPrefixOf(country))) return false;
  const result = jsvat.checkVAT(normalized, jsvat.countries);
  return result.isValid && result.country?.isoCode.short === country;
}
