/** Up to this many items the API counts a list exactly; beyond, it answers PostgreSQL's estimate. */
export const EXACT_COUNT_LIMIT = 1_000;

/**
 * A list's `totalCount` as people read it: exact counts in full ("987"), and an estimate as one,
 * rounded to what it is worth ("about 120,000").
 */
export function formatCount(count: number): string {
  if (count <= EXACT_COUNT_LIMIT) return count.toLocaleString("en");
  const step = 10 ** Math.max(0, Math.floor(Math.log10(count)) - 1);
  return `about ${(Math.round(count / step) * step).toLocaleString("en")}`;
}
