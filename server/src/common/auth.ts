import { enumType } from "./enum-type.js";

/**
 * What a caller may do. Resolvers declare the permissions they need; roles and API-key scopes
 * map to sets of them here, in one place. The web app reads the same names from `viewer`.
 */
export const Permission = enumType(
  "Permission",
  [
    /** Read the reseller account's business data: customers, subscriptions, trials, quotes, invoices. */
    "RESELLER_READ",
    /** Change the reseller account's business data. */
    "RESELLER_WRITE",
    /** Manage the reselling team: invitations, roles, removal, ownership. */
    "TEAM_MANAGE",
    /** Create, list and revoke API keys. */
    "API_KEYS_MANAGE",
    /** Manage billing: who receives invoices and notices, the billing profile, saved payment methods. */
    "BILLING_MANAGE",
    /** Manage webhook endpoints, see their delivery log and redeliver events. */
    "WEBHOOKS_MANAGE",
    /** See what resellers assigned to one's own customer account. */
    "CUSTOMER_PORTAL",
    /** Read the account's audit log: who did what, when, from where. */
    "AUDIT_LOG_READ",
    /** Accept the reselling annex for the account: its owner. */
    "ANNEX_ACCEPT",
    /** Apply to resell: the owner of an account that signed up and is not approved yet. */
    "RESELLER_APPLY",
    /** Vendor staff: enable resellers, set tiers, issue codes, record payments, edit the catalog. */
    "VENDOR_ADMIN",
    /** Report license usage (agents per customer and product): the vendor's product, with a product-ingestion key. */
    "USAGE_REPORT",
  ],
  { description: "Something a caller may do." },
);
export type Permission = (typeof Permission)[keyof typeof Permission];

export const MemberRole = enumType("MemberRole", ["OWNER", "MEMBER", "VIEWER"], {
  description: "A person's role in a reseller account.",
  values: {
    OWNER: {
      description: "Everything, and the only one who manages the team, API keys and billing contacts.",
    },
    MEMBER: { description: "Customers, subscriptions, trials, quotes and invoices." },
    VIEWER: { description: "Read-only access to what a member sees." },
  },
});
export type MemberRole = (typeof MemberRole)[keyof typeof MemberRole];

export const ApiKeyScope = enumType("ApiKeyScope", ["READ", "READ_WRITE"], {
  description: "What an integrator's API key may do.",
});
export type ApiKeyScope = (typeof ApiKeyScope)[keyof typeof ApiKeyScope];

export const ROLE_PERMISSIONS: Record<MemberRole, readonly Permission[]> = {
  OWNER: [
    Permission.RESELLER_READ,
    Permission.RESELLER_WRITE,
    Permission.TEAM_MANAGE,
    Permission.API_KEYS_MANAGE,
    Permission.BILLING_MANAGE,
    Permission.AUDIT_LOG_READ,
    Permission.WEBHOOKS_MANAGE,
    Permission.ANNEX_ACCEPT,
  ],
  MEMBER: [Permission.RESELLER_READ, Permission.RESELLER_WRITE],
  VIEWER: [Permission.RESELLER_READ],
};

/** Keys act for the account's business, never for its team, keys or contacts. */
export const SCOPE_PERMISSIONS: Record<ApiKeyScope, readonly Permission[]> = {
  READ: [Permission.RESELLER_READ],
  READ_WRITE: [Permission.RESELLER_READ, Permission.RESELLER_WRITE],
};

export const CUSTOMER_PERMISSIONS: readonly Permission[] = [Permission.CUSTOMER_PORTAL];
/**
 * The scope of a product-ingestion key, which vendor staff make for the vendor's product: it
 * belongs to no account and may only report usage. Kept apart from ApiKeyScope, which resellers
 * choose from.
 */
export const INGESTION_SCOPE = "USAGE_INGEST";
export const INGESTION_PERMISSIONS: readonly Permission[] = [Permission.USAGE_REPORT];
/** What the owner of an account that signed up may do until staff approve it: apply. */
export const APPLICANT_PERMISSIONS: readonly Permission[] = [Permission.RESELLER_APPLY];
export const VENDOR_STAFF_PERMISSIONS: readonly Permission[] = [Permission.VENDOR_ADMIN];
