import type { AddressInfo } from "node:net";
import { createApp } from "./app.js";
import { type Clock, systemClock } from "./common/clock.js";
import type { ServiceContainer } from "./common/container.js";
import { createLogger, type Logger } from "./common/logger.js";
import type { Config } from "./config/config.js";
import { migrate, withStartupLock } from "./db/data-source.js";
import { type Database, openDatabase } from "./db/database.js";
import { hasNoPeople, seedDemo, seedReferenceData } from "./db/seed.js";
import { UnitOfWork } from "./db/unit-of-work.js";
import { JobQueue } from "./jobs/job-queue.js";
import { startMailSink } from "./mail/mail-sink.js";
import { smtpTransport } from "./mail/mail-transport.js";

export interface RunningServer {
  url: string;
  port: number;
  database: Database;
  log: Logger;
  /** Whether this start loaded the demo data. */
  seeded: boolean;
  /** Where to read the mail the server sends, when it runs the built-in sink. */
  inboxUrl: string | null;
  /** The services, for the scheduler and for tests. */
  container: ServiceContainer;
  stop(): Promise<void>;
}

/**
 * Opens the database, migrates it, loads the reference data on first start (and the demo data
 * when the config asks for it and nobody has an account yet), and listens.
 */
export async function startServer(
  config: Config,
  deps: { clock?: Clock; log?: Logger } = {},
): Promise<RunningServer> {
  const log = deps.log ?? createLogger(config.logLevel);
  const clock = deps.clock ?? systemClock;
  const database = await openDatabase(config, log);
  try {
    // Loading data publishes no events, so this unit of work's queue is never started.
    const loading = new UnitOfWork(
      database.dataSource,
      clock,
      new JobQueue(database.url, config.jobs, log),
      log,
    );
    const seeded = await withStartupLock(database.dataSource, async () => {
      const applied = await migrate(database.dataSource);
      if (applied.length > 0) log.info({ migrations: applied }, "migrations applied");
      const tiersLoaded = await seedReferenceData(loading);
      if (tiersLoaded) log.info("partner tiers loaded into the empty database");
      if (!config.seedDemo || !(await hasNoPeople(database.dataSource))) return false;
      await seedDemo(loading);
      if (config.production) {
        log.warn(
          "demo data loaded into the empty database (SEED_DEMO=true): its logins are public, so do not use it for real business",
        );
      } else {
        log.info("demo data loaded into the empty database");
      }
      return true;
    });

    // Only processes that work jobs send mail; without an SMTP server they start the sink.
    const sink =
      config.jobs.workers && !config.mail.smtpUrl
        ? await startMailSink(config.mail.sinkSmtpPort, config.mail.inboxPort, log)
        : null;
    const smtpUrl = config.mail.smtpUrl ?? sink?.smtpUrl;
    const mail = config.jobs.workers && smtpUrl ? smtpTransport(smtpUrl, config.mail.from) : null;

    let port = config.port;
    const publicUrl = () => config.publicUrl ?? `http://localhost:${port}`;
    const app = await createApp({
      database,
      clock,
      log,
      webDist: config.webDist,
      version: config.version,
      publicUrl,
      jobs: config.jobs,
      mail,
      signIn: config.signIn,
      api: config.api,
      billing: config.billing,
      production: config.production,
      webhooks: config.webhooks,
      metricsToken: config.metricsToken,
    });
    await new Promise<void>((resolve, reject) => {
      app.httpServer.once("error", reject);
      app.httpServer.listen(config.port, resolve);
    });
    port = (app.httpServer.address() as AddressInfo).port;
    return {
      url: publicUrl(),
      port,
      database,
      log,
      seeded,
      inboxUrl: sink?.inboxUrl ?? null,
      container: app.container,
      async stop() {
        await app.stop();
        mail?.close();
        await sink?.stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
