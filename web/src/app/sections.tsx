import type { PageRequirement } from "../session/access";
import { type LazyPage, lazyPage } from "./lazy-page";
import { type PagePath, pageModules } from "./page-modules";

// Every page is a chunk of its own, downloaded when its address is opened or its link is pointed at.
const AccountPage = lazyPage(pageModules["/account"], (m) => m.AccountPage);
const AnnexPage = lazyPage(pageModules["/account/annex"], (m) => m.AnnexPage);
const AnnexVersionsPage = lazyPage(pageModules["/annex-versions"], (m) => m.AnnexVersionsPage);
const ApiKeysPage = lazyPage(pageModules["/api-keys"], (m) => m.ApiKeysPage);
const ApplicationsPage = lazyPage(pageModules["/applications"], (m) => m.ApplicationsPage);
const ApplyPage = lazyPage(pageModules["/apply"], (m) => m.ApplyPage);
const AuditLogPage = lazyPage(pageModules["/audit-log"], (m) => m.AuditLogPage);
const BillingPage = lazyPage(pageModules["/billing"], (m) => m.BillingPage);
const CatalogPage = lazyPage(pageModules["/catalog"], (m) => m.CatalogPage);
const CustomerPage = lazyPage(pageModules["/customers/:customerId"], (m) => m.CustomerPage);
const CustomersPage = lazyPage(pageModules["/customers"], (m) => m.CustomersPage);
const DevelopersPage = lazyPage(pageModules["/developers"], (m) => m.DevelopersPage);
const SystemStatusPage = lazyPage(pageModules["/status"], (m) => m.SystemStatusPage);
const HomePage = lazyPage(pageModules["/"], (m) => m.HomePage);
const IngestionKeysPage = lazyPage(pageModules["/ingestion-keys"], (m) => m.IngestionKeysPage);
const NoticesPage = lazyPage(pageModules["/notices"], (m) => m.NoticesPage);
const PaymentsPage = lazyPage(pageModules["/payments"], (m) => m.PaymentsPage);
const CustomerAccountPage = lazyPage(pageModules["/my-account"], (m) => m.CustomerAccountPage);
const PricingPage = lazyPage(pageModules["/pricing"], (m) => m.PricingPage);
const QuoteRequestsPage = lazyPage(pageModules["/quote-requests"], (m) => m.QuoteRequestsPage);
const VendorQuoteRequestsPage = lazyPage(
  pageModules["/vendor-quote-requests"],
  (m) => m.VendorQuoteRequestsPage,
);
const ResellersPage = lazyPage(pageModules["/resellers"], (m) => m.ResellersPage);
const TeamPage = lazyPage(pageModules["/team"], (m) => m.TeamPage);
const TiersPage = lazyPage(pageModules["/tiers"], (m) => m.TiersPage);
const WebhooksPage = lazyPage(pageModules["/settings/webhooks"], (m) => m.WebhooksPage);
const StaffAuditLogPage = lazyPage(pageModules["/resellers-audit-log"], (m) => m.StaffAuditLogPage);

/** A top-level area of the portal: one route and one navbar entry. */
export interface Section extends PageRequirement {
  path: PagePath;
  label: string;
  page: LazyPage;
  /** Pages below the section's own (/customers/:customerId): same permission, no navbar entry. */
  subpages?: ReadonlyArray<{ path: PagePath; page: LazyPage }>;
}

// Adding an area (Customers, Subscriptions, Trials, ...) is one entry here; the router and the
// navbar both read this list, in this order, and both show a section only to viewers holding
// its permission.
export const sections: readonly Section[] = [
  { path: "/", label: "Home", page: HomePage },
  // A company that signed up applies here; the reseller sections open once staff approve it.
  { path: "/apply", label: "Apply to resell", permission: "RESELLER_APPLY", page: ApplyPage },
  // An end customer's account; its licenses are on Home.
  {
    path: "/my-account",
    label: "My account",
    permission: "CUSTOMER_PORTAL",
    page: CustomerAccountPage,
  },
  { path: "/pricing", label: "Pricing", permission: "RESELLER_READ", page: PricingPage },
  {
    path: "/customers",
    label: "Customers",
    permission: "RESELLER_READ",
    page: CustomersPage,
    subpages: [{ path: "/customers/:customerId", page: CustomerPage }],
  },
  { path: "/billing", label: "Billing", permission: "RESELLER_READ", page: BillingPage },
  // The renewal and termination mails link here.
  { path: "/notices", label: "Notices", permission: "RESELLER_READ", page: NoticesPage },
  // Quotes from the vendor for large deals; its mails link here.
  {
    path: "/quote-requests",
    label: "Special prices",
    permission: "RESELLER_READ",
    page: QuoteRequestsPage,
  },
  { path: "/resellers", label: "Resellers", permission: "VENDOR_ADMIN", page: ResellersPage },
  // Companies that signed up and applied to resell, waiting for staff to decide.
  {
    path: "/applications",
    label: "Applications",
    permission: "VENDOR_ADMIN",
    page: ApplicationsPage,
  },
  { path: "/payments", label: "Payments", permission: "VENDOR_ADMIN", page: PaymentsPage },
  // Resellers' requests for special prices, waiting for a price or a decline; its mail links here.
  {
    path: "/vendor-quote-requests",
    label: "Special price requests",
    permission: "VENDOR_ADMIN",
    page: VendorQuoteRequestsPage,
  },
  { path: "/catalog", label: "Catalog", permission: "VENDOR_ADMIN", page: CatalogPage },
  { path: "/tiers", label: "Partner tiers", permission: "VENDOR_ADMIN", page: TiersPage },
  {
    path: "/annex-versions",
    label: "Reselling annex",
    permission: "VENDOR_ADMIN",
    page: AnnexVersionsPage,
  },
  // The keys the vendor's product reports customers' agents with.
  {
    path: "/ingestion-keys",
    label: "Ingestion keys",
    permission: "VENDOR_ADMIN",
    page: IngestionKeysPage,
  },
  { path: "/team", label: "Team", permission: "TEAM_MANAGE", page: TeamPage },
  { path: "/api-keys", label: "API keys", permission: "API_KEYS_MANAGE", page: ApiKeysPage },
  // Settings → Webhooks; the mail about a disabled endpoint links here.
  {
    path: "/settings/webhooks",
    label: "Webhooks",
    permission: "WEBHOOKS_MANAGE",
    page: WebhooksPage,
  },
  { path: "/audit-log", label: "Audit log", permission: "AUDIT_LOG_READ", page: AuditLogPage },
  // Staff read any reseller's log, picking the reseller on the page.
  {
    path: "/resellers-audit-log",
    label: "Audit log",
    permission: "VENDOR_ADMIN",
    page: StaffAuditLogPage,
  },
  // Every reseller user sees their account; its billing contacts only the owner. The reselling
  // annex is read there, and accepted by the owner.
  {
    path: "/account",
    label: "Account",
    permission: "RESELLER_READ",
    page: AccountPage,
    subpages: [{ path: "/account/annex", page: AnnexPage }],
  },
  // How integrators use the API; for everyone on a reselling team.
  {
    path: "/developers",
    label: "For developers",
    permission: "RESELLER_READ",
    page: DevelopersPage,
  },
  { path: "/status", label: "System status", public: true, page: SystemStatusPage },
];
