import { afterEach, describe, expect, it } from "vitest";
import { JobQueue } from "../../server/src/jobs/job-queue.js";
import type { BillingPeriod } from "../generated/graphql.js";
import { graphql } from "../generated/index.js";
import { DEMO, signedIn } from "../support/accounts.js";
import { MailSink } from "../support/mail-sink.js";
import { clockedServerMain, type ServerProcess, spawnServer } from "../support/process.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { SlowLink } from "../support/slow-link.js";

const PURCHASE = graphql(`mutation JobsPurchase($i: SubscriptionPurchaseInput!) {
  subscriptionPurchase(input: $i) { subscription { id } userErrors { code field message } }
}`);
const ADD_CONTACT = graphql(
  `mutation JobsAddContact($i: BillingContactAddInput!) { billingContactAdd(input: $i) { userErrors { code } } }`,
);
const INVITE = graphql(
  `mutation JobsCustomerInvite($i: CustomerInviteInput!) { customerInvite(input: $i) { userErrors { code field } } }`,
);

/** Job timings that make retries and crash recovery take seconds, not minutes. */
const QUICK_JOBS = {
  JOB_POLLING_SECONDS: "0.5",
  JOB_MAINTENANCE_SECONDS: "1",
  MAIL_RETRY_DELAY_SECONDS: "1",
  MAIL_EXPIRE_SECONDS: "3",
  SEED_DEMO: "false",
  LOG_LEVEL: "warn",
  // The tests fire the ticks themselves; the cron (every 5 minutes by default, and at start when
  // a tick is under a minute old) would add ticks of its own at random.
  SCHEDULE_CRON: "0 3 1 1 *",
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("jobs with several server processes on one database", () => {
  const cleanup: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step().catch(() => undefined);
  });

  it("mails each notice to every billing contact exactly once while 3 servers work the same ticks", {
    timeout: 120_000,
  }, async () => {
    const sink = await MailSink.start();
    cleanup.push(() => sink.down());
    // This server only queues (it works no jobs); the three processes below do the work.
    const server: TestServer = await startTestServer({ seed: true, now: "2026-03-01T08:00:00Z" });
    cleanup.push(() => server.stop());
    const gold = await signedIn(server, DEMO.owner);
    const contacts = ["owner@northwind.example", "ap@northwind.example", "cfo@northwind.example"];
    for (const email of contacts.slice(1)) await gold.query(ADD_CONTACT, { i: { email } });
    const buy = async (period: BillingPeriod, quantity: number, renew: boolean) => {
      const bought = await client.query(PURCHASE, {
        i: { productCode: "PRO", period, quantity, renew, paymentMethod: "CARD" },
      });
      expect(bought.subscriptionPurchase.userErrors).toEqual([]);
    };
    let client = gold;
    // Yearly ones end 1 Mar 2027: notices due from 1 Dec 2026.
    await buy("YEARLY", 10, true);
    await buy("YEARLY", 12, false);
    // The monthly one ends 25 Dec 2026: its notice is due from 18 Dec.
    server.clock.set("2026-11-25T08:00:00Z");
    client = await signedIn(server, DEMO.owner);
    await buy("MONTHLY", 20, true);

    const servers: ServerProcess[] = [];
    for (let i = 0; i < 3; i++) {
      const child = await spawnServer(
        {
          ...QUICK_JOBS,
          DATABASE_URL: server.databaseUrl,
          SMTP_URL: sink.smtpUrl,
          TEST_NOW: "2026-12-20T08:00:00Z",
        },
        clockedServerMain,
      );
      servers.push(child);
      cleanup.push(() => child.stop("SIGKILL"));
    }

    // Six ticks at once, as if the scheduler had fired on every server twice.
    const queue = server.services.get(JobQueue);
    await Promise.all(Array.from({ length: 6 }, () => queue.tick()));

    const expected = 3 * contacts.length;
    await sink.waitFor(expected, (m) => /renews on|ends on/.test(m.subject));
    await sleep(3000);
    const notices = (await sink.mails()).filter((m) => /renews on|ends on/.test(m.subject));
    expect(notices).toHaveLength(expected);
    for (const email of contacts) {
      const theirs = notices.filter((m) => m.to[0].address === email).map((m) => m.text.split("\n")[0]);
      expect(theirs.sort()).toEqual([
        "Pro (12 licenses) ends on 1 March 2027; renewal is off.",
        "Pro renews on 1 March 2027 for 10 licenses, €249.50.",
        "Pro renews on 25 December 2026 for 20 licenses, €50.00.",
      ]);
    }
    const [{ count }] = await server.dataSource.query(
      "SELECT count(*)::int AS count FROM pgboss.job WHERE name = 'scheduled-work' AND state = 'completed'",
    );
    expect(count).toBe(6);
  });

  it("loses and doubles nothing when a worker is killed in the middle of a batch", {
    timeout: 120_000,
  }, async () => {
    const sink = await MailSink.start();
    cleanup.push(() => sink.down());
    // The queue's timings are the same on every server, this one included.
    const server: TestServer = await startTestServer({
      seed: true,
      jobs: { workers: false, mailExpireSeconds: 6, mailRetryDelaySeconds: 1 },
    });
    cleanup.push(() => server.stop());
    const gold = await signedIn(server, DEMO.owner);
    const total = 60;
    for (let i = 0; i < total; i++) {
      await gold.query(INVITE, { i: { email: `buyer${i}@batch.example`, companyName: `Batch ${i}` } });
    }
    const count = async (sql: string): Promise<number> =>
      (await server.dataSource.query(sql))[0].count as number;
    const sentInDb = () => count("SELECT count(*)::int AS count FROM outbox WHERE sent_at IS NOT NULL");
    const activeJobs = () =>
      count("SELECT count(*)::int AS count FROM pgboss.job WHERE name = 'mail' AND state = 'active'");

    // Each SMTP exchange waits 15 ms each way: a batch of 50 takes about a second, not a few
    // milliseconds, and still ends well before its job's 6 s lease.
    const link = await SlowLink.start({ host: "127.0.0.1", port: sink.smtpPort }, 15);
    cleanup.push(() => link.stop());
    const env = {
      ...QUICK_JOBS,
      MAIL_EXPIRE_SECONDS: "6",
      DATABASE_URL: server.databaseUrl,
      SMTP_URL: link.smtpUrl,
    };
    const first = await spawnServer(env);
    cleanup.push(() => first.stop("SIGKILL"));
    await sink.waitFor(5, () => true, 30_000);
    expect((await sink.mails()).length).toBeLessThan(total);

    // Freeze the worker where it holds a batch, with every mail the sink accepted committed as
    // sent, then kill it there. (A kill between the sink's acceptance and the commit would send
    // that one mail again, with the same Message-ID: at-least-once with a dedup key.)
    let frozen = false;
    for (let attempt = 0; attempt < 200 && !frozen; attempt++) {
      first.process.kill("SIGSTOP");
      // Long enough for whatever was on the link to reach the sink.
      await sleep(150);
      const [accepted, sent, active] = [(await sink.mails()).length, await sentInDb(), await activeJobs()];
      if (accepted === sent && active > 0 && sent < total) frozen = true;
      else {
        first.process.kill("SIGCONT");
        await sleep(10 + Math.random() * 40);
      }
    }
    expect(frozen).toBe(true);
    await first.stop("SIGKILL");
    const sentBeforeKill = await sentInDb();
    expect(sentBeforeKill).toBeLessThan(total);
    expect(await activeJobs()).toBeGreaterThan(0);

    const second = await spawnServer(env);
    cleanup.push(() => second.stop("SIGKILL"));
    const mails = await sink.waitFor(total, () => true, 60_000);
    await sleep(2000);
    const final = await sink.mails();
    expect(final).toHaveLength(total);
    const ids: Array<{ id: string }> = await server.dataSource.query("SELECT id FROM outbox ORDER BY seq");
    expect(new Set(final.map((m) => m.messageId))).toEqual(new Set(ids.map((r) => `${r.id}@reseller-hub`)));
    expect(new Set(mails.map((m) => m.to[0].address)).size).toBe(total);
    expect(await sentInDb()).toBe(total);
  });
});
