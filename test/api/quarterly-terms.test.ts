import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScheduledWork } from "../../server/src/jobs/scheduled-work.js";
import { renderMail } from "../../server/src/mail/templates.js";
import { graphql } from "../generated/index.js";
import { DEMO, signedIn } from "../support/accounts.js";
import type { GraphQLClient } from "../support/graphql-client.js";
import { startTestServer, type TestServer } from "../support/server.js";

const PRODUCTS = graphql(`query QuarterlyProducts {
  products { code periods { period unitPrice minimumQuantity months noticeDays } }
}`);
const PRODUCT_UPDATE = graphql(`mutation QuarterlyProductUpdate($code: String!, $i: ProductUpdateInput!) {
  productUpdate(code: $code, input: $i) {
    product { code monthlyPrice periods { period unitPrice minimumQuantity } }
    userErrors { code field }
  }
}`);
const QUOTE = graphql(`query QuarterlyQuote($i: QuoteInput!) {
  quote(input: $i) {
    quote { period quantity unitListPrice retailPrice volumeDiscount partnerDiscount vendorPrice }
    userErrors { code field message }
  }
}`);
const PURCHASE = graphql(`mutation QuarterlyPurchase($i: SubscriptionPurchaseInput!) {
  subscriptionPurchase(input: $i) {
    subscription { id period quantity currentPeriodStart currentPeriodEnd }
    invoice { total lines { description quantity unitPrice amount periodStart periodEnd } }
    userErrors { code field message }
  }
}`);
const CHANGE = graphql(`mutation QuarterlyChange($id: ID!, $q: Int!) {
  subscriptionChangeQuantity(id: $id, quantity: $q) {
    subscription { quantity nextQuantity }
    invoice { total lines { description quantity unitPrice amount } }
    userErrors { code field message }
  }
}`);
const INVOICES = graphql(`query QuarterlyInvoices {
  invoices(first: 5) { nodes { kind total lines { description quantity unitPrice amount periodStart periodEnd } } }
}`);
const SUBSCRIPTION_ENDS = graphql(`query QuarterlySubscriptionEnds($id: ID!) {
  subscription(id: $id) { status quantity currentPeriodStart currentPeriodEnd }
}`);

const ASK = graphql(`mutation QuarterlyAsk($i: QuoteRequestCreateInput!) {
  quoteRequestCreate(input: $i) { quoteRequest { id period quantity } userErrors { code field } }
}`);
const ANSWER = graphql(`mutation QuarterlyAnswer($id: ID!, $price: SafeInt!, $until: DateTimeISO!) {
  quoteRequestAnswer(id: $id, unitPrice: $price, validUntil: $until) { userErrors { code } }
}`);
const ACCEPT = graphql(`mutation QuarterlyAccept($i: QuoteRequestAcceptInput!) {
  quoteRequestAccept(input: $i) {
    subscription { period quantity currentPeriodStart currentPeriodEnd }
    invoice { lines { description unitPrice quantity amount } }
    userErrors { code }
  }
}`);

const CODE = "PD-NWIND-GOLD1";
const STUDIO_PRO = {
  name: "Studio Pro",
  yearlyPrice: 120000,
  currency: "EUR",
  trialEnabled: true,
  active: true,
};
const STUDIO_PRO_BANDS = [
  { minQuantity: 5, percentBp: 500 },
  { minQuantity: 10, percentBp: 1000 },
];

describe("quarterly terms as catalog data", () => {
  let server: TestServer;
  let staff: GraphQLClient;
  let gold: GraphQLClient;
  let subscriptionId: string;
  const run = () => server.services.get(ScheduledWork).run();
  /** Moves the clock; sessions last 30 days, so people sign in again, as they would. */
  const moveTo = async (iso: string) => {
    server.clock.set(iso);
    gold = await signedIn(server, DEMO.owner);
    staff = await signedIn(server, DEMO.staff);
  };

  beforeAll(async () => {
    server = await startTestServer({ seed: true, now: "2026-12-01T09:00:00Z" });
    staff = await signedIn(server, DEMO.staff);
    gold = await signedIn(server, DEMO.owner);
  });
  afterAll(() => server?.stop());

  it("lists each product's periods, longest first, with price, minimum, length and notice days", async () => {
    const { products } = await gold.query(PRODUCTS);
    const periods = Object.fromEntries(products.map((p) => [p.code, p.periods]));
    expect(periods.STUDIO_PRO).toEqual([
      { period: "YEARLY", unitPrice: 120000, minimumQuantity: 1, months: 12, noticeDays: 90 },
      { period: "QUARTERLY", unitPrice: 33000, minimumQuantity: 1, months: 3, noticeDays: 30 },
      { period: "MONTHLY", unitPrice: 12000, minimumQuantity: 20, months: 1, noticeDays: 7 },
    ]);
    expect(periods.PRO.map((p) => p.period)).toEqual(["YEARLY", "MONTHLY"]);
  });

  it("quotes a quarter at the quarterly price, and refuses a period the product is not sold for or below its minimum", async () => {
    const quoted = await gold.query(QUOTE, {
      i: { productCode: "STUDIO_PRO", period: "QUARTERLY", quantity: 3, discountCode: CODE },
    });
    // 3 × €330.00 = €990.00, below the first band; Gold's 75 % off leaves €247.50.
    expect(quoted.quote).toEqual({
      quote: {
        period: "QUARTERLY",
        quantity: 3,
        unitListPrice: 33000,
        retailPrice: 99000,
        volumeDiscount: 0,
        partnerDiscount: 74250,
        vendorPrice: 24750,
      },
      userErrors: [],
    });
    const notSold = await gold.query(QUOTE, { i: { productCode: "PRO", period: "QUARTERLY", quantity: 30 } });
    expect(notSold.quote.userErrors).toEqual([
      {
        code: "PERIOD_NOT_OFFERED",
        field: "input.period",
        message: "Pro is not sold quarterly; choose one of: YEARLY, MONTHLY.",
      },
    ]);
    const below = await gold.query(QUOTE, {
      i: { productCode: "ORCHESTRATOR_SAAS", period: "QUARTERLY", quantity: 1 },
    });
    expect(below.quote.userErrors).toEqual([
      {
        code: "QUARTERLY_MINIMUM",
        field: "input.quantity",
        message: "A quarterly subscription of this product needs at least 2 licenses.",
      },
    ]);
  });

  it("buys a quarter: three months, invoiced as quarterly", async () => {
    const bought = await gold.query(PURCHASE, {
      i: {
        productCode: "STUDIO_PRO",
        period: "QUARTERLY",
        quantity: 3,
        paymentMethod: "CARD",
        discountCode: CODE,
      },
    });
    expect(bought.subscriptionPurchase.userErrors).toEqual([]);
    expect(bought.subscriptionPurchase.subscription).toMatchObject({
      period: "QUARTERLY",
      quantity: 3,
      currentPeriodStart: "2026-12-01T09:00:00.000Z",
      currentPeriodEnd: "2027-03-01T09:00:00.000Z",
    });
    expect(bought.subscriptionPurchase.invoice?.lines).toEqual([
      {
        description: "Studio Pro, quarterly, 2026-12-01 to 2027-03-01",
        quantity: 3,
        unitPrice: 33000,
        amount: 24750,
        periodStart: "2026-12-01T09:00:00.000Z",
        periodEnd: "2027-03-01T09:00:00.000Z",
      },
    ]);
    subscriptionId = bought.subscriptionPurchase.subscription?.id as string;
    const orchestrator = await gold.query(PURCHASE, {
      i: { productCode: "ORCHESTRATOR_SAAS", period: "QUARTERLY", quantity: 1, paymentMethod: "CARD" },
    });
    expect(orchestrator.subscriptionPurchase.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["QUARTERLY_MINIMUM", "input.quantity"],
    ]);
  });

  it("prorates licenses added mid-quarter over the quarter's days", async () => {
    await moveTo("2027-01-15T09:00:00Z");
    const added = await gold.query(CHANGE, { id: subscriptionId, q: 5 });
    expect(added.subscriptionChangeQuantity.userErrors).toEqual([]);
    // 45 of the quarter's 90 days remain: €165.00 a license; 5 licenses reach the 5 % band, and
    // Gold's 75 % comes off what is left: 2 × €165.00 = €330.00 − €16.50 − €235.13 = €78.37.
    expect(added.subscriptionChangeQuantity.invoice?.lines).toEqual([
      {
        description: "Studio Pro: 2 more licenses for 45 of 90 days",
        quantity: 2,
        unitPrice: 16500,
        amount: 7837,
      },
    ]);
    expect(added.subscriptionChangeQuantity.subscription).toEqual({ quantity: 5, nextQuantity: null });
  });

  it("sends the renewal notice 30 days before the quarter ends, and renews for another quarter", async () => {
    // The quarter ends 1 Mar 2027 09:00; 30 days before is 30 Jan 09:00.
    await moveTo("2027-01-30T08:59:59Z");
    expect((await run()).notices.renewal).toBe(0);
    await moveTo("2027-01-30T09:00:00Z");
    expect((await run()).notices.renewal).toBe(1);
    const [notice]: Array<{ data: Parameters<typeof renderMail<"renewal_notice">>[1] }> =
      await server.dataSource.query(
        "SELECT data FROM outbox WHERE template = 'renewal_notice' ORDER BY seq LIMIT 1",
      );
    // 5 × €330.00 = €1,650.00 − 5 % = €1,567.50 − 75 % = €391.87 (half a cent rounds away from zero).
    expect(renderMail("renewal_notice", notice.data).text).toContain(
      "Studio Pro renews on 1 March 2027 for 5 licenses, €391.87.",
    );

    await moveTo("2027-03-01T09:00:00Z");
    expect((await run()).periodEnd.renewed).toBe(1);
    const { subscription } = await gold.query(SUBSCRIPTION_ENDS, { id: subscriptionId });
    expect(subscription).toEqual({
      status: "ACTIVE",
      quantity: 5,
      currentPeriodStart: "2027-03-01T09:00:00.000Z",
      currentPeriodEnd: "2027-06-01T09:00:00.000Z",
    });
    const { invoices } = await gold.query(INVOICES);
    expect(invoices.nodes[0]).toEqual({
      kind: "RENEWAL",
      total: 39187,
      lines: [
        {
          description: "Studio Pro, quarterly, 2027-03-01 to 2027-06-01",
          quantity: 5,
          unitPrice: 33000,
          amount: 39187,
          periodStart: "2027-03-01T09:00:00.000Z",
          periodEnd: "2027-06-01T09:00:00.000Z",
        },
      ],
    });
  });

  it("lets staff set which periods a product is sold for, refusing bad terms field by field and writing nothing", async () => {
    const update = (
      periods: Array<{
        period: "YEARLY" | "MONTHLY" | "QUARTERLY";
        unitPrice?: number;
        minimumQuantity: number;
      }>,
      monthlyPrice?: number,
    ) =>
      staff.query(PRODUCT_UPDATE, {
        code: "STUDIO_PRO",
        i: { ...STUDIO_PRO, bands: STUDIO_PRO_BANDS, monthlyPrice, periods },
      });
    const codes = async (result: ReturnType<typeof update>) =>
      (await result).productUpdate.userErrors.map((e) => [e.code, e.field]);
    expect(await codes(update([{ period: "MONTHLY", minimumQuantity: 0 }]))).toEqual([
      ["INVALID_QUANTITY", "input.periods.0.minimumQuantity"],
    ]);
    expect(
      await codes(
        update(
          [
            { period: "YEARLY", unitPrice: 1, minimumQuantity: 1 },
            { period: "QUARTERLY", minimumQuantity: 3 },
          ],
          11000,
        ),
      ),
    ).toEqual([
      ["INVALID_INPUT", "input.monthlyPrice"],
      ["INVALID_INPUT", "input.periods.0.period"],
      ["REQUIRED", "input.periods.1.unitPrice"],
    ]);
    expect(
      await codes(
        update([
          { period: "QUARTERLY", unitPrice: 30000, minimumQuantity: 3 },
          { period: "QUARTERLY", unitPrice: 31000, minimumQuantity: 3 },
        ]),
      ),
    ).toEqual([["INVALID_INPUT", "input.periods.1.period"]]);
    const { products } = await gold.query(PRODUCTS);
    expect(products.find((p) => p.code === "STUDIO_PRO")?.periods.map((p) => p.period)).toEqual([
      "YEARLY",
      "QUARTERLY",
      "MONTHLY",
    ]);

    // Studio Pro stops being sold monthly, and quarterly costs €300.00 from 4 licenses.
    const updated = await staff.query(PRODUCT_UPDATE, {
      code: "STUDIO_PRO",
      i: {
        ...STUDIO_PRO,
        bands: STUDIO_PRO_BANDS,
        periods: [{ period: "QUARTERLY", unitPrice: 30000, minimumQuantity: 4 }],
      },
    });
    expect(updated.productUpdate).toEqual({
      product: {
        code: "STUDIO_PRO",
        monthlyPrice: null,
        periods: [
          { period: "YEARLY", unitPrice: 120000, minimumQuantity: 1 },
          { period: "QUARTERLY", unitPrice: 30000, minimumQuantity: 4 },
        ],
      },
      userErrors: [],
    });
    const monthly = await gold.query(QUOTE, {
      i: { productCode: "STUDIO_PRO", period: "MONTHLY", quantity: 20 },
    });
    expect(monthly.quote.userErrors.map((e) => e.code)).toEqual(["PERIOD_NOT_OFFERED"]);
    const quarter = await gold.query(QUOTE, {
      i: { productCode: "STUDIO_PRO", period: "QUARTERLY", quantity: 4 },
    });
    expect(quarter.quote.quote?.unitListPrice).toBe(30000);

    // An update that leaves periods out keeps them as they are.
    const kept = await staff.query(PRODUCT_UPDATE, {
      code: "STUDIO_PRO",
      i: { ...STUDIO_PRO, description: "Seats for bot developers", bands: STUDIO_PRO_BANDS },
    });
    expect(
      kept.productUpdate.product?.periods.map((p) => [p.period, p.unitPrice, p.minimumQuantity]),
    ).toEqual([
      ["YEARLY", 120000, 1],
      ["QUARTERLY", 30000, 4],
    ]);
  });

  it("keeps renewing a subscription bought before, at its price and its own minimum", async () => {
    // The 5 licenses were bought at €330.00 from 1; going to 3 is allowed, the new minimum of 4 is not theirs.
    const fewer = await gold.query(CHANGE, { id: subscriptionId, q: 3 });
    expect(fewer.subscriptionChangeQuantity.userErrors).toEqual([]);
    expect(fewer.subscriptionChangeQuantity.subscription).toEqual({ quantity: 5, nextQuantity: 3 });
    await moveTo("2027-06-01T09:00:00Z");
    expect((await run()).periodEnd.renewed).toBe(1);
    const { invoices } = await gold.query(INVOICES);
    // 3 × €330.00 = €990.00, below the bands; 75 % off leaves €247.50.
    expect(invoices.nodes[0]).toMatchObject({ kind: "RENEWAL", total: 24750 });
    expect(invoices.nodes[0].lines[0]).toMatchObject({ quantity: 3, unitPrice: 33000 });
  });

  it("prices a large quarterly deal at a special price from the vendor, bought for a quarter", async () => {
    const notSold = await gold.query(ASK, { i: { productCode: "PRO", period: "QUARTERLY", quantity: 500 } });
    expect(notSold.quoteRequestCreate.userErrors).toEqual([
      { code: "PERIOD_NOT_OFFERED", field: "input.period" },
    ]);
    const asked = await gold.query(ASK, {
      i: { productCode: "ORCHESTRATOR_SAAS", period: "QUARTERLY", quantity: 40 },
    });
    expect(asked.quoteRequestCreate).toMatchObject({
      quoteRequest: { period: "QUARTERLY", quantity: 40 },
      userErrors: [],
    });
    const id = asked.quoteRequestCreate.quoteRequest?.id as string;
    const answered = await staff.query(ANSWER, { id, price: 80000, until: "2027-06-30T00:00:00.000Z" });
    expect(answered.quoteRequestAnswer.userErrors).toEqual([]);
    const accepted = await gold.query(ACCEPT, { i: { id, paymentMethod: "CARD" } });
    expect(accepted.quoteRequestAccept.userErrors).toEqual([]);
    expect(accepted.quoteRequestAccept.subscription).toEqual({
      period: "QUARTERLY",
      quantity: 40,
      currentPeriodStart: "2027-06-01T09:00:00.000Z",
      currentPeriodEnd: "2027-09-01T09:00:00.000Z",
    });
    // The special price is the price: 40 × €800.00, with no band or partner discount on top.
    expect(accepted.quoteRequestAccept.invoice?.lines).toEqual([
      {
        description: expect.stringMatching(
          /^Orchestrator SaaS, quarterly, 2027-06-01 to 2027-09-01, special price QR-\d+$/,
        ),
        unitPrice: 80000,
        quantity: 40,
        amount: 3200000,
      },
    ]);
  });
});
