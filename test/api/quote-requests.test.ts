import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScheduledWork } from "../../server/src/jobs/scheduled-work.js";
import { graphql } from "../generated/index.js";
import { DEMO, latestMail, signedIn } from "../support/accounts.js";
import { type GraphQLClient, present } from "../support/graphql-client.js";
import { startTestServer, type TestServer } from "../support/server.js";

const ASK = graphql(`mutation QuoteAsk($i: QuoteRequestCreateInput!) {
  quoteRequestCreate(input: $i) {
    quoteRequest { id reference status period quantity customerId customerName note product { code } resellerName }
    userErrors { code field message }
  }
}`);
const MINE = graphql(`query QuoteMine($status: QuoteRequestStatus) {
  quoteRequests(status: $status) {
    totalCount
    edges { node { id reference status unitPrice validUntil product { code bands { minQuantity } } } }
  }
}`);
const ONE = graphql(`query QuoteOne($id: ID!) { quoteRequest(id: $id) { id status reference } }`);
const QUEUE = graphql(`query QuoteQueue($status: QuoteRequestStatus) {
  vendorQuoteRequests(status: $status, first: 100) { totalCount edges { node { id reference resellerName status } } }
}`);
const ANSWER = graphql(`mutation QuoteAnswer($id: ID!, $price: SafeInt!, $until: DateTimeISO!) {
  quoteRequestAnswer(id: $id, unitPrice: $price, validUntil: $until) {
    quoteRequest { id status unitPrice currency validUntil }
    userErrors { code field message }
  }
}`);
const DECLINE = graphql(`mutation QuoteDecline($id: ID!, $reason: String!) {
  quoteRequestDecline(id: $id, reason: $reason) { quoteRequest { id status declineReason } userErrors { code field } }
}`);
const ACCEPT = graphql(`mutation QuoteAccept($i: QuoteRequestAcceptInput!) {
  quoteRequestAccept(input: $i) {
    quoteRequest { id status subscriptionId acceptedAt }
    subscription { id quantity period customer { companyName } }
    invoice { id pdfUrl lines { description unitPrice quantity volumeDiscount partnerDiscount amount } }
    userErrors { code field message }
  }
}`);
const CUSTOMERS = graphql(
  `query QuoteCustomers { customers(search: "Contoso") { edges { node { id companyName } } } }`,
);

const DAY = 24 * 60 * 60 * 1000;
const DEAL = {
  productCode: "ENTERPRISE",
  period: "YEARLY",
  quantity: 750,
  note: "Hospital group, 3-year outlook",
} as const;

describe("quotes from the vendor for large deals", () => {
  let server: TestServer;
  let staff: GraphQLClient;
  let owner: GraphQLClient;
  let fabrikam: GraphQLClient;
  const inDays = (days: number) => new Date(server.clock.now().getTime() + days * DAY).toISOString();

  beforeAll(async () => {
    server = await startTestServer({ seed: true, now: "2026-12-03T09:00:00Z" });
    staff = await signedIn(server, DEMO.staff);
    owner = await signedIn(server, DEMO.owner);
    fabrikam = await signedIn(server, DEMO.otherOwner);
  });
  afterAll(() => server?.stop());

  async function ask(client: GraphQLClient, input: Record<string, unknown> = DEAL) {
    const asked = await client.query(ASK, { i: { ...DEAL, ...input } });
    expect(asked.quoteRequestCreate.userErrors).toEqual([]);
    return present(asked.quoteRequestCreate.quoteRequest);
  }

  it("refuses a request a purchase would refuse, naming the field", async () => {
    const monthly = await owner.query(ASK, { i: { ...DEAL, period: "MONTHLY", quantity: 5 } });
    expect(monthly.quoteRequestCreate.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["MONTHLY_MINIMUM", "input.quantity"],
    ]);
    const unknown = await owner.query(ASK, { i: { ...DEAL, productCode: "NOPE" } });
    expect(unknown.quoteRequestCreate.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["UNKNOWN_PRODUCT", "input.productCode"],
    ]);
    const stranger = await owner.query(ASK, {
      i: { ...DEAL, customerId: "4f1b0c3e-0000-4000-8000-000000000000" },
    });
    expect(stranger.quoteRequestCreate.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["NOT_FOUND", "input.customerId"],
    ]);
    expect((await owner.query(MINE, {})).quoteRequests.totalCount).toBe(0);
  });

  it("asks, gets a special price, and buys at it in one step: the invoice names the reference", async () => {
    const contoso = present((await owner.query(CUSTOMERS)).customers.edges[0]).node;
    const request = await ask(owner, { customerId: contoso.id });
    expect(request).toMatchObject({
      status: "OPEN",
      reference: expect.stringMatching(/^QR-\d+$/),
      customerName: "Contoso Ltd",
      resellerName: "Northwind IT",
      product: { code: "ENTERPRISE" },
    });
    expect((await latestMail(server, DEMO.staff.email, "quote_request_received")).reference).toBe(
      request.reference,
    );
    expect(
      (await staff.query(QUEUE, { status: "OPEN" })).vendorQuoteRequests.edges.map((e) => e.node.id),
    ).toContain(request.id);
    // Another reseller neither sees it nor buys it.
    expect((await fabrikam.query(ONE, { id: request.id })).quoteRequest).toBeNull();

    const notYet = await owner.query(ACCEPT, { i: { id: request.id, paymentMethod: "CARD" } });
    expect(notYet.quoteRequestAccept.userErrors.map((e) => e.code)).toEqual(["QUOTE_NOT_QUOTED"]);

    const badPrice = await staff.query(ANSWER, { id: request.id, price: 0, until: inDays(14) });
    expect(badPrice.quoteRequestAnswer.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["INVALID_INPUT", "unitPrice"],
    ]);
    const past = await staff.query(ANSWER, { id: request.id, price: 3900, until: inDays(-1) });
    expect(past.quoteRequestAnswer.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["INVALID_INPUT", "validUntil"],
    ]);
    const quoted = await staff.query(ANSWER, { id: request.id, price: 3900, until: inDays(14) });
    expect(quoted.quoteRequestAnswer.quoteRequest).toMatchObject({
      status: "QUOTED",
      unitPrice: 3900,
      currency: "EUR",
    });
    const again = await staff.query(ANSWER, { id: request.id, price: 100, until: inDays(14) });
    expect(again.quoteRequestAnswer.userErrors.map((e) => e.code)).toEqual(["QUOTE_NOT_OPEN"]);
    const mail = await latestMail(server, DEMO.owner.email, "quote_request_quoted");
    expect(mail).toMatchObject({ reference: request.reference, unitPrice: 3900, currency: "EUR" });
    expect(mail.link).toMatch(/\/quote-requests$/);

    // Two tabs buy at once: one purchase.
    const tries = await Promise.all([
      owner.query(ACCEPT, { i: { id: request.id, paymentMethod: "CARD" } }),
      owner.query(ACCEPT, { i: { id: request.id, paymentMethod: "CARD" } }),
    ]);
    const bought = tries.map((t) => t.quoteRequestAccept).filter((p) => p.subscription);
    expect(bought).toHaveLength(1);
    expect(tries.flatMap((t) => t.quoteRequestAccept.userErrors.map((e) => e.code))).toEqual([
      "QUOTE_NOT_QUOTED",
    ]);
    const [purchase] = bought;
    expect(purchase.quoteRequest).toMatchObject({
      status: "ACCEPTED",
      subscriptionId: present(purchase.subscription).id,
    });
    expect(purchase.subscription).toMatchObject({
      quantity: 750,
      period: "YEARLY",
      customer: { companyName: "Contoso Ltd" },
    });
    const invoice = present(purchase.invoice);
    expect(invoice.lines).toHaveLength(1);
    expect(invoice.lines[0]).toMatchObject({
      unitPrice: 3900,
      quantity: 750,
      volumeDiscount: 0,
      partnerDiscount: 0,
      amount: 3900 * 750,
    });
    expect(invoice.lines[0].description).toContain(`special price ${request.reference}`);
    const pdf = await owner.get(invoice.pdfUrl);
    const text = (
      await extractText(await getDocumentProxy(new Uint8Array(await pdf.arrayBuffer())), { mergePages: true })
    ).text;
    expect(text).toContain(request.reference);
    expect((await latestMail(server, DEMO.staff.email, "quote_request_accepted")).reference).toBe(
      request.reference,
    );
  });

  it("answers the same accept again, with its idempotency key, with the first purchase and nothing more", async () => {
    const request = await ask(owner, { quantity: 300 });
    await staff.query(ANSWER, { id: request.id, price: 4100, until: inDays(10) });
    const accept = { id: request.id, paymentMethod: "CARD", idempotencyKey: `deal-${request.id}` } as const;
    const first = await owner.query(ACCEPT, { i: accept });
    const again = await owner.query(ACCEPT, { i: accept });
    expect(again.quoteRequestAccept.userErrors).toEqual([]);
    expect(present(again.quoteRequestAccept.subscription).id).toBe(
      present(first.quoteRequestAccept.subscription).id,
    );
    expect(present(again.quoteRequestAccept.invoice).id).toBe(present(first.quoteRequestAccept.invoice).id);
    const otherKey = await owner.query(ACCEPT, { i: { ...accept, idempotencyKey: "another-key" } });
    expect(otherKey.quoteRequestAccept.userErrors.map((e) => e.code)).toEqual(["QUOTE_NOT_QUOTED"]);
    const [{ n }] = await server.dataSource.query(
      "SELECT count(*)::int AS n FROM invoice_line WHERE description LIKE $1",
      [`%special price ${request.reference}`],
    );
    expect(n).toBe(1);
  });

  it("declines with a reason the reseller is told", async () => {
    const request = await ask(fabrikam, { quantity: 120 });
    const blank = await staff.query(DECLINE, { id: request.id, reason: " " });
    expect(blank.quoteRequestDecline.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["REQUIRED", "reason"],
    ]);
    const declined = await staff.query(DECLINE, {
      id: request.id,
      reason: "List price with your volume band is our best.",
    });
    expect(declined.quoteRequestDecline.quoteRequest).toMatchObject({ status: "DECLINED" });
    expect((await latestMail(server, DEMO.otherOwner.email, "quote_request_declined")).reason).toBe(
      "List price with your volume band is our best.",
    );
    const bought = await fabrikam.query(ACCEPT, { i: { id: request.id, paymentMethod: "WIRE_TRANSFER" } });
    expect(bought.quoteRequestAccept.userErrors.map((e) => e.code)).toEqual(["QUOTE_NOT_QUOTED"]);
  });

  it("expires a quote not bought by its date: it reads as expired at once, and the reseller is mailed", async () => {
    const request = await ask(owner, { quantity: 400 });
    await staff.query(ANSWER, { id: request.id, price: 4200, until: inDays(7) });
    server.clock.advance(8 * DAY);
    expect((await owner.query(ONE, { id: request.id })).quoteRequest?.status).toBe("EXPIRED");
    const late = await owner.query(ACCEPT, { i: { id: request.id, paymentMethod: "CARD" } });
    expect(late.quoteRequestAccept.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["QUOTE_EXPIRED", "input.id"],
    ]);
    const report = await server.services.get(ScheduledWork).run();
    expect(report.quotesExpired).toBe(1);
    expect((await server.services.get(ScheduledWork).run()).quotesExpired).toBe(0);
    expect((await latestMail(server, DEMO.owner.email, "quote_request_expired")).reference).toBe(
      request.reference,
    );
    const expired = await owner.query(MINE, { status: "EXPIRED" });
    expect(expired.quoteRequests.edges.map((e) => e.node.reference)).toEqual([request.reference]);
    // The list carries each product whole, its volume bands too.
    expect(expired.quoteRequests.edges[0].node.product.bands.length).toBeGreaterThan(0);
  });
});
