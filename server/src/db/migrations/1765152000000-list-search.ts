import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Search that stays fast on large lists: trigram indexes (pg_trgm) on what the customer and
 * reseller searches match with ILIKE — a customer's company name on the reseller's list, a
 * person's email, a reseller's name — so a term of three letters or more finds its rows through
 * the index instead of reading the whole list.
 */
export class ListSearch1765152000000 implements MigrationInterface {
  name = "ListSearch1765152000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE EXTENSION IF NOT EXISTS pg_trgm");
    await q.query(`
      CREATE INDEX customer_link_company_trgm ON customer_link
      USING gin (company_name gin_trgm_ops) WHERE removed_at IS NULL`);
    await q.query("CREATE INDEX app_user_email_trgm ON app_user USING gin (email gin_trgm_ops)");
    await q.query("CREATE INDEX account_name_trgm ON account USING gin (name gin_trgm_ops)");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP INDEX account_name_trgm");
    await q.query("DROP INDEX app_user_email_trgm");
    await q.query("DROP INDEX customer_link_company_trgm");
  }
}
