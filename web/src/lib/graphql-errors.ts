import { CombinedGraphQLErrors, ServerError, ServerParseError } from "@apollo/client/errors";

/**
 * The `extensions.code` of the first GraphQL error in a failed operation, e.g.
 * "UNAUTHENTICATED" (nobody signed in) or "FORBIDDEN" (not allowed); undefined for network
 * failures and errors without a code.
 */
export function graphqlErrorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors.find((e) => typeof e.extensions?.code === "string")?.extensions?.code;
  return typeof code === "string" ? code : undefined;
}

/** Whether a failure means the caller is not (or no longer) allowed, as opposed to a fault. */
export function isAccessError(error: unknown): boolean {
  const code = graphqlErrorCode(error);
  return code === "UNAUTHENTICATED" || code === "FORBIDDEN";
}

/**
 * A sentence to show for an operation that failed outright (not one that answered with
 * userErrors), in plain words: never a status code, a stack or the server's wording of a fault.
 */
export function errorMessage(error: unknown): string {
  const code = graphqlErrorCode(error);
  if (code === "FORBIDDEN") return "You are not allowed to do this.";
  if (code === "UNAUTHENTICATED") return "Your session has ended. Sign in again.";
  if (code === "NOT_FOUND")
    return "This is no longer there: someone may have removed it. Reload to see what is.";
  if (code === "RATE_LIMITED" || statusOf(error) === 429) {
    return "Too many requests in a short time. Wait a moment, then try again.";
  }
  const status = statusOf(error);
  if (status !== undefined && status >= 500) {
    return "Reseller Hub is not answering right now. Try again in a moment.";
  }
  if (isOffline(error)) return "Could not reach Reseller Hub. Check your connection, then try again.";
  return "Something went wrong. Try again, and if it keeps happening, reload the page.";
}

/** The HTTP status of a failed request, when the server answered one that was not GraphQL. */
function statusOf(error: unknown): number | undefined {
  return ServerError.is(error) || ServerParseError.is(error) ? error.statusCode : undefined;
}

/** Whether the request never reached the server: the browser is offline or the connection dropped. */
function isOffline(error: unknown): boolean {
  return error instanceof TypeError || (typeof navigator !== "undefined" && navigator.onLine === false);
}
