// Cluster mode on this machine: the same server with WEB_CONCURRENCY=1 and =2, measured with
// autocannon on `/healthz` (the framework floor) and on the owner's customers page (25 rows),
// runs interleaved, medians printed. `node test/bench/cluster.mjs` after `pnpm build`.

import autocannon from "autocannon";
import { scratchDatabase, signIn, startServer } from "./bench-server.mjs";

const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const PAGE = JSON.stringify({
  query: "query ClusterPage { customers(first: 25) { totalCount nodes { id email companyName addedAt } } }",
});

const database = await scratchDatabase();
const env = {
  ...database.env,
  JOB_WORKERS: "false",
  // The budgets are measured elsewhere; here one client sends everything.
  RATE_LIMIT_POINTS: "1000000000",
};

/** Makes sure the page has 25 customers to show. */
async function fillCustomerList(url, cookie) {
  for (let i = 0; i < 30; i++) {
    await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({
        query: "mutation($i: CustomerInviteInput!) { customerInvite(input: $i) { userErrors { code } } }",
        variables: { i: { email: `cluster${i}@bench.example`, companyName: `Cluster bench ${i}` } },
      }),
    });
  }
}

function run(options) {
  return autocannon({ connections: CONNECTIONS, duration: DURATION, ...options });
}

const results = { 1: { health: [], page: [] }, 2: { health: [], page: [] } };
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const processes of [1, 2]) {
      const server = await startServer({ ...env, WEB_CONCURRENCY: String(processes) });
      try {
        const cookie = await signIn(server.url, "owner@northwind.example", "demo-owner-2026");
        if (round === 0 && processes === 1) await fillCustomerList(server.url, cookie);
        const page = {
          url: `${server.url}/graphql`,
          method: "POST",
          headers: { "content-type": "application/json", cookie },
          body: PAGE,
        };
        // Warm-up: JIT, pools and every worker's caches.
        await run({ url: `${server.url}/healthz`, duration: 2 });
        await run({ ...page, duration: 2 });
        for (const [name, options] of [
          ["health", { url: `${server.url}/healthz` }],
          ["page", page],
        ]) {
          const r = await run(options);
          if (r.non2xx || r.errors)
            throw new Error(`${name}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);
          results[processes][name].push({ rps: r.requests.average, p99: r.latency.p99 });
          console.log(
            `round ${round + 1}, ${processes} process(es), ${name}: ${r.requests.average} req/s, p99 ${r.latency.p99} ms`,
          );
        }
      } finally {
        await server.stop();
      }
    }
  }
} finally {
  await database.remove();
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
console.log(`\nmedians at ${CONNECTIONS} connections, ${DURATION} s per run, ${ROUNDS} rounds:`);
for (const name of ["health", "page"]) {
  const one = median(results[1][name].map((r) => r.rps));
  const two = median(results[2][name].map((r) => r.rps));
  console.log(
    `${name.padEnd(7)} 1 process ${one.toFixed(0)} req/s (p99 ${median(results[1][name].map((r) => r.p99))} ms), ` +
      `2 processes ${two.toFixed(0)} req/s (p99 ${median(results[2][name].map((r) => r.p99))} ms), x${(two / one).toFixed(2)}`,
  );
}
