import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Webhooks: a reseller's endpoints with their signing secrets (the previous one signs too until
 * it expires, after a rotation), one delivery per event and endpoint, and each attempt at it.
 * No existing rows need a new shape.
 */
export class Webhooks1764892800000 implements MigrationInterface {
  name = "Webhooks1764892800000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook_endpoint (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        url text NOT NULL,
        description text NOT NULL DEFAULT '',
        event_types text[] NOT NULL DEFAULT '{}',
        enabled boolean NOT NULL DEFAULT true,
        secret text NOT NULL,
        previous_secret text,
        previous_secret_expires_at timestamptz,
        failing_since timestamptz,
        disabled_reason text,
        created_at timestamptz NOT NULL
      )`);
    await q.query("CREATE INDEX webhook_endpoint_account ON webhook_endpoint (account_id, created_at)");
    await q.query(`
      CREATE TABLE webhook_delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoint(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        event_id uuid,
        event_type text NOT NULL,
        webhook_id text NOT NULL,
        payload jsonb NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz,
        retrying_since timestamptz NOT NULL,
        leased_until timestamptz,
        last_response_status int,
        duration_ms int,
        response_body text,
        error text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(
      "CREATE INDEX webhook_delivery_account ON webhook_delivery (account_id, created_at DESC, id DESC)",
    );
    await q.query(
      "CREATE INDEX webhook_delivery_endpoint ON webhook_delivery (endpoint_id, created_at DESC)",
    );
    await q.query(`
      CREATE TABLE webhook_attempt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        delivery_id uuid NOT NULL REFERENCES webhook_delivery(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        number int NOT NULL,
        started_at timestamptz NOT NULL,
        response_status int,
        duration_ms int NOT NULL,
        response_body text,
        error text
      )`);
    await q.query("CREATE INDEX webhook_attempt_delivery ON webhook_attempt (delivery_id, number)");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP TABLE webhook_attempt");
    await q.query("DROP TABLE webhook_delivery");
    await q.query("DROP TABLE webhook_endpoint");
  }
}
