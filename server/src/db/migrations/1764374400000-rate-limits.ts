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
    // Failed sign-ins are counted there now, per email and client address and per address.
    await q.query(`DROP TABLE sign_in_failure`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sign_in_failure (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email text NOT NULL,
        failed_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX sign_in_failure_email_idx ON sign_in_failure (email, failed_at)`);
    await q.query(`DROP TABLE rate_limit`);
  }
}
