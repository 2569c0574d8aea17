import type { ApolloCache } from "@apollo/client";

/**
 * Forgets every cached page of the customer list, whatever its search and sort. Adding,
 * removing or renaming a customer changes which lists hold it, in what order and how many
 * they count; the list on screen asks the server again at once, the others when next shown.
 */
export function forgetCustomerLists(cache: ApolloCache): void {
  cache.evict({ id: "ROOT_QUERY", fieldName: "customers" });
}
