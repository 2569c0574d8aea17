import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The customer list's index in company-name order carries the name itself, so a search for a
 * common term walks the list in that order from the index alone, checking each name there,
 * instead of reading every entry it passes from the table.
 */
export class CompanyNameWalk1765281600000 implements MigrationInterface {
  name = "CompanyNameWalk1765281600000";

  async up(q: QueryRunner): Promise<void> {
    await q.query("DROP INDEX customer_link_by_company");
    await q.query(`
      CREATE INDEX customer_link_by_company ON customer_link (reseller_id, lower(company_name), id)
      INCLUDE (company_name) WHERE removed_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP INDEX customer_link_by_company");
    await q.query(`
      CREATE INDEX customer_link_by_company ON customer_link (reseller_id, lower(company_name), id)
      WHERE removed_at IS NULL`);
  }
}
