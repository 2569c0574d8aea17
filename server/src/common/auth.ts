import { registerEnumType } from "type-graphql";

/**
 * What a caller may do. Resolvers declare the permissions they need; roles and API-key scopes
 * map to sets of them here, in one place. The web app reads the same names from `viewer`.
 */
export enum Permission {
  /** Read the reseller account's business data: customers, subscriptions, trials, quotes, invoices. */
  RESELLER_READ = "RESELLER_READ",
  /** Change the reseller account's business data. */
  RESELLER_WRITE = "RESELLER_WRITE",
  /** Manage the reselling team: invitations, roles, removal, ownership. */
  TEAM_MANAGE = "TEAM_MANAGE",
  /** Create, list and revoke API keys. */
  API_KEYS_MANAGE = "API_KEYS_MANAGE",
  /** Manage who receives billing notices. */
  BILLING_CONTACTS_MANAGE = "BILLING_CONTACTS_MANAGE",
  /** See what resellers assigned to one's own customer account. */
  CUSTOMER_PORTAL = "CUSTOMER_PORTAL",
  /** Vendor staff: enable resellers, set tiers, issue codes, record payments, edit the catalog. */
  VENDOR_ADMIN = "VENDOR_ADMIN",
}

registerEnumType(Permission, { name: "Permission", description: "Something a caller may do." });

export enum MemberRole {
  OWNER = "OWNER",
  MEMBER = "MEMBER",
  VIEWER = "VIEWER",
}

registerEnumType(MemberRole, {
  name: "MemberRole",
  description: "A person's role in a reseller account.",
  valuesConfig: {
    OWNER: {
      description: "Everything, and the only one who manages the team, API keys and billing contacts.",
    },
    MEMBER: { description: "Customers, subscriptions, trials, quotes and invoices." },
    VIEWER: { description: "Read-only access to what a member sees." },
  },
});

export enum ApiKeyScope {
  READ = "READ",
  READ_WRITE = "READ_WRITE",
}

registerEnumType(ApiKeyScope, { name: "ApiKeyScope", description: "What an integrator's API key may do." });

export const ROLE_PERMISSIONS: Record<MemberRole, readonly Permission[]> = {
  OWNER: [
    Permission.RESELLER_READ,
    Permission.RESELLER_WRITE,
    Permission.TEAM_MANAGE,
    Permission.API_KEYS_MANAGE,
    Permission.BILLING_CONTACTS_MANAGE,
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
export const VENDOR_STAFF_PERMISSIONS: readonly Permission[] = [Permission.VENDOR_ADMIN];
