// Webhook deliveries per second to a local receiver that answers 200 at once: the built server
// with demo data and its job workers, one endpoint, BENCH_DELIVERIES test events (2,000 by
// default) queued through the API by a server that works no jobs, then delivered by one that
// does. Reports deliveries per second from its first delivery to its last; the goal is ≥ 200/s. Runs on DATABASE_URL when set,
// else on an embedded PostgreSQL in a temporary folder.
//
//   pnpm bench            (builds first)      node test/bench/webhooks.mjs   (already built)

import { createServer as createHttpServer } from "node:http";
import { freePort, scratchDatabase, signIn, startServer } from "./bench-server.mjs";

const DELIVERIES = Number(process.env.BENCH_DELIVERIES ?? 2000);
const CLIENTS = 16;
const TARGET_PER_SECOND = 200;

/** The server as this benchmark runs it: its own mail sink, quick polling, no rate limit in the way. */
async function startBenchServer(database, env) {
  return startServer({
    JOB_POLLING_SECONDS: "0.5",
    MAIL_SINK_SMTP_PORT: String(await freePort()),
    MAIL_INBOX_PORT: String(await freePort()),
    RATE_LIMIT_POINTS: "100000000",
    ...database.env,
    ...env,
  });
}

async function startReceiver() {
  const ids = new Set();
  let last = 0;
  let first = 0;
  const server = createHttpServer((req, res) => {
    req.resume();
    req.on("end", () => {
      ids.add(req.headers["webhook-id"]);
      last = performance.now();
      first ||= last;
      res.writeHead(200).end("ok");
    });
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  return {
    url: `http://127.0.0.1:${server.address().port}/hooks`,
    ids,
    lastAt: () => last,
    firstAt: () => first,
    stop: () => new Promise((done) => server.close(done)),
  };
}

async function graphql(url, cookie, query, variables = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const receiver = await startReceiver();
const database = await scratchDatabase();
// First a server that works no jobs queues the deliveries through the API ...
let server = await startBenchServer(database, { JOB_WORKERS: "false" });
try {
  const cookie = await signIn(server.url, "owner@northwind.example", "demo-owner-2026");
  // Subscribed to one type the bench does not cause, so only the test events arrive.
  const created = await graphql(
    server.url,
    cookie,
    "mutation($i: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $i) { endpoint { id } userErrors { code message } } }",
    { i: { url: receiver.url, eventTypes: ["customer.removed"] } },
  );
  const endpointId = created.webhookEndpointCreate.endpoint.id;
  let sent = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (sent < DELIVERIES) {
        sent += 1;
        await graphql(
          server.url,
          cookie,
          "mutation($id: ID!) { webhookEndpointSendTest(id: $id) { userErrors { code } } }",
          { id: endpointId },
        );
      }
    }),
  );
  await server.stop();
  // ... then one with workers delivers them: timed from its first delivery to its last.
  server = await startBenchServer(database, {});
  const deadline = Date.now() + 300_000;
  while (receiver.ids.size < DELIVERIES && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 50));
  }
  const seconds = (receiver.lastAt() - receiver.firstAt()) / 1000;
  const perSecond = receiver.ids.size / seconds;
  console.log(
    `${receiver.ids.size} of ${DELIVERIES} deliveries in ${seconds.toFixed(1)} s: ` +
      `${perSecond.toFixed(0)} deliveries/s to one endpoint (goal ≥ ${TARGET_PER_SECOND}/s)`,
  );
  process.exitCode = receiver.ids.size === DELIVERIES && perSecond >= TARGET_PER_SECOND ? 0 : 1;
} finally {
  await server.stop();
  await receiver.stop();
  await database.remove();
}
