import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SandboxPaymentProvider } from "../../server/src/payment/payment-provider.js";
import { PeriodEndService } from "../../server/src/subscription/period-end.service.js";
import type { SubscriptionPurchaseInput } from "../generated/graphql.js";
import { graphql } from "../generated/index.js";
import { DEMO, errorCode, latestMail, signedIn } from "../support/accounts.js";
import type { GraphQLClient } from "../support/graphql-client.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { countStatements } from "../support/statements.js";

// The documents below use these fragments by name.
graphql(`fragment SubscriptionParts on Subscription {
  id status quantity nextQuantity nextQuantityFrom renew period paymentMethod
  currentPeriodStart currentPeriodEnd product { code } customer { id companyName } assignedAt
}`);
graphql(`fragment InvoiceParts on Invoice {
  id number status kind total subtotal discountTotal currency paidAt pdfUrl
  lines { description quantity unitPrice retailAmount volumeDiscountBp volumeDiscount partnerDiscountBp partnerDiscount amount }
}`);
const PURCHASE = graphql(`mutation SubscriptionsPurchase($i: SubscriptionPurchaseInput!) {
  subscriptionPurchase(input: $i) {
    subscription { ...SubscriptionParts }
    invoice { ...InvoiceParts }
    userErrors { code field message }
  }
}`);
const CHANGE = graphql(`mutation SubscriptionsChangeQuantity($id: ID!, $q: Int!, $key: String) {
  subscriptionChangeQuantity(id: $id, quantity: $q, idempotencyKey: $key) {
    subscription { ...SubscriptionParts }
    invoice { ...InvoiceParts }
    userErrors { code field message }
  }
}`);
const CHANGE_QUOTE = graphql(`query SubscriptionsChangeQuote($id: ID!, $q: Int!) {
  subscriptionChangeQuote(id: $id, quantity: $q) {
    changeQuote { effect effectiveFrom amountDueNow remainingDays periodDays nextPeriodPrice }
    userErrors { code field }
  }
}`);
const ASSIGN = graphql(
  `mutation SubscriptionsAssign($id: ID!, $c: ID!) { subscriptionAssign(id: $id, customerId: $c) { subscription { customer { companyName } } userErrors { code field } } }`,
);
const UNASSIGN = graphql(
  `mutation SubscriptionsUnassign($id: ID!) { subscriptionUnassign(id: $id) { subscription { customer { id } } userErrors { code field } } }`,
);
const RENEWAL = graphql(
  `mutation SubscriptionsSetRenewal($id: ID!, $r: Boolean!) { subscriptionSetRenewal(id: $id, renew: $r) { subscription { renew } userErrors { code } } }`,
);
const PORTAL = graphql(
  `query SubscriptionsPortal { customerPortal { subscriptions { id productCode quantity status resellerName } } }`,
);
const SUBSCRIPTION = graphql(
  `query SubscriptionsOne($id: ID!) { subscription(id: $id) { ...SubscriptionParts } }`,
);
const SUBSCRIPTION_STATUS = graphql(
  `query SubscriptionsStatus($id: ID!) { subscription(id: $id) { status } }`,
);
const SUBSCRIPTION_CUSTOMER = graphql(
  `query SubscriptionsCustomer($id: ID!) { subscription(id: $id) { customer { id } } }`,
);
const INVOICE = graphql(`query SubscriptionsInvoice($id: ID!) { invoice(id: $id) { number } }`);
const CUSTOMER_SUBSCRIPTIONS = graphql(
  `query SubscriptionsOfCustomer($id: ID!) { customer(id: $id) { subscriptions { id } } }`,
);
// The same customer twice in one request, each with its subscriptions and their customer.
const CUSTOMER_SUBSCRIPTIONS_TWICE = graphql(
  `query SubscriptionsOfCustomerTwice($id: ID!) {
    first: customer(id: $id) { companyName subscriptions { id customer { id companyName } } }
    again: customer(id: $id) { companyName subscriptions { id customer { id companyName } } }
  }`,
);

const GOLD_CODE = "PD-NWIND-GOLD1";

const ADD_CARD = graphql(
  `mutation SubscriptionsAddCard($t: String!, $d: Boolean!) { paymentMethodAddCard(input: { token: $t, makeDefault: $d }) { paymentMethod { id } userErrors { code } } }`,
);
const SET_DEFAULT = graphql(
  `mutation SubscriptionsSetDefaultMethod($id: ID!) { paymentMethodSetDefault(id: $id) { userErrors { code } } }`,
);

/** Saves a sandbox card to the wallet (an existing one answers as it is); its id. */
async function savedCard(client: GraphQLClient, token: string, makeDefault = false): Promise<string> {
  const added = await client.query(ADD_CARD, { t: token, d: makeDefault });
  expect(added.paymentMethodAddCard.userErrors).toEqual([]);
  return added.paymentMethodAddCard.paymentMethod?.id as string;
}

async function purchase(client: GraphQLClient, input: Partial<SubscriptionPurchaseInput>) {
  const data = await client.query(PURCHASE, {
    i: {
      productCode: "PRO",
      period: "YEARLY",
      quantity: 40,
      paymentMethod: "CARD",
      discountCode: GOLD_CODE,
      ...input,
    },
  });
  return data.subscriptionPurchase;
}

async function change(client: GraphQLClient, id: string, q: number, key?: string) {
  return (await client.query(CHANGE, { id, q, key })).subscriptionChangeQuantity;
}

async function customerEntry(server: TestServer, reseller: string, company: string): Promise<string> {
  const [row] = await server.dataSource.query(
    `SELECT l.id FROM customer_link l JOIN account r ON r.id = l.reseller_id
     WHERE r.name = $1 AND l.company_name = $2 AND l.removed_at IS NULL`,
    [reseller, company],
  );
  return row.id;
}

const runPeriodEnd = (server: TestServer) => server.services.get(PeriodEndService).run();

/** Moves the clock; sessions last 30 days, so people sign in again afterwards, as they would. */
async function moveTo(
  server: TestServer,
  iso: string,
  people: Array<[(c: GraphQLClient) => void, { email: string; password: string }]>,
) {
  server.clock.set(iso);
  for (const [assign, person] of people) assign(await signedIn(server, person));
}

describe("buying", () => {
  let server: TestServer;
  let gold: GraphQLClient;
  let staff: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer({ seed: true, now: "2026-01-01T00:00:00Z" });
    gold = await signedIn(server, DEMO.owner);
    staff = await signedIn(server, DEMO.staff);
  });
  afterAll(() => server?.stop());

  it("by card: charged at once, ACTIVE, with a paid invoice whose line matches the quote", async () => {
    const bought = await purchase(gold, {});
    expect(bought.userErrors).toEqual([]);
    expect(bought.subscription).toMatchObject({
      status: "ACTIVE",
      quantity: 40,
      renew: true,
      currentPeriodStart: "2026-01-01T00:00:00.000Z",
      currentPeriodEnd: "2027-01-01T00:00:00.000Z",
    });
    // 40 × 24.95 = 998.00, below the first band; Gold 75 % = 748.50; the vendor gets 249.50.
    expect(bought.invoice).toMatchObject({
      number: "2026-000001",
      status: "PAID",
      kind: "PURCHASE",
      subtotal: 99800,
      discountTotal: 74850,
      total: 24950,
    });
    expect(bought.invoice?.lines).toEqual([
      expect.objectContaining({
        quantity: 40,
        unitPrice: 2495,
        retailAmount: 99800,
        volumeDiscount: 0,
        partnerDiscountBp: 7500,
        partnerDiscount: 74850,
        amount: 24950,
      }),
    ]);
  });

  it("by PayPal: approved, ACTIVE; monthly at the monthly price, a tenth of yearly rounded once", async () => {
    const bought = await purchase(gold, {
      paymentMethod: "PAYPAL",
      period: "MONTHLY",
      quantity: 25,
    });
    expect(bought.subscription?.status).toBe("ACTIVE");
    expect(bought.subscription?.currentPeriodEnd).toBe("2026-02-01T00:00:00.000Z");
    // 25 × 2.50 = 62.50; Gold 75 % = 46.875 → 46.88; the vendor gets 15.62.
    expect(bought.invoice).toMatchObject({ status: "PAID", subtotal: 6250, total: 1562 });
  });

  it("monthly Pro, 20 licenses: the invoice line is 2.50 × 20 = 50.00, as quoted", async () => {
    const bought = await purchase(gold, { period: "MONTHLY", quantity: 20, discountCode: null });
    expect(bought.invoice?.lines).toEqual([
      expect.objectContaining({ quantity: 20, unitPrice: 250, retailAmount: 5000, amount: 5000 }),
    ]);
  });

  it("by wire from 100 licenses: PENDING_PAYMENT until staff record the payment", async () => {
    const bought = await purchase(gold, {
      paymentMethod: "WIRE_TRANSFER",
      quantity: 100,
    });
    expect(bought.subscription?.status).toBe("PENDING_PAYMENT");
    expect(bought.invoice).toMatchObject({ status: "OPEN", paidAt: null });
    const open = await staff.query(
      graphql(`query SubscriptionsOpenInvoices { vendorInvoices(status: OPEN) { nodes { id } } }`),
    );
    expect(open.vendorInvoices.nodes.map((i) => i.id)).toEqual([bought.invoice?.id]);
    const recorded = await staff.query(
      graphql(
        `mutation SubscriptionsRecordWire($id: ID!) { invoiceRecordPayment(invoiceId: $id, reference: "BANK-REF-1") { invoice { status } userErrors { code field } } }`,
      ),
      { id: bought.invoice?.id as string },
    );
    expect(recorded.invoiceRecordPayment).toEqual({ invoice: { status: "PAID" }, userErrors: [] });
    const after = await gold.query(SUBSCRIPTION_STATUS, { id: bought.subscription?.id as string });
    expect(after.subscription?.status).toBe("ACTIVE");
    // The reseller's billing contact hears of it.
    const received = await latestMail(server, DEMO.owner.email, "wire_payment_received");
    expect(received).toMatchObject({
      reference: "BANK-REF-1",
      amount: bought.invoice?.total,
      currency: "EUR",
    });
    const twice = await staff.query(
      graphql(
        `mutation SubscriptionsRecordAgain($id: ID!) { invoiceRecordPayment(invoiceId: $id) { userErrors { code field } } }`,
      ),
      { id: bought.invoice?.id as string },
    );
    expect(twice.invoiceRecordPayment.userErrors).toEqual([{ code: "INVOICE_NOT_OPEN", field: "invoiceId" }]);
  });

  it("a declined card leaves nothing behind: no subscription, no invoice, no used number", async () => {
    const before = await server.dataSource.query("SELECT count(*)::int AS n FROM subscription");
    const declined = await purchase(gold, { newCardToken: "tok_chargeDeclined" });
    expect(declined.subscription).toBeNull();
    expect(declined.userErrors).toEqual([
      { code: "PAYMENT_DECLINED", field: "input.newCardToken", message: "The card was declined." },
    ]);
    // The card it came with is not kept either.
    const cards = await server.dataSource.query(
      "SELECT 1 FROM saved_payment_method WHERE last_four = '0002'",
    );
    expect(cards).toEqual([]);
    const after = await server.dataSource.query("SELECT count(*)::int AS n FROM subscription");
    expect(after[0].n).toBe(before[0].n);
    const next = await purchase(gold, { quantity: 1 });
    expect(next.invoice?.number).toBe("2026-000005");
  });

  it.each<[string, Partial<SubscriptionPurchaseInput>, string, string]>([
    [
      "wire below 100",
      { paymentMethod: "WIRE_TRANSFER", quantity: 99 },
      "WIRE_TRANSFER_MINIMUM",
      "input.paymentMethod",
    ],
    ["monthly below 20", { period: "MONTHLY", quantity: 19 }, "MONTHLY_MINIMUM", "input.quantity"],
    ["zero licenses", { quantity: 0 }, "INVALID_QUANTITY", "input.quantity"],
    ["more licenses than a subscription holds", { quantity: 100_001 }, "INVALID_QUANTITY", "input.quantity"],
    [
      "a payment method it does not have",
      { paymentMethodId: "00000000-0000-4000-8000-000000000000" },
      "NOT_FOUND",
      "input.paymentMethodId",
    ],
    ["a card token nobody knows", { newCardToken: "tok_nope" }, "INVALID_CARD", "input.newCardToken"],
    ["someone else's code", { discountCode: "PD-NOPE-NOPE1" }, "INVALID_DISCOUNT_CODE", "input.discountCode"],
    [
      "a customer not on the list",
      { customerId: "00000000-0000-4000-8000-000000000000" },
      "NOT_FOUND",
      "input.customerId",
    ],
  ])("refuses %s with %s on %s", async (_name, input, code, field) => {
    const answer = await purchase(gold, input);
    expect(answer.subscription).toBeNull();
    expect(answer.userErrors.map((e) => [e.code, e.field])).toEqual([[code, field]]);
  });

  it("without a partner code the reseller pays retail", async () => {
    const bronze = await signedIn(server, DEMO.otherOwner);
    const bought = await purchase(bronze, { quantity: 5, discountCode: null, newCardToken: "tok_visa" });
    expect(bought.invoice).toMatchObject({ subtotal: 12475, discountTotal: 0, total: 12475 });
  });

  it("serves the invoice PDF to the reseller only", async () => {
    const bought = await purchase(gold, { quantity: 2 });
    const url = bought.invoice?.pdfUrl as string;
    const pdf = await gold.get(url);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    expect((await (await signedIn(server, DEMO.otherOwner)).get(url)).status).toBe(404);
    expect((await (await signedIn(server, DEMO.customer)).get(url)).status).toBe(404);
    expect((await server.client().get(url)).status).toBe(401);
  });

  it("a customer asking for an invoice gets not found, like anyone else's", async () => {
    const bought = await purchase(gold, { quantity: 3 });
    const customer = await signedIn(server, DEMO.customer);
    const asked = await customer.query(INVOICE, { id: bought.invoice?.id as string });
    expect(asked.invoice).toBeNull();
    const other = await signedIn(server, DEMO.otherOwner);
    expect((await other.query(INVOICE, { id: bought.invoice?.id as string })).invoice).toBeNull();
    expect(
      errorCode(
        await customer.request(graphql(`query SubscriptionsInvoiceCount { invoices { totalCount } }`)),
      ),
    ).toBe("FORBIDDEN");
  });
});

describe("changing the quantity", () => {
  let server: TestServer;
  let gold: GraphQLClient;
  const signIns = (): Array<[(c: GraphQLClient) => void, { email: string; password: string }]> => [
    [
      (c) => {
        gold = c;
      },
      DEMO.owner,
    ],
  ];

  beforeAll(async () => {
    server = await startTestServer({ seed: true, now: "2026-01-01T00:00:00Z" });
    gold = await signedIn(server, DEMO.owner);
  });
  afterAll(() => server?.stop());

  it("prorates an increase against a hand-computed table and charges it at once", async () => {
    const yearly = await purchase(gold, { quantity: 40 });
    const monthly = await purchase(gold, {
      period: "MONTHLY",
      quantity: 20,
      paymentMethod: "PAYPAL",
    });
    // Yearly: bought 1 Jan 2026, 365 days. On 2 Sep 2026 at noon 121 days are left (a started
    // day counts). One license for them: 24.95 × 121 / 365 = 8.2710 → 8.27; 20 more: 165.40; the
    // new quantity 60 is in the 5 % band = 8.27; Gold 75 % of 157.13 = 117.8475 → 117.85; due 39.28.
    await moveTo(server, "2026-01-15T00:00:00Z", signIns());
    // Monthly: 1 Jan to 1 Feb, 31 days; on 15 Jan 17 days are left. One license for them:
    // 2.50 × 17 / 31 = 1.371 → 1.37; 10 more: 13.70; no band at 30; Gold 75 % = 10.275 → 10.28;
    // due now 3.42.
    const monthlyQuote = await gold.query(CHANGE_QUOTE, { id: monthly.subscription?.id as string, q: 30 });
    expect(monthlyQuote.subscriptionChangeQuote.changeQuote).toMatchObject({
      effect: "NOW",
      remainingDays: 17,
      periodDays: 31,
      amountDueNow: 342,
    });
    const monthlyUp = await change(gold, monthly.subscription?.id as string, 30);
    expect(monthlyUp.invoice?.lines[0]).toMatchObject({
      quantity: 10,
      unitPrice: 137,
      retailAmount: 1370,
      volumeDiscount: 0,
      partnerDiscount: 1028,
      amount: 342,
    });
    expect(monthlyUp.invoice).toMatchObject({ kind: "QUANTITY_CHANGE", status: "PAID", total: 342 });

    await moveTo(server, "2026-09-02T12:00:00Z", signIns());
    const quote = await gold.query(CHANGE_QUOTE, { id: yearly.subscription?.id as string, q: 60 });
    expect(quote.subscriptionChangeQuote.changeQuote).toMatchObject({
      effect: "NOW",
      effectiveFrom: "2026-09-02T12:00:00.000Z",
      remainingDays: 121,
      periodDays: 365,
      amountDueNow: 3928,
      // A full year of 60 at 5 % off, Gold: 149700 − 7485 = 142215; 75 % = 106661.25 → 106661.
      nextPeriodPrice: 35554,
    });
    const up = await change(gold, yearly.subscription?.id as string, 60);
    expect(up.userErrors).toEqual([]);
    expect(up.subscription?.quantity).toBe(60);
    expect(up.invoice?.lines[0]).toMatchObject({
      quantity: 20,
      unitPrice: 827,
      retailAmount: 16540,
      volumeDiscountBp: 500,
      volumeDiscount: 827,
      partnerDiscount: 11785,
      amount: 3928,
    });
  });

  it("schedules a decrease for the next period and applies it at renewal", async () => {
    await moveTo(server, "2026-03-01T00:00:00Z", signIns());
    const bought = await purchase(gold, { quantity: 40 });
    const id = bought.subscription?.id as string;
    const down = await change(gold, id, 30);
    expect(down.invoice).toBeNull();
    expect(down.subscription).toMatchObject({
      quantity: 40,
      nextQuantity: 30,
      nextQuantityFrom: "2027-03-01T00:00:00.000Z",
    });
    await moveTo(server, "2027-03-01T00:00:01Z", signIns());
    const report = await runPeriodEnd(server);
    expect(report.renewed).toBeGreaterThanOrEqual(1);
    const renewed = await gold.query(SUBSCRIPTION, { id });
    expect(renewed.subscription).toMatchObject({
      status: "ACTIVE",
      quantity: 30,
      nextQuantity: null,
      currentPeriodStart: "2027-03-01T00:00:00.000Z",
      currentPeriodEnd: "2028-03-01T00:00:00.000Z",
    });
    const invoices = await gold.query(
      graphql(
        `query SubscriptionsInvoices($s: ID!) { invoices(subscriptionId: $s) { nodes { ...InvoiceParts } } }`,
      ),
      { s: id },
    );
    // 30 × 24.95 = 748.50, no band; Gold 75 % = 561.375 → 561.38; the vendor gets 187.12.
    expect(invoices.invoices.nodes[0]).toMatchObject({
      kind: "RENEWAL",
      status: "PAID",
      subtotal: 74850,
      total: 18712,
    });
    expect(invoices.invoices.nodes[0].number.startsWith("2027-")).toBe(true);
  });

  it("never below the monthly minimum, and the same quantity calls a scheduled decrease off", async () => {
    const monthly = await purchase(gold, { period: "MONTHLY", quantity: 25 });
    const id = monthly.subscription?.id as string;
    const tooFew = await change(gold, id, 19);
    expect(tooFew.userErrors.map((e) => [e.code, e.field])).toEqual([["MONTHLY_MINIMUM", "quantity"]]);
    expect((await change(gold, id, 20)).subscription?.nextQuantity).toBe(20);
    expect((await change(gold, id, 25)).subscription?.nextQuantity).toBeNull();
    expect((await change(gold, id, 0)).userErrors.map((e) => e.code)).toEqual(["INVALID_QUANTITY"]);
  });

  it("idempotency: ten concurrent calls with one key charge once and answer alike", async () => {
    const sandbox = server.services.get(SandboxPaymentProvider);
    const charged = sandbox.approved.length;
    const input: SubscriptionPurchaseInput = {
      productCode: "PRO",
      period: "YEARLY",
      quantity: 7,
      paymentMethod: "CARD",
      idempotencyKey: "order-7781",
    };
    const answers = await Promise.all(Array.from({ length: 10 }, () => gold.query(PURCHASE, { i: input })));
    expect(sandbox.approved.length).toBe(charged + 1);
    const first = JSON.stringify(answers[0]);
    for (const answer of answers) expect(JSON.stringify(answer)).toBe(first);
    expect(answers[0].subscriptionPurchase.userErrors).toEqual([]);
    const reused = await gold.query(PURCHASE, {
      i: { ...input, quantity: 8 },
    });
    expect(reused.subscriptionPurchase.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["IDEMPOTENCY_KEY_REUSED", "input.idempotencyKey"],
    ]);
    // An increase with a key, sent twice, adds the licenses once.
    const id = answers[0].subscriptionPurchase.subscription?.id as string;
    const [a, b] = await Promise.all([change(gold, id, 12, "grow-12"), change(gold, id, 12, "grow-12")]);
    expect(a.invoice?.id).toBe(b.invoice?.id);
    expect(sandbox.approved.length).toBe(charged + 2);
  });
});

describe("renewal and termination at the period end", () => {
  let server: TestServer;
  let gold: GraphQLClient;
  let customer: GraphQLClient;
  const signIns = (): Array<[(c: GraphQLClient) => void, { email: string; password: string }]> => [
    [
      (c) => {
        gold = c;
      },
      DEMO.owner,
    ],
    [
      (c) => {
        customer = c;
      },
      DEMO.customer,
    ],
  ];

  beforeAll(async () => {
    server = await startTestServer({ seed: true, now: "2026-05-10T09:00:00Z" });
    gold = await signedIn(server, DEMO.owner);
    customer = await signedIn(server, DEMO.customer);
  });
  afterAll(() => server?.stop());

  it("with renewal off it ends at the period end and leaves the customer", async () => {
    const contoso = await customerEntry(server, "Northwind IT", "Contoso Ltd");
    const bought = await purchase(gold, { period: "MONTHLY", quantity: 20, customerId: contoso });
    const id = bought.subscription?.id as string;
    expect((await gold.query(RENEWAL, { id, r: false })).subscriptionSetRenewal.subscription?.renew).toBe(
      false,
    );
    await moveTo(server, "2026-06-10T08:59:59Z", signIns());
    await runPeriodEnd(server);
    expect((await customer.query(PORTAL)).customerPortal?.subscriptions).toHaveLength(1);
    await moveTo(server, "2026-06-10T09:00:00Z", signIns());
    const report = await runPeriodEnd(server);
    expect(report.canceled).toBe(1);
    const ended = await gold.query(SUBSCRIPTION, { id });
    expect(ended.subscription).toMatchObject({ status: "CANCELED", customer: null });
    expect((await customer.query(PORTAL)).customerPortal?.subscriptions).toEqual([]);
    const changeEnded = await change(gold, id, 30);
    expect(changeEnded.userErrors.map((e) => e.code)).toEqual(["SUBSCRIPTION_ENDED"]);
  });

  it("a declined renewal is PAST_DUE, mailed to billing contacts, retried, and recovers with another card", async () => {
    await moveTo(server, "2026-07-01T00:00:00Z", signIns());
    const bought = await purchase(gold, { period: "MONTHLY", quantity: 20 });
    const id = bought.subscription?.id as string;
    const UPDATE_PAYMENT = graphql(
      `mutation SubscriptionsUpdatePayment($id: ID!, $m: ID) { subscriptionUpdatePayment(id: $id, input: { paymentMethod: CARD, paymentMethodId: $m }) { subscription { status } invoice { status } userErrors { code field } } }`,
    );
    // The declined card is the default too, so nothing rescues the renewal.
    const visa = await savedCard(gold, "tok_visa");
    const declining = await savedCard(gold, "tok_chargeDeclined", true);
    await gold.query(UPDATE_PAYMENT, { id, m: declining });
    await moveTo(server, "2026-08-01T00:00:00Z", signIns());
    const report = await runPeriodEnd(server);
    expect(report.pastDue).toBe(1);
    const listed = await gold.query(
      graphql(`query SubscriptionsPastDue { subscriptions(filter: { status: PAST_DUE }) { nodes { id } } }`),
    );
    expect(listed.subscriptions.nodes.map((s) => s.id)).toEqual([id]);
    const mail = await latestMail(server, DEMO.owner.email, "payment_failed");
    expect(mail).toMatchObject({ productName: "Pro", reason: "The card was declined." });
    // Retried the next day; still declined, still PAST_DUE, not dropped.
    await moveTo(server, "2026-08-02T00:00:01Z", signIns());
    const retried = await runPeriodEnd(server);
    expect(retried).toMatchObject({ recovered: 0, expired: 0 });
    await gold.query(SET_DEFAULT, { id: visa });
    const fixed = await gold.query(UPDATE_PAYMENT, { id, m: visa });
    expect(fixed.subscriptionUpdatePayment).toMatchObject({
      subscription: { status: "ACTIVE" },
      invoice: { status: "PAID" },
    });
  });

  it("a renewal left unpaid for 14 days expires and leaves its customer", async () => {
    await moveTo(server, "2026-09-01T00:00:00Z", signIns());
    const contoso = await customerEntry(server, "Northwind IT", "Contoso Ltd");
    const bought = await purchase(gold, { period: "MONTHLY", quantity: 20, customerId: contoso });
    const id = bought.subscription?.id as string;
    const declining = await gold.query(
      graphql(
        `mutation SubscriptionsDeclineCard($id: ID!) { subscriptionUpdatePayment(id: $id, input: { paymentMethod: CARD, newCardToken: "tok_chargeDeclined" }) { subscription { savedPaymentMethod { id } } userErrors { code } } }`,
      ),
      { id },
    );
    const visa = await savedCard(gold, "tok_visa");
    await gold.query(SET_DEFAULT, {
      id: declining.subscriptionUpdatePayment.subscription?.savedPaymentMethod?.id as string,
    });
    await moveTo(server, "2026-10-01T00:00:00Z", signIns());
    expect((await runPeriodEnd(server)).pastDue).toBe(1);
    await moveTo(server, "2026-10-15T00:00:00Z", signIns());
    expect((await runPeriodEnd(server)).expired).toBe(1);
    await gold.query(SET_DEFAULT, { id: visa });
    const ended = await gold.query(SUBSCRIPTION, { id });
    expect(ended.subscription).toMatchObject({ status: "EXPIRED", customer: null });
  });

  it("renews at the price it was sold at, whatever the catalog says now", async () => {
    await moveTo(server, "2026-11-01T00:00:00Z", signIns());
    const bought = await purchase(gold, { period: "MONTHLY", quantity: 20 });
    const staff = await signedIn(server, DEMO.staff);
    await staff.query(
      graphql(
        `mutation SubscriptionsRepricePro { productUpdate(code: "PRO", input: { name: "Pro", description: "", yearlyPrice: 9000, currency: "EUR", trialEnabled: true, active: true, bands: [] }) { userErrors { code } } }`,
      ),
    );
    await moveTo(server, "2026-12-01T00:00:00Z", signIns());
    await runPeriodEnd(server);
    const invoices = await gold.query(
      graphql(
        `query SubscriptionsInvoiceTotals($s: ID!) { invoices(subscriptionId: $s) { nodes { kind subtotal total } } }`,
      ),
      { s: bought.subscription?.id as string },
    );
    // 20 × 2.50 = 50.00 both times, not 20 × 0.90; Gold 75 % = 37.50; the vendor gets 12.50.
    expect(invoices.invoices.nodes).toEqual([
      { kind: "RENEWAL", subtotal: 5000, total: 1250 },
      { kind: "PURCHASE", subtotal: 5000, total: 1250 },
    ]);
  });
});

describe("renewing an unchanged subscription", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ seed: true, now: "2026-03-10T10:00:00Z" });
  });
  afterAll(() => server?.stop());

  it("30 Enterprise licenses, Gold with its code: the renewal charges exactly what the first year cost", async () => {
    const gold = await signedIn(server, DEMO.owner);
    const bought = await purchase(gold, { productCode: "ENTERPRISE", quantity: 30 });
    expect(bought.userErrors).toEqual([]);
    // 30 × 34.95 = 1048.50; no band below 50; Gold 75 % = 786.375 → 786.38; the vendor gets 262.12.
    expect(bought.invoice).toMatchObject({ subtotal: 104850, discountTotal: 78638, total: 26212 });
    server.clock.set("2027-03-10T10:00:01Z");
    expect((await runPeriodEnd(server)).renewed).toBe(1);
    const again = await signedIn(server, DEMO.owner);
    const invoices = await again.query(
      graphql(
        `query SubscriptionsRenewedInvoices($s: ID!) { invoices(subscriptionId: $s) { nodes { ...InvoiceParts } } }`,
      ),
      { s: bought.subscription?.id as string },
    );
    const [renewal, purchased] = invoices.invoices.nodes;
    expect(renewal.kind).toBe("RENEWAL");
    expect(purchased.kind).toBe("PURCHASE");
    expect(renewal).toMatchObject({ subtotal: 104850, discountTotal: 78638, total: 26212 });
    // Line for line the same figures; only the period in the description moves on.
    expect(renewal.lines.map(({ description: _, ...line }) => line)).toEqual(
      purchased.lines.map(({ description: _, ...line }) => line),
    );
  });
});

describe("assigning", () => {
  let server: TestServer;
  let gold: GraphQLClient;
  let customer: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer({ seed: true });
    gold = await signedIn(server, DEMO.owner);
    customer = await signedIn(server, DEMO.customer);
  });
  afterAll(() => server?.stop());

  it("the customer's view changes at once on assign and unassign, and names the reseller", async () => {
    const contoso = await customerEntry(server, "Northwind IT", "Contoso Ltd");
    const bought = await purchase(gold, { period: "MONTHLY", quantity: 25 });
    const id = bought.subscription?.id as string;
    const assigned = await gold.query(ASSIGN, { id, c: contoso });
    expect(assigned.subscriptionAssign.subscription?.customer?.companyName).toBe("Contoso Ltd");
    const seen = await customer.query(PORTAL);
    expect(seen.customerPortal?.subscriptions).toEqual([
      { id, productCode: "PRO", quantity: 25, status: "ACTIVE", resellerName: "Northwind IT" },
    ]);
    const detail = await gold.query(CUSTOMER_SUBSCRIPTIONS, { id: contoso });
    expect(detail.customer?.subscriptions.map((s) => s.id)).toEqual([id]);
    const twice = await gold.query(CUSTOMER_SUBSCRIPTIONS_TWICE, { id: contoso });
    for (const seenAs of [twice.first, twice.again]) {
      expect(seenAs?.subscriptions).toEqual([
        { id, customer: { id: contoso, companyName: seenAs?.companyName } },
      ]);
    }
    // Fabrikam has Contoso on its list too, but sees none of Northwind's subscriptions.
    const fabrikam = await signedIn(server, DEMO.otherOwner);
    const theirs = await fabrikam.query(CUSTOMER_SUBSCRIPTIONS, {
      id: await customerEntry(server, "Fabrikam Solutions", "Contoso"),
    });
    expect(theirs.customer?.subscriptions).toEqual([]);
    expect((await fabrikam.query(UNASSIGN, { id })).subscriptionUnassign.userErrors).toEqual([
      { code: "NOT_FOUND", field: "id" },
    ]);

    const again = await gold.query(ASSIGN, {
      id,
      c: await customerEntry(server, "Northwind IT", "Tailspin Toys"),
    });
    expect(again.subscriptionAssign.userErrors).toEqual([{ code: "ALREADY_ASSIGNED", field: "id" }]);

    const unassigned = await gold.query(UNASSIGN, { id });
    expect(unassigned.subscriptionUnassign.subscription?.customer).toBeNull();
    expect((await customer.query(PORTAL)).customerPortal?.subscriptions).toEqual([]);
  });

  it("removing the customer returns its subscriptions to the pool", async () => {
    const tailspin = await customerEntry(server, "Northwind IT", "Tailspin Toys");
    const bought = await purchase(gold, { quantity: 3, customerId: tailspin });
    expect(bought.subscription?.customer?.companyName).toBe("Tailspin Toys");
    await gold.query(
      graphql(
        `mutation SubscriptionsCustomerRemove($id: ID!) { customerRemove(id: $id) { userErrors { code } } }`,
      ),
      { id: tailspin },
    );
    const after = await gold.query(SUBSCRIPTION_CUSTOMER, { id: bought.subscription?.id as string });
    expect(after.subscription?.customer).toBeNull();
  });

  it("fifty concurrent assigns of one subscription to fifty customers: exactly one wins", async () => {
    const entries: string[] = [];
    for (let batch = 0; batch < 5; batch++) {
      const added = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          gold.query(
            graphql(
              `mutation SubscriptionsCustomerInvite($i: CustomerInviteInput!) { customerInvite(input: $i) { customer { id } } }`,
            ),
            { i: { email: `race${batch * 10 + i}@assign.example`, companyName: `Race ${batch * 10 + i}` } },
          ),
        ),
      );
      entries.push(...added.map((a) => a.customerInvite.customer?.id as string));
    }
    const bought = await purchase(gold, { quantity: 5 });
    const id = bought.subscription?.id as string;
    const answers = await Promise.all(entries.map((c) => gold.query(ASSIGN, { id, c })));
    const winners = answers.filter((a) => a.subscriptionAssign.userErrors.length === 0);
    expect(winners).toHaveLength(1);
    expect(new Set(answers.flatMap((a) => a.subscriptionAssign.userErrors.map((e) => e.code)))).toEqual(
      new Set(["ALREADY_ASSIGNED"]),
    );
    const [row] = await server.dataSource.query("SELECT customer_id FROM subscription WHERE id = $1", [id]);
    expect(row.customer_id).not.toBeNull();
  });

  it("lists with filters, in as many statements for 30 as for 5", async () => {
    // A second apart, so the newest five are always the same ones, one of them with a customer.
    for (let i = 0; i < 30; i++) {
      server.clock.advance(1000);
      await purchase(gold, {
        quantity: 1 + i,
        customerId: i % 3 === 0 ? await customerEntry(server, "Northwind IT", "Contoso Ltd") : null,
      });
    }
    const LIST =
      graphql(`query SubscriptionsList($first: Int, $filter: SubscriptionFilter) { subscriptions(first: $first, filter: $filter) {
      totalCount nodes { id product { code bands { minQuantity } } customer { companyName } savedPaymentMethod { label } } } }`);
    const five = await countStatements(server.dataSource, () => gold.query(LIST, { first: 5 }));
    const thirty = await countStatements(server.dataSource, () => gold.query(LIST, { first: 30 }));
    expect(thirty).toBe(five);
    const assigned = await gold.query(LIST, {
      first: 100,
      filter: { assigned: true, customerId: await customerEntry(server, "Northwind IT", "Contoso Ltd") },
    });
    expect(assigned.subscriptions.totalCount).toBe(10);
    expect(assigned.subscriptions.nodes.every((s) => s.customer?.companyName === "Contoso Ltd")).toBe(true);
    const pool = await gold.query(LIST, {
      first: 100,
      filter: { assigned: false },
    });
    expect(pool.subscriptions.nodes.every((s) => s.customer === null)).toBe(true);
  });
});

describe("invoice numbers under concurrency", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ seed: true, now: "2026-03-03T10:00:00Z" });
  });
  afterAll(() => server?.stop());

  it("twenty concurrent purchases with declines among them leave no gap", async () => {
    const gold = await signedIn(server, DEMO.owner);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        purchase(gold, { quantity: 1 + i, newCardToken: i % 3 === 0 ? "tok_chargeDeclined" : null }),
      ),
    );
    const succeeded = answers.filter((a) => a.userErrors.length === 0);
    expect(succeeded).toHaveLength(13);
    const numbers: Array<{ number: string }> = await server.dataSource.query(
      "SELECT number FROM invoice ORDER BY number",
    );
    expect(numbers.map((n) => n.number)).toEqual(
      Array.from({ length: 13 }, (_, i) => `2026-${String(i + 1).padStart(6, "0")}`),
    );
  });
});

describe("sorting the list", () => {
  let server: TestServer;
  let gold: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer({ seed: true, now: "2026-01-10T00:00:00Z" });
    gold = await signedIn(server, DEMO.owner);
  });
  afterAll(() => server?.stop());

  const LIST = graphql(
    `query SubscriptionsSorted($sort: SubscriptionSort!, $after: String) { subscriptions(sort: $sort, first: 2, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
  );

  /** Every id of the list in an order, two a page, following the cursors. */
  async function allIn(sort: "CREATED_AT_DESC" | "CREATED_AT_ASC" | "PERIOD_END_ASC" | "PERIOD_END_DESC") {
    const ids: string[] = [];
    let after: string | undefined;
    for (;;) {
      const { subscriptions } = await gold.query(LIST, { sort, after });
      ids.push(...subscriptions.edges.map((edge) => edge.node.id));
      if (!subscriptions.pageInfo.hasNextPage) return ids;
      after = subscriptions.pageInfo.endCursor as string;
    }
  }

  it("by purchase or by period end, either way, across pages", async () => {
    // Bought in this order: yearly (ends 2027-01-10), monthly (ends 2026-02-11), yearly
    // (ends 2027-01-12), monthly (ends 2026-02-13).
    const bought: string[] = [];
    for (const [day, period] of [
      ["10", "YEARLY"],
      ["11", "MONTHLY"],
      ["12", "YEARLY"],
      ["13", "MONTHLY"],
    ] as const) {
      server.clock.set(`2026-01-${day}T00:00:00Z`);
      const result = await purchase(gold, { period, quantity: 20 });
      bought.push(result.subscription?.id as string);
    }
    const [y10, m11, y12, m13] = bought;
    expect(await allIn("CREATED_AT_DESC")).toEqual([m13, y12, m11, y10]);
    expect(await allIn("CREATED_AT_ASC")).toEqual([y10, m11, y12, m13]);
    expect(await allIn("PERIOD_END_ASC")).toEqual([m11, m13, y10, y12]);
    expect(await allIn("PERIOD_END_DESC")).toEqual([y12, y10, m13, m11]);
    // Newest first when no order is asked for.
    const unsorted = await gold.query(
      graphql(`query SubscriptionsDefaultOrder { subscriptions { edges { node { id } } } }`),
    );
    expect(unsorted.subscriptions.edges.map((edge) => edge.node.id)).toEqual([m13, y12, m11, y10]);
  });
});
