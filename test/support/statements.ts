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
