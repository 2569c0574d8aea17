import type { MigrationInterface, QueryRunner } from "typeorm";

export class Customers1764028800000 implements MigrationInterface {
  name = "Customers1764028800000";

  async up(q: QueryRunner): Promise<void> {
    // A customer on a reseller's list. Removing it ends the link (removed_at) and keeps the row
    // for history; adding the customer again makes a new link.
    await q.query(`
      CREATE TABLE customer_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reseller_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        customer_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        company_name text NOT NULL CHECK (length(btrim(company_name)) > 0),
        comment text NOT NULL DEFAULT '',
        added_at timestamptz NOT NULL,
        removed_at timestamptz,
        CHECK (reseller_id <> customer_id)
      )`);
    await q.query(`
      CREATE UNIQUE INDEX customer_link_one_current
        ON customer_link (reseller_id, customer_id) WHERE removed_at IS NULL`);
    await q.query(`
      CREATE INDEX customer_link_by_company
        ON customer_link (reseller_id, lower(company_name), id) WHERE removed_at IS NULL`);
    await q.query(`
      CREATE INDEX customer_link_by_added
        ON customer_link (reseller_id, added_at, id) WHERE removed_at IS NULL`);
    await q.query(`CREATE INDEX customer_link_customer_idx ON customer_link (customer_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE customer_link`);
  }
}
