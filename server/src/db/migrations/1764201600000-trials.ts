import type { MigrationInterface, QueryRunner } from "typeorm";

export class Trials1764201600000 implements MigrationInterface {
  name = "Trials1764201600000";

  async up(q: QueryRunner): Promise<void> {
    // One trial per customer account, ever, from any reseller: the unique key says so.
    await q.query(`
      CREATE TABLE trial (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reseller_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        customer_id uuid NOT NULL UNIQUE REFERENCES account (id) ON DELETE CASCADE,
        product_id uuid NOT NULL REFERENCES product (id),
        status text NOT NULL CHECK (status IN ('ACTIVE', 'EXPIRED', 'CONVERTED')),
        started_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL CHECK (ends_at > started_at),
        ended_at timestamptz,
        CHECK ((status = 'ACTIVE') = (ended_at IS NULL))
      )`);
    await q.query(`CREATE INDEX trial_reseller_month_idx ON trial (reseller_id, started_at)`);
    await q.query(`CREATE INDEX trial_ending_idx ON trial (ends_at) WHERE status = 'ACTIVE'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE trial`);
  }
}
