/** Region codes the runtime names that are not ISO 3166-1 countries, as the server has them. */
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

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** A country's English name by its ISO 3166-1 alpha-2 code; the code itself for an unknown one. */
export function countryName(code: string): string {
  return regionNames.of(code) ?? code;
}

const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });

/** Every current country the runtime knows by ISO 3166-1 alpha-2 code (aliases such as DD left out), by name. */
export const COUNTRY_OPTIONS: ReadonlyArray<{ value: string; label: string }> = [...LETTERS]
  .flatMap((first) => [...LETTERS].map((second) => first + second))
  .filter(
    (code) =>
      !NOT_COUNTRIES.has(code) &&
      regionNames.of(code) !== code &&
      Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`,
  )
  .map((code) => ({ value: code, label: countryName(code) }))
  .sort((a, b) => a.label.localeCompare(b.label, "en"));
