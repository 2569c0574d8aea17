import type { DataSource } from "typeorm";

/** Per table: its row count and an md5 over its rows in a stable order. */
export type TableSums = Map<string, string>;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The base tables of the public schema, but those named (e.g. counters of requests). */
export async function publicTables(dataSource: DataSource, except: string[]): Promise<string[]> {
  const rows: Array<{ table_name: string }> = await dataSource.query(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND NOT (table_name = ANY($1))
      ORDER BY table_name`,
    [except],
  );
  return rows.map((r) => r.table_name);
}

/** Every table's checksum, in one statement. */
export async function tableSums(dataSource: DataSource, tables: string[]): Promise<TableSums> {
  const rows: Array<{ name: string; sum: string }> = await dataSource.query(
    tables
      .map(
        (t) =>
          `SELECT '${t}' AS name, count(*) || ':' || md5(coalesce(string_agg(r::text, E'\\n' ORDER BY r::text), '')) AS sum FROM ${quote(t)} r`,
      )
      .join(" UNION ALL "),
  );
  return new Map(rows.map((r) => [r.name, r.sum]));
}

/** The tables whose checksum differs. */
export function changedTables(before: TableSums, after: TableSums): string[] {
  return [...after.keys()].filter((t) => before.get(t) !== after.get(t));
}

/** A table's rows as text, to tell what changed. */
export async function tableRows(dataSource: DataSource, table: string): Promise<string[]> {
  const rows: Array<{ row: string }> = await dataSource.query(`SELECT r::text AS row FROM ${quote(table)} r`);
  return rows.map((r) => r.row);
}

/** Rows only in `after` (added or changed) and rows only in `before` (removed or changed). */
export function rowDiff(before: string[], after: string[]): { added: string[]; removed: string[] } {
  const count = (rows: string[]) => {
    const m = new Map<string, number>();
    for (const r of rows) m.set(r, (m.get(r) ?? 0) + 1);
    return m;
  };
  const b = count(before);
  const a = count(after);
  const only = (x: Map<string, number>, y: Map<string, number>) =>
    [...x].flatMap(([row, n]) => Array<string>(Math.max(0, n - (y.get(row) ?? 0))).fill(row));
  return { added: only(a, b), removed: only(b, a) };
}
