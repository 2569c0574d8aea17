// Mails per second to the built-in sink. A first server, which works no jobs, invites N customers
// through the API, so N invitation mails wait in the outbox with their jobs; a second server on
// the same database then works the queue and sends them to its built-in mail sink. Reports how
// long the sink took to hold all N; the target is at least 50 mails a second. Runs the built
// server with demo data, on DATABASE_URL when set, else on an embedded PostgreSQL in a temporary
// folder.
//
//   pnpm bench            (builds first)      node test/bench/mail.mjs   (already built)
//   BENCH_MAILS=250 node test/bench/mail.mjs

import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const MAILS = Number(process.env.BENCH_MAILS ?? 500);
const TARGET_PER_SECOND = 50;
const TIMEOUT_MS = 10 * 60_000;

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

/** Starts the built server; resolves once it listens, with the moment it was started. */
async function startServer(env) {
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
    startedAt,
    async stop() {
      const exited = new Promise((done) => child.once("exit", done));
      child.kill("SIGTERM");
      await exited;
    },
  };
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

const dataDir = process.env.DATABASE_URL ? null : await mkdtemp(join(tmpdir(), "reseller-hub-bench-"));
const shared = dataDir ? { DATA_DIR: dataDir } : {};
const run = randomBytes(4).toString("hex");
const recipient = (i) => `bench-${run}-${i}@mail-bench.example`;

try {
  // 1. Queue the mails: a server that works no jobs sends none of them.
  const queuing = await startServer({ ...shared, JOB_WORKERS: "false" });
  try {
    const cookie = await signIn(queuing.url, "owner@northwind.example", "demo-owner-2026");
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < MAILS) {
          const i = next++;
          const answer = await fetch(`${queuing.url}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json", cookie },
            body: JSON.stringify({
              query:
                "mutation($i: CustomerInviteInput!) { customerInvite(input: $i) { userErrors { code message } } }",
              variables: { i: { companyName: `Bench ${i}`, email: recipient(i) } },
            }),
          }).then((r) => r.json());
          const errors = answer.errors ?? answer.data.customerInvite.userErrors;
          if (errors.length > 0) throw new Error(`invitation ${i} refused: ${JSON.stringify(errors)}`);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(`${MAILS} invitations queued in ${seconds.toFixed(1)} s`);
  } finally {
    await queuing.stop();
  }

  // 2. Send them: a working server with its built-in sink on free ports.
  const inboxPort = await freePort();
  const sending = await startServer({
    ...shared,
    MAIL_SINK_SMTP_PORT: String(await freePort()),
    MAIL_INBOX_PORT: String(inboxPort),
  });
  try {
    const wanted = new Set(Array.from({ length: MAILS }, (_, i) => recipient(i)));
    let seen = 0;
    let arrived = 0;
    let firstAt = null;
    const deadline = Date.now() + TIMEOUT_MS;
    while (arrived < MAILS) {
      if (Date.now() > deadline) throw new Error(`only ${arrived} of ${MAILS} mails arrived`);
      const mails = await fetch(`http://127.0.0.1:${inboxPort}/email?skip=${seen}`).then((r) => r.json());
      seen += mails.length;
      const ours = mails.filter((m) => m.to.some((to) => wanted.has(to.address))).length;
      if (ours > 0 && firstAt === null) firstAt = performance.now();
      arrived += ours;
      if (arrived < MAILS) await new Promise((done) => setTimeout(done, 50));
    }
    const lastAt = performance.now();
    // The queue's workers start before the server listens, so the rate is taken from the first
    // mail's arrival to the last one's; the time since the process started includes its start-up.
    const seconds = (lastAt - firstAt) / 1000;
    const perSecond = MAILS / seconds;
    console.table([
      {
        mails: MAILS,
        "seconds since the process started": ((lastAt - sending.startedAt) / 1000).toFixed(2),
        "seconds first to last": seconds.toFixed(2),
        "mails per second": perSecond.toFixed(1),
      },
    ]);
    const met = perSecond >= TARGET_PER_SECOND;
    console.log(
      `mail delivery: ${perSecond.toFixed(1)} mails/s (target >= ${TARGET_PER_SECOND}/s): ${met ? "met" : "MISSED"}`,
    );
    if (!met) process.exitCode = 1;
  } finally {
    await sending.stop();
  }
} finally {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
