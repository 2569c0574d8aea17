import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { ApiKeyService } from "./api-key/api-key.service.js";
import { AuthService } from "./auth/auth.service.js";
import { requestIdentity } from "./auth/identify.js";
import { SignInThrottle } from "./auth/sign-in-throttle.js";
import { TokenService } from "./auth/token.service.js";
import { ViewerService } from "./auth/viewer.service.js";
import { BillingContactService } from "./billing-contact/billing-contact.service.js";
import { CatalogService } from "./catalog/catalog.service.js";
import { QuoteService } from "./catalog/quote.service.js";
import type { Clock } from "./common/clock.js";
import { ServiceContainer } from "./common/container.js";
import { type RequestContext, SYSTEM_ACTOR } from "./common/context.js";
import { Links } from "./common/links.js";
import type { Logger } from "./common/logger.js";
import type { ApiConfig, JobsConfig, SignInConfig } from "./config/config.js";
import { CustomerService } from "./customer/customer.service.js";
import { withStartupLock } from "./db/data-source.js";
import type { Database } from "./db/database.js";
import { UnitOfWork } from "./db/unit-of-work.js";
import {
  apiEdgePlugin,
  refusedBodyHeaders,
  refusedOperationsGuard,
  spendOutsideGraphQL,
} from "./edge/api-edge.js";
import { errorAnswers } from "./edge/error-answers.js";
import { compressAnswers, jsonErrors, securityHeaders, staticFiles } from "./edge/http-hardening.js";
import { operationLimitRules } from "./edge/operation-limits.js";
import { ApiRateLimiter } from "./edge/rate-limits.js";
import { EventBus } from "./events/event-bus.js";
import { HealthService } from "./health/health.service.js";
import { InvoiceService } from "./invoice/invoice.service.js";
import { invoicePdfRoute } from "./invoice/invoice-pdf.route.js";
import { JobQueue } from "./jobs/job-queue.js";
import { ScheduledWork } from "./jobs/scheduled-work.js";
import { MailDeliveryService } from "./mail/mail-delivery.service.js";
import type { MailTransport } from "./mail/mail-transport.js";
import { NoticeService } from "./notice/notice.service.js";
import { MailNotifications } from "./notifications/mail-notifications.js";
import { OutboxService } from "./notifications/outbox.service.js";
import { PartnerDiscountService } from "./partner-discount/partner-discount.service.js";
import { type PaymentProvider, SandboxPaymentProvider } from "./payment/payment-provider.js";
import { ResellerService } from "./reseller/reseller.service.js";
import { createSchema } from "./schema.js";
import { PeriodEndService } from "./subscription/period-end.service.js";
import { SubscriptionService } from "./subscription/subscription.service.js";
import { TeamService } from "./team/team.service.js";
import { TierService } from "./tier/tier.service.js";
import { TrialService } from "./trial/trial.service.js";

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
  /** A real deployment: no schema hints in errors, no explorer page. */
  production: boolean;
}

export interface App {
  httpServer: Server;
  container: ServiceContainer;
  stop(): Promise<void>;
}

/** The composition root: services, the GraphQL endpoint, health check and the SPA on one HTTP server. */
export async function createApp(options: AppOptions): Promise<App> {
  const { database, clock, log } = options;
  const { dataSource } = database;

  const links = new Links(options.publicUrl);
  const jobs = new JobQueue(database.url, options.jobs, log);
  const outbox = new OutboxService(clock, jobs);
  const tokens = new TokenService(clock);
  const auth = new AuthService(clock, new SignInThrottle(dataSource, options.signIn));
  const catalog = new CatalogService(clock);
  const partnerDiscounts = new PartnerDiscountService(clock);
  const quotes = new QuoteService(catalog, partnerDiscounts);
  const work = new UnitOfWork(dataSource, clock, jobs, log);
  const { identify, identifyForGraphQL } = requestIdentity(auth, work);
  const events = new EventBus(work, clock, log).subscribe(new MailNotifications(links, tokens, outbox));
  const customers = new CustomerService(clock);
  const payments = options.payments ?? new SandboxPaymentProvider();
  const invoices = new InvoiceService(clock, payments);
  const trials = new TrialService(clock, catalog, customers, work);
  const subscriptions = new SubscriptionService(clock, quotes, invoices, customers, trials);
  const periodEnd = new PeriodEndService(clock, work, invoices, trials, log);
  const notices = new NoticeService(clock, subscriptions, work, log);
  const delivery = options.mail ? new MailDeliveryService(work, options.mail, clock, log) : null;
  const scheduledWork = new ScheduledWork(clock, periodEnd, notices, delivery, jobs, log);
  const container = new ServiceContainer()
    .register(HealthService, new HealthService(database.kind, clock, options.version))
    .register(TierService, new TierService())
    .register(AuthService, auth)
    .register(ViewerService, new ViewerService(auth))
    .register(TeamService, new TeamService(clock, tokens))
    .register(BillingContactService, new BillingContactService(clock))
    .register(ApiKeyService, new ApiKeyService(clock))
    .register(ResellerService, new ResellerService(clock, partnerDiscounts))
    .register(CatalogService, catalog)
    .register(PartnerDiscountService, partnerDiscounts)
    .register(QuoteService, quotes)
    .register(UnitOfWork, work)
    .register(EventBus, events)
    .register(CustomerService, customers)
    .register(InvoiceService, invoices)
    .register(TrialService, trials)
    .register(SubscriptionService, subscriptions)
    .register(PeriodEndService, periodEnd)
    .register(NoticeService, notices)
    .register(ScheduledWork, scheduledWork)
    .register(JobQueue, jobs);
  if (delivery) container.register(MailDeliveryService, delivery);
  if (payments instanceof SandboxPaymentProvider) container.register(SandboxPaymentProvider, payments);

  const app = express();
  app.disable("x-powered-by");
  // Only the proxies named by TRUST_PROXY may say, through X-Forwarded-For and -Proto, who the
  // client is and whether it used HTTPS: the session cookie's Secure flag, HSTS and the per-address
  // limits rest on it, and anyone else could claim any address.
  app.set("trust proxy", options.api.trustProxy);
  const httpServer = createServer(app);

  const { limits } = options.api;
  const rateLimiter = new ApiRateLimiter(dataSource, options.api.rateLimits, log);
  const answers = errorAnswers(log, limits.maxTokens);
  const apollo = new ApolloServer<RequestContext>({
    schema: await createSchema(container),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      answers.plugin,
      apiEdgePlugin({ limits, rateLimiter, identify: identifyForGraphQL }),
    ],
    // Sizes are measured before anything runs: tokens while parsing, depth, aliases and directives
    // while validating, the cost (which needs the variables) by the edge plugin.
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: operationLimitRules(limits),
    formatError: answers.formatError,
    introspection: options.api.introspection,
    // Clients send their operations whole; no cache of queries by hash for strangers to fill.
    persistedQueries: false,
    // No "Did you mean …" hints that spell out the schema to strangers.
    hideSchemaDetailsFromClientErrors: options.production,
    includeStacktraceInErrorResponses: false,
    logger: {
      debug: (m) => log.debug(m),
      info: (m) => log.info(m),
      warn: (m) => log.warn(m),
      error: (m) => log.error(m),
    },
  });
  await apollo.start();
  // Servers starting together on a new database would race to create the queue's tables.
  await withStartupLock(dataSource, () =>
    jobs.start({
      deliverMail: delivery ? (ids) => delivery.deliver(ids) : undefined,
      deliverEvents: (ids) => events.deliver(ids),
      runScheduledWork: async () => {
        await scheduledWork.run();
      },
    }),
  );

  app.use((req, res, next) => {
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log.info(
        {
          method: req.method,
          path: req.originalUrl.split("?")[0],
          status: res.statusCode,
          ms: Math.round(ms),
        },
        "request",
      );
    });
    next();
  });

  app.use(securityHeaders());
  app.use(compressAnswers());

  app.get("/healthz", async (req, res) => {
    try {
      if (!(await spendOutsideGraphQL(rateLimiter, null, req, res, 0))) return;
      const report = await container.get(HealthService).check(work.read(SYSTEM_ACTOR));
      res.json(report);
    } catch (error) {
      log.warn({ err: error }, "health check failed");
      res.status(503).json({ status: "unavailable", error: "the database does not answer" });
    }
  });

  app.use(
    "/graphql",
    refusedOperationsGuard(rateLimiter),
    express.json({ limit: "1mb" }),
    refusedBodyHeaders(rateLimiter),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<RequestContext> => ({
        req,
        res,
        log,
        actor: null,
        production: options.production,
      }),
    }),
  );

  app.use(invoicePdfRoute({ invoices, work, rateLimiter, identify }));

  // The API explorer for integrators, outside production only.
  const explorerHtml = join(options.webDist, "graphiql.html");
  app.get(["/graphiql", "/graphiql.html"], (_req, res) => {
    if (options.production || !existsSync(explorerHtml)) {
      res.status(404).json({ errors: [{ message: "Not found.", extensions: { code: "NOT_FOUND" } }] });
      return;
    }
    res.setHeader("Cache-Control", "no-cache");
    res.sendFile(explorerHtml);
  });

  const indexHtml = join(options.webDist, "index.html");
  if (existsSync(indexHtml)) {
    app.use(staticFiles(options.webDist));
    // Client-side routes of the SPA all answer with its index page.
    app.get("/{*splat}", (_req, res) => {
      res.setHeader("Cache-Control", "no-cache");
      res.sendFile(indexHtml);
    });
  } else {
    log.warn({ webDist: options.webDist }, "the SPA is not built; only the API is served");
  }
  app.use(jsonErrors(log));

  return {
    httpServer,
    container,
    async stop() {
      await apollo.stop();
      await jobs.stop();
    },
  };
}
