import pg from "pg";
import { DataSource } from "typeorm";
import { entities } from "./entities.js";
import { migrations } from "./migrations/index.js";

/**
 * 64-bit integers (money in minor units) arrive as numbers rather than strings; the bounds on
 * quantities and prices keep them within 2^53, and anything beyond is refused, never rounded.
 */
const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid !== pg.types.builtins.INT8 || format === "binary") return pg.types.getTypeParser(oid, format);
    return (value: string) => {
      const number = Number(value);
      if (!Number.isSafeInteger(number)) throw new RangeError(`${value} is beyond 2^53`);
      return number;
    };
  },
};

export function createDataSource(url: string, poolSize = 20): DataSource {
  return new DataSource({
    type: "postgres",
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: { max: poolSize, connectionTimeoutMillis: 10_000, types },
  });
}

/** Any number of servers may start at once against one database; one at a time prepares it. */
const STARTUP_LOCK = 7_140_221;

/**
 * Runs `work` while holding a database-wide lock, so concurrent starts do not race. The lock
 * belongs to a transaction kept open meanwhile, not to the session: behind a pooler in
 * transaction mode (pgbouncer) a session lock could be taken on one server connection and
 * released on another, while a transaction keeps its one connection until it ends, and the lock
 * goes with it even if this process dies.
 */
export async function withStartupLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    await runner.query("SELECT pg_advisory_xact_lock($1)", [STARTUP_LOCK]);
    const result = await work();
    await runner.commitTransaction();
    return result;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}

/** Applies pending migrations, each in its own transaction; returns their names. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: "each" });
  return applied.map((m) => m.name);
}
