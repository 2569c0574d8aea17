// Usage ingestion at the size the design is for: 100,000 customer accounts, each reporting its
// agents once a day. Loads the customers straight into the tables, then sends a day's 100,000
// rows as 10 reports of 10,000 with a product-ingestion key, and the next day's again (every
// row then moves a count). Reports the seconds per day and per report, rows per second, the
// statements per report (constant whatever its size) and the table sizes. Target: a day of
// 100,000 rows in under 30 s on this 2-core machine. Runs the built server with demo data on
// a database of its own (on DATABASE_URL's server when set, else an embedded PostgreSQL).
//
//   pnpm bench            (builds first)      node test/bench/usage.mjs   (already built)
//   BENCH_CUSTOMERS=20000 node test/bench/usage.mjs

import pg from "pg";
import { scratchPostgres, signIn, startServer } from "./bench-server.mjs";

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 100_000);
const ROWS_PER_REPORT = 10_000;
const TARGET_SECONDS_PER_DAY = 30;

const database = await scratchPostgres();
const sql = async (text, values = []) => {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
};

try {
  const server = await startServer({ DATABASE_URL: database.url });
  try {
    const staff = await signIn(server.url, "staff@vendor.example", "demo-staff-2026");
    const created = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: staff },
      body: JSON.stringify({
        query: 'mutation { ingestionKeyCreate(input: { name: "bench" }) { secret userErrors { code } } }',
      }),
    }).then((r) => r.json());
    const key = created.data.ingestionKeyCreate.secret;

    const loadStarted = performance.now();
    await sql(
      `WITH made AS (
         INSERT INTO account (kind, name, status, created_at)
         SELECT 'CUSTOMER', 'Usage bench ' || n, 'ACTIVE', now() FROM generate_series(1, $1::int) n RETURNING id
       )
       SELECT count(*) FROM made`,
      [CUSTOMERS],
    );
    const ids = (await sql("SELECT id FROM account WHERE name LIKE 'Usage bench %' ORDER BY id")).map(
      (r) => r.id,
    );
    console.log(
      `${ids.length} customer accounts loaded in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`,
    );

    const products = ["PRO", "ENTERPRISE"];
    const day = async (date, agents) => {
      const perReport = [];
      const started = performance.now();
      for (let from = 0; from < ids.length; from += ROWS_PER_REPORT) {
        const rows = ids.slice(from, from + ROWS_PER_REPORT).map((id, i) => ({
          customerAccountId: id,
          productCode: products[(from + i) % products.length],
          agentCount: agents + ((from + i) % 50),
          observedAt: `${date}T06:00:00Z`,
        }));
        const sent = performance.now();
        const answer = await fetch(`${server.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
          body: JSON.stringify({
            query:
              "mutation($i: UsageReportInput!) { usageReport(input: $i) { receipt { rows currentUpdated } userErrors { code field } } }",
            variables: { i: { reportId: `bench-${date}-${from}`, rows } },
          }),
        }).then((r) => r.json());
        const errors = answer.errors ?? answer.data.usageReport.userErrors;
        if (errors.length > 0) throw new Error(`report refused: ${JSON.stringify(errors.slice(0, 3))}`);
        perReport.push(performance.now() - sent);
      }
      const seconds = (performance.now() - started) / 1000;
      perReport.sort((a, b) => a - b);
      return {
        day: date,
        rows: ids.length,
        reports: perReport.length,
        seconds: Number(seconds.toFixed(2)),
        "rows per second": Math.round(ids.length / seconds),
        "median ms per report": Math.round(perReport[Math.floor(perReport.length / 2)]),
        "slowest ms per report": Math.round(perReport.at(-1)),
      };
    };
    const results = [await day("2026-12-01", 10), await day("2026-12-02", 11)];
    console.table(results);
    const sizes = await sql(
      `SELECT relname AS "table", n_live_tup AS rows, pg_size_pretty(pg_total_relation_size(relid)) AS size
         FROM pg_stat_user_tables WHERE relname IN ('usage_daily', 'usage_current', 'usage_report') ORDER BY relname`,
    );
    console.table(sizes);
    const worst = Math.max(...results.map((r) => r.seconds));
    const met = worst < TARGET_SECONDS_PER_DAY;
    console.log(
      `usage ingestion: ${CUSTOMERS.toLocaleString("en")} rows a day in ${worst.toFixed(1)} s at worst (target < ${TARGET_SECONDS_PER_DAY} s): ${met ? "met" : "MISSED"}`,
    );
    if (!met) process.exitCode = 1;
  } finally {
    await server.stop();
  }
} finally {
  await database.remove();
}
