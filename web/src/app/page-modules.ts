/**
 * The module of the page at each address. The routes (sections.tsx, router.tsx) load their pages
 * from here, and the build reads it (web/route-preload.ts) to tell the server which chunks each
 * address needs, so that the index page it answers preloads the opened page's code alongside the
 * app's. Each entry must keep its one-line form, the address then the import of its module.
 */
export const pageModules = {
  "/sign-in": () => import("../features/auth/sign-in-page"),
  "/activate": () => import("../features/auth/activate-page"),
  "/sign-up": () => import("../features/auth/sign-up-page"),
  "/": () => import("../features/home/home-page"),
  "/apply": () => import("../features/reseller-applications/apply-page"),
  "/my-account": () => import("../features/portal/customer-account-page"),
  "/pricing": () => import("../features/pricing/pricing-page"),
  "/customers": () => import("../features/customers/customers-page"),
  "/customers/:customerId": () => import("../features/customers/customer-page"),
  "/billing": () => import("../features/billing/billing-page"),
  "/quote-requests": () => import("../features/quote-requests/quote-requests-page"),
  "/notices": () => import("../features/notices/notices-page"),
  "/resellers": () => import("../features/resellers/resellers-page"),
  "/applications": () => import("../features/reseller-applications/applications-page"),
  "/payments": () => import("../features/payments/payments-page"),
  "/vendor-quote-requests": () => import("../features/quote-requests/vendor-quote-requests-page"),
  "/catalog": () => import("../features/catalog/catalog-page"),
  "/tiers": () => import("../features/tiers/tiers-page"),
  "/annex-versions": () => import("../features/annex/annex-versions-page"),
  "/ingestion-keys": () => import("../features/ingestion-keys/ingestion-keys-page"),
  "/team": () => import("../features/team/team-page"),
  "/api-keys": () => import("../features/api-keys/api-keys-page"),
  "/settings/webhooks": () => import("../features/webhooks/webhooks-page"),
  "/audit-log": () => import("../features/audit-log/audit-log-page"),
  "/resellers-audit-log": () => import("../features/audit-log/audit-log-page"),
  "/account": () => import("../features/account/account-page"),
  "/account/annex": () => import("../features/annex/annex-page"),
  "/developers": () => import("../features/developers/developers-page"),
  "/status": () => import("../features/health/system-status-page"),
};

export type PagePath = keyof typeof pageModules;
