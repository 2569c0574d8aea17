// The list benchmark's figures as tables on stdout.

function table(title, header, rows) {
  const cells = [header, ...rows].map((row) =>
    row.map((cell) => (cell === null || cell === undefined ? "–" : String(cell))),
  );
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ");
  console.log(`\n${title}`);
  console.log(line(cells[0]));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of cells.slice(1)) console.log(line(row));
}

export function printReport(results) {
  const { machine, settings } = results;
  console.log(
    `\nList reads, ${results.date}: ${machine.cores} cores, Node ${machine.node}, PostgreSQL ${machine.postgres}; ` +
      `${settings.seconds} s per run after ${settings.warmupSeconds} s of warm-up, medians of ${settings.rounds} interleaved rounds`,
  );
  table(
    "customers(first: 50) with subscriptions, 1k customers / 10k subscriptions",
    ["server", "conns", "req/s", "p50 ms", "p99 ms", "RSS MB"],
    results.comparison.flatMap(({ connections, servers }) =>
      Object.entries(servers).map(([name, s]) => [name, connections, s.reqPerSec, s.p50Ms, s.p99Ms, s.rssMb]),
    ),
  );
  table(
    "ratios (req/s and p99, the product over the other; productPerCore: WEB_CONCURRENCY = cores)",
    ["server", "conns", "req/s ÷ raw", "req/s ÷ PostGraphile", "p99 ÷ raw", "p99 ÷ PostGraphile"],
    results.comparison.flatMap(({ connections, ratios }) =>
      Object.entries(ratios).map(([name, r]) => [
        name,
        connections,
        r.toRawReqPerSec,
        r.toPostgraphileReqPerSec,
        r.toRawP99,
        r.toPostgraphileP99,
      ]),
    ),
  );
  table(
    "the product's operations at 1k (statements per request counted at the PostgreSQL protocol)",
    [
      "operation",
      "conns",
      "req/s",
      "p50 ms",
      "p99 ms",
      "non-2xx",
      "statements",
      "RSS MB",
      "loop delay p99 ms",
      "answer bytes",
    ],
    Object.entries(results.operations).flatMap(([name, runs]) =>
      runs.map((r) => [
        name,
        r.connections,
        r.reqPerSec,
        r.p50Ms,
        r.p99Ms,
        r.non2xx + r.errors,
        results.statementsPerRequest[name],
        r.rssMb,
        r.eventLoopDelay?.p99Ms ?? null,
        results.answerBytes[name],
      ]),
    ),
  );
  console.log(
    `\nstatements for customers with subscriptions: ${results.statementsPerRequest.customersWithSubscriptionsFirst10} at first: 10, ` +
      `${results.statementsPerRequest.customersWithSubscriptions} at first: 50`,
  );
  table(
    "100k customers / 1M subscriptions against 1k / 10k, 10 connections (target: time ratio ≤ 1.5)",
    ["operation", "req/s 1k", "req/s 100k", "p50 ms 1k", "p50 ms 100k", "time ratio"],
    Object.entries(results.scale).map(([name, s]) => [
      name,
      s.at1k.reqPerSec,
      s.at100k.reqPerSec,
      s.at1k.p50Ms,
      s.at100k.p50Ms,
      s.timeRatio,
    ]),
  );
}
