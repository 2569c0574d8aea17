import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Special prices for large deals: a reseller asks the vendor for a price, staff answer with a
 * price per license and a validity date (or decline), and the reseller buys at that price until
 * then. The purchase it made is linked, so a request is accepted once.
 */
export class QuoteRequests1765454400000 implements MigrationInterface {
  name = "QuoteRequests1765454400000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE quote_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number int GENERATED ALWAYS AS IDENTITY UNIQUE,
        reseller_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        requested_by uuid REFERENCES app_user (id),
        product_id uuid NOT NULL REFERENCES product (id),
        period text NOT NULL CHECK (period IN ('YEARLY', 'MONTHLY')),
        quantity int NOT NULL CHECK (quantity > 0),
        customer_entry_id uuid REFERENCES customer_link (id),
        note text NOT NULL DEFAULT '',
        status text NOT NULL CHECK (status IN ('OPEN', 'QUOTED', 'ACCEPTED', 'EXPIRED', 'DECLINED')),
        requested_at timestamptz NOT NULL,
        unit_price bigint CHECK (unit_price > 0),
        currency text,
        valid_until timestamptz,
        answered_at timestamptz,
        answered_by uuid REFERENCES app_user (id),
        decline_reason text,
        accepted_at timestamptz,
        subscription_id uuid UNIQUE REFERENCES subscription (id),
        CHECK ((status = 'OPEN') = (answered_at IS NULL)),
        CHECK (status IN ('OPEN', 'DECLINED') OR (unit_price IS NOT NULL AND valid_until IS NOT NULL)),
        CHECK ((status = 'ACCEPTED') = (subscription_id IS NOT NULL)),
        CHECK ((status = 'DECLINED') = (decline_reason IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX quote_request_reseller_idx ON quote_request (reseller_id, requested_at DESC, id DESC)`,
    );
    await q.query(`CREATE INDEX quote_request_status_idx ON quote_request (status, requested_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP TABLE quote_request");
  }
}
