import { CombinedGraphQLErrors } from "@apollo/client/errors";

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

/** A sentence to show for an operation that failed outright (not one that answered with userErrors). */
export function errorMessage(error: unknown): string {
  if (graphqlErrorCode(error) === "FORBIDDEN") return "You are not allowed to do this.";
  if (graphqlErrorCode(error) === "UNAUTHENTICATED") return "Your session has ended. Sign in again.";
  if (error instanceof Error && error.message) return error.message;
  return "Something went wrong. Try again.";
}
