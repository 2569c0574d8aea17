import { BadInputError } from "./errors.js";

/** A value for `ILIKE '%…%'` that matches itself literally, wildcards included. */
export function likePattern(value: string): string {
  return `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export const MAX_SEARCH_LENGTH = 100;

/** The `ILIKE` pattern for a list's `search` argument: trimmed, bounded; null when there is nothing to match. */
export function searchPattern(search: string | null | undefined): string | null {
  const term = search?.trim();
  if (!term) return null;
  if (term.length > MAX_SEARCH_LENGTH) {
    throw new BadInputError("search", `search must be at most ${MAX_SEARCH_LENGTH} characters.`);
  }
  return likePattern(term);
}

/**
 * Positional parameters of a statement: `bind(value)` appends a value to `params` and returns
 * its placeholder, counting the `bound` parameters that come first (a tenantQuery's account).
 */
export function binder(params: unknown[], bound = 0): (value: unknown) => string {
  return (value) => {
    params.push(value);
    return `$${params.length + bound}`;
  };
}
