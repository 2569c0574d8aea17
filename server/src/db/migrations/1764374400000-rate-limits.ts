import type { MigrationInterface, QueryRunner } from "typeorm";

export class RateLimits1764374400000 implements MigrationInterface {
  name = "RateLimits1764374400000";

  async up(q: QueryRunner): Promise<void> {
    // The shared store of every rate limiter (rate-limiter-flexible's PostgreSQL layout): one row
    // per limiter and caller, so all server processes spend one budget. Unlogged: counters lost
    // in a database crash only reset budgets, and writes skip the WAL on every request.
    await q.query(`
      CREATE UNLOGGED TABLE rate_limit (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
    await q.query(`CREATE INDEX rate_limit_expire_idx ON rate_limit (expire)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limit`);
  }
}
