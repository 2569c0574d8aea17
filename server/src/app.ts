import cluster from "node:cluster";
import { createServer, type Server } from "node:http";
import express from "express";
import { AnnexService } from "./annex/annex.service.js";
import { annexPdfRoute } from "./annex/annex-pdf.route.js";
import { ApiKeyService } from "./api-key/api-key.service.js";
import { AuditService } from "./audit/audit.service.js";
import { auditLogCsvRoute } from "./audit/audit-log-csv.route.js";
import { AuthService } from "./auth/auth.service.js";
import { requestIdentity } from "./auth/identify.js";
import { SignInThrottle } from "./auth/sign-in-throttle.js";
import { TokenService } from "./auth/token.service.js";
import { ViewerService } from "./auth/viewer.service.js";
import { BillingContactService } from "./billing-contact/billing-contact.service.js";
import { BillingProfileService } from "./billing-profile/billing-profile.service.js";
import { CatalogService } from "./catalog/catalog.service.js";
import { QuoteService } from "./catalog/quote.service.js";
import type { Clock } from "./common/clock.js";
import { ServiceContainer } from "./common/container.js";
import { clientIp } from "./common/context.js";
import { Links } from "./common/links.js";
import type { Logger } from "./common/logger.js";
import { RateLimitStore } from "./common/rate-limiter.js";
import type { ApiConfig, BillingConfig, JobsConfig, SignInConfig, WebhookConfig } from "./config/config.js";
import { DEFAULT_AUDIT_RETENTION_DAYS } from "./config/config.js";
import { CustomerService } from "./customer/customer.service.js";
import { withStartupLock } from "./db/data-source.js";
import type { Database } from "./db/database.js";
import { UnitOfWork } from "./db/unit-of-work.js";
import { graphqlEndpoint } from "./edge/graphql-endpoint.js";
import { compressAnswers, jsonErrors, securityHeaders } from "./edge/http-hardening.js";
import { ApiRateLimiter } from "./edge/rate-limits.js";
import { requestLog } from "./edge/request-log.js";
import { webPages } from "./edge/web-pages.js";
import { EventBus } from "./events/event-bus.js";
import { healthRoute } from "./health/health.route.js";
import { HealthService } from "./health/health.service.js";
import { InvoiceService } from "./invoice/invoice.service.js";
import { invoicePdfRoute } from "./invoice/invoice-pdf.route.js";
import { JobQueue } from "./jobs/job-queue.js";
import { ScheduledWork } from "./jobs/scheduled-work.js";
import { MailDeliveryService } from "./mail/mail-delivery.service.js";
import type { MailTransport } from "./mail/mail-transport.js";
import { shareMetricsWithPrimary } from "./metrics/cluster-metrics.js";
import { httpMetrics, metricsRoute } from "./metrics/metrics.route.js";
import { MetricsRegistry } from "./metrics/metrics-registry.js";
import { NoticeService } from "./notice/notice.service.js";
import { MailNotifications } from "./notifications/mail-notifications.js";
import { OutboxService } from "./notifications/outbox.service.js";
import { PartnerDiscountService } from "./partner-discount/partner-discount.service.js";
import { type PaymentProvider, SandboxPaymentProvider } from "./payment/payment-provider.js";
import { WalletService } from "./payment/wallet.service.js";
import { QuoteRequestService } from "./quote-request/quote-request.service.js";
import { ResellerService } from "./reseller/reseller.service.js";
import { ResellerApplicationService } from "./reseller-application/reseller-application.service.js";
import { createSchema } from "./schema.js";
import { SignUpService } from "./sign-up/sign-up.service.js";
import { PeriodEndService } from "./subscription/period-end.service.js";
import { SubscriptionService } from "./subscription/subscription.service.js";
import { TeamService } from "./team/team.service.js";
import { TierService } from "./tier/tier.service.js";
import { TrialService } from "./trial/trial.service.js";
import { IngestionKeyService } from "./usage/ingestion-key.service.js";
import { UsageService } from "./usage/usage.service.js";
import { WebhookService } from "./webhook/webhook.service.js";
import { WebhookDispatcher } from "./webhook/webhook-dispatcher.js";
import { WebhookSubjects } from "./webhook/webhook-subjects.js";

export interface AppOptions {
  database: Database;
  clock: Clock;
  log: Logger;
  webDist: string;
  version: string;
  /** The address people reach the server at, for links in mails; known once it listens. */
  publicUrl: () => string;
  /** Where card and PayPal payments go; the deterministic sandbox by default. */
  payments?: PaymentProvider;
  /** The job queue's settings: whether this process works jobs, and how often. */
  jobs: JobsConfig;
  /** Where this process delivers mail; null when it does not work jobs. */
  mail: MailTransport | null;
  /** Limits on failed sign-ins. */
  signIn: SignInConfig;
  /** The GraphQL endpoint's limits, budgets and introspection. */
  api: ApiConfig;
  /** The vendor's identity on invoices, its VAT rate and wire payment terms. */
  billing: BillingConfig;
  /** A real deployment: no schema hints in errors, no explorer page. */
  production: boolean;
  /** Webhook retries, throttling and the hosts allowed to resolve to private addresses. */
  webhooks: WebhookConfig;
  /** The bearer token a scraper shows to read `/metrics`; without one there is no `/metrics`. */
  metricsToken?: string;
}

export interface App {
  httpServer: Server;
  container: ServiceContainer;
  stop(): Promise<void>;
}

/** The composition root: builds the services once and mounts the routes on one HTTP server. */
export async function createApp(options: AppOptions): Promise<App> {
  const { database, clock, log } = options;
  const { dataSource } = database;

  const links = new Links(options.publicUrl);
  const jobs = new JobQueue(database.url, options.jobs, log);
  const outbox = new OutboxService(clock, jobs);
  const tokens = new TokenService(clock);
  const auth = new AuthService(clock, new SignInThrottle(dataSource, options.signIn), tokens);
  const signUps = new SignUpService(clock, auth);
  const catalog = new CatalogService(clock);
  const partnerDiscounts = new PartnerDiscountService(clock);
  const quotes = new QuoteService(catalog, partnerDiscounts, options.billing);
  const work = new UnitOfWork(dataSource, clock, jobs, log);
  const audit = new AuditService(
    dataSource,
    clock,
    options.jobs.auditRetentionDays ?? DEFAULT_AUDIT_RETENTION_DAYS,
  );
  const { identify, identifyForGraphQL } = requestIdentity(auth, work, (actor, req) =>
    audit.apiKeyUsed(actor, clientIp(req), req.get("user-agent") ?? null),
  );
  const webhookPolicy = { production: options.production, allowedHosts: options.webhooks.allowedHosts };
  const webhookSubjects = new WebhookSubjects(log);
  const webhookDispatcher = new WebhookDispatcher(
    work,
    jobs,
    clock,
    options.webhooks,
    webhookPolicy,
    webhookSubjects,
    log,
  );
  const events = new EventBus(work, clock, log)
    .subscribe(new MailNotifications(links, tokens, signUps, outbox))
    .subscribe(webhookDispatcher);
  const customers = new CustomerService(clock);
  const payments = options.payments ?? new SandboxPaymentProvider();
  const invoices = new InvoiceService(clock, payments, options.billing);
  const annex = new AnnexService(clock);
  const trials = new TrialService(clock, catalog, customers, work, annex);
  const wallet = new WalletService(clock, payments, invoices, work, log);
  const subscriptions = new SubscriptionService(clock, quotes, invoices, customers, trials, wallet, annex);
  const periodEnd = new PeriodEndService(clock, work, invoices, trials, wallet, log);
  const quoteRequests = new QuoteRequestService(clock, quotes, customers, subscriptions, work);
  const notices = new NoticeService(clock, subscriptions, work, log);
  const usage = new UsageService(clock, work, log);
  const delivery = options.mail
    ? new MailDeliveryService(work, options.mail, clock, log, async ({ em }, invoiceId) => {
        const invoice = await invoices.getAny(em, invoiceId);
        return invoice
          ? {
              filename: `invoice-${invoice.number}.pdf`,
              content: await invoices.pdf(invoice),
              contentType: "application/pdf",
            }
          : null;
      })
    : null;
  const scheduledWork = new ScheduledWork(
    clock,
    periodEnd,
    notices,
    wallet,
    events,
    delivery,
    jobs,
    log,
    audit,
    quoteRequests,
    new RateLimitStore(dataSource),
    usage,
  );
  const container = new ServiceContainer()
    .register(HealthService, new HealthService(database.kind, clock, options.version))
    .register(TierService, new TierService())
    .register(AuthService, auth)
    .register(ViewerService, new ViewerService(auth))
    .register(TeamService, new TeamService(clock, tokens))
    .register(BillingContactService, new BillingContactService(clock))
    .register(BillingProfileService, new BillingProfileService(clock))
    .register(ApiKeyService, new ApiKeyService(clock))
    .register(ResellerService, new ResellerService(clock, partnerDiscounts))
    .register(ResellerApplicationService, new ResellerApplicationService(clock))
    .register(SignUpService, signUps)
    .register(AnnexService, annex)
    .register(QuoteRequestService, quoteRequests)
    .register(UsageService, usage)
    .register(IngestionKeyService, new IngestionKeyService(clock))
    .register(CatalogService, catalog)
    .register(PartnerDiscountService, partnerDiscounts)
    .register(QuoteService, quotes)
    .register(UnitOfWork, work)
    .register(EventBus, events)
    .register(CustomerService, customers)
    .register(InvoiceService, invoices)
    .register(WalletService, wallet)
    .register(TrialService, trials)
    .register(SubscriptionService, subscriptions)
    .register(PeriodEndService, periodEnd)
    .register(NoticeService, notices)
    .register(ScheduledWork, scheduledWork)
    .register(JobQueue, jobs)
    .register(AuditService, audit)
    .register(WebhookService, new WebhookService(clock, jobs, webhookPolicy))
    .register(WebhookDispatcher, webhookDispatcher);
  if (delivery) container.register(MailDeliveryService, delivery);
  if (payments instanceof SandboxPaymentProvider) container.register(SandboxPaymentProvider, payments);

  const app = express();
  app.disable("x-powered-by");
  // No ETag on what Express sends: the API's answers are never revalidated, and hashing each (a
  // page of customers with their subscriptions is 100+ KB) cost every request. The SPA's files
  // carry their own validators.
  app.set("etag", false);
  // Only the proxies named by TRUST_PROXY may say, through X-Forwarded-For and -Proto, who the
  // client is and whether it used HTTPS: the session cookie's Secure flag, HSTS and the per-address
  // limits rest on it, and anyone else could claim any address.
  app.set("trust proxy", options.api.trustProxy);
  const httpServer = createServer(app);
  const rateLimiter = new ApiRateLimiter(dataSource, options.api.rateLimits, log);
  const metrics = new MetricsRegistry({ dataSource, jobs, log });
  if (cluster.isWorker) shareMetricsWithPrimary(metrics.registry);
  const schema = await createSchema(container);
  webhookSubjects.use(schema);
  const graphql = await graphqlEndpoint({
    schema,
    httpServer,
    api: options.api,
    rateLimiter,
    identify: identifyForGraphQL,
    production: options.production,
    metrics,
    log,
  });
  // Servers starting together on a new database would race to create the queue's tables.
  await withStartupLock(dataSource, () =>
    jobs.start({
      deliverMail: delivery ? (ids) => delivery.deliver(ids) : undefined,
      deliverEvents: (ids) => events.deliver(ids),
      deliverWebhooks: (ids) => webhookDispatcher.deliver(ids),
      runScheduledWork: async () => {
        await scheduledWork.run();
      },
    }),
  );

  app.use(httpMetrics(metrics), requestLog(log), securityHeaders(), compressAnswers());
  app.use(metricsRoute({ metrics, token: options.metricsToken, log }));
  app.use(healthRoute({ health: container.get(HealthService), work, rateLimiter, log }));
  app.use(graphql.router);
  app.use(invoicePdfRoute({ invoices, work, rateLimiter, identify }));
  app.use(annexPdfRoute({ annex, work, rateLimiter, identify }));
  app.use(auditLogCsvRoute({ work, rateLimiter, identify }));
  app.use(webPages({ webDist: options.webDist, production: options.production, log }));
  app.use(jsonErrors(log));

  return {
    httpServer,
    container,
    async stop() {
      await graphql.stop();
      await jobs.stop();
    },
  };
}
