import { createHash } from "node:crypto";
import type pg from "pg";
import { type EntityManager, QueryFailedError } from "typeorm";
import type { PostgresDriver } from "typeorm/driver/postgres/PostgresDriver.js";

const names = new Map<string, string>();

/** A statement's name, from its text, so the same text always reuses one preparation. */
function nameOf(sql: string): string {
  let name = names.get(sql);
  if (!name) {
    name = `rh_${createHash("sha256").update(sql).digest("hex").slice(0, 24)}`;
    names.set(sql, name);
  }
  return name;
}

/**
 * A read on a hot path as a prepared statement named by its text: PostgreSQL parses and plans it
 * once per connection, then reuses the plan (a generic one once that is as good), instead of doing
 * both on every request. Only for statements whose text comes from the code, never from input:
 * each text is prepared once per connection. And only for lookups by a selective key (an id, a
 * key's prefix): a generic plan does not know which reseller it serves, and one list of 100,000
 * among lists of a thousand would be read as if it were average. Runs in the entity manager's
 * transaction when it has one, and is logged like any TypeORM statement, so statement counts see
 * it.
 */
export async function preparedQuery<R>(em: EntityManager, sql: string, params: unknown[]): Promise<R[]> {
  em.connection.logger.logQuery(sql, params);
  const runner = em.queryRunner;
  const target: pg.Pool | pg.PoolClient =
    runner && !runner.isReleased ? await runner.connect() : (em.connection.driver as PostgresDriver).master;
  try {
    const result = await target.query({ name: nameOf(sql), text: sql, values: params });
    return result.rows as R[];
  } catch (error) {
    throw new QueryFailedError(sql, params, error as Error);
  }
}
