import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, found from this file's place in `server/dist/config/` (or `server/src/config/`). */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

export interface Config {
  /** HTTP port for the API and the SPA. 0 picks a free one. */
  port: number;
  /** An external PostgreSQL; when absent the server starts its own. */
  databaseUrl: string | undefined;
  /** Where the embedded PostgreSQL keeps its files. */
  dataDir: string;
  /** The built SPA served next to the API. */
  webDist: string;
  /** The address people use to reach the server, for links in mails and the start banner. */
  publicUrl: string | undefined;
  logLevel: string;
  /** Load demo data when the database holds none yet. */
  seedDemo: boolean;
  version: string;
  mail: MailConfig;
  jobs: JobsConfig;
}

export interface MailConfig {
  /** The SMTP server mail goes to; when absent the server starts a mail sink with a web inbox. */
  smtpUrl: string | undefined;
  from: string;
  /** Ports of the built-in sink, used only without `smtpUrl`. */
  sinkSmtpPort: number;
  inboxPort: number;
}

export interface JobsConfig {
  /** Whether this process delivers mail and runs scheduled work (any number of processes may). */
  workers: boolean;
  /** When the scheduled work (period ends, notices, mail sweep) runs; a cron expression in UTC. */
  cron: string;
  /** How often expired jobs of crashed workers are put back for retry. */
  maintenanceIntervalSeconds: number;
  /** How often an idle worker looks for jobs. */
  pollingIntervalSeconds: number;
  /** The first retry of a failed mail waits this long; each further one about twice as long. */
  mailRetryDelaySeconds: number;
  /** A mail job not finished after this long counts as failed (its worker died) and is retried. */
  mailExpireSeconds: number;
}

function readVersion(): string {
  const pkg = resolve(repoRoot, "server/package.json");
  if (!existsSync(pkg)) return "0.0.0";
  return (JSON.parse(readFileSync(pkg, "utf8")) as { version?: string }).version ?? "0.0.0";
}

function parsePort(value: string | undefined, fallback = 4000, name = "PORT"): number {
  if (value === undefined || value === "") return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`${name} must be a number from 0 to 65535, got "${value}"`);
  }
  return port;
}

function parseSeconds(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds < 0.5) {
    throw new ConfigError(`${name} must be a number of seconds, at least 0.5, got "${value}"`);
  }
  return seconds;
}

function parseSmtpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (!/^smtps?:\/\/[^\s]+$/.test(value)) {
    throw new ConfigError("SMTP_URL must look like smtp://user:password@host:587 or smtps://host:465");
  }
  return value;
}

export class ConfigError extends Error {}

function parseDatabaseUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (!/^postgres(ql)?:\/\/[^\s]+$/.test(value)) {
    throw new ConfigError("DATABASE_URL must look like postgres://user:password@host:5432/database");
  }
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: parsePort(env.PORT),
    databaseUrl: parseDatabaseUrl(env.DATABASE_URL),
    dataDir: resolve(env.DATA_DIR || resolve(repoRoot, ".data")),
    webDist: resolve(env.WEB_DIST || resolve(repoRoot, "web/dist")),
    publicUrl: env.PUBLIC_URL || undefined,
    logLevel: env.LOG_LEVEL || "info",
    seedDemo: env.SEED_DEMO !== "false",
    version: readVersion(),
    mail: {
      smtpUrl: parseSmtpUrl(env.SMTP_URL),
      from: env.MAIL_FROM || "Reseller Hub <no-reply@reseller-hub.example>",
      sinkSmtpPort: parsePort(env.MAIL_SINK_SMTP_PORT, 1025, "MAIL_SINK_SMTP_PORT"),
      inboxPort: parsePort(env.MAIL_INBOX_PORT, 1080, "MAIL_INBOX_PORT"),
    },
    jobs: {
      workers: env.JOB_WORKERS !== "false",
      cron: env.SCHEDULE_CRON || "*/5 * * * *",
      maintenanceIntervalSeconds: parseSeconds(env.JOB_MAINTENANCE_SECONDS, 60, "JOB_MAINTENANCE_SECONDS"),
      pollingIntervalSeconds: parseSeconds(env.JOB_POLLING_SECONDS, 2, "JOB_POLLING_SECONDS"),
      mailRetryDelaySeconds: parseSeconds(env.MAIL_RETRY_DELAY_SECONDS, 10, "MAIL_RETRY_DELAY_SECONDS"),
      mailExpireSeconds: parseSeconds(env.MAIL_EXPIRE_SECONDS, 120, "MAIL_EXPIRE_SECONDS"),
    },
  };
}
