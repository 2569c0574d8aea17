import { Init1763769600000 } from "./1763769600000-init.js";
import { Accounts1763856000000 } from "./1763856000000-accounts.js";
import { Catalog1763942400000 } from "./1763942400000-catalog.js";
import { Customers1764028800000 } from "./1764028800000-customers.js";
import { Subscriptions1764115200000 } from "./1764115200000-subscriptions.js";
import { Trials1764201600000 } from "./1764201600000-trials.js";
import { MailAndNotices1764288000000 } from "./1764288000000-mail-and-notices.js";
import { RateLimits1764374400000 } from "./1764374400000-rate-limits.js";
import { MoneyBigint1764460800000 } from "./1764460800000-money-bigint.js";
import { DomainEvents1764547200000 } from "./1764547200000-domain-events.js";
import { CatalogUnitPrices1764633600000 } from "./1764633600000-catalog-unit-prices.js";
import { CompleteInvoices1764720000000 } from "./1764720000000-complete-invoices.js";
import { Wallet1764806400000 } from "./1764806400000-wallet.js";
import { Webhooks1764892800000 } from "./1764892800000-webhooks.js";
import { AuditLog1764979200000 } from "./1764979200000-audit-log.js";
import { AuditCapture1765065600000 } from "./1765065600000-audit-capture.js";
import { ListSearch1765152000000 } from "./1765152000000-list-search.js";
import { WebhookBacklog1765195200000 } from "./1765195200000-webhook-backlog.js";
import { SubscriptionSort1765238400000 } from "./1765238400000-subscription-sort.js";
import { CompanyNameWalk1765281600000 } from "./1765281600000-company-name-walk.js";
import { CustomerNameGrams1765324800000 } from "./1765324800000-customer-name-grams.js";
import { ResellerApplications1765368000000 } from "./1765368000000-reseller-applications.js";
import { ResellingAnnex1765411200000 } from "./1765411200000-reselling-annex.js";
import { QuoteRequests1765454400000 } from "./1765454400000-quote-requests.js";
import { LinkIssuers1765497600000 } from "./1765497600000-link-issuers.js";
import { QuarterlyTerms1765540800000 } from "./1765540800000-quarterly-terms.js";
import { LicenseUsage1765584000000 } from "./1765584000000-license-usage.js";

/** Every migration, oldest first. */
export const migrations = [
  Init1763769600000,
  Accounts1763856000000,
  Catalog1763942400000,
  Customers1764028800000,
  Subscriptions1764115200000,
  Trials1764201600000,
  MailAndNotices1764288000000,
  RateLimits1764374400000,
  MoneyBigint1764460800000,
  DomainEvents1764547200000,
  CatalogUnitPrices1764633600000,
  CompleteInvoices1764720000000,
  Wallet1764806400000,
  Webhooks1764892800000,
  AuditLog1764979200000,
  AuditCapture1765065600000,
  ListSearch1765152000000,
  WebhookBacklog1765195200000,
  SubscriptionSort1765238400000,
  CompanyNameWalk1765281600000,
  CustomerNameGrams1765324800000,
  ResellerApplications1765368000000,
  ResellingAnnex1765411200000,
  QuoteRequests1765454400000,
  LinkIssuers1765497600000,
  QuarterlyTerms1765540800000,
  LicenseUsage1765584000000,
];
