import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BusinessRulesQuery, QuoteInput } from "../generated/graphql.js";
import { graphql } from "../generated/index.js";
import { DEMO, latestMail, signedIn, tokenOf } from "../support/accounts.js";
import type { GraphQLClient } from "../support/graphql-client.js";
import { startTestServer, type TestServer } from "../support/server.js";

type BusinessRules = BusinessRulesQuery["businessRules"];

const RULES = graphql(`query BusinessRules { businessRules {
  monthlyMinimumQuantity wireTransferMinimumQuantity maxQuantity monthlyPriceDivisor
  passwordMinLength linkLifetimeHours yearlyNoticeDays monthlyNoticeDays
} }`);

const QUOTE = graphql(`query RulesQuote($input: QuoteInput!) {
  quote(input: $input) { quote { quantity wireTransferAllowed } userErrors { code } }
}`);

const PRODUCTS = graphql(`query RulesProducts { products { yearlyPrice monthlyPrice } }`);

const PURCHASE = graphql(`mutation RulesPurchase($input: SubscriptionPurchaseInput!) {
  subscriptionPurchase(input: $input) { userErrors { code } }
}`);

const NOTICES = graphql(`query RulesNotices {
  upcomingNotices(withinDays: 366) { nodes { date noticeDate subscription { period } } }
}`);

const ENABLE = graphql(`mutation RulesEnable($i: ResellerEnableInput!) {
  resellerEnable(input: $i) { userErrors { code } }
}`);

const ACTIVATE = graphql(`mutation RulesActivate($i: AccountActivateInput!) {
  accountActivate(input: $i) { userErrors { code } }
}`);

const TOKEN_INFO = graphql(`query RulesTokenInfo($t: String!) { tokenInfo(token: $t) { status } }`);

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/**
 * The rules the SPA shows come from the API, so what the API states must be what it applies: each
 * threshold is checked just below and at the value it answers.
 */
describe("business rules", () => {
  let server: TestServer;
  let rules: BusinessRules;
  let owner: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer({ seed: true, now: "2026-11-22T12:00:00Z" });
    rules = (await server.client().query(RULES)).businessRules;
    owner = await signedIn(server, DEMO.owner);
  });
  afterAll(() => server?.stop());

  const quote = async (input: Partial<QuoteInput>) =>
    (
      await owner.query(QUOTE, {
        input: { productCode: "PRO", period: "YEARLY", quantity: 1, ...input },
      })
    ).quote;

  it("answers anyone, signed in or not, alike", async () => {
    const signedInAnswer = await owner.query(RULES);
    expect(signedInAnswer.businessRules).toEqual(rules);
    for (const value of Object.values(rules)) expect(Number.isInteger(value) && value > 0).toBe(true);
  });

  it("prices monthly subscriptions from the minimum it states", async () => {
    const below = await quote({ period: "MONTHLY", quantity: rules.monthlyMinimumQuantity - 1 });
    expect(below.userErrors.map((e) => e.code)).toEqual(["MONTHLY_MINIMUM"]);
    const at = await quote({ period: "MONTHLY", quantity: rules.monthlyMinimumQuantity });
    expect(at.userErrors).toEqual([]);
  });

  it("allows a wire transfer from the quantity it states", async () => {
    const below = await quote({
      quantity: rules.wireTransferMinimumQuantity - 1,
      paymentMethod: "WIRE_TRANSFER",
    });
    expect(below.userErrors.map((e) => e.code)).toEqual(["WIRE_TRANSFER_MINIMUM"]);
    expect(
      (await quote({ quantity: rules.wireTransferMinimumQuantity - 1 })).quote?.wireTransferAllowed,
    ).toBe(false);
    const at = await quote({ quantity: rules.wireTransferMinimumQuantity, paymentMethod: "WIRE_TRANSFER" });
    expect(at).toMatchObject({ quote: { wireTransferAllowed: true }, userErrors: [] });
  });

  it("prices up to the largest quantity it states", async () => {
    expect((await quote({ quantity: rules.maxQuantity })).userErrors).toEqual([]);
    const above = await quote({ quantity: rules.maxQuantity + 1 });
    expect(above.userErrors.map((e) => e.code)).toEqual(["INVALID_QUANTITY"]);
  });

  it("prices the demo catalog monthly at the default, the yearly price over the divisor it states", async () => {
    const { products } = await owner.query(PRODUCTS);
    expect(products.length).toBeGreaterThan(0);
    for (const product of products) {
      expect(product.monthlyPrice).toBe(Math.round(product.yearlyPrice / rules.monthlyPriceDivisor));
    }
  });

  it("mails notices the days before a period end it states", async () => {
    for (const [period, quantity] of [
      ["YEARLY", 1],
      ["MONTHLY", rules.monthlyMinimumQuantity],
    ] as const) {
      const bought = await owner.query(PURCHASE, {
        input: { productCode: "PRO", period, quantity, paymentMethod: "PAYPAL" },
      });
      expect(bought.subscriptionPurchase.userErrors).toEqual([]);
    }
    const { upcomingNotices } = await owner.query(NOTICES);
    const daysAhead = (period: string) =>
      upcomingNotices.nodes
        .filter((notice) => notice.subscription.period === period)
        .map((notice) => (Date.parse(notice.date) - Date.parse(notice.noticeDate)) / DAY_MS);
    expect(daysAhead("YEARLY")).toContain(rules.yearlyNoticeDays);
    expect(daysAhead("MONTHLY")).toContain(rules.monthlyNoticeDays);
  });

  it("takes passwords from the length it states, through links that work for the hours it states", async () => {
    const staff = await signedIn(server, DEMO.staff);
    const enable = async (email: string, companyName: string) => {
      await staff.query(ENABLE, { i: { ownerEmail: email, companyName, tierCode: "SILVER" } });
      return tokenOf((await latestMail(server, email, "reseller_activation")).link);
    };
    const activate = async (token: string, password: string) =>
      (await server.client().query(ACTIVATE, { i: { token, password } })).accountActivate.userErrors.map(
        (e) => e.code,
      );
    const password = (length: number) => "rules-stated-here-".repeat(10).slice(0, length);

    const token = await enable("rules@litware.example", "Litware");
    expect(await activate(token, password(rules.passwordMinLength - 1))).toEqual(["TOO_SHORT"]);
    expect(await activate(token, password(rules.passwordMinLength))).toEqual([]);

    const late = await enable("late-rules@litware.example", "Litware Two");
    const status = async () => (await server.client().query(TOKEN_INFO, { t: late })).tokenInfo.status;
    server.clock.advance(rules.linkLifetimeHours * HOUR_MS - 60_000);
    expect(await status()).toBe("VALID");
    server.clock.advance(120_000);
    expect(await status()).toBe("EXPIRED");
  });
});
