import type { ReactNode } from "react";
import { AccountPage } from "../features/account/account-page";
import { ApiKeysPage } from "../features/api-keys/api-keys-page";
import { AuditLogPage } from "../features/audit-log/audit-log-page";
import { BillingPage } from "../features/billing/billing-page";
import { CatalogPage } from "../features/catalog/catalog-page";
import { CustomerPage } from "../features/customers/customer-page";
import { CustomersPage } from "../features/customers/customers-page";
import { DevelopersPage } from "../features/developers/developers-page";
import { SystemStatusPage } from "../features/health/system-status-page";
import { HomePage } from "../features/home/home-page";
import { NoticesPage } from "../features/notices/notices-page";
import { PaymentsPage } from "../features/payments/payments-page";
import { CustomerAccountPage } from "../features/portal/customer-account-page";
import { PricingPage } from "../features/pricing/pricing-page";
import { ResellersPage } from "../features/resellers/resellers-page";
import { TeamPage } from "../features/team/team-page";
import { TiersPage } from "../features/tiers/tiers-page";
import { WebhooksPage } from "../features/webhooks/webhooks-page";
import type { PageRequirement } from "../session/access";

/** A top-level area of the portal: one route and one navbar entry. */
export interface Section extends PageRequirement {
  path: string;
  label: string;
  element: ReactNode;
  /** Pages below the section's own (/customers/:customerId): same permission, no navbar entry. */
  subpages?: ReadonlyArray<{ path: string; element: ReactNode }>;
}

// Adding an area (Customers, Subscriptions, Trials, ...) is one entry here; the router and the
// navbar both read this list, in this order, and both show a section only to viewers holding
// its permission.
export const sections: readonly Section[] = [
  { path: "/", label: "Home", element: <HomePage /> },
  // An end customer's account; its licenses are on Home.
  {
    path: "/my-account",
    label: "My account",
    permission: "CUSTOMER_PORTAL",
    element: <CustomerAccountPage />,
  },
  { path: "/pricing", label: "Pricing", permission: "RESELLER_READ", element: <PricingPage /> },
  {
    path: "/customers",
    label: "Customers",
    permission: "RESELLER_READ",
    element: <CustomersPage />,
    subpages: [{ path: "/customers/:customerId", element: <CustomerPage /> }],
  },
  { path: "/billing", label: "Billing", permission: "RESELLER_READ", element: <BillingPage /> },
  // The renewal and termination mails link here.
  { path: "/notices", label: "Notices", permission: "RESELLER_READ", element: <NoticesPage /> },
  { path: "/resellers", label: "Resellers", permission: "VENDOR_ADMIN", element: <ResellersPage /> },
  { path: "/payments", label: "Payments", permission: "VENDOR_ADMIN", element: <PaymentsPage /> },
  { path: "/catalog", label: "Catalog", permission: "VENDOR_ADMIN", element: <CatalogPage /> },
  { path: "/tiers", label: "Partner tiers", permission: "VENDOR_ADMIN", element: <TiersPage /> },
  { path: "/team", label: "Team", permission: "TEAM_MANAGE", element: <TeamPage /> },
  { path: "/api-keys", label: "API keys", permission: "API_KEYS_MANAGE", element: <ApiKeysPage /> },
  // Settings → Webhooks; the mail about a disabled endpoint links here.
  {
    path: "/settings/webhooks",
    label: "Webhooks",
    permission: "WEBHOOKS_MANAGE",
    element: <WebhooksPage />,
  },
  { path: "/audit-log", label: "Audit log", permission: "AUDIT_LOG_READ", element: <AuditLogPage /> },
  // Staff read any reseller's log, picking the reseller on the page.
  {
    path: "/resellers-audit-log",
    label: "Audit log",
    permission: "VENDOR_ADMIN",
    element: <AuditLogPage staff />,
  },
  // Every reseller user sees their account; its billing contacts only the owner.
  { path: "/account", label: "Account", permission: "RESELLER_READ", element: <AccountPage /> },
  // How integrators use the API; for everyone on a reselling team.
  {
    path: "/developers",
    label: "For developers",
    permission: "RESELLER_READ",
    element: <DevelopersPage />,
  },
  { path: "/status", label: "System status", public: true, element: <SystemStatusPage /> },
];
