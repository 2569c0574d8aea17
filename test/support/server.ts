import "reflect-metadata";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { DataSource } from "typeorm";
import { ManualClock } from "../../server/src/common/clock.js";
import type { ServiceContainer } from "../../server/src/common/container.js";
import { createLogger } from "../../server/src/common/logger.js";
import {
  type Config,
  type JobsConfig,
  loadConfig,
  type RateLimits,
  type SignInConfig,
  type WebhookConfig,
} from "../../server/src/config/config.js";
import { seedDemo } from "../../server/src/db/seed.js";
import { UnitOfWork } from "../../server/src/db/unit-of-work.js";

import { startServer } from "../../server/src/server.js";
import { createTestDatabase } from "./database.js";
import { GraphQLClient } from "./graphql-client.js";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export interface TestServer {
  url: string;
  /** The test's own database, for other server processes to share. */
  databaseUrl: string;
  clock: ManualClock;
  dataSource: DataSource;
  /** The server's services, e.g. to run period-end processing as the scheduler would. */
  services: ServiceContainer;
  /** A new client with its own cookie jar: one per person in a test. */
  client(headers?: Record<string, string>): GraphQLClient;
  stop(): Promise<void>;
}

export interface TestServerOptions {
  /** Load the demo data (tiers, demo accounts) before the test runs. */
  seed?: boolean;
  /** Where the clock starts; it only moves when the test moves it. */
  now?: string;
  /**
   * Deliver mail to this SMTP server and work the job queue (mail, scheduled work). Without
   * it the server only queues: tests run the scheduled work themselves with the clock.
   */
  smtpUrl?: string;
  /** Job queue timings, to make retries and crash recovery quick. */
  jobs?: Partial<JobsConfig>;
  /** Limits on failed sign-ins; they run on wall-clock time, so tests shorten them and wait. */
  signIn?: Partial<SignInConfig>;
  /** The GraphQL endpoint's rate limits, e.g. a small budget to reach quickly. */
  rateLimits?: Partial<RateLimits>;
  /** Webhook retry delays and throttling, e.g. retries a second apart. */
  webhooks?: Partial<WebhookConfig>;
  /** The bearer token that opens `/metrics`; without it the server has no `/metrics`. */
  metricsToken?: string;
}

/**
 * The real server, in this process, on a fresh database of its own and a free port,
 * with a clock the test controls. Stop it in `afterAll`.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  const clock = new ManualClock(options.now ?? "2026-11-22T12:00:00Z");
  const defaults = loadConfig({});
  const config: Config = {
    ...defaults,
    port: 0,
    databaseUrl: database.url,
    webDist: resolve(repoRoot, "web/dist"),
    seedDemo: false,
    mail: { ...defaults.mail, smtpUrl: options.smtpUrl },
    jobs: { ...defaults.jobs, workers: Boolean(options.smtpUrl), ...options.jobs },
    signIn: { ...defaults.signIn, ...options.signIn },
    api: { ...defaults.api, rateLimits: { ...defaults.api.rateLimits, ...options.rateLimits } },
    webhooks: { ...defaults.webhooks, ...options.webhooks },
    metricsToken: options.metricsToken,
  };
  const server = await startServer(config, {
    clock,
    log: createLogger(process.env.TEST_LOG_LEVEL ?? "silent"),
  });
  if (options.seed) await seedDemo(server.container.get(UnitOfWork), clock.now());
  return {
    url: server.url,
    databaseUrl: database.url,
    clock,
    dataSource: server.database.dataSource,
    services: server.container,
    client: (headers) => new GraphQLClient(server.url, headers),
    async stop() {
      await server.stop();
      await database.drop();
    },
  };
}
