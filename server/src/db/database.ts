import type { DataSource } from "typeorm";
import type { Logger } from "../common/logger.js";
import { createDataSource } from "./data-source.js";
import { startEmbeddedPostgres } from "./embedded.js";

export type DatabaseKind = "embedded" | "external";

export interface Database {
  kind: DatabaseKind;
  /** The connection URL, for the job queue's own pool. */
  url: string;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** The URL without its password, for logs and error messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (!/^postgres(ql)?:$/.test(parsed.protocol)) return "(unparseable URL)";
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable URL)";
  }
}

export class DatabaseUnavailableError extends Error {}

/** With a URL, connects to that server; without one, starts an embedded PostgreSQL in `dataDir`. */
export async function openDatabase(
  options: { databaseUrl: string | undefined; dataDir: string; embeddedByPrimary?: boolean },
  log: Logger,
): Promise<Database> {
  const embedded = options.databaseUrl ? undefined : await startEmbeddedPostgres(options.dataDir, log);
  const url = options.databaseUrl ?? (embedded?.url as string);
  const kind: DatabaseKind = embedded || options.embeddedByPrimary ? "embedded" : "external";
  const dataSource = createDataSource(url);
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop();
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseUnavailableError(`cannot connect to the database at ${redactUrl(url)}: ${reason}`);
  }
  log.info(
    kind === "embedded"
      ? { database: kind, dataDir: options.dataDir, url: redactUrl(url) }
      : { database: kind, url: redactUrl(url) },
    kind === "embedded"
      ? "using the embedded PostgreSQL started by this server"
      : "using the PostgreSQL server from DATABASE_URL",
  );
  return {
    kind,
    url,
    dataSource,
    async close() {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
