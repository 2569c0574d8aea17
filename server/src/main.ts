import "reflect-metadata";
import cluster from "node:cluster";
import { runClusterPrimary, WORKER_READY, type WorkerReady } from "./cluster-primary.js";
import { createLogger } from "./common/logger.js";
import { loadConfig } from "./config/config.js";
import { type DemoLogin, demoLoginsIn, hasNoPeople } from "./db/seed.js";
import { type RunningServer, startServer } from "./server.js";
import { startBanner } from "./start-banner.js";

function fail(message: string): never {
  // One line a person can read; no stack trace for expected start-up failures.
  process.stderr.write(`Reseller Hub could not start: ${message}\n`);
  process.exit(1);
}

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const log = createLogger(config.logLevel);

if (cluster.isPrimary && config.processes > 1) {
  try {
    await runClusterPrimary(config, log);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
} else {
  await serve();
}

/** One full server: this process alone, or one worker of a cluster. */
async function serve(): Promise<void> {
  let server: RunningServer;
  // Only logins that work here are printed: none on a database without demo data.
  let demoLogins: DemoLogin[];
  let noAccounts: boolean;
  try {
    server = await startServer(config, { log });
    demoLogins = await demoLoginsIn(server.database.dataSource);
    noAccounts = await hasNoPeople(server.database.dataSource);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }

  if (config.production && demoLogins.length > 0 && !server.seeded) {
    log.warn(
      { emails: demoLogins.map((l) => l.email) },
      "this production database holds demo accounts with public passwords; remove them or change their passwords",
    );
  }
  if (cluster.isWorker) {
    // The primary prints one banner for all its workers.
    const ready: WorkerReady = { type: WORKER_READY, url: server.url, demoLogins, noAccounts };
    process.send?.(ready);
  } else {
    log.info({ url: server.url, database: server.database.kind }, "Reseller Hub is ready");
    process.stderr.write(
      startBanner({
        url: server.url,
        embeddedDataDir: server.database.kind === "embedded" ? config.dataDir : null,
        inboxUrl: server.inboxUrl,
        smtpUrl: config.mail.smtpUrl,
        jobWorkers: config.jobs.workers,
        demoLogins,
        noAccounts,
      }),
    );
  }

  let stopping = false;
  async function shutdown(signal: string): Promise<void> {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    const force = setTimeout(() => {
      log.error("shutdown took longer than 15 s; exiting");
      process.exit(1);
    }, 15_000);
    force.unref();
    try {
      await server.stop();
      log.info("stopped");
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, "error during shutdown");
      process.exit(1);
    }
  }
  // The embedded PostgreSQL package installs its own signal handlers that stop the database and
  // exit at once; ours must run instead, so open requests finish before the database goes away.
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.removeAllListeners(signal);
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
  // A worker whose primary is gone has nobody to hand it connections or restart it.
  if (cluster.isWorker) process.on("disconnect", () => void shutdown("primary gone"));
}
