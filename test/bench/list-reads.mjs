// List reads of issue #16: the product's customers page with subscriptions (one process, and one
// per core as deployed on a machine of this size) side by side with a raw-pg server that builds
// the same JSON in one statement and with PostGraphile 4 over the same tables, then the product's
// other list operations, their statements per request, and how the list pages hold up at 100k
// customers / 1M subscriptions against 1k / 10k.
//
//   pnpm bench            (builds first)      node test/bench/list-reads.mjs   (already built)
//
// BENCH_SECONDS (10) per run, BENCH_WARMUP_SECONDS (3) before each, BENCH_ROUNDS (3) of the
// interleaved comparison. Uses a new database on DATABASE_URL's server, else an embedded
// PostgreSQL. Writes every figure to test/bench/results/list-reads.json.

import { mkdir, writeFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import pg from "pg";
import { createApiKey, freePort, root, scratchPostgres, signIn, startServer } from "./bench-server.mjs";
import { loadDataSet, SEARCH_TERM } from "./list-data.mjs";
import {
  customerInvite,
  customersPage,
  customersWithSubscriptions,
  postgraphileCustomers,
  quote,
  searchPage,
  subscriptionsPage,
} from "./list-operations.mjs";
import { printReport } from "./list-report.mjs";
import { eventLoopDelay, load, median, memory, post, ratio, round, startChild } from "./list-runs.mjs";
import { startStatementProxy } from "./statement-proxy.mjs";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = [10, 50];
const DEEP_PAGES = 20;

/** The product's settings for a benchmark: budgets too big to meet, no job work, private ports. */
async function productEnv(databaseUrl) {
  return {
    DATABASE_URL: databaseUrl,
    NODE_ENV: "production",
    SEED_DEMO: "true",
    JOB_WORKERS: "false",
    RATE_LIMIT_POINTS: "1000000000",
    RATE_LIMIT_REFUSED_PER_MINUTE: "1000000",
    MAIL_SINK_SMTP_PORT: String(await freePort()),
    MAIL_INBOX_PORT: String(await freePort()),
  };
}

/** Walks `pages` pages of the SPA's customers list; the cursor after the last. */
async function cursorAfter(url, headers, pages) {
  let after = null;
  for (let i = 0; i < pages; i += 1) {
    const { json } = await post(url, headers, customersPage({ after }));
    after = json.data.customers.pageInfo.endCursor;
  }
  return after;
}

/** Checks an operation answers data without errors before it is measured; its size in bytes. */
async function check(name, url, headers, body) {
  const answer = await post(url, headers, body);
  if (answer.status !== 200 || answer.json.errors || !answer.json.data) {
    throw new Error(`${name} failed: ${JSON.stringify(answer.json).slice(0, 500)}`);
  }
  const payload = Object.values(answer.json.data)[0];
  if (payload?.userErrors?.length) throw new Error(`${name} refused: ${JSON.stringify(payload.userErrors)}`);
  return answer;
}

/** Checks the search finds customers, so its figures are those of a search that reads a page. */
async function checkSearchFinds(url, headers) {
  const { json } = await post(url, headers, searchPage());
  const found = json.data?.customers?.edges?.length ?? 0;
  if (found === 0) throw new Error(`the search for "${SEARCH_TERM}" found no customer`);
}

/** The product operations measured on their own, each with the body of its n-th request. */
function productOperations(deepCursor, run) {
  return {
    customersWithSubscriptions: () => customersWithSubscriptions(50),
    customersPage: () => customersPage(),
    subscriptionsPage: () => subscriptionsPage(),
    deepCustomersPage: () => customersPage({ after: deepCursor }),
    search: () => searchPage(),
    quote: () => quote(),
    customerInvite: (n) => customerInvite(n, run),
  };
}

/** Statements the product sends for one request of each operation, counted at the proxy. */
async function countStatements(databaseUrl, headersFor, operations) {
  const proxy = await startStatementProxy(databaseUrl);
  const server = await startServer({ ...(await productEnv(proxy.url)), SEED_DEMO: "false" });
  const settle = () => new Promise((done) => setTimeout(done, 300));
  const once = async (body) => {
    await settle();
    const before = proxy.count();
    await post(server.url, headersFor(), body);
    // Work after the answer (an event handed over after its commit) belongs to the request too.
    await settle();
    return proxy.count() - before;
  };
  try {
    const counts = {};
    let n = 1_000_000;
    for (const [name, body] of Object.entries(operations)) {
      await once(body(n++)); // the first request of a process prepares what later ones reuse
      counts[name] = median([await once(body(n++)), await once(body(n++)), await once(body(n++))]);
    }
    counts.customersWithSubscriptionsFirst10 = median([
      await once(customersWithSubscriptions(10)),
      await once(customersWithSubscriptions(10)),
      await once(customersWithSubscriptions(10)),
    ]);
    return counts;
  } finally {
    await server.stop();
    await proxy.stop();
  }
}

const startedAt = new Date();
const database = await scratchPostgres();
const stops = [];
try {
  const run = startedAt.getTime().toString(36);
  const product = await startServer(await productEnv(database.url));
  stops.push(product.stop);
  const cookie = await signIn(product.url, "owner@northwind.example", "demo-owner-2026");
  const apiKey = await createApiKey(product.url, cookie, "READ_WRITE");
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  const [{ id: northwindId }] = (
    await db.query("SELECT id FROM account WHERE name = 'Northwind IT' AND kind = 'RESELLER'")
  ).rows;
  await db.end();

  console.log("loading the 1k data set …");
  const data1k = await loadDataSet(database.url, "1k");
  console.log(`  ${JSON.stringify(data1k)}`);

  const raw = await startChild("test/bench/raw-server.mjs", {
    DATABASE_URL: database.url,
    RESELLER_ID: northwindId,
  });
  stops.push(raw.stop);
  const postgraphile = await startChild("test/bench/postgraphile-server.mjs", { DATABASE_URL: database.url });
  stops.push(postgraphile.stop);

  // The three answer the same page before any of them is timed.
  const productAnswer = await check(
    "customers with subscriptions",
    product.url,
    apiKey,
    customersWithSubscriptions(),
  );
  // The same server as deployed on a machine of this size: one process per core (WEB_CONCURRENCY).
  const productPerCore = await startServer({
    ...(await productEnv(database.url)),
    SEED_DEMO: "false",
    WEB_CONCURRENCY: String(cpus().length),
  });
  stops.push(productPerCore.stop);
  await check(
    "customers with subscriptions, one process per core",
    productPerCore.url,
    apiKey,
    customersWithSubscriptions(),
  );
  const rawAnswer = await post(raw.url, {}, {});
  if (!isDeepStrictEqual(rawAnswer.json, productAnswer.json)) {
    throw new Error("the raw-pg server's answer differs from the product's");
  }
  const pgBody = postgraphileCustomers(northwindId);
  const pgAnswer = await check("PostGraphile's customers", postgraphile.url, {}, pgBody);
  const subscriptionsIn = (edges, pick) => edges.reduce((sum, e) => sum + pick(e.node).length, 0);
  const sameRows =
    pgAnswer.json.data.allCustomerLinks.totalCount === productAnswer.json.data.customers.totalCount &&
    subscriptionsIn(
      pgAnswer.json.data.allCustomerLinks.edges,
      (n) => n.accountByCustomerId.subscriptionsByCustomerId.nodes,
    ) === subscriptionsIn(productAnswer.json.data.customers.edges, (n) => n.subscriptions);
  if (!sameRows) throw new Error("PostGraphile's answer holds other rows than the product's");

  const contenders = {
    product: {
      url: product.url,
      pid: product.pid,
      headers: apiKey,
      body: () => customersWithSubscriptions(),
    },
    productPerCore: {
      url: productPerCore.url,
      pid: productPerCore.pid,
      headers: apiKey,
      body: () => customersWithSubscriptions(),
    },
    raw: { url: raw.url, pid: raw.pid, headers: {}, body: () => ({}) },
    postgraphile: { url: postgraphile.url, pid: postgraphile.pid, headers: {}, body: () => pgBody },
  };
  const comparisonRuns = [];
  for (let round_ = 1; round_ <= ROUNDS; round_ += 1) {
    for (const connections of CONNECTIONS) {
      for (const [server, contender] of Object.entries(contenders)) {
        const figures = await load(contender.url, {
          headers: contender.headers,
          body: contender.body,
          connections,
          seconds: SECONDS,
          warmupSeconds: WARMUP_SECONDS,
        });
        const entry = { round: round_, server, ...figures, ...(await memory(contender.pid)) };
        comparisonRuns.push(entry);
        console.log(
          `  round ${round_} ${server} @${connections}: ${figures.reqPerSec} req/s, p99 ${figures.p99Ms} ms`,
        );
      }
    }
  }
  const comparison = CONNECTIONS.map((connections) => {
    const of = (server, field) =>
      median(
        comparisonRuns
          .filter((r) => r.server === server && r.connections === connections)
          .map((r) => r[field]),
      );
    const servers = Object.fromEntries(
      Object.keys(contenders).map((server) => [
        server,
        {
          reqPerSec: of(server, "reqPerSec"),
          p50Ms: of(server, "p50Ms"),
          p99Ms: of(server, "p99Ms"),
          rssMb: of(server, "rssMb"),
        },
      ]),
    );
    return {
      connections,
      servers,
      ratios: Object.fromEntries(
        ["product", "productPerCore"].map((name) => [
          name,
          {
            toRawReqPerSec: ratio(servers[name].reqPerSec, servers.raw.reqPerSec),
            toPostgraphileReqPerSec: ratio(servers[name].reqPerSec, servers.postgraphile.reqPerSec),
            toRawP99: ratio(servers[name].p99Ms, servers.raw.p99Ms),
            toPostgraphileP99: ratio(servers[name].p99Ms, servers.postgraphile.p99Ms),
          },
        ]),
      ),
    };
  });
  for (const server of [raw, postgraphile, productPerCore]) {
    await server.stop();
    stops.splice(stops.indexOf(server.stop), 1);
  }

  // The product's operations on their own, the write last so the reads see the data set as loaded.
  const deepCursor1k = await cursorAfter(product.url, apiKey, DEEP_PAGES);
  const operations = productOperations(deepCursor1k, run);
  const answerBytes = {};
  for (const [name, body] of Object.entries(operations)) {
    answerBytes[name] = (await check(name, product.url, apiKey, body(0))).bytes;
  }
  await checkSearchFinds(product.url, apiKey);
  const operationRuns = {};
  for (const [name, body] of Object.entries(operations)) {
    operationRuns[name] = [];
    for (const connections of CONNECTIONS) {
      const figures = await load(product.url, {
        headers: apiKey,
        body: (n) => body(n + 1 + connections * 1_000_000),
        connections,
        seconds: SECONDS,
        warmupSeconds: WARMUP_SECONDS,
      });
      operationRuns[name].push({
        ...figures,
        ...(await memory(product.pid)),
        eventLoopDelay: await eventLoopDelay(product.url),
      });
      console.log(`  ${name} @${connections}: ${figures.reqPerSec} req/s, p99 ${figures.p99Ms} ms`);
    }
  }

  console.log("counting statements per request …");
  const statements = await countStatements(database.url, () => apiKey, {
    ...productOperations(deepCursor1k, `${run}s`),
  });

  console.log("loading the 100k data set …");
  const data100k = await loadDataSet(database.url, "100k");
  console.log(`  ${JSON.stringify(data100k)}`);
  const deepCursor100k = await cursorAfter(product.url, apiKey, DEEP_PAGES);
  await checkSearchFinds(product.url, apiKey);
  const atScale = {
    customersPage: () => customersPage(),
    subscriptionsPage: () => subscriptionsPage(),
    deepCustomersPage: () => customersPage({ after: deepCursor100k }),
    search: () => searchPage(),
  };
  const scale = {};
  for (const [name, body] of Object.entries(atScale)) {
    await check(name, product.url, apiKey, body());
    const at1k = operationRuns[name].find((r) => r.connections === 10);
    const at100k = await load(product.url, {
      headers: apiKey,
      body,
      connections: 10,
      seconds: SECONDS,
      warmupSeconds: WARMUP_SECONDS,
    });
    scale[name] = {
      at1k: { reqPerSec: at1k.reqPerSec, p50Ms: at1k.p50Ms, p99Ms: at1k.p99Ms },
      at100k: {
        reqPerSec: at100k.reqPerSec,
        p50Ms: at100k.p50Ms,
        p99Ms: at100k.p99Ms,
        non2xx: at100k.non2xx,
      },
      // Time per request, 100k over 1k, at 10 connections: the target is at most 1.5.
      timeRatio: ratio(at1k.reqPerSec, at100k.reqPerSec),
      p50Ratio: ratio(at100k.p50Ms, at1k.p50Ms),
    };
    console.log(`  ${name} at 100k: ${at100k.reqPerSec} req/s (${scale[name].timeRatio}x the time at 1k)`);
  }

  const results = {
    date: startedAt.toISOString(),
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? null,
      memoryGb: round(totalmem() / 1024 ** 3, 1),
      node: process.version,
      postgres: database.serverVersion,
    },
    settings: { seconds: SECONDS, warmupSeconds: WARMUP_SECONDS, rounds: ROUNDS, connections: CONNECTIONS },
    data: { "1k": data1k, "100k": data100k },
    answerBytes,
    comparison,
    comparisonRuns,
    operations: operationRuns,
    statementsPerRequest: statements,
    scale,
  };
  await mkdir(join(root, "test/bench/results"), { recursive: true });
  const file = join(root, "test/bench/results/list-reads.json");
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  printReport(results);
  console.log(`\nEvery figure: ${file}`);
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => {});
  await database.remove();
}
