import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JobQueue } from "../../server/src/jobs/job-queue.js";
import { graphql } from "../generated/index.js";
import { DEMO, signedIn, signInRequest } from "../support/accounts.js";
import { GraphQLClient } from "../support/graphql-client.js";
import { MailSink } from "../support/mail-sink.js";
import { clockedServerMain, type ServerProcess, spawnServer } from "../support/process.js";
import { RoundRobinProxy } from "../support/round-robin-proxy.js";
import { startTestServer, type TestServer } from "../support/server.js";

const VIEWER = graphql(`query BalancedViewer { viewer { user { email } } }`);
const PURCHASE = graphql(`mutation BalancedPurchase($i: SubscriptionPurchaseInput!) {
  subscriptionPurchase(input: $i) { subscription { id } userErrors { code field message } }
}`);
const ADD_CONTACT = graphql(
  `mutation BalancedAddContact($i: BillingContactAddInput!) { billingContactAdd(input: $i) { userErrors { code } } }`,
);
const INVITE = graphql(
  `mutation BalancedInvite($i: CustomerInviteInput!) { customerInvite(input: $i) { userErrors { code field } } }`,
);

/** What the budget of every caller is here: small, so a test can spend it in a second. */
const BUDGET = 1_100;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `work` for 0..count-1, at most `parallel` at a time. */
async function inParallel(
  count: number,
  parallel: number,
  work: (i: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < count) await work(next++);
    }),
  );
}

describe("three server processes behind a round-robin load balancer", () => {
  let server: TestServer;
  let sink: MailSink;
  let proxy: RoundRobinProxy;
  const processes: ServerProcess[] = [];
  const contacts = ["owner@northwind.example", "ap@northwind.example"];

  beforeAll(async () => {
    sink = await MailSink.start();
    // Prepares the database and queues; it works no jobs and is not behind the balancer.
    server = await startTestServer({ seed: true, now: "2026-03-01T08:00:00Z" });
    const owner = await signedIn(server, DEMO.owner);
    await owner.query(ADD_CONTACT, { i: { email: contacts[1] } });
    // Two yearly subscriptions ending 1 Mar 2027: their notices are due from 1 Dec 2026.
    for (const renew of [true, false]) {
      const bought = await owner.query(PURCHASE, {
        i: { productCode: "PRO", period: "YEARLY", quantity: 10, renew, paymentMethod: "CARD" },
      });
      expect(bought.subscriptionPurchase.userErrors).toEqual([]);
    }
    const env = {
      DATABASE_URL: server.databaseUrl,
      SMTP_URL: sink.smtpUrl,
      TEST_NOW: "2026-12-20T08:00:00Z",
      SEED_DEMO: "false",
      LOG_LEVEL: "warn",
      RATE_LIMIT_POINTS: String(BUDGET),
      JOB_POLLING_SECONDS: "0.5",
      JOB_MAINTENANCE_SECONDS: "1",
      MAIL_RETRY_DELAY_SECONDS: "1",
      MAIL_EXPIRE_SECONDS: "3",
      // The test fires the ticks; the cron would add its own at random.
      SCHEDULE_CRON: "0 3 1 1 *",
    };
    processes.push(...(await Promise.all([1, 2, 3].map(() => spawnServer(env, clockedServerMain)))));
    proxy = await RoundRobinProxy.start(processes.map((p) => p.url));
  }, 120_000);

  afterAll(async () => {
    await proxy?.stop();
    await Promise.all(processes.map((p) => p.stop("SIGKILL")));
    await server?.stop();
    await sink?.down();
  });

  it("keeps a session opened on one process on the others", async () => {
    const client = new GraphQLClient(proxy.url);
    const answer = await signInRequest(client, DEMO.member.email, DEMO.member.password);
    expect(answer.data?.signIn.viewer?.user?.email).toBe(DEMO.member.email);
    const from = proxy.served.length;
    for (let i = 0; i < 6; i++) {
      expect((await client.query(VIEWER)).viewer?.user?.email).toBe(DEMO.member.email);
    }
    expect(new Set(proxy.served.slice(from))).toEqual(new Set([0, 1, 2]));
  });

  it("spends one budget per caller across all processes", async () => {
    const client = new GraphQLClient(proxy.url);
    await signInRequest(client, DEMO.viewer.email, DEMO.viewer.password);
    const first = await client.request(VIEWER);
    const cost = BUDGET - Number(first.headers.get("ratelimit-remaining"));
    expect(cost).toBeGreaterThan(0);
    const allowed = Math.floor(BUDGET / cost);
    const statuses = [first.status];
    const from = proxy.served.length;
    await inParallel(allowed + 20 - 1, 6, async () => {
      statuses.push((await client.request(VIEWER)).status);
    });
    // Three budgets would have let every request through; one lets exactly `allowed` through.
    expect(statuses.filter((s) => s === 200)).toHaveLength(allowed);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20);
    expect(new Set(proxy.served.slice(from))).toEqual(new Set([0, 1, 2]));
  });

  it("runs scheduled work once and mails each notice once while every process gets the ticks", async () => {
    const queue = server.services.get(JobQueue);
    await Promise.all(Array.from({ length: 6 }, () => queue.tick()));
    const isNotice = (subject: string) => /renews on|ends on/.test(subject);
    await sink.waitFor(2 * contacts.length, (m) => isNotice(m.subject));
    await sleep(2_000);
    const notices = (await sink.mails()).filter((m) => isNotice(m.subject));
    for (const email of contacts) {
      const theirs = notices.filter((m) => m.to[0].address === email).map((m) => m.text.split("\n")[0]);
      expect(theirs.sort()).toEqual([
        "Pro (10 licenses) ends on 1 March 2027; renewal is off.",
        "Pro renews on 1 March 2027 for 10 licenses, €249.50.",
      ]);
    }
    // Every tick ran, each on one process only.
    const [{ count }] = await server.dataSource.query(
      "SELECT count(*)::int AS count FROM pgboss.job WHERE name = 'scheduled-work' AND state = 'completed'",
    );
    expect(count).toBe(6);
  });

  it("loses no acknowledged write and doubles none when a process is killed under load", async () => {
    const owners: GraphQLClient[] = [];
    for (let i = 0; i < 4; i++) {
      const client = new GraphQLClient(proxy.url);
      await signInRequest(client, DEMO.owner.email, DEMO.owner.password);
      owners.push(client);
    }
    const total = 40;
    const acknowledged: string[] = [];
    let answered = 0;
    let killed = false;
    await inParallel(total, 8, async (i) => {
      const email = `load${i}@balanced.example`;
      const answer = await owners[i % owners.length]
        .request(INVITE, { i: { email, companyName: `Load ${i}` } })
        .catch(() => null);
      if (answer?.status === 200 && answer.data?.customerInvite.userErrors.length === 0)
        acknowledged.push(email);
      answered++;
      if (answered === 12 && !killed) {
        killed = true;
        processes[1].process.kill("SIGKILL");
      }
    });
    expect(killed).toBe(true);
    // Only requests the killed process held can have failed; the balancer sent the rest elsewhere.
    expect(acknowledged.length).toBeGreaterThan(total - 8);

    const rows: Array<{ company: string; count: number }> = await server.dataSource.query(
      "SELECT company_name AS company, count(*)::int AS count FROM customer_link WHERE company_name LIKE 'Load %' GROUP BY 1",
    );
    const stored = new Map(rows.map((r) => [r.company, r.count]));
    for (const email of acknowledged) {
      expect(stored.get(`Load ${email.match(/\d+/)?.[0]}`), email).toBe(1);
    }
    expect(rows.every((r) => r.count === 1)).toBe(true);

    // Each acknowledged invitation mails its activation link once, whichever process wrote it.
    // SMTP cannot be exactly-once: a process killed after the sink accepted a mail and before
    // it recorded the sending sends it again, with the same Message-ID, the key receivers
    // dedupe on. So each address gets one message, counted by Message-ID, never two messages.
    const isLoad = (address: string) => address.endsWith("@balanced.example");
    // Waited for address by address: a resent copy must not stand in for a mail still on its way.
    for (const email of acknowledged) await sink.waitFor(1, (m) => m.to[0].address === email, 30_000);
    await sleep(2_000);
    const mails = (await sink.mails()).filter((m) => isLoad(m.to[0].address));
    const perAddress = new Map<string, Set<string>>();
    for (const mail of mails) {
      const address = mail.to[0].address;
      perAddress.set(address, (perAddress.get(address) ?? new Set()).add(mail.messageId));
    }
    for (const email of acknowledged) expect(perAddress.get(email)?.size, email).toBe(1);
    expect([...perAddress.values()].every((ids) => ids.size === 1)).toBe(true);
    // A resent copy is rare: only the sends in flight on the killed process can repeat.
    expect(mails.length - perAddress.size).toBeLessThanOrEqual(5);
    expect(rows.length).toBe(perAddress.size);
  });
});
