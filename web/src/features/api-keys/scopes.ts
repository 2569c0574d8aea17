import type { ApiKeyScope } from "../../gql/graphql";

export const SCOPE_LABELS: Record<ApiKeyScope, string> = {
  READ: "Read only",
  READ_WRITE: "Read and write",
};

/** What a key of each scope can do; no key manages the team, keys or billing contacts. */
export const SCOPE_DESCRIPTIONS: Record<ApiKeyScope, string> = {
  READ: "Reads customers, subscriptions, trials, quotes and invoices. Changes nothing.",
  READ_WRITE: "Also changes them: adds customers, buys and assigns subscriptions, starts trials.",
};
