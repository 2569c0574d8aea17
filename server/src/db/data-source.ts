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

/** Runs `work` while holding a database-wide lock, so concurrent starts do not race. */
export async function withStartupLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query("SELECT pg_advisory_lock($1)", [STARTUP_LOCK]);
    return await work();
  } finally {
    await runner.query("SELECT pg_advisory_unlock($1)", [STARTUP_LOCK]).catch(() => undefined);
    await runner.release();
  }
}

/** Applies pending migrations, each in its own transaction; returns their names. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: "each" });
  return applied.map((m) => m.name);
}
