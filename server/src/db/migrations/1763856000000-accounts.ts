import type { MigrationInterface, QueryRunner } from "typeorm";

export class Accounts1763856000000 implements MigrationInterface {
  name = "Accounts1763856000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(btrim(email)) AND email LIKE '%_@_%'),
        name text NOT NULL,
        password_hash text,
        status text NOT NULL CHECK (status IN ('INVITED', 'ACTIVE', 'DISABLED')),
        is_vendor_staff boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL,
        CHECK (status = 'INVITED' OR password_hash IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (email)`);

    await q.query(`
      CREATE TABLE account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('RESELLER', 'CUSTOMER')),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'DISABLED')),
        tier_id uuid REFERENCES tier (id),
        created_at timestamptz NOT NULL,
        CHECK ((kind = 'RESELLER') = (tier_id IS NOT NULL))
      )`);

    // One account per person; exactly one owner per account (the service never leaves none).
    await q.query(`
      CREATE TABLE membership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        user_id uuid NOT NULL UNIQUE REFERENCES app_user (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('OWNER', 'MEMBER', 'VIEWER')),
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX membership_account_idx ON membership (account_id)`);
    await q.query(`CREATE UNIQUE INDEX membership_one_owner ON membership (account_id) WHERE role = 'OWNER'`);

    await q.query(`
      CREATE TABLE session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX session_user_idx ON session (user_id)`);

    await q.query(`
      CREATE TABLE sign_in_failure (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email text NOT NULL,
        failed_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX sign_in_failure_email_idx ON sign_in_failure (email, failed_at)`);

    await q.query(`
      CREATE TABLE team_invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('MEMBER', 'VIEWER')),
        status text NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'REVOKED')),
        invited_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL,
        last_sent_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await q.query(
      `CREATE UNIQUE INDEX team_invitation_one_pending ON team_invitation (account_id, user_id) WHERE status = 'PENDING'`,
    );

    await q.query(`
      CREATE TABLE user_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('ACTIVATION', 'INVITATION')),
        invitation_id uuid REFERENCES team_invitation (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        CHECK ((purpose = 'INVITATION') = (invitation_id IS NOT NULL))
      )`);

    await q.query(`
      CREATE TABLE billing_contact (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        email text NOT NULL CHECK (email = lower(btrim(email))),
        name text NOT NULL,
        created_at timestamptz NOT NULL,
        UNIQUE (account_id, email)
      )`);

    await q.query(`
      CREATE TABLE api_key (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        name text NOT NULL,
        scope text NOT NULL CHECK (scope IN ('READ', 'READ_WRITE')),
        prefix text NOT NULL UNIQUE,
        secret_hash text NOT NULL,
        created_at timestamptz NOT NULL,
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX api_key_account_idx ON api_key (account_id)`);

    await q.query(`
      CREATE TABLE outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        recipient text NOT NULL,
        template text NOT NULL,
        data jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        sent_at timestamptz,
        attempts int NOT NULL DEFAULT 0
      )`);
    await q.query(`CREATE INDEX outbox_unsent_idx ON outbox (seq) WHERE sent_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      "outbox",
      "api_key",
      "billing_contact",
      "user_token",
      "team_invitation",
      "sign_in_failure",
      "session",
      "membership",
      "account",
      "app_user",
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
