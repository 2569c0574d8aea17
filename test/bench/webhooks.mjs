// Webhook deliveries per second to a local receiver that answers 200 at once: the built server
// with demo data and its job workers, one endpoint, BENCH_DELIVERIES test events (2,000 by
// default) queued through the API by a server that works no jobs, then delivered by one that
// does. Reports deliveries per second from its first delivery to its last; the goal is ≥ 200/s. Runs on DATABASE_URL when set,
// else on an embedded PostgreSQL in a temporary folder.
//
//   pnpm bench            (builds first)      node test/bench/webhooks.mjs   (already built)

import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer as createHttpServer } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const DELIVERIES = Number(process.env.BENCH_DELIVERIES ?? 2000);
const CLIENTS = 16;
const TARGET_PER_SECOND = 200;

function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

async function startServer(dataDir, env) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, "server/dist/main.js")], {
    env: {
      ...process.env,
      PORT: String(port),
      SEED_DEMO: "true",
      LOG_LEVEL: "warn",
      JOB_POLLING_SECONDS: "0.5",
      // The built-in mail sink, on ports of its own.
      MAIL_SINK_SMTP_PORT: String(await freePort()),
      MAIL_INBOX_PORT: String(await freePort()),
      RATE_LIMIT_POINTS: "100000000",
      ...(dataDir ? { DATA_DIR: dataDir } : {}),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise((ready, fail) => {
    const onData = (chunk) => {
      output += chunk;
      if (output.includes("Reseller Hub is running at")) ready();
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => fail(new Error(`server exited with ${code}:\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      const exited = new Promise((done) => child.once("exit", done));
      child.kill("SIGTERM");
      await exited;
    },
  };
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

async function signIn(url, email, password) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: "mutation($i: SignInInput!) { signIn(input: $i) { userErrors { code } } }",
      variables: { i: { email, password } },
    }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith("rh_session="));
  if (!cookie) throw new Error(`sign-in as ${email} failed`);
  return cookie.split(";")[0];
}

const receiver = await startReceiver();
const dataDir = process.env.DATABASE_URL ? null : await mkdtemp(join(tmpdir(), "reseller-hub-bench-"));
// First a server that works no jobs queues the deliveries through the API ...
let server = await startServer(dataDir, { JOB_WORKERS: "false" });
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
  server = await startServer(dataDir, {});
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
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
