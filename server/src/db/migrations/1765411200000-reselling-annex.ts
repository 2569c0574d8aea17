import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The reselling annex: versions vendor staff publish, each in force from its date until a later
 * one's, and each reseller's acceptance of a version, once, with who, when and from where.
 */
export class ResellingAnnex1765411200000 implements MigrationInterface {
  name = "ResellingAnnex1765411200000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE annex_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version int NOT NULL UNIQUE CHECK (version > 0),
        title text NOT NULL CHECK (length(btrim(title)) > 0),
        body text NOT NULL CHECK (length(btrim(body)) > 0),
        effective_at timestamptz NOT NULL,
        published_at timestamptz NOT NULL,
        published_by uuid REFERENCES app_user (id)
      )`);
    await q.query(
      `CREATE INDEX annex_version_effective_idx ON annex_version (effective_at DESC, version DESC)`,
    );
    await q.query(`
      CREATE TABLE annex_acceptance (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        annex_version_id uuid NOT NULL REFERENCES annex_version (id),
        accepted_by uuid NOT NULL REFERENCES app_user (id),
        accepted_at timestamptz NOT NULL,
        ip text NOT NULL,
        user_agent text,
        UNIQUE (account_id, annex_version_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP TABLE annex_acceptance");
    await q.query("DROP TABLE annex_version");
  }
}
