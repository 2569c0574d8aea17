import type { MigrationInterface, QueryRunner } from "typeorm";

/** The tables whose changes the audit log lists: the business and the settings people change. */
const AUDITED = [
  "account",
  "api_key",
  "app_user",
  "billing_contact",
  "billing_profile",
  "customer_link",
  "invoice",
  "invoice_line",
  "membership",
  "partner_discount_code",
  "partner_discount_code_request",
  "payment",
  "product",
  "saved_payment_method",
  "subscription",
  "team_invitation",
  "tier",
  "trial",
  "volume_band",
  "webhook_endpoint",
];

/**
 * The audit log's record of what a transaction changed, taken by the database, so plain SQL
 * (a customer's removal unassigning its subscriptions, a trial's expiry) is seen as much as
 * TypeORM's saves. A transaction that is audited calls `audit_capture_start()`; from then on a
 * row trigger on each audited table copies every inserted, updated and deleted row, before and
 * after, into the session's temporary `audit_change` table, which empties at commit. The entry
 * is written from it before the commit.
 */
export class AuditCapture1765065600000 implements MigrationInterface {
  name = "AuditCapture1765065600000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION audit_capture_start() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF to_regclass('pg_temp.audit_change') IS NULL THEN
          CREATE TEMPORARY TABLE audit_change (
            seq bigint GENERATED ALWAYS AS IDENTITY,
            table_name text NOT NULL,
            before jsonb,
            after jsonb
          ) ON COMMIT DELETE ROWS;
        END IF;
        PERFORM set_config('audit.capture', 'on', true);
      END
      $$`);
    await q.query(`
      CREATE FUNCTION audit_capture_row() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('audit.capture', true) IS DISTINCT FROM 'on' THEN
          RETURN NULL;
        END IF;
        INSERT INTO pg_temp.audit_change (table_name, before, after)
        VALUES (TG_TABLE_NAME,
                CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END,
                CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END);
        RETURN NULL;
      END
      $$`);
    for (const table of AUDITED) {
      await q.query(`
        CREATE TRIGGER audit_capture AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION audit_capture_row()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of AUDITED) await q.query(`DROP TRIGGER audit_capture ON ${table}`);
    await q.query("DROP FUNCTION audit_capture_row()");
    await q.query("DROP FUNCTION audit_capture_start()");
  }
}
