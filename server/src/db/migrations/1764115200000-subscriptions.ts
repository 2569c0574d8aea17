import type { MigrationInterface, QueryRunner } from "typeorm";

export class Subscriptions1764115200000 implements MigrationInterface {
  name = "Subscriptions1764115200000";

  async up(q: QueryRunner): Promise<void> {
    // Bought and owned by a reseller; assigned to at most one customer account at a time.
    // The price snapshot holds what renewals and changes are priced with, so catalog edits do
    // not touch subscriptions already sold.
    await q.query(`
      CREATE TABLE subscription (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reseller_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        product_id uuid NOT NULL REFERENCES product (id),
        period text NOT NULL CHECK (period IN ('YEARLY', 'MONTHLY')),
        quantity integer NOT NULL CHECK (quantity >= 1),
        next_quantity integer CHECK (next_quantity >= 1),
        status text NOT NULL CHECK (status IN ('PENDING_PAYMENT', 'ACTIVE', 'PAST_DUE', 'CANCELED', 'EXPIRED')),
        renew boolean NOT NULL,
        current_period_start timestamptz NOT NULL,
        current_period_end timestamptz NOT NULL CHECK (current_period_end > current_period_start),
        price_snapshot jsonb NOT NULL,
        payment_method text NOT NULL CHECK (payment_method IN ('CARD', 'PAYPAL', 'WIRE_TRANSFER')),
        payment_token text,
        customer_id uuid REFERENCES account (id),
        assigned_at timestamptz,
        created_at timestamptz NOT NULL,
        ended_at timestamptz,
        CHECK (period = 'YEARLY' OR quantity >= 20),
        CHECK ((customer_id IS NULL) = (assigned_at IS NULL)),
        CHECK (customer_id IS NULL OR status NOT IN ('CANCELED', 'EXPIRED'))
      )`);
    await q.query(`CREATE INDEX subscription_reseller_idx ON subscription (reseller_id, created_at, id)`);
    await q.query(
      `CREATE INDEX subscription_customer_idx ON subscription (customer_id) WHERE customer_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX subscription_due_idx ON subscription (current_period_end) WHERE status IN ('ACTIVE', 'PAST_DUE')`,
    );

    // Invoice numbers are gapless per year: the counter row is updated in the transaction that
    // makes the invoice, so a rolled-back purchase gives its number back.
    await q.query(`
      CREATE TABLE invoice_counter (
        year integer PRIMARY KEY,
        last_number integer NOT NULL
      )`);
    await q.query(`
      CREATE TABLE invoice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number text NOT NULL UNIQUE,
        year integer NOT NULL,
        sequence integer NOT NULL,
        reseller_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        subscription_id uuid REFERENCES subscription (id),
        kind text NOT NULL CHECK (kind IN ('PURCHASE', 'RENEWAL', 'QUANTITY_CHANGE')),
        status text NOT NULL CHECK (status IN ('OPEN', 'PAID', 'VOID')),
        currency char(3) NOT NULL,
        subtotal integer NOT NULL,
        discount_total integer NOT NULL,
        total integer NOT NULL CHECK (total >= 0),
        payment_method text NOT NULL,
        issued_at timestamptz NOT NULL,
        paid_at timestamptz,
        last_payment_error text,
        last_attempt_at timestamptz,
        UNIQUE (year, sequence),
        CHECK ((status = 'PAID') = (paid_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX invoice_reseller_idx ON invoice (reseller_id, issued_at, id)`);
    await q.query(`CREATE INDEX invoice_subscription_idx ON invoice (subscription_id)`);
    await q.query(`
      CREATE TABLE invoice_line (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        invoice_id uuid NOT NULL REFERENCES invoice (id) ON DELETE CASCADE,
        position integer NOT NULL,
        description text NOT NULL,
        product_code text NOT NULL,
        period text NOT NULL,
        quantity integer NOT NULL,
        unit_price integer NOT NULL,
        retail_amount integer NOT NULL,
        volume_discount_bp integer NOT NULL,
        volume_discount integer NOT NULL,
        partner_discount_bp integer NOT NULL,
        partner_discount integer NOT NULL,
        amount integer NOT NULL CHECK (amount >= 0),
        UNIQUE (invoice_id, position)
      )`);
    await q.query(`
      CREATE TABLE payment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        invoice_id uuid NOT NULL REFERENCES invoice (id) ON DELETE CASCADE,
        method text NOT NULL,
        amount integer NOT NULL,
        reference text NOT NULL,
        recorded_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX payment_one_per_invoice ON payment (invoice_id)`);

    // A replayed request with the same key answers what the first one did.
    await q.query(`
      CREATE TABLE idempotency_key (
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        key text NOT NULL,
        operation text NOT NULL,
        request_hash text NOT NULL,
        result jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (account_id, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      "idempotency_key",
      "payment",
      "invoice_line",
      "invoice",
      "invoice_counter",
      "subscription",
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
