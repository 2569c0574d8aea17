import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Each period has its own list price per license, kept as catalog data: products get a stored
 * monthly price (the yearly one ÷ 10, rounded half away from zero, as quotes showed it), and a
 * subscription's price snapshot keeps the unit price of its period instead of the yearly one.
 * Tiers keep their reselling percentage in basis points, like every other percentage.
 */
export class CatalogUnitPrices1764633600000 implements MigrationInterface {
  name = "CatalogUnitPrices1764633600000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE product ADD COLUMN monthly_price bigint`);
    // PostgreSQL's round(numeric) rounds halves away from zero.
    await q.query(`UPDATE product SET monthly_price = round(yearly_price::numeric / 10)`);
    await q.query(
      `ALTER TABLE product ALTER COLUMN monthly_price SET NOT NULL,
         ADD CONSTRAINT product_monthly_price_check CHECK (monthly_price >= 0)`,
    );
    await q.query(
      `UPDATE subscription
       SET price_snapshot = (price_snapshot - 'yearlyListPrice') || jsonb_build_object(
         'unitPrice',
         CASE WHEN period = 'MONTHLY' THEN round((price_snapshot->>'yearlyListPrice')::numeric / 10)
              ELSE (price_snapshot->>'yearlyListPrice')::numeric END)
       WHERE price_snapshot ? 'yearlyListPrice'`,
    );
    await q.query(`ALTER TABLE tier DROP CONSTRAINT tier_reselling_percent_check`);
    await q.query(`ALTER TABLE tier RENAME COLUMN reselling_percent TO reselling_bp`);
    await q.query(`UPDATE tier SET reselling_bp = reselling_bp * 100`);
    await q.query(
      `ALTER TABLE tier ADD CONSTRAINT tier_reselling_bp_check CHECK (reselling_bp BETWEEN 0 AND 10000)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tier DROP CONSTRAINT tier_reselling_bp_check`);
    await q.query(`UPDATE tier SET reselling_bp = round(reselling_bp::numeric / 100)`);
    await q.query(`ALTER TABLE tier RENAME COLUMN reselling_bp TO reselling_percent`);
    await q.query(
      `ALTER TABLE tier ADD CONSTRAINT tier_reselling_percent_check CHECK (reselling_percent BETWEEN 0 AND 100)`,
    );
    await q.query(
      `UPDATE subscription
       SET price_snapshot = (price_snapshot - 'unitPrice') || jsonb_build_object(
         'yearlyListPrice',
         (price_snapshot->>'unitPrice')::numeric * CASE WHEN period = 'MONTHLY' THEN 10 ELSE 1 END)
       WHERE price_snapshot ? 'unitPrice'`,
    );
    await q.query(`ALTER TABLE product DROP COLUMN monthly_price`);
  }
}
