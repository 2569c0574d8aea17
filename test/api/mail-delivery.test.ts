import { afterAll, afterEach, describe, expect, it } from "vitest";
import { ScheduledWork } from "../../server/src/jobs/scheduled-work.js";
import { graphql } from "../generated/index.js";
import { DEMO, signedIn } from "../support/accounts.js";
import { linkIn, MailSink } from "../support/mail-sink.js";
import { startTestServer, type TestServer } from "../support/server.js";

const INVITE = graphql(`mutation MailCustomerInvite($i: CustomerInviteInput!) {
  customerInvite(input: $i) { customer { id } userErrors { code field } }
}`);

interface OutboxState {
  id: string;
  attempts: number;
  sent_at: Date | null;
  last_error: string | null;
}

async function outboxTo(server: TestServer, recipient: string): Promise<OutboxState[]> {
  return server.dataSource.query(
    "SELECT id, attempts, sent_at, last_error FROM outbox WHERE recipient = $1 ORDER BY seq",
    [recipient],
  );
}

async function until<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 30_000,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("mail delivery over SMTP", () => {
  const cleanup: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });
  afterAll(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it("delivers a new customer's activation mail, in text and HTML, with a link to the activation page", async () => {
    const sink = await MailSink.start();
    cleanup.push(() => sink.down());
    const server = await startTestServer({
      seed: true,
      smtpUrl: sink.smtpUrl,
      jobs: { pollingIntervalSeconds: 0.5 },
    });
    cleanup.push(() => server.stop());
    const northwind = await signedIn(server, DEMO.owner);

    await northwind.query(INVITE, { i: { email: "it@margie.example", companyName: "Margie's Travel" } });

    const [mail] = await sink.waitFor(1, (m) => m.to[0]?.address === "it@margie.example");
    expect(mail.subject).toBe("Northwind IT added you on Reseller Hub");
    expect(mail.text).toContain("Northwind IT added Margie's Travel as a customer");
    const link = linkIn(mail, `${server.url}/activate?token=`);
    expect(mail.html).toContain(`href="${link.replaceAll("&", "&#38;")}"`);
    const [row] = await outboxTo(server, "it@margie.example");
    // The outbox id is the dedup key every attempt carries.
    expect(mail.messageId).toBe(`${row.id}@reseller-hub`);
    expect(row.sent_at).not.toBeNull();
    expect(row.attempts).toBe(1);
  });

  it("keeps retrying while the SMTP server is down and delivers once it is back, exactly once", {
    timeout: 120_000,
  }, async () => {
    const sink = await MailSink.notRunning();
    cleanup.push(() => sink.down());
    const server = await startTestServer({
      seed: true,
      smtpUrl: sink.smtpUrl,
      jobs: { pollingIntervalSeconds: 0.5, mailRetryDelaySeconds: 1 },
    });
    cleanup.push(() => server.stop());
    const northwind = await signedIn(server, DEMO.owner);

    await northwind.query(INVITE, { i: { email: "ops@lucerne.example", companyName: "Lucerne Publishing" } });

    // Two refused attempts, recorded, and nothing lost.
    const [failing] = await until("two failed attempts", async () => {
      const rows = await outboxTo(server, "ops@lucerne.example");
      return rows[0]?.attempts >= 2 ? rows : null;
    });
    expect(failing.sent_at).toBeNull();
    expect(failing.last_error).toMatch(/ECONNREFUSED|connect/i);

    await sink.up();
    const mails = await sink.waitFor(1, (m) => m.to[0]?.address === "ops@lucerne.example", 45_000);
    expect(mails[0].subject).toBe("Northwind IT added you on Reseller Hub");
    const [sent] = await until("the outbox to say sent", async () => {
      const rows = await outboxTo(server, "ops@lucerne.example");
      return rows[0]?.sent_at ? rows : null;
    });
    expect(sent.attempts).toBeGreaterThanOrEqual(3);
    expect(sent.last_error).toBeNull();
    // Later retries and sweeps do not send it again.
    await server.services.get(ScheduledWork).run();
    await new Promise((r) => setTimeout(r, 1500));
    expect(await sink.mailsTo("ops@lucerne.example")).toHaveLength(1);
  });
});
