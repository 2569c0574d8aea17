import type { ApolloCache } from "@apollo/client";

/**
 * Forgets every cached page of staff's application lists, whatever their status. A decision moves
 * an application from the pending list to another; the list on screen asks the server again at
 * once, the others when next shown.
 */
export function forgetApplicationLists(cache: ApolloCache): void {
  cache.evict({ id: "ROOT_QUERY", fieldName: "resellerApplications" });
}

/** Whether a decision's answer changes the lists: it was made, or someone decided first. */
export function decisionChangedLists(
  payload: { application?: unknown; userErrors: ReadonlyArray<{ code: string }> } | undefined,
): boolean {
  if (!payload) return false;
  return (
    Boolean(payload.application) ||
    payload.userErrors.some((error) => error.code === "APPLICATION_DECIDED" || error.code === "NOT_FOUND")
  );
}
