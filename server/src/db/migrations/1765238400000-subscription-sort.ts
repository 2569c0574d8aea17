import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The subscription list sorts by the end of the current period too, for every status: an index
 * on (reseller_id, current_period_end, id) reads a reseller's page in that order, either way.
 * The partial one beside it serves the Notices page's running subscriptions only.
 */
export class SubscriptionSort1765238400000 implements MigrationInterface {
  name = "SubscriptionSort1765238400000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      "CREATE INDEX subscription_reseller_period_end_all_idx ON subscription (reseller_id, current_period_end, id)",
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP INDEX subscription_reseller_period_end_all_idx");
  }
}
