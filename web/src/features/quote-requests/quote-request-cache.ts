import type { ApolloCache } from "@apollo/client";

/**
 * Forgets every cached page of a list of requests, whatever its status filter. A new request, an
 * answer or a purchase moves a request between the filtered lists; the list on screen asks the
 * server again at once, the others when next shown.
 */
export function forgetQuoteRequestLists(
  cache: ApolloCache,
  list: "quoteRequests" | "vendorQuoteRequests",
): void {
  cache.evict({ id: "ROOT_QUERY", fieldName: list });
}

/** Whether an answer changes the lists: it was given, or someone answered first. */
export function answerChangedLists(
  payload: { quoteRequest?: unknown; userErrors: ReadonlyArray<{ code: string }> } | undefined,
): boolean {
  if (!payload) return false;
  return (
    Boolean(payload.quoteRequest) ||
    payload.userErrors.some((error) => error.code === "QUOTE_NOT_OPEN" || error.code === "NOT_FOUND")
  );
}
