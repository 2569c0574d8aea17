import { Webhook } from "standardwebhooks";
import { afterEach, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../../server/src/common/context.js";
import { UnitOfWork } from "../../server/src/db/unit-of-work.js";
import { graphql } from "../generated/index.js";
import { DEMO, signedIn } from "../support/accounts.js";
import { MailSink } from "../support/mail-sink.js";
import { clockedServerMain, spawnServer } from "../support/process.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { WebhookReceiver } from "../support/webhook-receiver.js";

const CREATE = graphql(`mutation WebhooksAcrossCreate($i: WebhookEndpointCreateInput!) {
  webhookEndpointCreate(input: $i) { endpoint { id } secret userErrors { code field } }
}`);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("webhooks with several server processes on one database", () => {
  const cleanup: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step().catch(() => undefined);
  });

  it("delivers each of 500 events exactly once while 3 servers work the queue", {
    timeout: 180_000,
  }, async () => {
    const sink = await MailSink.start();
    cleanup.push(() => sink.down());
    const receiver = await WebhookReceiver.start();
    cleanup.push(() => receiver.stop());
    // This server works no jobs; it records the events and queues their deliveries.
    const server: TestServer = await startTestServer({ seed: true, now: "2026-03-01T08:00:00Z" });
    cleanup.push(() => server.stop());
    const owner = await signedIn(server, DEMO.owner);
    const created = (
      await owner.query(CREATE, { i: { url: receiver.url, eventTypes: ["customer.updated"] } })
    ).webhookEndpointCreate;
    expect(created.userErrors).toEqual([]);

    for (let i = 0; i < 3; i++) {
      const child = await spawnServer(
        {
          DATABASE_URL: server.databaseUrl,
          SMTP_URL: sink.smtpUrl,
          TEST_NOW: "2026-03-01T08:00:00Z",
          JOB_POLLING_SECONDS: "0.5",
          SEED_DEMO: "false",
          LOG_LEVEL: "warn",
          SCHEDULE_CRON: "0 3 1 1 *",
        },
        clockedServerMain,
      );
      cleanup.push(() => child.stop("SIGKILL"));
    }

    // 500 domain events of Northwind's, 50 to a transaction, as the services publish them.
    const [{ id: northwind }] = await server.dataSource.query(
      "SELECT id FROM account WHERE name = 'Northwind IT'",
    );
    const work = server.services.get(UnitOfWork);
    const total = 500;
    for (let batch = 0; batch < total / 50; batch++) {
      await work.run(
        SYSTEM_ACTOR,
        async (ctx) => {
          for (let i = 0; i < 50; i++) {
            const n = batch * 50 + i;
            await ctx.publish("customer.updated", `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`, {
              customer: { id: `c${n}`, companyName: `Company ${n}`, comment: "" },
            });
          }
        },
        { accountId: northwind },
      );
    }

    await receiver.waitFor(total, 120_000);
    await sleep(3000);
    expect(receiver.received).toHaveLength(total);
    const ids = receiver.received.map((r) => String(r.headers["webhook-id"]));
    expect(new Set(ids).size).toBe(total);
    const verifier = new Webhook(created.secret as string);
    for (const request of receiver.received) {
      verifier.verify(request.body, WebhookReceiver.signatureHeaders(request));
    }
    const [{ succeeded, once }] = await server.dataSource.query(
      `SELECT count(*) FILTER (WHERE status = 'SUCCEEDED')::int AS succeeded,
              count(*) FILTER (WHERE attempts = 1)::int AS once
       FROM webhook_delivery WHERE endpoint_id = $1`,
      [created.endpoint?.id],
    );
    expect({ succeeded, once }).toEqual({ succeeded: total, once: total });
  });
});
