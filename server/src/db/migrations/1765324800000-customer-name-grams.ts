import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Customer search that reads a page, not every match. Each current list entry's lowercase company
 * name is cut into its three-character pieces, kept in `customer_name_gram` in name order per
 * reseller and piece. A name holding a search term holds every piece of the term, so the search
 * walks one piece's entries (the term's rarest) in the list's order, checking each name, until the
 * page is full: a term shared by 10,000 customers of a list of 100,000 costs what it does in a
 * list of 1,000. Statement triggers keep the pieces with the list in the same transaction.
 */
export class CustomerNameGrams1765324800000 implements MigrationInterface {
  name = "CustomerNameGrams1765324800000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION customer_name_grams(name text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT substr(k.key, i, 3)), '{}')
        FROM (SELECT lower(name) AS key) k, generate_series(1, length(k.key) - 2) i
      $$`);
    await q.query(`
      CREATE TABLE customer_name_gram (
        reseller_id uuid NOT NULL,
        gram text NOT NULL,
        name_key text NOT NULL,
        link_id uuid NOT NULL,
        PRIMARY KEY (reseller_id, gram, name_key, link_id)
      )`);
    await q.query(`
      CREATE FUNCTION customer_name_gram_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          DELETE FROM customer_name_gram g
          USING old_links o, unnest(customer_name_grams(o.company_name)) AS p (gram)
          WHERE o.removed_at IS NULL AND g.reseller_id = o.reseller_id AND g.gram = p.gram
            AND g.name_key = lower(o.company_name) AND g.link_id = o.id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO customer_name_gram (reseller_id, gram, name_key, link_id)
          SELECT n.reseller_id, p.gram, lower(n.company_name), n.id
          FROM new_links n, unnest(customer_name_grams(n.company_name)) AS p (gram)
          WHERE n.removed_at IS NULL;
        END IF;
        RETURN NULL;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER customer_name_gram_insert AFTER INSERT ON customer_link
      REFERENCING NEW TABLE AS new_links FOR EACH STATEMENT EXECUTE FUNCTION customer_name_gram_sync()`);
    await q.query(`
      CREATE TRIGGER customer_name_gram_update AFTER UPDATE ON customer_link
      REFERENCING OLD TABLE AS old_links NEW TABLE AS new_links
      FOR EACH STATEMENT EXECUTE FUNCTION customer_name_gram_sync()`);
    await q.query(`
      CREATE TRIGGER customer_name_gram_delete AFTER DELETE ON customer_link
      REFERENCING OLD TABLE AS old_links FOR EACH STATEMENT EXECUTE FUNCTION customer_name_gram_sync()`);
    await q.query(`
      INSERT INTO customer_name_gram (reseller_id, gram, name_key, link_id)
      SELECT l.reseller_id, p.gram, lower(l.company_name), l.id
      FROM customer_link l, unnest(customer_name_grams(l.company_name)) AS p (gram)
      WHERE l.removed_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP TRIGGER customer_name_gram_delete ON customer_link");
    await q.query("DROP TRIGGER customer_name_gram_update ON customer_link");
    await q.query("DROP TRIGGER customer_name_gram_insert ON customer_link");
    await q.query("DROP FUNCTION customer_name_gram_sync()");
    await q.query("DROP TABLE customer_name_gram");
    await q.query("DROP FUNCTION customer_name_grams(text)");
  }
}
