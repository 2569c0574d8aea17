import type { MigrationInterface, QueryRunner } from "typeorm";

export class MailAndNotices1764288000000 implements MigrationInterface {
  name = "MailAndNotices1764288000000";

  async up(q: QueryRunner): Promise<void> {
    // What the last failed attempt said, for the log and for support.
    await q.query(`ALTER TABLE outbox ADD COLUMN last_attempt_at timestamptz, ADD COLUMN last_error text`);
    // One notice per subscription per billing period, and one trial-ending notice per trial:
    // the keys hold however many servers run the scheduled work at once.
    await q.query(`
      CREATE TABLE notice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reseller_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('RENEWAL', 'TERMINATION', 'TRIAL_ENDING')),
        subscription_id uuid REFERENCES subscription (id) ON DELETE CASCADE,
        trial_id uuid REFERENCES trial (id) ON DELETE CASCADE,
        period_end timestamptz NOT NULL,
        recipients int NOT NULL,
        sent_at timestamptz NOT NULL,
        CHECK ((kind = 'TRIAL_ENDING') = (trial_id IS NOT NULL)),
        CHECK ((kind = 'TRIAL_ENDING') = (subscription_id IS NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX notice_subscription_period_key ON notice (subscription_id, period_end)
       WHERE subscription_id IS NOT NULL`,
    );
    await q.query(`CREATE UNIQUE INDEX notice_trial_key ON notice (trial_id) WHERE trial_id IS NOT NULL`);
    // The Notices page lists a reseller's running subscriptions by the end of their period.
    await q.query(
      `CREATE INDEX subscription_reseller_period_end_idx ON subscription (reseller_id, current_period_end, id)
       WHERE status IN ('ACTIVE', 'PAST_DUE')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX subscription_reseller_period_end_idx`);
    await q.query(`DROP TABLE notice`);
    await q.query(`ALTER TABLE outbox DROP COLUMN last_attempt_at, DROP COLUMN last_error`);
  }
}
