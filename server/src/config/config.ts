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
}

function readVersion(): string {
  const pkg = resolve(repoRoot, "server/package.json");
  if (!existsSync(pkg)) return "0.0.0";
  return (JSON.parse(readFileSync(pkg, "utf8")) as { version?: string }).version ?? "0.0.0";
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === "") return 4000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a number from 0 to 65535, got "${value}"`);
  }
  return port;
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
  };
}
