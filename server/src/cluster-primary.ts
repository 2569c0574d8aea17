import cluster, { type Worker } from "node:cluster";
import type { Logger } from "./common/logger.js";
import type { Config } from "./config/config.js";
import { startEmbeddedPostgres } from "./db/embedded.js";
import type { DemoLogin } from "./db/seed.js";
import { startMailSink } from "./mail/mail-sink.js";
import { answerMetricsRequests } from "./metrics/cluster-metrics.js";
import { startBanner } from "./start-banner.js";

/** A worker tells the primary it serves, with what the banner needs from the database. */
export const WORKER_READY = "reseller-hub:worker-ready";

export interface WorkerReady {
  type: typeof WORKER_READY;
  url: string;
  demoLogins: DemoLogin[];
  noAccounts: boolean;
}

/** A worker that dies is replaced after this pause, so a crash loop does not spin the CPU. */
const RESTART_DELAY_MS = 1_000;
/** Workers still running this long after SIGTERM are killed. */
const STOP_TIMEOUT_MS = 20_000;

/**
 * The primary of `WEB_CONCURRENCY=N`: it serves nothing itself. It holds what one machine has
 * once (the embedded PostgreSQL and the mail sink, when they are used), forks N full servers that
 * share the port through Node's cluster module, replaces any that dies, and stops them on
 * SIGTERM or SIGINT. Every worker is the same server as a single process; they already agree
 * through PostgreSQL (sessions, rate limits, jobs), as separate machines would.
 */
export async function runClusterPrimary(config: Config, log: Logger): Promise<void> {
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir, log);
  const sink =
    config.jobs.workers && !config.mail.smtpUrl
      ? await startMailSink(config.mail.sinkSmtpPort, config.mail.inboxPort, log)
      : null;
  const workerEnv: Record<string, string> = {
    DATABASE_URL: config.databaseUrl ?? (embedded?.url as string),
    SEED_DEMO: String(config.seedDemo),
    ...(embedded ? { CLUSTER_DATABASE: "embedded" } : {}),
    ...(sink ? { SMTP_URL: sink.smtpUrl } : {}),
  };
  answerMetricsRequests();

  let stopping = false;
  let bannerShown = false;
  const ready = new Set<number>();
  const fork = () => cluster.fork(workerEnv);
  cluster.on("message", (worker, message: Partial<WorkerReady>) => {
    if (message?.type !== WORKER_READY) return;
    ready.add(worker.id);
    if (bannerShown || ready.size < config.processes) return;
    bannerShown = true;
    log.info({ url: message.url, processes: config.processes }, "Reseller Hub is ready");
    process.stderr.write(
      startBanner({
        url: message.url ?? "",
        embeddedDataDir: embedded ? config.dataDir : null,
        inboxUrl: sink?.inboxUrl ?? null,
        smtpUrl: config.mail.smtpUrl,
        jobWorkers: config.jobs.workers,
        demoLogins: message.demoLogins ?? [],
        noAccounts: message.noAccounts ?? false,
        processes: config.processes,
      }),
    );
  });
  cluster.on("exit", (worker: Worker, code, signal) => {
    ready.delete(worker.id);
    if (stopping) return;
    log.error({ pid: worker.process.pid, code, signal }, "a server process died; starting another");
    setTimeout(() => stopping || fork(), RESTART_DELAY_MS);
  });
  for (let i = 0; i < config.processes; i++) fork();

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "stopping the server processes");
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w));
    const force = setTimeout(() => {
      for (const worker of workers) worker.process.kill("SIGKILL");
    }, STOP_TIMEOUT_MS);
    force.unref();
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((done) => {
            if (worker.isDead()) return done();
            worker.once("exit", () => done());
            worker.process.kill("SIGTERM");
          }),
      ),
    );
    await sink?.stop();
    await embedded?.stop();
    log.info("stopped");
    process.exit(0);
  };
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.removeAllListeners(signal);
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}
