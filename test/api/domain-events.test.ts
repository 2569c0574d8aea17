import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EventBus } from "../../server/src/events/event-bus.js";
import { JobQueue } from "../../server/src/jobs/job-queue.js";
import { ScheduledWork } from "../../server/src/jobs/scheduled-work.js";
import { graphql } from "../generated/index.js";
import { DEMO, signedIn } from "../support/accounts.js";
import type { GraphQLClient } from "../support/graphql-client.js";
import { startTestServer, type TestServer } from "../support/server.js";

const INVITE = graphql(`mutation EventfulInvite($i: CustomerInviteInput!) {
  customerInvite(input: $i) { customer { id } userErrors { code } }
}`);

interface EventRow {
  type: string;
  version: number;
  account_id: string;
  actor_kind: string;
  actor_id: string | null;
  subject_id: string;
  payload: Record<string, unknown>;
  handled_at: Date | null;
}

/**
 * Writes an event the way a transaction does, with its queue job, as if its process died right
 * after the commit and never handed it over itself.
 */
async function orphanedEvent(server: TestServer, accountId: string, note: string): Promise<string> {
  const id = randomUUID();
  const jobs = server.services.get(JobQueue);
  await server.dataSource.transaction(async (em) => {
    await em.query(
      `INSERT INTO domain_event (id, type, version, occurred_at, account_id, actor_kind, actor_id, subject_id, payload)
       VALUES ($1, 'partner_discount.requested', 1, now(), $2, 'SYSTEM', NULL, $3, $4)`,
      [
        id,
        accountId,
        accountId,
        JSON.stringify({ resellerName: "Northwind IT", requestedBy: "an API key", note }),
      ],
    );
    await jobs.enqueueEvent(em, id);
  });
  return id;
}

/** The request mails an event made: one to each member of vendor staff. */
async function mailsWithNote(server: TestServer, note: string): Promise<number> {
  const [{ count }] = await server.dataSource.query(
    "SELECT count(*)::int AS count FROM outbox WHERE template = 'discount_code_request' AND data->>'note' = $1",
    [note],
  );
  return count;
}

async function vendorStaff(server: TestServer): Promise<number> {
  const [{ count }] = await server.dataSource.query(
    "SELECT count(*)::int AS count FROM app_user WHERE is_vendor_staff",
  );
  return count;
}

describe("domain events", () => {
  let server: TestServer;
  let owner: GraphQLClient;
  let northwindId: string;

  beforeAll(async () => {
    server = await startTestServer({ seed: true });
    owner = await signedIn(server, DEMO.owner);
    [{ id: northwindId }] = await server.dataSource.query(
      "SELECT a.id FROM account a JOIN membership m ON m.account_id = a.id JOIN app_user u ON u.id = m.user_id WHERE u.email = $1",
      [DEMO.owner.email],
    );
  });
  afterAll(() => server?.stop());

  it("exist exactly when their cause commits, with the envelope subscribers need and no secrets", async () => {
    const events = () => server.dataSource.query<EventRow[]>("SELECT * FROM domain_event ORDER BY seq");
    const before = (await events()).length;

    const invited = await owner.query(INVITE, {
      i: { email: "events@customer.example", companyName: "Events Ltd" },
    });
    const refused = await owner.query(INVITE, {
      i: { email: "events@customer.example", companyName: "Events Ltd" },
    });
    expect(refused.customerInvite.userErrors.map((e) => e.code)).toEqual(["ALREADY_CUSTOMER"]);

    const written = (await events()).slice(before);
    expect(written).toHaveLength(1);
    const [event] = written;
    const [{ id: ownerId }] = await server.dataSource.query("SELECT id FROM app_user WHERE email = $1", [
      DEMO.owner.email,
    ]);
    expect(event).toMatchObject({
      type: "customer.invited",
      version: 1,
      account_id: northwindId,
      actor_kind: "USER",
      actor_id: ownerId,
      subject_id: invited.customerInvite.customer?.id,
      payload: { accountCreated: true, activationNeeded: true, resellerName: "Northwind IT" },
    });
    expect(JSON.stringify(event.payload)).not.toMatch(/token|password|secret/i);
    // Handed to the mail subscriber right after the commit.
    expect(event.handled_at).not.toBeNull();
    const [mail] = await server.dataSource.query(
      "SELECT template FROM outbox WHERE recipient = 'events@customer.example'",
    );
    expect(mail).toEqual({ template: "customer_activation" });
  });

  it("reach each subscriber once when several workers hand the same event over at once", async () => {
    const note = "race-0001";
    const id = await orphanedEvent(server, northwindId, note);
    const bus = server.services.get(EventBus);
    await Promise.all(Array.from({ length: 6 }, () => bus.deliver([id])));
    await bus.deliver([id]);

    expect(await vendorStaff(server)).toBeGreaterThan(0);
    expect(await mailsWithNote(server, note)).toBe(await vendorStaff(server));
  });

  it("get their job again from the scheduled work when it was lost", async () => {
    const id = randomUUID();
    // An event whose job is gone, e.g. deleted by hand after its retries ran out.
    await server.dataSource.query(
      `INSERT INTO domain_event (id, type, version, occurred_at, account_id, actor_kind, actor_id, subject_id, payload)
       VALUES ($1, 'partner_discount.requested', 1, $2, $3, 'SYSTEM', NULL, $4, $5)`,
      [
        id,
        server.clock.now(),
        northwindId,
        northwindId,
        JSON.stringify({ resellerName: "Northwind IT", requestedBy: "an API key", note: "lost-0001" }),
      ],
    );
    const work = server.services.get(ScheduledWork);
    expect((await work.run()).eventsRequeued).toBe(0);
    server.clock.advance(11 * 60 * 1000);
    expect((await work.run()).eventsRequeued).toBe(1);
    const [job] = await server.dataSource.query("SELECT name FROM pgboss.job WHERE id = $1", [id]);
    expect(job).toEqual({ name: "domain-event" });
  });

  it("are handed over from the queue when the process that wrote them died first", async () => {
    const worker = await startTestServer({
      seed: true,
      jobs: { workers: true, pollingIntervalSeconds: 0.5 },
    });
    try {
      const [{ id: accountId }] = await worker.dataSource.query(
        "SELECT a.id FROM account a JOIN membership m ON m.account_id = a.id JOIN app_user u ON u.id = m.user_id WHERE u.email = $1",
        [DEMO.owner.email],
      );
      const note = "queue-0001";
      const id = await orphanedEvent(worker, accountId, note);
      const deadline = Date.now() + 15_000;
      while ((await mailsWithNote(worker, note)) === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(await mailsWithNote(worker, note)).toBe(await vendorStaff(worker));
      const [{ handled }] = await worker.dataSource.query(
        "SELECT handled_at IS NOT NULL AS handled FROM domain_event WHERE id = $1",
        [id],
      );
      expect(handled).toBe(true);
    } finally {
      await worker.stop();
    }
  });
});
