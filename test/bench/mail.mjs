// Mails per second to the built-in sink. A first server, which works no jobs, invites N customers
// through the API, so N invitation mails wait in the outbox with their jobs; a second server on
// the same database then works the queue and sends them to its built-in mail sink. Reports how
// long the sink took to hold all N; the target is at least 50 mails a second. Runs the built
// server with demo data, on DATABASE_URL when set, else on an embedded PostgreSQL in a temporary
// folder.
//
//   pnpm bench            (builds first)      node test/bench/mail.mjs   (already built)
//   BENCH_MAILS=250 node test/bench/mail.mjs

import { randomBytes } from "node:crypto";
import { freePort, scratchDatabase, signIn, startServer } from "./bench-server.mjs";

const MAILS = Number(process.env.BENCH_MAILS ?? 500);
const TARGET_PER_SECOND = 50;
const TIMEOUT_MS = 10 * 60_000;

const database = await scratchDatabase();
const shared = database.env;
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
  await database.remove();
}
