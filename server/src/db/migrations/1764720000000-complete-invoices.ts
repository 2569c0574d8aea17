import type { MigrationInterface, QueryRunner } from "typeorm";
import { loadConfig } from "../../config/config.js";

/**
 * Billing profiles, and invoices that carry their seller, bill-to, due date and VAT. Invoices
 * issued before carried no VAT: their net total is their total, their seller the configured
 * vendor, their bill-to the reseller's account name, and they were due on issue (wire ones after
 * the payment terms). Their lines get the period their description names, and the end customer
 * the subscription was assigned to when it was issued, where that is still known.
 */
export class CompleteInvoices1764720000000 implements MigrationInterface {
  name = "CompleteInvoices1764720000000";

  async up(q: QueryRunner): Promise<void> {
    const { vendor, wirePaymentTermsDays } = loadConfig(process.env).billing;
    await q.query(`
      CREATE TABLE billing_profile (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL UNIQUE REFERENCES account (id) ON DELETE CASCADE,
        legal_name text NOT NULL,
        address_line1 text NOT NULL,
        address_line2 text,
        postal_code text NOT NULL,
        city text NOT NULL,
        country char(2) NOT NULL,
        vat_id text,
        purchase_order_reference text,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`
      ALTER TABLE invoice
        ADD COLUMN net_total bigint,
        ADD COLUMN vat_treatment text,
        ADD COLUMN vat_rate_bp integer,
        ADD COLUMN vat_amount bigint,
        ADD COLUMN seller jsonb,
        ADD COLUMN bill_to jsonb,
        ADD COLUMN due_at timestamptz`);
    await q.query(
      `UPDATE invoice i SET
         net_total = i.total, vat_treatment = 'NOT_CHARGED', vat_rate_bp = 0, vat_amount = 0,
         seller = $1::jsonb,
         bill_to = jsonb_build_object('name', a.name, 'addressLines', '[]'::jsonb, 'country', null,
                                      'vatId', null, 'purchaseOrderReference', null),
         due_at = CASE WHEN i.payment_method = 'WIRE_TRANSFER'
                       THEN i.issued_at + make_interval(days => $2) ELSE i.issued_at END
       FROM account a WHERE a.id = i.reseller_id`,
      [
        JSON.stringify({
          name: vendor.name,
          addressLines: vendor.addressLines,
          country: vendor.country,
          vatId: vendor.vatId,
          bank: { bankName: vendor.bankName, iban: vendor.iban, bic: vendor.bic },
        }),
        wirePaymentTermsDays,
      ],
    );
    for (const column of [
      "net_total",
      "vat_treatment",
      "vat_rate_bp",
      "vat_amount",
      "seller",
      "bill_to",
      "due_at",
    ]) {
      await q.query(`ALTER TABLE invoice ALTER COLUMN ${column} SET NOT NULL`);
    }
    await q.query(`
      ALTER TABLE invoice_line
        ADD COLUMN period_start timestamptz,
        ADD COLUMN period_end timestamptz,
        ADD COLUMN customer_name text`);
    // Purchases and renewals name their period by its days: "YYYY-MM-DD to YYYY-MM-DD".
    const days = "(\\d{4}-\\d{2}-\\d{2}) to (\\d{4}-\\d{2}-\\d{2})";
    await q.query(
      `UPDATE invoice_line SET
         period_start = ((regexp_match(description, $1))[1] || 'T00:00:00Z')::timestamptz,
         period_end = ((regexp_match(description, $1))[2] || 'T00:00:00Z')::timestamptz
       WHERE description ~ $1`,
      [days],
    );
    // Quantity changes name the days left, "... for N of M days", from their issue.
    const left = "for (\\d+) of \\d+ days";
    await q.query(
      `UPDATE invoice_line l SET
         period_start = i.issued_at,
         period_end = i.issued_at + make_interval(days => (regexp_match(l.description, $1))[1]::int)
       FROM invoice i
       WHERE i.id = l.invoice_id AND i.kind = 'QUANTITY_CHANGE' AND l.description ~ $1`,
      [left],
    );
    // A subscription assigned before the invoice and still assigned was assigned to that customer.
    await q.query(`
      UPDATE invoice_line l SET customer_name = c.company_name
      FROM invoice i
      JOIN subscription s ON s.id = i.subscription_id
      JOIN customer_link c ON c.reseller_id = s.reseller_id AND c.customer_id = s.customer_id AND c.removed_at IS NULL
      WHERE i.id = l.invoice_id AND s.assigned_at <= i.issued_at`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      "ALTER TABLE invoice_line DROP COLUMN period_start, DROP COLUMN period_end, DROP COLUMN customer_name",
    );
    await q.query(`
      ALTER TABLE invoice DROP COLUMN net_total, DROP COLUMN vat_treatment, DROP COLUMN vat_rate_bp,
        DROP COLUMN vat_amount, DROP COLUMN seller, DROP COLUMN bill_to, DROP COLUMN due_at`);
    await q.query("DROP TABLE billing_profile");
  }
}
