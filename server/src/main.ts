import "reflect-metadata";
import { createLogger } from "./common/logger.js";
import { loadConfig } from "./config/config.js";
import { type DemoLogin, demoLoginsIn, hasNoPeople } from "./db/seed.js";
import { type RunningServer, startServer } from "./server.js";

function fail(message: string): never {
  // One line a person can read; no stack trace for expected start-up failures.
  process.stderr.write(`Reseller Hub could not start: ${message}\n`);
  process.exit(1);
}

let server: RunningServer;
// Only logins that work here are printed: none on a database without demo data.
let demoLogins: DemoLogin[];
let noAccounts: boolean;
let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const log = createLogger(config.logLevel);
try {
  server = await startServer(config, { log });
  demoLogins = await demoLoginsIn(server.database.dataSource);
  noAccounts = await hasNoPeople(server.database.dataSource);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

log.info({ url: server.url, database: server.database.kind }, "Reseller Hub is ready");
if (config.production && demoLogins.length > 0 && !server.seeded) {
  log.warn(
    { emails: demoLogins.map((l) => l.email) },
    "this production database holds demo accounts with public passwords; remove them or change their passwords",
  );
}
const banner = [
  "",
  `  Reseller Hub is running at ${server.url}`,
  `  Database: ${server.database.kind === "embedded" ? `embedded PostgreSQL in ${config.dataDir}` : "DATABASE_URL"}`,
  `  Mail:     ${server.inboxUrl ? `read it at ${server.inboxUrl}` : config.mail.smtpUrl ? "sent through SMTP_URL" : config.jobs.workers ? "sent to the mail sink another server on this machine runs" : "sent by other servers (JOB_WORKERS=false)"}`,
  ...(demoLogins.length > 0
    ? ["  Demo logins:", ...demoLogins.map((l) => `    ${l.role.padEnd(24)} ${l.email}  /  ${l.password}`)]
    : []),
  ...(noAccounts
    ? ["  No accounts yet: `pnpm admin:create-staff you@vendor.example` makes the first vendor-staff login"]
    : []),
  "",
];
process.stderr.write(`${banner.join("\n")}\n`);

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
