import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScheduledWork } from "../../server/src/jobs/scheduled-work.js";
import { renderMail } from "../../server/src/mail/templates.js";
import { graphql } from "../generated/index.js";
import { DEMO, errorCode, signedIn } from "../support/accounts.js";
import { type GraphQLClient, present } from "../support/graphql-client.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { countStatements } from "../support/statements.js";

const KEY_CREATE = graphql(`mutation UsageKeyCreate($i: IngestionKeyCreateInput!) {
  ingestionKeyCreate(input: $i) { ingestionKey { id name prefix createdBy } secret userErrors { code field } }
}`);
const KEY_REVOKE = graphql(`mutation UsageKeyRevoke($id: ID!) {
  ingestionKeyRevoke(id: $id) { ingestionKey { revokedAt } userErrors { code } }
}`);
const REPORT = graphql(`mutation UsageReport($i: UsageReportInput!) {
  usageReport(input: $i) {
    receipt { reportId rows currentUpdated receivedAt replayed }
    userErrors { code field message }
  }
}`);
const BOOK = graphql(`query UsageBook { licenseUsage { productCode agents licenses overBy } }`);
const CUSTOMER_USAGE = graphql(`query UsageOfCustomer($id: ID!) {
  customerUsage(customerId: $id) { productCode productName agents licenses overBy reportedAt licensedElsewhere }
}`);
const HISTORY = graphql(`query UsageHistory($id: ID!, $code: String!) {
  customerUsageHistory(customerId: $id, productCode: $code, days: 7) { day agents }
}`);
const PORTAL = graphql(`query UsagePortal { portalUsage { productCode agents licenses overBy } }`);
const CUSTOMERS = graphql(`query UsageCustomers { customers(first: 50) { nodes { id email } } }`);
const PURCHASE = graphql(`mutation UsagePurchase($i: SubscriptionPurchaseInput!) {
  subscriptionPurchase(input: $i) { subscription { id } userErrors { code } }
}`);
const CHANGE = graphql(`mutation UsageChange($id: ID!, $q: Int!) {
  subscriptionChangeQuantity(id: $id, quantity: $q) { subscription { quantity } userErrors { code } }
}`);

type Row = {
  customerEmail?: string;
  customerAccountId?: string;
  productCode: string;
  agentCount: number;
  observedAt: string;
};

describe("license usage against seats", () => {
  let server: TestServer;
  let staff: GraphQLClient;
  let gold: GraphQLClient;
  let product: GraphQLClient;
  let contosoEntry: string;
  let subscriptionId: string;
  let reports = 0;
  const report = (rows: Row[], reportId = `report-${++reports}`) =>
    product.request(REPORT, { i: { reportId, rows } });
  const run = () => server.services.get(ScheduledWork).run();
  const moveTo = async (iso: string) => {
    server.clock.set(iso);
    gold = await signedIn(server, DEMO.owner);
  };
  const overuseMails = (): Promise<
    Array<{ recipient: string; data: { link: string; licensesToAdd: number } }>
  > =>
    server.dataSource.query(
      "SELECT recipient, data FROM outbox WHERE template = 'usage_over_licenses' ORDER BY seq",
    );

  beforeAll(async () => {
    server = await startTestServer({ seed: true, now: "2026-12-01T09:00:00Z" });
    staff = await signedIn(server, DEMO.staff);
    gold = await signedIn(server, DEMO.owner);
    const created = await staff.query(KEY_CREATE, { i: { name: "Agent counts, production" } });
    product = server.client({
      authorization: `Bearer ${present(created.ingestionKeyCreate.secret, "a key")}`,
    });
    const { customers } = await gold.query(CUSTOMERS);
    contosoEntry = present(
      customers.nodes.find((c) => c.email === DEMO.customer.email),
      "Contoso",
    ).id;
    const bought = await gold.query(PURCHASE, {
      i: {
        productCode: "PRO",
        period: "YEARLY",
        quantity: 25,
        paymentMethod: "CARD",
        customerId: contosoEntry,
      },
    });
    subscriptionId = present(bought.subscriptionPurchase.subscription, "a subscription").id;
  });
  afterAll(() => server?.stop());

  it("staff make a product-ingestion key, shown once, that reports usage and can do nothing else", async () => {
    const created = await staff.query(KEY_CREATE, { i: { name: "  " } });
    expect(created.ingestionKeyCreate.userErrors).toEqual([{ code: "REQUIRED", field: "input.name" }]);

    const first = await report([
      {
        customerEmail: "IT@Contoso.example",
        productCode: "pro",
        agentCount: 30,
        observedAt: "2026-12-01T06:00:00Z",
      },
    ]);
    expect(first.data?.usageReport).toEqual({
      receipt: {
        reportId: "report-1",
        rows: 1,
        currentUpdated: 1,
        receivedAt: "2026-12-01T09:00:00.000Z",
        replayed: false,
      },
      userErrors: [],
    });
    expect(errorCode(await product.request(BOOK))).toBe("FORBIDDEN");
    expect(errorCode(await product.request(CUSTOMERS))).toBe("FORBIDDEN");
    // And nobody else reports usage: not a reseller's owner, not staff.
    expect(errorCode(await gold.request(REPORT, { i: { reportId: "x", rows: [] } }))).toBe("FORBIDDEN");
  });

  it("shows the reseller each customer's agents against the licenses it assigned, and its whole book", async () => {
    const usage = await gold.query(CUSTOMER_USAGE, { id: contosoEntry });
    expect(usage.customerUsage).toEqual([
      {
        productCode: "PRO",
        productName: "Pro",
        agents: 30,
        licenses: 25,
        overBy: 5,
        reportedAt: "2026-12-01T06:00:00.000Z",
        licensedElsewhere: false,
      },
    ]);
    expect((await gold.query(BOOK)).licenseUsage).toEqual([
      { productCode: "PRO", agents: 30, licenses: 25, overBy: 5 },
    ]);
    // Fabrikam has Contoso on its list too, but Northwind licenses those agents: Fabrikam is not short.
    const fabrikam = await signedIn(server, DEMO.otherOwner);
    const theirs = await fabrikam.query(CUSTOMERS);
    const fabrikamEntry = present(
      theirs.customers.nodes.find((c) => c.email === DEMO.customer.email),
      "Contoso",
    ).id;
    expect((await fabrikam.query(CUSTOMER_USAGE, { id: fabrikamEntry })).customerUsage).toMatchObject([
      { productCode: "PRO", agents: 30, licenses: 0, overBy: 0, licensedElsewhere: true },
    ]);
    expect((await fabrikam.query(BOOK)).licenseUsage).toEqual([]);
    // Another reseller's entry is not there to read.
    expect((await fabrikam.query(CUSTOMER_USAGE, { id: contosoEntry })).customerUsage).toBeNull();
    const customer = await signedIn(server, DEMO.customer);
    expect((await customer.query(PORTAL)).portalUsage).toEqual([
      { productCode: "PRO", agents: 30, licenses: 25, overBy: 5 },
    ]);
  });

  it("answers a report sent again as the first time, and refuses other rows under its id", async () => {
    const rows: Row[] = [
      {
        customerEmail: DEMO.customer.email,
        productCode: "PRO",
        agentCount: 31,
        observedAt: "2026-12-01T07:00:00Z",
      },
    ];
    const sent = await Promise.all(Array.from({ length: 5 }, () => report(rows, "twice")));
    const receipts = sent.map((r) => r.data?.usageReport.receipt);
    expect(receipts.filter((r) => r?.replayed === false)).toHaveLength(1);
    expect(receipts.filter((r) => r?.replayed === true)).toHaveLength(4);
    expect(new Set(receipts.map((r) => r?.receivedAt)).size).toBe(1);
    const changed = await report([{ ...rows[0], agentCount: 99 }], "twice");
    expect(changed.data?.usageReport.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["IDEMPOTENCY_KEY_REUSED", "input.reportId"],
    ]);
    expect((await gold.query(CUSTOMER_USAGE, { id: contosoEntry })).customerUsage?.[0].agents).toBe(31);
  });

  it("never moves a count back with a late report, and keeps each day's latest count", async () => {
    const late = await report([
      {
        customerEmail: DEMO.customer.email,
        productCode: "PRO",
        agentCount: 12,
        observedAt: "2026-11-30T18:00:00Z",
      },
      {
        customerEmail: DEMO.customer.email,
        productCode: "PRO",
        agentCount: 10,
        observedAt: "2026-11-30T08:00:00Z",
      },
    ]);
    expect(late.data?.usageReport.receipt).toMatchObject({ rows: 2, currentUpdated: 0 });
    expect((await gold.query(CUSTOMER_USAGE, { id: contosoEntry })).customerUsage?.[0]).toMatchObject({
      agents: 31,
      reportedAt: "2026-12-01T07:00:00.000Z",
    });
    expect((await gold.query(HISTORY, { id: contosoEntry, code: "PRO" })).customerUsageHistory).toEqual([
      { day: "2026-11-30", agents: 12 },
      { day: "2026-12-01", agents: 31 },
    ]);
  });

  it("refuses a report with unknown customers or products row by row, and writes none of it", async () => {
    const before = await server.dataSource.query("SELECT count(*)::int AS n FROM usage_daily");
    const refused = await report([
      {
        customerEmail: DEMO.customer.email,
        productCode: "PRO",
        agentCount: 50,
        observedAt: "2026-12-01T08:00:00Z",
      },
      {
        customerEmail: "nobody@nowhere.example",
        productCode: "PRO",
        agentCount: 1,
        observedAt: "2026-12-01T08:00:00Z",
      },
      {
        customerEmail: DEMO.customer.email,
        productCode: "NOPE",
        agentCount: 1,
        observedAt: "2026-12-01T08:00:00Z",
      },
      {
        customerEmail: DEMO.customer.email,
        customerAccountId: "00000000-0000-4000-8000-000000000000",
        productCode: "PRO",
        agentCount: 1,
        observedAt: "2026-12-01T08:00:00Z",
      },
      {
        customerEmail: DEMO.customer.email,
        productCode: "PRO",
        agentCount: 1,
        observedAt: "2027-01-01T00:00:00Z",
      },
      {
        customerEmail: DEMO.owner.email,
        productCode: "PRO",
        agentCount: 1,
        observedAt: "2026-12-01T08:00:00Z",
      },
    ]);
    expect(refused.data?.usageReport.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["INVALID_INPUT", "input.rows.3.customerEmail"],
      ["INVALID_INPUT", "input.rows.4.observedAt"],
      ["UNKNOWN_CUSTOMER", "input.rows.1.customerEmail"],
      ["UNKNOWN_PRODUCT", "input.rows.2.productCode"],
      ["UNKNOWN_CUSTOMER", "input.rows.5.customerEmail"],
    ]);
    const negative = await report([
      {
        customerEmail: DEMO.customer.email,
        productCode: "PRO",
        agentCount: -1,
        observedAt: "2026-12-01T08:00:00Z",
      },
    ]);
    expect(negative.data?.usageReport.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["INVALID_QUANTITY", "input.rows.0.agentCount"],
    ]);
    expect(await server.dataSource.query("SELECT count(*)::int AS n FROM usage_daily")).toEqual(before);
    expect((await gold.query(CUSTOMER_USAGE, { id: contosoEntry })).customerUsage?.[0].agents).toBe(31);
  });

  it("takes 10,000 rows in one report with as many statements as 10 rows take", async () => {
    // 10,000 customer accounts, straight into the tables, each with an owner to name it by.
    await server.dataSource.query(
      `WITH made AS (
         INSERT INTO account (kind, name, status, created_at)
         SELECT 'CUSTOMER', 'Bulk ' || n, 'ACTIVE', now() FROM generate_series(1, 10000) n RETURNING id, name
       ), people AS (
         INSERT INTO app_user (email, name, status, created_at)
         SELECT 'bulk-' || substr(name, 6) || '@bulk.example', name, 'INVITED', now() FROM made RETURNING id, email
       )
       INSERT INTO membership (account_id, user_id, role, created_at)
       SELECT m.id, p.id, 'OWNER', now() FROM made m JOIN people p ON p.email = 'bulk-' || substr(m.name, 6) || '@bulk.example'`,
    );
    const rows = (count: number, agents: number): Row[] =>
      Array.from({ length: count }, (_, i) => ({
        customerEmail: `bulk-${i + 1}@bulk.example`,
        productCode: "ENTERPRISE",
        agentCount: agents,
        observedAt: "2026-12-01T08:30:00Z",
      }));
    let small: Awaited<ReturnType<typeof report>> | undefined;
    const few = await countStatements(server.dataSource, async () => {
      small = await report(rows(10, 3));
    });
    expect(small?.data?.usageReport.receipt?.currentUpdated).toBe(10);
    let big: Awaited<ReturnType<typeof report>> | undefined;
    const many = await countStatements(server.dataSource, async () => {
      big = await report(rows(10_000, 4).map((r) => ({ ...r, observedAt: "2026-12-01T08:45:00Z" })));
    });
    expect(big?.status).toBe(200);
    expect(big?.data?.usageReport.receipt).toMatchObject({ rows: 10_000, currentUpdated: 10_000 });
    expect(many).toBe(few);
    const [{ n }] = await server.dataSource.query(
      "SELECT count(*)::int AS n FROM usage_current u JOIN product p ON p.id = u.product_id WHERE p.code = 'ENTERPRISE' AND agent_count = 4",
    );
    expect(n).toBe(10_000);
    // Over 10,000 rows is refused whole, naming the limit.
    const tooMany = await report(rows(10_001, 5));
    expect(tooMany.data?.usageReport.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["TOO_LONG", "input.rows"],
    ]);
  });

  it("parses a body over 1 MB only for a product-ingestion key: strangers and reseller sessions get 413", async () => {
    const body = JSON.stringify({
      query: "mutation Big($i: UsageReportInput!) { usageReport(input: $i) { userErrors { code } } }",
      variables: { i: { reportId: "big", rows: [], padding: "x".repeat(1_500_000) } },
    });
    const post = (headers: Record<string, string>) =>
      fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body,
      });
    expect((await post({})).status).toBe(413);
    expect(
      (await post({ authorization: "Bearer rh_000000000000_notakeynotakeynotakeynotakeynotakeynotake1" }))
        .status,
    ).toBe(413);
    expect((await post({ cookie: `rh_session=${gold.cookie("rh_session")}` })).status).toBe(413);
  });

  it("tells the billing contacts once, on the third day in a row over the licenses, with a link to add what is missing", async () => {
    // 31 agents against 25 licenses since 1 Dec.
    expect((await run()).overuse).toEqual({ over: 1, notified: 0 });
    expect((await run()).overuse).toEqual({ over: 0, notified: 0 }); // the day's check ran already
    await moveTo("2026-12-02T09:00:00Z");
    expect((await run()).overuse).toEqual({ over: 1, notified: 0 });
    expect(await overuseMails()).toEqual([]);
    await moveTo("2026-12-03T09:00:00Z");
    // Three servers' scheduled work at once: the day's check runs once, and so does the notice.
    await Promise.all([run(), run(), run()]);
    const mails = await overuseMails();
    const contacts: Array<{ email: string }> = await server.dataSource.query(
      `SELECT b.email FROM billing_contact b JOIN account a ON a.id = b.account_id
        WHERE a.name = 'Northwind IT' ORDER BY b.email`,
    );
    expect(mails.map((m) => m.recipient).sort()).toEqual(contacts.map((c) => c.email));
    const mail = renderMail("usage_over_licenses", mails[0].data as never);
    expect(mail.subject).toBe("Pro: 6 more licenses needed");
    expect(mail.text).toContain(
      "Since 1 December 2026, your customers have had 31 Pro agents registered, and your account holds 25 valid licenses.",
    );
    expect(mails[0].data.link).toBe(`${server.url}/billing?change=${subscriptionId}&quantity=31`);

    await moveTo("2026-12-04T09:00:00Z");
    expect((await run()).overuse).toEqual({ over: 1, notified: 0 });
    expect(await overuseMails()).toHaveLength(mails.length);
  });

  it("ends the episode once the licenses cover the agents; a new episode is told again", async () => {
    const added = await gold.query(CHANGE, { id: subscriptionId, q: 31 });
    expect(added.subscriptionChangeQuantity.userErrors).toEqual([]);
    await moveTo("2026-12-05T09:00:00Z");
    expect((await run()).overuse).toEqual({ over: 0, notified: 0 });
    const sent = (await overuseMails()).length;

    await report([
      {
        customerEmail: DEMO.customer.email,
        productCode: "PRO",
        agentCount: 40,
        observedAt: "2026-12-05T08:00:00Z",
      },
    ]);
    for (const day of ["2026-12-06", "2026-12-07", "2026-12-08"]) {
      await moveTo(`${day}T09:00:00Z`);
      await run();
    }
    const mails = await overuseMails();
    expect(mails.length).toBe(sent * 2);
    expect(mails.at(-1)?.data).toMatchObject({ licensesToAdd: 9 });
  });

  it("stops a revoked key at once", async () => {
    const { ingestionKeys } = await staff.query(
      graphql(`query UsageKeys { ingestionKeys { id name revokedAt } }`),
    );
    expect(ingestionKeys).toEqual([
      { id: expect.any(String), name: "Agent counts, production", revokedAt: null },
    ]);
    const revoked = await staff.query(KEY_REVOKE, { id: ingestionKeys[0].id });
    expect(revoked.ingestionKeyRevoke.userErrors).toEqual([]);
    const refused = await report([
      {
        customerEmail: DEMO.customer.email,
        productCode: "PRO",
        agentCount: 1,
        observedAt: "2026-12-08T08:00:00Z",
      },
    ]);
    expect(errorCode(refused)).toBe("UNAUTHENTICATED");
  });
});
