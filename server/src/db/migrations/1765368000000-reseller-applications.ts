import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Becoming a reseller without staff typing it in. A company signs up: what it typed waits in
 * `sign_up_request` (the password only as a hash) until the mailed link confirms the email, and
 * only then become a user and an account APPLYING (no tier yet, its country kept). Each request
 * holds its own password, so a stranger signing up with someone else's email sets nothing the
 * email's holder would confirm by following their own link. The account then applies, and vendor
 * staff approve it on a tier or decline it with a reason. At most one application of an account
 * waits at a time, which the database holds however many submissions race.
 */
export class ResellerApplications1765368000000 implements MigrationInterface {
  name = "ResellerApplications1765368000000";

  async up(q: QueryRunner): Promise<void> {
    // The account's checks were written inline, so their names are PostgreSQL's; found by content.
    await q.query(`
      DO $$
      DECLARE c record;
      BEGIN
        FOR c IN SELECT conname FROM pg_constraint
                  WHERE conrelid = 'account'::regclass AND contype = 'c'
                    AND (pg_get_constraintdef(oid) LIKE '%tier_id IS NOT NULL%'
                         OR pg_get_constraintdef(oid) LIKE '%''DISABLED''%')
        LOOP
          EXECUTE format('ALTER TABLE account DROP CONSTRAINT %I', c.conname);
        END LOOP;
      END $$`);
    await q.query(`
      ALTER TABLE account
        ADD COLUMN country text CHECK (country ~ '^[A-Z]{2}$'),
        ADD CONSTRAINT account_status_check CHECK (status IN ('ACTIVE', 'DISABLED', 'APPLYING')),
        ADD CONSTRAINT account_tier_check CHECK (
          CASE kind
            WHEN 'RESELLER' THEN tier_id IS NOT NULL OR status = 'APPLYING'
            ELSE tier_id IS NULL AND status <> 'APPLYING'
          END)`);
    await q.query(`
      CREATE TABLE sign_up_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text UNIQUE,
        email text NOT NULL CHECK (email = lower(btrim(email)) AND email LIKE '%_@_%'),
        password_hash text NOT NULL,
        company_name text NOT NULL CHECK (length(btrim(company_name)) > 0),
        country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX sign_up_request_email_idx ON sign_up_request (email) WHERE used_at IS NULL`);
    await q.query(`
      CREATE TABLE reseller_application (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        submitted_by uuid NOT NULL REFERENCES app_user (id),
        website text NOT NULL,
        countries text[] NOT NULL CHECK (cardinality(countries) > 0),
        expected_licenses_per_year int NOT NULL CHECK (expected_licenses_per_year > 0),
        message text NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'DECLINED')),
        submitted_at timestamptz NOT NULL,
        decided_at timestamptz,
        decided_by uuid REFERENCES app_user (id),
        tier_id uuid REFERENCES tier (id),
        decline_reason text,
        CHECK ((status = 'PENDING') = (decided_at IS NULL)),
        CHECK ((status = 'APPROVED') = (tier_id IS NOT NULL)),
        CHECK ((status = 'DECLINED') = (decline_reason IS NOT NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX reseller_application_one_pending ON reseller_application (account_id) WHERE status = 'PENDING'`,
    );
    await q.query(
      `CREATE INDEX reseller_application_account_idx ON reseller_application (account_id, submitted_at DESC)`,
    );
    await q.query(
      `CREATE INDEX reseller_application_queue_idx ON reseller_application (status, submitted_at, id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP TABLE reseller_application");
    await q.query("DROP TABLE sign_up_request");
    await q.query("DELETE FROM account WHERE status = 'APPLYING'");
    await q.query(`
      ALTER TABLE account
        DROP CONSTRAINT account_tier_check,
        DROP CONSTRAINT account_status_check,
        DROP COLUMN country,
        ADD CONSTRAINT account_status_check CHECK (status IN ('ACTIVE', 'DISABLED')),
        ADD CONSTRAINT account_check CHECK ((kind = 'RESELLER') = (tier_id IS NOT NULL))`);
  }
}
