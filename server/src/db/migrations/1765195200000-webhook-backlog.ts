import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The metrics read the webhook backlog on every scrape: a partial index holding only the pending
 * deliveries keeps that count as small as the backlog, however long the delivery log grows.
 */
export class WebhookBacklog1765195200000 implements MigrationInterface {
  name = "WebhookBacklog1765195200000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      "CREATE INDEX webhook_delivery_pending ON webhook_delivery (created_at) WHERE status = 'PENDING'",
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP INDEX webhook_delivery_pending");
  }
}
