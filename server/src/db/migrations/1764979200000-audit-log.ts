import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The audit log: who did what in which account, when, from where, with the fields it changed.
 * It is append-only in the database itself: a trigger refuses every UPDATE, DELETE and TRUNCATE.
 * The one exception is the retention purge, which sets `audit.purge_before` for its own
 * transaction (`SET LOCAL`): the trigger then lets DELETE remove rows older than that instant and
 * nothing else. `api_key_use_day` remembers which keys were used on which UTC day, so a key's
 * use is logged once a day.
 */
export class AuditLog1764979200000 implements MigrationInterface {
  name = "AuditLog1764979200000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        occurred_at timestamptz NOT NULL,
        account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        actor_kind text NOT NULL CHECK (actor_kind IN ('USER', 'API_KEY', 'STAFF', 'SYSTEM', 'ANONYMOUS')),
        actor_id uuid,
        actor_label text,
        ip text,
        user_agent text,
        operation text NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('SUCCEEDED', 'REFUSED')),
        refusal_codes text[] NOT NULL DEFAULT '{}',
        subject_type text,
        subject_id text,
        changes jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await q.query("CREATE INDEX audit_log_account ON audit_log (account_id, occurred_at DESC, id DESC)");
    await q.query("CREATE INDEX audit_log_occurred ON audit_log (occurred_at)");
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        purge_before text := current_setting('audit.purge_before', true);
      BEGIN
        IF TG_OP = 'DELETE' AND purge_before IS NOT NULL AND purge_before <> ''
           AND OLD.occurred_at < purge_before::timestamptz THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await q.query(`
      CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
    await q.query(`
      CREATE TABLE api_key_use_day (
        api_key_id uuid NOT NULL REFERENCES api_key(id) ON DELETE CASCADE,
        day date NOT NULL,
        PRIMARY KEY (api_key_id, day)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP TABLE api_key_use_day");
    await q.query("DROP TABLE audit_log");
    await q.query("DROP FUNCTION audit_log_append_only()");
  }
}
