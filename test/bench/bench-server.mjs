// What every benchmark needs: free ports, the built server started with demo data on a database of
// its own (DATABASE_URL, else an embedded PostgreSQL in a temporary folder), and a signed-in session.

import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** Where the servers of one run keep their data: DATABASE_URL, else a scratch folder removed afterwards. */
export async function scratchDatabase() {
  const dataDir = process.env.DATABASE_URL ? null : await mkdtemp(join(tmpdir(), "reseller-hub-bench-"));
  return {
    env: dataDir ? { DATA_DIR: dataDir } : {},
    async remove() {
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A PostgreSQL database of the run's own, for benchmarks that put more than the product on it:
 * a new database on DATABASE_URL's server, else an embedded PostgreSQL in a scratch folder.
 * Resolves with its URL, its server's version and a `remove` that drops it.
 */
export async function scratchPostgres() {
  const pg = (await import("pg")).default;
  const name = `rh_bench_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  let adminUrl = process.env.DATABASE_URL;
  let embedded = null;
  if (!adminUrl) {
    const dataDir = await mkdtemp(join(tmpdir(), "reseller-hub-bench-"));
    const child = spawn(process.execPath, [join(root, "test/support/test-postgres.mjs"), dataDir], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const port = await new Promise((ready, fail) => {
      child.stdout.on("data", (chunk) => {
        const match = /ready (\d+)/.exec(String(chunk));
        if (match) ready(Number(match[1]));
      });
      child.once("exit", (code) => fail(new Error(`embedded PostgreSQL exited with ${code}`)));
    });
    embedded = { child, dataDir };
    adminUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  }
  const admin = async (sql) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      return await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const { rows } = await admin("SHOW server_version");
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    serverVersion: rows[0].server_version,
    async remove() {
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      if (embedded) {
        const exited = new Promise((done) => embedded.child.once("exit", done));
        embedded.child.kill("SIGTERM");
        await exited;
        await rm(embedded.dataDir, { recursive: true, force: true });
      }
    },
  };
}

/** Starts the built server with demo data and `env`; resolves once it listens, with when it was started. */
export async function startServer(env) {
  const port = await freePort();
  const startedAt = performance.now();
  const child = spawn(process.execPath, [join(root, "server/dist/main.js")], {
    env: { ...process.env, PORT: String(port), SEED_DEMO: "true", LOG_LEVEL: "warn", ...env },
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
    pid: child.pid,
    startedAt,
    async stop() {
      const exited = new Promise((done) => child.once("exit", done));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** Signs in through the API; the session cookie to send along. */
export async function signIn(url, email, password, headers = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({
      query: "mutation($i: SignInInput!) { signIn(input: $i) { userErrors { code } } }",
      variables: { i: { email, password } },
    }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith("rh_session="));
  if (!cookie) throw new Error(`sign-in as ${email} failed`);
  return cookie.split(";")[0];
}

/** Creates an API key through the API, signed in as an owner; the headers that send it. */
export async function createApiKey(url, cookie, scope = "READ_WRITE") {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({
      query: "mutation($i: ApiKeyCreateInput!) { apiKeyCreate(input: $i) { secret userErrors { code } } }",
      variables: { i: { name: "bench", scope } },
    }),
  }).then((r) => r.json());
  const secret = response.data?.apiKeyCreate.secret;
  if (!secret) throw new Error(`creating an API key failed: ${JSON.stringify(response)}`);
  return { authorization: `Bearer ${secret}` };
}
