/** A value for `ILIKE '%…%'` that matches itself literally, wildcards included. */
export function likePattern(value: string): string {
  return `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
