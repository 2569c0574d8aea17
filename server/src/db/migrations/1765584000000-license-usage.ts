import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * License usage against seats. The vendor's product reports, per customer account and product,
 * how many agents are registered, with a product-ingestion key: an API key of its own scope that
 * belongs to no account. Reports are kept by their id, so a report sent again changes nothing.
 * Usage is kept per day (history) and as each pair's latest count (what pages read); an episode
 * of over-use is kept per reseller and product, so its notice goes out once.
 */
export class LicenseUsage1765584000000 implements MigrationInterface {
  name = "LicenseUsage1765584000000";

  async up(q: QueryRunner): Promise<void> {
    const [{ conname }]: Array<{ conname: string }> = await q.query(
      `SELECT conname FROM pg_constraint
        WHERE conrelid = 'api_key'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%READ_WRITE%'`,
    );
    await q.query(`ALTER TABLE api_key DROP CONSTRAINT "${conname}"`);
    await q.query(`
      ALTER TABLE api_key
        ALTER COLUMN account_id DROP NOT NULL,
        ADD COLUMN created_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        ADD CONSTRAINT api_key_scope_check CHECK (scope IN ('READ', 'READ_WRITE', 'USAGE_INGEST')),
        ADD CONSTRAINT api_key_ingestion_has_no_account CHECK ((scope = 'USAGE_INGEST') = (account_id IS NULL))`);

    await q.query(`
      CREATE TABLE usage_report (
        report_id text PRIMARY KEY CHECK (length(report_id) BETWEEN 1 AND 200),
        api_key_id uuid NOT NULL REFERENCES api_key (id) ON DELETE CASCADE,
        received_at timestamptz NOT NULL,
        row_count int NOT NULL,
        current_updated int NOT NULL,
        content_hash text NOT NULL
      )`);
    // One row per customer account, product and day: the day's latest count. Sized for 100,000
    // customers reporting daily: the key leads with the customer, so one customer's history is
    // one range, and the scheduled work deletes days past the retention.
    await q.query(`
      CREATE TABLE usage_daily (
        customer_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        product_id uuid NOT NULL REFERENCES product (id),
        day date NOT NULL,
        agent_count int NOT NULL CHECK (agent_count >= 0),
        observed_at timestamptz NOT NULL,
        PRIMARY KEY (customer_id, product_id, day)
      )`);
    await q.query(`CREATE INDEX usage_daily_day_idx ON usage_daily (day)`);
    // Each pair's latest count: what every page and the over-use check read.
    await q.query(`
      CREATE TABLE usage_current (
        customer_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        product_id uuid NOT NULL REFERENCES product (id),
        agent_count int NOT NULL CHECK (agent_count >= 0),
        observed_at timestamptz NOT NULL,
        PRIMARY KEY (customer_id, product_id)
      )`);
    await q.query(`
      CREATE TABLE usage_overuse (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reseller_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        product_id uuid NOT NULL REFERENCES product (id),
        started_on date NOT NULL,
        last_day date NOT NULL,
        days int NOT NULL CHECK (days >= 1),
        agents int NOT NULL,
        licenses int NOT NULL,
        notified_at timestamptz,
        ended_on date
      )`);
    await q.query(
      `CREATE UNIQUE INDEX usage_overuse_one_open ON usage_overuse (reseller_id, product_id) WHERE ended_on IS NULL`,
    );
    // The days whose over-use check ran: whichever server's scheduled work comes first runs it.
    await q.query(`CREATE TABLE usage_check_day (day date PRIMARY KEY, checked_at timestamptz NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      "usage_check_day",
      "usage_overuse",
      "usage_current",
      "usage_daily",
      "usage_report",
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DELETE FROM api_key WHERE scope = 'USAGE_INGEST'`);
    await q.query(`
      ALTER TABLE api_key
        DROP CONSTRAINT api_key_ingestion_has_no_account,
        DROP CONSTRAINT api_key_scope_check,
        DROP COLUMN created_by,
        ALTER COLUMN account_id SET NOT NULL,
        ADD CONSTRAINT api_key_scope_check CHECK (scope IN ('READ', 'READ_WRITE'))`);
  }
}
