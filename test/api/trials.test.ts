import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PeriodEndService } from "../../server/src/subscription/period-end.service.js";
import { graphql } from "../generated/index.js";
import { DEMO, latestMail, signedIn, tokenOf } from "../support/accounts.js";
import { GraphQLClient } from "../support/graphql-client.js";
import { startTestServer, type TestServer } from "../support/server.js";

const ELIGIBILITY = graphql(`query TrialsEligibility($c: ID!, $p: String!) {
  trialEligibility(customerId: $c, productCode: $p) {
    eligible reasons { code message resetsAt } quota { used limit remaining resetsAt } trialDays
  }
}`);
const START = graphql(`mutation TrialsStart($c: ID!, $p: String!) {
  trialStart(customerId: $c, productCode: $p) {
    trial { id status startedAt endsAt product { code } }
    userErrors { code field message }
  }
}`);
const INVITE = graphql(
  `mutation TrialsCustomerInvite($i: CustomerInviteInput!) { customerInvite(input: $i) { customer { id } userErrors { code } } }`,
);
const SET_TIER = graphql(
  `mutation TrialsSetTier($id: ID!, $t: String!) { resellerSetTier(id: $id, tierCode: $t) { userErrors { code } } }`,
);

async function eligibility(client: GraphQLClient, customerId: string, productCode = "PRO") {
  return (await client.query(ELIGIBILITY, { c: customerId, p: productCode })).trialEligibility;
}
async function start(client: GraphQLClient, customerId: string, productCode = "PRO") {
  return (await client.query(START, { c: customerId, p: productCode })).trialStart;
}
async function addCustomer(client: GraphQLClient, email: string, companyName = email): Promise<string> {
  const data = await client.query(INVITE, { i: { email, companyName } });
  return data.customerInvite.customer?.id as string;
}
/** An API key never expires, so it keeps working while tests move the clock by months. */
async function apiKeyClient(
  server: TestServer,
  owner: { email: string; password: string },
): Promise<GraphQLClient> {
  const session = await signedIn(server, owner);
  const data = await session.query(
    graphql(
      `mutation TrialsApiKey { apiKeyCreate(input: { name: "trials", scope: READ_WRITE }) { secret } }`,
    ),
  );
  return new GraphQLClient(server.url, { authorization: `Bearer ${data.apiKeyCreate.secret}` });
}
async function resellerId(server: TestServer, name: string): Promise<string> {
  return (await server.dataSource.query("SELECT id FROM account WHERE name = $1", [name]))[0].id;
}

describe("trial eligibility, reason by reason", () => {
  let server: TestServer;
  let gold: GraphQLClient;
  let bronze: GraphQLClient;
  let staff: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer({ seed: true, now: "2026-11-10T10:00:00Z" });
    gold = await signedIn(server, DEMO.owner);
    bronze = await signedIn(server, DEMO.otherOwner);
    staff = await signedIn(server, DEMO.staff);
  });
  afterAll(() => server?.stop());

  it("eligible: a new customer of the list, a trial product, quota left", async () => {
    const id = await addCustomer(gold, "fresh@trial.example");
    const answer = await eligibility(gold, id);
    expect(answer).toMatchObject({
      eligible: true,
      reasons: [],
      trialDays: 45,
      quota: { used: 0, limit: 10, remaining: 10 },
    });
  });

  it("NOT_YOUR_CUSTOMER, and nothing else, for another reseller's customer; starting it is not found", async () => {
    const theirs = await addCustomer(gold, "theirs@trial.example");
    const answer = await eligibility(bronze, theirs);
    expect(answer.reasons.map((r) => r.code)).toEqual(["NOT_YOUR_CUSTOMER"]);
    expect((await start(bronze, theirs)).userErrors.map((e) => [e.code, e.field])).toEqual([
      ["NOT_FOUND", "customerId"],
    ]);
  });

  it("HAS_SUBSCRIPTION when any reseller's subscription is assigned, without saying whose", async () => {
    const goldEntry = await addCustomer(gold, "shared-sub@trial.example", "Shared Sub");
    const bronzeEntry = await addCustomer(bronze, "shared-sub@trial.example", "Shared Sub");
    const bought = await gold.query(
      graphql(
        `mutation TrialsPurchaseYearly($c: ID!) { subscriptionPurchase(input: { productCode: "PRO", period: YEARLY, quantity: 3, paymentMethod: PAYPAL, customerId: $c }) { userErrors { code } } }`,
      ),
      { c: goldEntry },
    );
    expect(bought.subscriptionPurchase.userErrors).toEqual([]);
    const answer = await eligibility(bronze, bronzeEntry);
    expect(answer.reasons.map((r) => r.code)).toEqual(["HAS_SUBSCRIPTION"]);
    expect(JSON.stringify(answer)).not.toMatch(/Northwind/);
    expect((await start(bronze, bronzeEntry)).userErrors.map((e) => [e.code, e.field])).toEqual([
      ["HAS_SUBSCRIPTION", "customerId"],
    ]);
  });

  it("TRIAL_ALREADY_USED once anyone gave one, without saying who", async () => {
    const goldEntry = await addCustomer(gold, "shared-trial@trial.example", "Shared Trial");
    const bronzeEntry = await addCustomer(bronze, "shared-trial@trial.example", "Shared Trial");
    expect((await start(gold, goldEntry)).userErrors).toEqual([]);
    const answer = await eligibility(bronze, bronzeEntry);
    expect(answer.reasons.map((r) => r.code)).toEqual(["TRIAL_ALREADY_USED"]);
    expect(JSON.stringify(answer)).not.toMatch(/Northwind/);
    expect((await start(gold, goldEntry)).userErrors.map((e) => e.code)).toEqual(["TRIAL_ALREADY_USED"]);
  });

  it("PRODUCT_NOT_TRIAL_ENABLED for a product without trials", async () => {
    await staff.query(
      graphql(
        `mutation TrialsProductWithout { productCreate(input: { code: "NO_TRIAL", name: "No Trial", yearlyPrice: 100, currency: "EUR", trialEnabled: false, active: true }) { userErrors { code } } }`,
      ),
    );
    const id = await addCustomer(gold, "product@trial.example");
    expect((await eligibility(gold, id, "NO_TRIAL")).reasons.map((r) => r.code)).toEqual([
      "PRODUCT_NOT_TRIAL_ENABLED",
    ]);
    expect((await start(gold, id, "NO_TRIAL")).userErrors.map((e) => [e.code, e.field])).toEqual([
      ["PRODUCT_NOT_TRIAL_ENABLED", "productCode"],
    ]);
  });

  it("QUOTA_EXHAUSTED with when it resets, once the month's trials are given", async () => {
    // Bronze: 2 a month. One went to "Shared Trial"? No: that was Gold's. Give two now.
    for (const email of ["q1@trial.example", "q2@trial.example"]) {
      expect((await start(bronze, await addCustomer(bronze, email))).userErrors).toEqual([]);
    }
    const third = await addCustomer(bronze, "q3@trial.example");
    const answer = await eligibility(bronze, third);
    expect(answer.reasons).toEqual([
      {
        code: "QUOTA_EXHAUSTED",
        message: "You have given all 2 trials of this month; more from 2026-12-01.",
        resetsAt: "2026-12-01T00:00:00.000Z",
      },
    ]);
    expect(answer.quota).toEqual({ used: 2, limit: 2, remaining: 0, resetsAt: "2026-12-01T00:00:00.000Z" });
    expect((await start(bronze, third)).userErrors.map((e) => [e.code, e.field])).toEqual([
      ["QUOTA_EXHAUSTED", null],
    ]);
  });

  it("a tier change mid-month applies its limit to this month's count at once", async () => {
    await staff.query(SET_TIER, { id: await resellerId(server, "Fabrikam Solutions"), t: "SILVER" });
    const quota = await bronze.query(graphql(`query TrialsQuota { trialQuota { used limit remaining } }`));
    expect(quota.trialQuota).toEqual({ used: 2, limit: 5, remaining: 3 });
    const answer = await start(bronze, await addCustomer(bronze, "q4@trial.example"));
    expect(answer.userErrors).toEqual([]);
    // Silver trials last 14 days.
    expect(answer.trial?.endsAt).toBe("2026-11-24T10:00:00.000Z");
  });
});

describe("each tier's length and quota, month boundaries, expiry and conversion", () => {
  let server: TestServer;
  let bronze: GraphQLClient;
  let staff: GraphQLClient;
  let fabrikam: string;

  beforeAll(async () => {
    server = await startTestServer({ seed: true, now: "2026-11-30T23:00:00Z" });
    bronze = await apiKeyClient(server, DEMO.otherOwner);
    staff = await signedIn(server, DEMO.staff);
    fabrikam = await resellerId(server, "Fabrikam Solutions");
  });
  afterAll(() => server?.stop());

  it.each([
    ["BRONZE", 7, 2],
    ["SILVER", 14, 5],
    ["GOLD", 45, 10],
  ])("%s: trials last %i days, %i a month", async (tier, days, limit) => {
    await staff.query(SET_TIER, { id: fabrikam, t: tier });
    const id = await addCustomer(bronze, `tier-${tier.toLowerCase()}@trial.example`);
    const answer = await eligibility(bronze, id);
    expect(answer.trialDays).toBe(days);
    expect(answer.quota.limit).toBe(limit);
    const started = await start(bronze, id);
    const length =
      new Date(started.trial?.endsAt as string).getTime() -
      new Date(started.trial?.startedAt as string).getTime();
    expect(length).toBe(days * 24 * 60 * 60 * 1000);
  });

  it("the count starts again on the 1st of the month (UTC)", async () => {
    await staff.query(SET_TIER, { id: fabrikam, t: "BRONZE" });
    // Three trials this month already (one per tier above), over Bronze's 2.
    const late = await addCustomer(bronze, "late@trial.example");
    expect((await eligibility(bronze, late)).quota).toMatchObject({ used: 3, limit: 2, remaining: 0 });
    server.clock.set("2026-11-30T23:59:59Z");
    expect((await start(bronze, late)).userErrors.map((e) => e.code)).toEqual(["QUOTA_EXHAUSTED"]);
    server.clock.set("2026-12-01T00:00:00Z");
    expect((await eligibility(bronze, late)).quota).toMatchObject({ used: 0, limit: 2, remaining: 2 });
    expect((await start(bronze, late)).userErrors).toEqual([]);
  });

  it("a trial expires at its end date, through period-end processing", async () => {
    await staff.query(SET_TIER, { id: fabrikam, t: "GOLD" });
    const email = "expiring@trial.example";
    const id = await addCustomer(bronze, email, "Expiring Ltd");
    const started = await start(bronze, id);
    expect(await latestMail(server, email, "trial_started")).toMatchObject({
      resellerName: "Fabrikam Solutions",
      productName: "Pro",
    });
    const trialOf = async () =>
      (
        await bronze.query(
          graphql(`query TrialsOfCustomer($id: ID!) { customer(id: $id) { trial { status endsAt } } }`),
          { id },
        )
      ).customer?.trial;
    expect(await trialOf()).toEqual({ status: "ACTIVE", endsAt: started.trial?.endsAt });
    // Read by its id: the reseller that gave it sees it, another finds nothing.
    const TRIAL = graphql(`query TrialsById($id: ID!) { trial(id: $id) { id status product { code } } }`);
    const trialId = started.trial?.id as string;
    expect((await bronze.query(TRIAL, { id: trialId })).trial).toEqual({
      id: trialId,
      status: "ACTIVE",
      product: { code: "PRO" },
    });
    const gold = await signedIn(server, DEMO.owner);
    expect((await gold.query(TRIAL, { id: trialId })).trial).toBeNull();
    expect((await bronze.query(TRIAL, { id: "not-a-uuid" })).trial).toBeNull();
    server.clock.set(new Date(new Date(started.trial?.endsAt as string).getTime() - 1000).toISOString());
    await server.services.get(PeriodEndService).run();
    expect((await trialOf())?.status).toBe("ACTIVE");
    server.clock.set(started.trial?.endsAt as string);
    expect((await server.services.get(PeriodEndService).run()).trialsExpired).toBeGreaterThanOrEqual(1);
    expect((await trialOf())?.status).toBe("EXPIRED");
    // Back to the start of that month for the tests below.
    server.clock.set("2026-12-02T00:00:00Z");
  });

  it("buying a subscription for the customer while the trial runs converts it", async () => {
    const email = "converting@trial.example";
    const id = await addCustomer(bronze, email, "Converting Ltd");
    expect((await start(bronze, id)).userErrors).toEqual([]);
    // The key pays with a card its owner saved; keys cannot add cards.
    const owner = await signedIn(server, DEMO.otherOwner);
    await owner.query(
      graphql(
        `mutation TrialsSaveCard { paymentMethodAddCard(input: { token: "tok_visa" }) { userErrors { code } } }`,
      ),
    );
    const bought = await bronze.query(
      graphql(
        `mutation TrialsPurchaseMonthly($c: ID!) { subscriptionPurchase(input: { productCode: "PRO", period: MONTHLY, quantity: 20, paymentMethod: CARD, customerId: $c }) { userErrors { code } } }`,
      ),
      { c: id },
    );
    expect(bought.subscriptionPurchase.userErrors).toEqual([]);
    const data = await bronze.query(
      graphql(`query TrialsStatusOfCustomer($id: ID!) { customer(id: $id) { trial { status } } }`),
      { id },
    );
    expect(data.customer?.trial?.status).toBe("CONVERTED");
  });

  it("the customer's portal shows its trial with the reseller's name", async () => {
    const email = "portal@trial.example";
    const id = await addCustomer(bronze, email, "Portal Ltd");
    await start(bronze, id);
    const mail = await latestMail(server, email, "customer_activation");
    await server
      .client()
      .query(
        graphql(
          `mutation TrialsActivate($i: AccountActivateInput!) { accountActivate(input: $i) { userErrors { code } } }`,
        ),
        { i: { token: tokenOf(mail.link), password: "portal-password-1" } },
      );
    const customer = await signedIn(server, { email, password: "portal-password-1" });
    const portal = await customer.query(
      graphql(`query TrialsPortal { customerPortal { trials { productCode status resellerName endsAt } } }`),
    );
    expect(portal.customerPortal?.trials).toEqual([
      expect.objectContaining({ productCode: "PRO", status: "ACTIVE", resellerName: "Fabrikam Solutions" }),
    ]);
  });
});

describe("trial races, decided by the database", () => {
  let server: TestServer;
  let bronze: GraphQLClient;
  let gold: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer({ seed: true, now: "2027-01-05T08:00:00Z" });
    bronze = await apiKeyClient(server, DEMO.otherOwner);
    gold = await apiKeyClient(server, DEMO.owner);
  });
  afterAll(() => server?.stop());

  it("fifty concurrent trials for fifty customers with a quota of 2: exactly 2 succeed, 20 times over", async () => {
    let next = 0;
    const newCustomer = () => addCustomer(bronze, `race${next++}@quota.example`);
    const pool: string[] = [];
    for (let batch = 0; batch < 5; batch++)
      pool.push(...(await Promise.all(Array.from({ length: 10 }, newCustomer))));
    for (let round = 0; round < 20; round++) {
      // A new calendar month each round, so the quota is 2 again.
      server.clock.set(new Date(Date.UTC(2027, round, 5, 8)).toISOString());
      const answers = await Promise.all(pool.map((id) => start(bronze, id)));
      const winners = pool.filter((_, i) => answers[i].userErrors.length === 0);
      const refusals = answers.flatMap((a) => a.userErrors.map((e) => e.code));
      expect(winners, `round ${round}`).toHaveLength(2);
      expect(refusals, `round ${round}`).toEqual(Array(48).fill("QUOTA_EXHAUSTED"));
      const [{ n }] = await server.dataSource.query(
        "SELECT count(*)::int AS n FROM trial WHERE started_at >= $1 AND started_at < $2",
        [new Date(Date.UTC(2027, round, 1)), new Date(Date.UTC(2027, round + 1, 1))],
      );
      expect(n, `round ${round}`).toBe(2);
      // The two winners have had their trial; two new customers take their place.
      for (const winner of winners) pool.splice(pool.indexOf(winner), 1, await newCustomer());
    }
  }, 120_000);

  it("twenty concurrent trials for one customer from two resellers: exactly one succeeds", async () => {
    server.clock.set("2029-01-10T08:00:00Z");
    const email = "contested@race.example";
    const entries = [await addCustomer(bronze, email), await addCustomer(gold, email)];
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => start(i % 2 ? gold : bronze, entries[i % 2])),
    );
    expect(answers.filter((a) => a.userErrors.length === 0)).toHaveLength(1);
    expect(new Set(answers.flatMap((a) => a.userErrors.map((e) => e.code)))).toEqual(
      new Set(["TRIAL_ALREADY_USED"]),
    );
    const [{ n }] = await server.dataSource.query(
      "SELECT count(*)::int AS n FROM trial t JOIN membership m ON m.account_id = t.customer_id JOIN app_user u ON u.id = m.user_id WHERE u.email = $1",
      [email],
    );
    expect(n).toBe(1);
  });
});
