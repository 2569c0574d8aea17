const percentFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** One hundred percent in basis points, the unit of every percentage the API sends. */
export const FULL_BP = 10_000;

/**
 * "12.5 %" for 1250: a percentage as the API sends it (basis points: 1 % = 100), with the space
 * the portal writes before the sign everywhere.
 */
export function formatBp(bp: number): string {
  return `${percentFormat.format(bp / 100)} %`;
}

/** Basis points as people type them, in percent: 1250 → 12.5. */
export function bpToPercent(bp: number): number {
  return bp / 100;
}

/**
 * A percentage as people type it (12.5) in basis points (1250), for the API; null when it has
 * more than two decimals, so a form can say so instead of sending a rounded value.
 */
export function percentToBp(percent: number): number | null {
  if (!Number.isFinite(percent)) return null;
  const bp = Math.round(percent * 100);
  return Math.abs(percent * 100 - bp) < 1e-6 ? bp : null;
}
