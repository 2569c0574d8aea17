import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { ErrorLink } from "@apollo/client/link/error";
import { relayStylePagination } from "@apollo/client/utilities";
import { isAccessError } from "../lib/graphql-errors";
import { announceAccessDenied } from "../session/access-denied";
import { fetchWithViewerPreload } from "../session/viewer-preload";

const accessLink = new ErrorLink(({ error, operation }) => {
  // The viewer query answers null rather than failing, so this cannot loop; the check is a guard.
  if (operation.operationName !== "Viewer" && isAccessError(error)) {
    announceAccessDenied();
  }
});

// The SPA is served from the same origin as the API (or proxied to it by Vite in
// development), so the session cookie travels with every request.
export const apolloClient = new ApolloClient({
  link: ApolloLink.from([
    accessLink,
    new HttpLink({ uri: "/graphql", credentials: "same-origin", fetch: fetchWithViewerPreload }),
  ]),
  cache: new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // One list per search term (and order); "Load more" appends the next page to it.
          resellers: relayStylePagination(["search"]),
          resellerApplications: relayStylePagination(["status"]),
          customers: relayStylePagination(["search", "sort"]),
          subscriptions: relayStylePagination(["filter", "sort"]),
          invoices: relayStylePagination(["status", "subscriptionId"]),
          vendorInvoices: relayStylePagination(["status"]),
          quoteRequests: relayStylePagination(["status"]),
          vendorQuoteRequests: relayStylePagination(["status"]),
          upcomingNotices: relayStylePagination(["withinDays"]),
          auditLog: relayStylePagination(["filter", "accountId"]),
          webhookDeliveries: relayStylePagination(["filter"]),
          annexVersions: relayStylePagination(),
        },
      },
      // The viewer has no id of its own; it is the one caller, so a new answer updates it.
      Viewer: { merge: true },
      // Nor have the business rules: there is one set, which the viewer query and useBusinessRules share.
      BusinessRules: { merge: true },
      // Nor has the account's annex status: the banner asks a few of its fields, the annex page
      // all of them, and an accepted version shows in both.
      AnnexStatus: { merge: true },
    },
  }),
});
