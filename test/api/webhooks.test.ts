import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PeriodEndService } from "../../server/src/subscription/period-end.service.js";
import { graphql } from "../generated/index.js";
import { DEMO, latestMail, signedIn, signInRequest } from "../support/accounts.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { GraphQLClient } from "../support/graphql-client.js";
import { MailSink } from "../support/mail-sink.js";
import { type ServerProcess, spawnServer } from "../support/process.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { type Received, WebhookReceiver } from "../support/webhook-receiver.js";

const CREATE = graphql(`mutation WebhooksCreate($i: WebhookEndpointCreateInput!) {
  webhookEndpointCreate(input: $i) {
    endpoint { id url eventTypes enabled failingSince }
    secret
    userErrors { code field message }
  }
}`);
const UPDATE = graphql(`mutation WebhooksUpdate($i: WebhookEndpointUpdateInput!) {
  webhookEndpointUpdate(input: $i) { endpoint { id url eventTypes enabled description } userErrors { code field } }
}`);
const DELETE = graphql(`mutation WebhooksDelete($id: ID!) {
  webhookEndpointDelete(id: $id) { deletedId userErrors { code field } }
}`);
const ROTATE = graphql(`mutation WebhooksRotate($id: ID!) {
  webhookEndpointRotateSecret(id: $id) { endpoint { previousSecretExpiresAt } secret userErrors { code field } }
}`);
const SEND_TEST = graphql(`mutation WebhooksSendTest($id: ID!) {
  webhookEndpointSendTest(id: $id) { delivery { id webhookId status } userErrors { code field } }
}`);
const REDELIVER = graphql(`mutation WebhooksRedeliver($id: ID!) {
  webhookDeliveryRedeliver(id: $id) { delivery { id status } userErrors { code field } }
}`);
const ENDPOINTS = graphql(
  `query WebhooksEndpoints { webhookEndpoints { id url enabled failingSince disabledReason } }`,
);
const EVENT_TYPES = graphql(`query WebhooksEventTypes { webhookEventTypes }`);
const DELIVERIES = graphql(`query WebhooksDeliveries($f: WebhookDeliveryFilter, $first: Int, $after: String) {
  webhookDeliveries(filter: $f, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id endpointId eventType webhookId status attempts lastResponseStatus durationMs responseBody
      attemptLog { number responseStatus durationMs responseBody error }
    }
  }
}`);

const PURCHASE = graphql(`mutation WebhooksPurchase($i: SubscriptionPurchaseInput!) {
  subscriptionPurchase(input: $i) { subscription { id } userErrors { code field message } }
}`);
const ASSIGN = graphql(`mutation WebhooksAssign($id: ID!, $c: ID!) {
  subscriptionAssign(id: $id, customerId: $c) { userErrors { code field } }
}`);
const CHANGE = graphql(`mutation WebhooksChange($id: ID!, $q: Int!) {
  subscriptionChangeQuantity(id: $id, quantity: $q) { userErrors { code field } }
}`);
const SUBSCRIPTION = graphql(`query WebhooksSubscription($id: ID!) {
  subscription(id: $id) {
    id status product { code name } period quantity nextQuantity nextQuantityFrom renew paymentMethod
    savedPaymentMethod { id label } currency partnerDiscountBp currentPeriodStart currentPeriodEnd
    createdAt assignedAt endedAt customer { id companyName }
  }
}`);
const INVITE = graphql(`mutation WebhooksInvite($i: CustomerInviteInput!) {
  customerInvite(input: $i) { customer { id } userErrors { code field } }
}`);
const CUSTOMER_UPDATE = graphql(`mutation WebhooksCustomerUpdate($id: ID!, $i: CustomerUpdateInput!) {
  customerUpdate(id: $id, input: $i) { userErrors { code field } }
}`);
const CUSTOMER_REMOVE = graphql(`mutation WebhooksCustomerRemove($id: ID!) {
  customerRemove(id: $id) { userErrors { code field } }
}`);
const TRIAL_START = graphql(`mutation WebhooksTrialStart($c: ID!) {
  trialStart(customerId: $c, productCode: "PRO") { trial { id } userErrors { code field } }
}`);
const INVOICE = graphql(`query WebhooksInvoice($id: ID!) {
  invoice(id: $id) {
    id number kind status issuedAt dueAt paidAt currency subtotal discountTotal netTotal
    vatTreatment vatRateBp vatAmount total paymentMethod paymentReference lastPaymentError
    subscriptionId pdfUrl
    lines {
      description productCode period quantity unitPrice retailAmount volumeDiscountBp volumeDiscount
      partnerDiscountBp partnerDiscount amount periodStart periodEnd customerName
    }
  }
}`);
const TRIAL = graphql(`query WebhooksTrial($id: ID!) {
  trial(id: $id) { id status product { code name } startedAt endsAt endedAt }
}`);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The body as the receiver parsed it, after checking its signature with `secret`. */
function verified(secret: string, request: Received) {
  return new Webhook(secret).verify(request.body, WebhookReceiver.signatureHeaders(request)) as {
    type: string;
    timestamp: string;
    data: {
      id: string;
      type: string;
      version: number;
      subjectId: string;
      accountId: string;
      object: Record<string, unknown> | null;
      payload: unknown;
    };
  };
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await sleep(100);
  }
}

describe("webhooks", () => {
  let server: TestServer;
  let sink: MailSink;
  let owner: GraphQLClient;
  const receivers: WebhookReceiver[] = [];

  const receiver = async () => {
    const started = await WebhookReceiver.start();
    receivers.push(started);
    return started;
  };
  const create = async (url: string, eventTypes: string[] = []) => {
    const created = (await owner.query(CREATE, { i: { url, eventTypes } })).webhookEndpointCreate;
    expect(created.userErrors).toEqual([]);
    return { id: created.endpoint?.id as string, secret: created.secret as string };
  };

  beforeAll(async () => {
    sink = await MailSink.start();
    server = await startTestServer({
      seed: true,
      now: "2026-01-01T00:00:00Z",
      smtpUrl: sink.smtpUrl,
      jobs: { pollingIntervalSeconds: 0.5 },
      webhooks: { retryDelaysSeconds: [1] },
    });
    owner = await signedIn(server, DEMO.owner);
  }, 60_000);
  afterAll(async () => {
    for (const r of receivers) await r.stop();
    await server?.stop();
    await sink?.down();
  });

  it("lists the event types an endpoint may subscribe to", async () => {
    const { webhookEventTypes } = await owner.query(EVENT_TYPES);
    expect(webhookEventTypes).toEqual(
      expect.arrayContaining([
        "customer.invited",
        "customer.updated",
        "customer.removed",
        "subscription.purchased",
        "subscription.renewed",
        "trial.converted",
        "invoice.issued",
        "invoice.paid",
      ]),
    );
    expect(webhookEventTypes).not.toContain("product.created");
  });

  it("posts a purchase → assign → quantity change → renewal run, each signed with the endpoint's secret", {
    timeout: 60_000,
  }, async () => {
    const hooks = await receiver();
    const types = [
      "subscription.purchased",
      "subscription.assigned",
      "subscription.quantity_changed",
      "subscription.renewed",
    ];
    const endpoint = await create(hooks.url, types);
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);

    const bought = await owner.query(PURCHASE, {
      i: { productCode: "PRO", period: "MONTHLY", quantity: 25, paymentMethod: "CARD" },
    });
    expect(bought.subscriptionPurchase.userErrors).toEqual([]);
    const subscriptionId = bought.subscriptionPurchase.subscription?.id as string;
    const [contoso] = await server.dataSource.query(
      "SELECT l.id FROM customer_link l JOIN account r ON r.id = l.reseller_id WHERE r.name = 'Northwind IT' AND l.company_name = 'Contoso Ltd'",
    );
    expect(
      (await owner.query(ASSIGN, { id: subscriptionId, c: contoso.id })).subscriptionAssign.userErrors,
    ).toEqual([]);
    expect(
      (await owner.query(CHANGE, { id: subscriptionId, q: 30 })).subscriptionChangeQuantity.userErrors,
    ).toEqual([]);
    server.clock.set("2026-02-01T00:00:01Z");
    await server.services.get(PeriodEndService).run();
    owner = await signedIn(server, DEMO.owner);

    const requests = await hooks.waitFor(4);
    const bodies = requests.map((request) => verified(endpoint.secret, request));
    expect(bodies.map((b) => b.type).sort()).toEqual([...types].sort());
    for (const [i, body] of bodies.entries()) {
      expect(body.data).toMatchObject({ type: body.type, version: 1, subjectId: subscriptionId });
      expect(requests[i].headers["webhook-id"]).toBe(body.data.id);
      expect(body.data.payload).toBeTypeOf("object");
    }
    // Each carries the subscription as it stood after its change, as the API answers for it.
    const object = (type: string) => bodies.find((b) => b.type === type)?.data.object;
    expect(object("subscription.purchased")).toMatchObject({
      id: subscriptionId,
      status: "ACTIVE",
      quantity: 25,
      period: "MONTHLY",
      product: { code: "PRO" },
      customer: null,
    });
    expect(object("subscription.assigned")).toMatchObject({
      quantity: 25,
      customer: { id: contoso.id, companyName: "Contoso Ltd" },
    });
    expect(object("subscription.quantity_changed")).toMatchObject({ quantity: 30 });
    expect(object("subscription.renewed")).toEqual(
      (await owner.query(SUBSCRIPTION, { id: subscriptionId })).subscription,
    );
    expect(object("subscription.renewed")).toMatchObject({
      quantity: 30,
      currentPeriodStart: "2026-02-01T00:00:00.000Z",
    });
    // A receiver with another secret cannot verify them.
    expect(() => verified("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", requests[0])).toThrow();

    const log = await until(
      () => owner.query(DELIVERIES, { f: { endpointId: endpoint.id } }),
      (d) => d.webhookDeliveries.nodes.every((n) => n.status === "SUCCEEDED"),
    );
    expect(log.webhookDeliveries.totalCount).toBe(4);
    for (const node of log.webhookDeliveries.nodes) {
      expect(node).toMatchObject({
        status: "SUCCEEDED",
        attempts: 1,
        lastResponseStatus: 200,
        responseBody: "thanks",
      });
      expect(node.attemptLog).toHaveLength(1);
    }
    // Filters and pages.
    const renewed = await owner.query(DELIVERIES, { f: { eventType: "subscription.renewed" } });
    expect(renewed.webhookDeliveries.nodes.map((n) => n.eventType)).toEqual(["subscription.renewed"]);
    const first = await owner.query(DELIVERIES, { f: { endpointId: endpoint.id }, first: 3 });
    expect(first.webhookDeliveries.pageInfo.hasNextPage).toBe(true);
    const rest = await owner.query(DELIVERIES, {
      f: { endpointId: endpoint.id },
      first: 3,
      after: first.webhookDeliveries.pageInfo.endCursor,
    });
    expect(rest.webhookDeliveries.nodes).toHaveLength(1);
    expect(
      new Set([...first.webhookDeliveries.nodes, ...rest.webhookDeliveries.nodes].map((n) => n.id)).size,
    ).toBe(4);
  });

  it("carries each event's subject as the API answers for it: a customer, its trial, its invoice; null once removed", {
    timeout: 60_000,
  }, async () => {
    const hooks = await receiver();
    const endpoint = await create(hooks.url, [
      "customer.invited",
      "customer.updated",
      "customer.removed",
      "trial.started",
      "trial.converted",
      "invoice.issued",
    ]);
    const invited = await owner.query(INVITE, {
      i: { email: "buyer@objects.example", companyName: "Objects Ltd" },
    });
    expect(invited.customerInvite.userErrors).toEqual([]);
    const customerId = invited.customerInvite.customer?.id as string;
    expect(
      (
        await owner.query(CUSTOMER_UPDATE, {
          id: customerId,
          i: { companyName: "Objects AG", comment: "VIP" },
        })
      ).customerUpdate.userErrors,
    ).toEqual([]);
    const started = await owner.query(TRIAL_START, { c: customerId });
    expect(started.trialStart.userErrors).toEqual([]);
    const trialId = started.trialStart.trial?.id as string;
    const { trial } = await owner.query(TRIAL, { id: trialId });
    const bought = await owner.query(PURCHASE, {
      i: { productCode: "PRO", period: "YEARLY", quantity: 10, paymentMethod: "CARD", customerId },
    });
    expect(bought.subscriptionPurchase.userErrors).toEqual([]);
    expect((await owner.query(CUSTOMER_REMOVE, { id: customerId })).customerRemove.userErrors).toEqual([]);

    const bodies = (await hooks.waitFor(6)).map((request) => verified(endpoint.secret, request));
    const byType = new Map(bodies.map((b) => [b.type, b.data]));
    expect(byType.get("customer.invited")?.object).toMatchObject({
      id: customerId,
      email: "buyer@objects.example",
      companyName: "Objects Ltd",
      status: "INVITED",
      subscriptions: [],
      trial: null,
    });
    expect(byType.get("customer.updated")?.object).toMatchObject({
      companyName: "Objects AG",
      comment: "VIP",
    });
    expect(byType.get("trial.started")?.object).toEqual(trial);
    expect(trial).toMatchObject({ id: trialId, status: "ACTIVE", product: { code: "PRO" } });
    expect(byType.get("trial.converted")?.object).toMatchObject({ id: trialId, status: "CONVERTED" });
    const issued = byType.get("invoice.issued");
    const { invoice } = await owner.query(INVOICE, { id: issued?.subjectId as string });
    expect(issued?.object).toEqual(invoice);
    expect(invoice).toMatchObject({
      kind: "PURCHASE",
      status: "PAID",
      lines: [{ quantity: 10, customerName: "Objects AG" }],
    });
    // Gone from the list: the payload still says which customer it was.
    expect(byType.get("customer.removed")).toMatchObject({
      subjectId: customerId,
      object: null,
      payload: { customer: { id: customerId } },
    });
  });

  it("retries a receiver that fails 3 times: the 4th attempt arrives with the same webhook-id, and a redelivery too", {
    timeout: 60_000,
  }, async () => {
    const hooks = await receiver();
    hooks.answer = (_request, index) => (index < 3 ? 503 : 200);
    // Subscribed to one type only, so the test event is all it gets.
    const endpoint = await create(hooks.url, ["customer.removed"]);
    const sent = (await owner.query(SEND_TEST, { id: endpoint.id })).webhookEndpointSendTest;
    expect(sent.userErrors).toEqual([]);

    const requests = await hooks.waitFor(4);
    const ids = new Set(requests.map((r) => r.headers["webhook-id"]));
    expect([...ids]).toEqual([sent.delivery?.webhookId]);
    for (const request of requests) expect(verified(endpoint.secret, request).type).toBe("webhook.test");

    const log = await until(
      () => owner.query(DELIVERIES, { f: { endpointId: endpoint.id } }),
      (d) => d.webhookDeliveries.nodes[0]?.status === "SUCCEEDED",
    );
    const [delivery] = log.webhookDeliveries.nodes;
    expect(delivery).toMatchObject({ status: "SUCCEEDED", attempts: 4, lastResponseStatus: 200 });
    expect(delivery.attemptLog.map((a) => a.responseStatus)).toEqual([503, 503, 503, 200]);
    expect(delivery.attemptLog[0].responseBody).toBe("no, 503");
    const failedOnly = await owner.query(DELIVERIES, { f: { endpointId: endpoint.id, status: "FAILED" } });
    expect(failedOnly.webhookDeliveries.totalCount).toBe(0);
    // The endpoint answers again, so it is not failing.
    const { webhookEndpoints } = await owner.query(ENDPOINTS);
    expect(webhookEndpoints.find((e) => e.id === endpoint.id)?.failingSince).toBeNull();

    const again = (await owner.query(REDELIVER, { id: delivery.id })).webhookDeliveryRedeliver;
    expect(again.userErrors).toEqual([]);
    const [, , , , fifth] = await hooks.waitFor(5);
    expect(fifth.headers["webhook-id"]).toBe(sent.delivery?.webhookId);
  });

  it("signs with the old and the new secret for 24 h after a rotation, then with the new one only", {
    timeout: 60_000,
  }, async () => {
    const hooks = await receiver();
    const endpoint = await create(hooks.url, ["customer.removed"]);
    const rotated = (await owner.query(ROTATE, { id: endpoint.id })).webhookEndpointRotateSecret;
    expect(rotated.userErrors).toEqual([]);
    expect(rotated.secret).not.toBe(endpoint.secret);
    await owner.query(SEND_TEST, { id: endpoint.id });
    const [within] = await hooks.waitFor(1);
    expect(String(within.headers["webhook-signature"]).split(" ")).toHaveLength(2);
    expect(verified(endpoint.secret, within).type).toBe("webhook.test");
    expect(verified(rotated.secret as string, within).type).toBe("webhook.test");

    server.clock.set(new Date(server.clock.now().getTime() + 25 * 3600_000).toISOString());
    owner = await signedIn(server, DEMO.owner);
    await owner.query(SEND_TEST, { id: endpoint.id });
    const [, after] = await hooks.waitFor(2);
    expect(String(after.headers["webhook-signature"]).split(" ")).toHaveLength(1);
    expect(() => verified(endpoint.secret, after)).toThrow();
    expect(verified(rotated.secret as string, after).type).toBe("webhook.test");
  });

  it("disables an endpoint that has failed for 3 days and mails the owner", { timeout: 60_000 }, async () => {
    const hooks = await receiver();
    hooks.answer = () => 500;
    const endpoint = await create(hooks.url, ["customer.removed"]);
    await owner.query(SEND_TEST, { id: endpoint.id });
    await hooks.waitFor(1);
    await until(
      () => owner.query(ENDPOINTS),
      (d) => d.webhookEndpoints.find((e) => e.id === endpoint.id)?.failingSince != null,
    );
    server.clock.set(new Date(server.clock.now().getTime() + 3 * 24 * 3600_000 + 1000).toISOString());
    owner = await signedIn(server, DEMO.owner);
    const after = await until(
      () => owner.query(ENDPOINTS),
      (d) => d.webhookEndpoints.find((e) => e.id === endpoint.id)?.enabled === false,
    );
    expect(after.webhookEndpoints.find((e) => e.id === endpoint.id)).toMatchObject({
      enabled: false,
      disabledReason: expect.stringMatching(/3 days/),
    });
    const log = await owner.query(DELIVERIES, { f: { endpointId: endpoint.id } });
    expect(log.webhookDeliveries.nodes[0].status).toBe("FAILED");
    const mail = await until(
      () => latestMail(server, DEMO.owner.email, "webhook_endpoint_disabled").catch(() => null),
      (m) => m !== null,
    );
    expect(mail).toMatchObject({ url: hooks.url });
    // A disabled endpoint gets no test event until it is enabled again.
    const refused = (await owner.query(SEND_TEST, { id: endpoint.id })).webhookEndpointSendTest;
    expect(refused.userErrors).toEqual([{ code: "ALREADY_DISABLED", field: "id" }]);
    const enabled = (await owner.query(UPDATE, { i: { id: endpoint.id, enabled: true } }))
      .webhookEndpointUpdate;
    expect(enabled.endpoint?.enabled).toBe(true);
  });

  it("refuses bad input by field and writes nothing", async () => {
    const before = (await owner.query(ENDPOINTS)).webhookEndpoints.length;
    const cases: Array<[Record<string, unknown>, { code: string; field: string }]> = [
      [{ url: "ftp://example.com/hooks" }, { code: "URL_NOT_ALLOWED", field: "input.url" }],
      [{ url: "not a url" }, { code: "URL_NOT_ALLOWED", field: "input.url" }],
      [{ url: `https://example.com/${"a".repeat(2100)}` }, { code: "TOO_LONG", field: "input.url" }],
      [
        { url: "https://example.com/h", description: "d".repeat(201) },
        { code: "TOO_LONG", field: "input.description" },
      ],
      [
        { url: "https://example.com/h", eventTypes: ["customer.invited", "subscription.exploded"] },
        {
          code: "UNKNOWN_EVENT_TYPE",
          field: "input.eventTypes",
        },
      ],
    ];
    for (const [input, error] of cases) {
      const answer = (await owner.query(CREATE, { i: input as { url: string } })).webhookEndpointCreate;
      expect(answer.userErrors.map(({ code, field }) => ({ code, field }))).toEqual([error]);
      expect(answer.secret).toBeNull();
    }
    expect((await owner.query(ENDPOINTS)).webhookEndpoints).toHaveLength(before);
  });

  it("is the owner's alone: a member is refused, another reseller finds nothing", async () => {
    const endpoint = await create("http://127.0.0.1:9/nowhere");
    const member = await signedIn(server, DEMO.member);
    const denied = await member.request(ENDPOINTS);
    expect(denied.errors?.[0].extensions?.code).toBe("FORBIDDEN");

    const other = await signedIn(server, DEMO.otherOwner);
    expect((await other.query(ENDPOINTS)).webhookEndpoints).toEqual([]);
    expect((await other.query(DELIVERIES, {})).webhookDeliveries.totalCount).toBe(0);
    const notFound = [{ code: "NOT_FOUND", field: "id" }];
    expect(
      (await other.query(UPDATE, { i: { id: endpoint.id, enabled: false } })).webhookEndpointUpdate
        .userErrors,
    ).toEqual([{ code: "NOT_FOUND", field: "id" }]);
    expect((await other.query(ROTATE, { id: endpoint.id })).webhookEndpointRotateSecret.userErrors).toEqual(
      notFound,
    );
    expect((await other.query(SEND_TEST, { id: endpoint.id })).webhookEndpointSendTest.userErrors).toEqual(
      notFound,
    );
    expect((await other.query(DELETE, { id: endpoint.id })).webhookEndpointDelete.userErrors).toEqual(
      notFound,
    );
    const [delivery] = (await owner.query(DELIVERIES, {})).webhookDeliveries.nodes;
    expect((await other.query(REDELIVER, { id: delivery.id })).webhookDeliveryRedeliver.userErrors).toEqual(
      notFound,
    );

    // The owner's endpoint is untouched; the owner may delete it.
    expect((await owner.query(DELETE, { id: endpoint.id })).webhookEndpointDelete.deletedId).toBe(
      endpoint.id,
    );
  });
});

describe("webhooks in production", () => {
  let database: TestDatabase;
  let production: ServerProcess;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    database = await createTestDatabase();
    receiver = await WebhookReceiver.start();
    production = await spawnServer({
      DATABASE_URL: database.url,
      NODE_ENV: "production",
      SEED_DEMO: "true",
      JOB_WORKERS: "false",
      WEBHOOK_ALLOWED_HOSTS: "hooks.internal.example",
    });
  }, 120_000);
  afterAll(async () => {
    await production?.stop();
    await receiver?.stop();
    await database?.drop();
  });

  it("refuses URLs on loopback, private, link-local or metadata addresses, and plain http", async () => {
    // Signed in through the TLS-terminating proxy on the same host, as production runs.
    const owner = new GraphQLClient(production.url, { "x-forwarded-proto": "https" });
    expect(
      (await signInRequest(owner, DEMO.owner.email, DEMO.owner.password)).data?.signIn.viewer,
    ).toBeTruthy();
    for (const url of [
      receiver.url,
      receiver.url.replace("http:", "https:"),
      "https://localhost/hooks",
      "https://10.0.0.8/hooks",
      "https://192.168.10.1/hooks",
      "https://169.254.169.254/latest/meta-data",
      "https://[::1]/hooks",
      "https://[fd00::1]/hooks",
    ]) {
      const answer = (await owner.query(CREATE, { i: { url } })).webhookEndpointCreate;
      expect(
        answer.userErrors.map(({ code, field }) => ({ code, field })),
        url,
      ).toEqual([{ code: "URL_NOT_ALLOWED", field: "input.url" }]);
    }
    expect((await owner.query(ENDPOINTS)).webhookEndpoints).toEqual([]);
    // A host on WEBHOOK_ALLOWED_HOSTS is allowed whatever it resolves to.
    const allowed = (await owner.query(CREATE, { i: { url: "https://hooks.internal.example/in" } }))
      .webhookEndpointCreate;
    expect(allowed.userErrors).toEqual([]);
  });
});
