import type { MigrationInterface, QueryRunner } from "typeorm";

/** Domain events, written in the transaction of their cause and handed to subscribers once. */
export class DomainEvents1764547200000 implements MigrationInterface {
  name = "DomainEvents1764547200000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE domain_event (
        id uuid PRIMARY KEY,
        seq bigserial NOT NULL,
        type text NOT NULL,
        version int NOT NULL,
        occurred_at timestamptz NOT NULL,
        account_id uuid REFERENCES account(id) ON DELETE CASCADE,
        actor_kind text NOT NULL CHECK (actor_kind IN ('USER', 'API_KEY', 'SYSTEM')),
        actor_id uuid,
        subject_id text NOT NULL,
        payload jsonb NOT NULL,
        handled_at timestamptz
      )`);
    await q.query("CREATE INDEX domain_event_account ON domain_event (account_id, seq)");
    await q.query("CREATE INDEX domain_event_unhandled ON domain_event (seq) WHERE handled_at IS NULL");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP TABLE domain_event");
  }
}
