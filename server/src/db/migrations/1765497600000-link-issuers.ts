import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Mailed links remember who sent them, so a new link replaces only the sender's own earlier one:
 * a second reseller adding a customer who has not activated yet leaves the first reseller's link
 * working. Team invitations keep the name the inviter gave, to greet and list the person by.
 */
export class LinkIssuers1765497600000 implements MigrationInterface {
  name = "LinkIssuers1765497600000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE user_token ADD COLUMN issued_by_account_id uuid REFERENCES account (id) ON DELETE CASCADE`,
    );
    await q.query(
      `CREATE INDEX user_token_unused_idx ON user_token (user_id, purpose) WHERE used_at IS NULL`,
    );
    await q.query(`ALTER TABLE team_invitation ADD COLUMN name text CHECK (length(name) <= 120)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE team_invitation DROP COLUMN name`);
    await q.query(`DROP INDEX user_token_unused_idx`);
    await q.query(`ALTER TABLE user_token DROP COLUMN issued_by_account_id`);
  }
}
