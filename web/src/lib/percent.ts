const percentFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/**
 * "12.5 %" for 12.5: a percentage as the API sends it (a number of percent, two decimals at
 * most), with the space the portal writes before the sign everywhere.
 */
export function formatPercent(percent: number): string {
  return `${percentFormat.format(percent)} %`;
}
