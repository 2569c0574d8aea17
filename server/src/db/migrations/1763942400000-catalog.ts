import type { MigrationInterface, QueryRunner } from "typeorm";

export class Catalog1763942400000 implements MigrationInterface {
  name = "Catalog1763942400000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE product (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        description text NOT NULL DEFAULT '',
        yearly_price integer NOT NULL CHECK (yearly_price >= 0),
        currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        trial_enabled boolean NOT NULL,
        active boolean NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);

    // Percentages are basis points (1 % = 100).
    await q.query(`
      CREATE TABLE volume_band (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        product_id uuid NOT NULL REFERENCES product (id) ON DELETE CASCADE,
        min_quantity integer NOT NULL CHECK (min_quantity >= 1),
        percent_bp integer NOT NULL CHECK (percent_bp BETWEEN 0 AND 10000),
        UNIQUE (product_id, min_quantity)
      )`);

    // At most one active code per reseller; revoked ones stay for history.
    await q.query(`
      CREATE TABLE partner_discount_code (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        code text NOT NULL UNIQUE,
        issued_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        issued_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await q.query(`
      CREATE UNIQUE INDEX partner_discount_code_one_active
        ON partner_discount_code (account_id) WHERE revoked_at IS NULL`);

    // At most one open request per reseller, so asking twice does not mail staff twice.
    await q.query(`
      CREATE TABLE partner_discount_code_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        requested_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        note text NOT NULL DEFAULT '',
        requested_at timestamptz NOT NULL,
        closed_at timestamptz
      )`);
    await q.query(`
      CREATE UNIQUE INDEX partner_discount_code_request_one_open
        ON partner_discount_code_request (account_id) WHERE closed_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE partner_discount_code_request`);
    await q.query(`DROP TABLE partner_discount_code`);
    await q.query(`DROP TABLE volume_band`);
    await q.query(`DROP TABLE product`);
  }
}
