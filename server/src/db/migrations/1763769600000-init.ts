import type { MigrationInterface, QueryRunner } from "typeorm";

export class Init1763769600000 implements MigrationInterface {
  name = "Init1763769600000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`
      CREATE TABLE tier (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
        name text NOT NULL,
        trial_days int NOT NULL CHECK (trial_days > 0),
        trials_per_month int NOT NULL CHECK (trials_per_month >= 0),
        reselling_percent int NOT NULL CHECK (reselling_percent BETWEEN 0 AND 100),
        rank int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE tier`);
  }
}
