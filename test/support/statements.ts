import pg from "pg";
import type { DataSource } from "typeorm";

/**
 * How many SQL statements the server sends while `action` runs. Every statement goes through
 * the data source's logger, whatever the logging settings, so counting there sees them all.
 */
export async function countStatements(
  dataSource: DataSource,
  action: () => Promise<unknown>,
): Promise<number> {
  const logger = dataSource.logger;
  const original = logger.logQuery;
  let count = 0;
  logger.logQuery = function (this: typeof logger, ...args: Parameters<typeof original>) {
    count += 1;
    return original.apply(this, args);
  };
  try {
    await action();
  } finally {
    logger.logQuery = original;
  }
  return count;
}

/**
 * How many SQL statements any connection of this process sends while `action` runs: TypeORM's,
 * the rate limiter's and the job queue's alike, since they all go through `pg`'s client.
 */
export async function countAllStatements(action: () => Promise<unknown>): Promise<number> {
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  let count = 0;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    count += 1;
    return original.apply(this, args);
  };
  try {
    await action();
  } finally {
    prototype.query = original;
  }
  return count;
}
