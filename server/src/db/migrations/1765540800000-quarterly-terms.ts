import type { MigrationInterface, QueryRunner } from "typeorm";

/** Drops the table's CHECK constraints whose definition contains `fragment`, whatever they were named. */
async function dropChecks(q: QueryRunner, table: string, fragment: string): Promise<void> {
  const rows: Array<{ conname: string }> = await q.query(
    `SELECT conname FROM pg_constraint
      WHERE conrelid = $1::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE $2`,
    [table, `%${fragment}%`],
  );
  for (const { conname } of rows) await q.query(`ALTER TABLE ${table} DROP CONSTRAINT "${conname}"`);
}

/**
 * Billing periods become catalog data: every product is sold yearly, and monthly and quarterly
 * when staff give those periods a price and a minimum. Subscriptions and quote requests may be
 * quarterly; the minimum a subscription holds is its product's, checked by the service, so the
 * fixed "20 monthly" check goes.
 */
export class QuarterlyTerms1765540800000 implements MigrationInterface {
  name = "QuarterlyTerms1765540800000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE product
        ALTER COLUMN monthly_price DROP NOT NULL,
        ADD COLUMN monthly_minimum int NOT NULL DEFAULT 20 CHECK (monthly_minimum BETWEEN 1 AND 100000),
        ADD COLUMN quarterly_price bigint CHECK (quarterly_price BETWEEN 0 AND 100000000),
        ADD COLUMN quarterly_minimum int CHECK (quarterly_minimum BETWEEN 1 AND 100000),
        ADD CONSTRAINT product_quarterly_terms_check CHECK ((quarterly_price IS NULL) = (quarterly_minimum IS NULL))`);
    await dropChecks(q, "subscription", "'YEARLY'");
    await q.query(
      `ALTER TABLE subscription ADD CONSTRAINT subscription_period_check
         CHECK (period IN ('YEARLY', 'QUARTERLY', 'MONTHLY'))`,
    );
    await dropChecks(q, "quote_request", "'YEARLY'");
    await q.query(
      `ALTER TABLE quote_request ADD CONSTRAINT quote_request_period_check
         CHECK (period IN ('YEARLY', 'QUARTERLY', 'MONTHLY'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM quote_request WHERE period = 'QUARTERLY'`);
    await q.query(`DELETE FROM subscription WHERE period = 'QUARTERLY'`);
    await q.query(`ALTER TABLE quote_request DROP CONSTRAINT quote_request_period_check`);
    await q.query(
      `ALTER TABLE quote_request ADD CONSTRAINT quote_request_period_check CHECK (period IN ('YEARLY', 'MONTHLY'))`,
    );
    await q.query(`ALTER TABLE subscription DROP CONSTRAINT subscription_period_check`);
    await q.query(
      `ALTER TABLE subscription ADD CONSTRAINT subscription_period_check CHECK (period IN ('YEARLY', 'MONTHLY')),
         ADD CONSTRAINT subscription_monthly_minimum_check CHECK (period = 'YEARLY' OR quantity >= 20)`,
    );
    await q.query(
      `UPDATE product SET monthly_price = round(yearly_price::numeric / 10) WHERE monthly_price IS NULL`,
    );
    await q.query(`
      ALTER TABLE product
        DROP CONSTRAINT product_quarterly_terms_check,
        DROP COLUMN quarterly_minimum,
        DROP COLUMN quarterly_price,
        DROP COLUMN monthly_minimum,
        ALTER COLUMN monthly_price SET NOT NULL`);
  }
}
