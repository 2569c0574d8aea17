import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CatalogQuoteQuery, ProductCreateInput, QuoteInput } from "../generated/graphql.js";
import { graphql } from "../generated/index.js";
import { DEMO, latestMail, signedIn } from "../support/accounts.js";
import type { GraphQLClient } from "../support/graphql-client.js";
import { startTestServer, type TestServer } from "../support/server.js";

const QUOTE = graphql(`query CatalogQuote($input: QuoteInput!) {
  quote(input: $input) {
    quote {
      quantity currency unitListPrice retailPrice volumeDiscountBp volumeDiscount priceAfterVolumeDiscount
      partnerDiscountBp partnerDiscount vendorPrice passThroughBp passThroughDiscount
      endCustomerPrice margin discountCodeApplied wireTransferAllowed tier { code }
    }
    userErrors { code field message }
  }
}`);

type QuoteLines = NonNullable<CatalogQuoteQuery["quote"]["quote"]>;

async function quote(client: GraphQLClient, request: Partial<QuoteInput>) {
  const data = await client.query(QUOTE, {
    input: { productCode: "PRO", period: "YEARLY", quantity: 1, ...request },
  });
  return data.quote;
}

/** The amounts of a quote, for comparison with a hand-computed row. */
function amounts(q: QuoteLines | null | undefined) {
  if (!q) throw new Error("no quote");
  return [
    q.retailPrice,
    q.volumeDiscount,
    q.priceAfterVolumeDiscount,
    q.partnerDiscount,
    q.vendorPrice,
    q.passThroughDiscount,
    q.endCustomerPrice,
    q.margin,
  ];
}

const SET_TIER = graphql(
  `mutation CatalogSetTier($id: ID!, $tier: String!) { resellerSetTier(id: $id, tierCode: $tier) { userErrors { code } } }`,
);
const ISSUE = graphql(
  `mutation CatalogDiscountIssue($id: ID!) { partnerDiscountIssue(resellerId: $id) { partnerDiscount { code issuedAt requestedAt } userErrors { code field } } }`,
);
const REQUEST = graphql(
  `mutation CatalogDiscountRequest { partnerDiscountRequest(input: { note: "First order next week" }) { partnerDiscount { code requestedAt } userErrors { code message } } }`,
);
const DISCOUNT_CODE = graphql(`query CatalogDiscountCode { partnerDiscount { code } }`);
const ALL_PRODUCTS = graphql(`query CatalogAllProducts { products(includeInactive: true) { code } }`);

describe("the demo catalog", () => {
  let server: TestServer;
  let owner: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer({ seed: true });
    owner = await signedIn(server, DEMO.owner);
  });
  afterAll(() => server?.stop());

  it("lists the four products with yearly and monthly prices and their bands, smallest first", async () => {
    const data = await owner.query(
      graphql(
        `query CatalogProducts { products { code yearlyPrice monthlyPrice currency trialEnabled bands { minQuantity percentBp } } }`,
      ),
    );
    expect(data.products.map((p) => p.code)).toEqual([
      "ENTERPRISE",
      "ORCHESTRATOR_SAAS",
      "PRO",
      "STUDIO_PRO",
    ]);
    const pro = data.products.find((p) => p.code === "PRO");
    expect(pro).toMatchObject({ yearlyPrice: 2495, monthlyPrice: 250, currency: "EUR", trialEnabled: true });
    expect(pro?.bands).toEqual([
      { minQuantity: 50, percentBp: 500 },
      { minQuantity: 100, percentBp: 1000 },
      { minQuantity: 500, percentBp: 1500 },
      { minQuantity: 1000, percentBp: 2000 },
    ]);
    expect(data.products.find((p) => p.code === "ENTERPRISE")?.trialEnabled).toBe(true);
  });

  it("shows the reseller its partner discount code", async () => {
    const data = await owner.query(graphql(`query CatalogDiscount { partnerDiscount { code requestedAt } }`));
    expect(data.partnerDiscount).toEqual({ code: "PD-NWIND-GOLD1", requestedAt: null });
  });
});

describe("quotes for each tier, against a hand-computed table", () => {
  let server: TestServer;
  let staff: GraphQLClient;
  let reseller: GraphQLClient;
  let resellerId: string;
  let code: string;

  beforeAll(async () => {
    server = await startTestServer({ seed: true });
    staff = await signedIn(server, DEMO.staff);
    reseller = await signedIn(server, DEMO.otherOwner);
    [{ id: resellerId }] = await server.dataSource.query(
      "SELECT id FROM account WHERE name = 'Fabrikam Solutions'",
    );
    const issued = await staff.query(ISSUE, { id: resellerId });
    code = issued.partnerDiscountIssue.partnerDiscount?.code as string;
  });
  afterAll(() => server?.stop());

  // PRO lists at 24.95 a license a year; bands 50 → 5 %, 100 → 10 %, 500 → 15 %, 1000 → 20 %.
  // Columns: retail, volume discount, after volume, partner discount, vendor price,
  // pass-through discount, end-customer price, margin. Halves round away from zero.
  const TABLE: Array<{ tier: string; request: Partial<QuoteInput>; expected: number[] }> = [
    // 100 × 2495 = 249500; 10 % = 24950; partner 10 % of 224550 = 22455.
    {
      tier: "BRONZE",
      request: { quantity: 100 },
      expected: [249500, 24950, 224550, 22455, 202095, 0, 224550, 22455],
    },
    // 50 % of 224550 = 112275.
    {
      tier: "SILVER",
      request: { quantity: 100 },
      expected: [249500, 24950, 224550, 112275, 112275, 0, 224550, 112275],
    },
    // 75 % of 224550 = 168412.5 → 168413.
    {
      tier: "GOLD",
      request: { quantity: 100 },
      expected: [249500, 24950, 224550, 168413, 56137, 0, 224550, 168413],
    },
    // Monthly: 25 × 2.50 (the monthly price, 24.95 ÷ 10 rounded once) = 6250; no band below 50;
    // pass-through 5 % = 312.5 → 313.
    {
      tier: "BRONZE",
      request: { period: "MONTHLY", quantity: 25, passThroughBp: 500 },
      // partner 10 % = 625.
      expected: [6250, 0, 6250, 625, 5625, 313, 5937, 312],
    },
    {
      tier: "SILVER",
      request: { period: "MONTHLY", quantity: 25, passThroughBp: 500 },
      expected: [6250, 0, 6250, 3125, 3125, 313, 5937, 2812],
    },
    {
      tier: "GOLD",
      request: { period: "MONTHLY", quantity: 25, passThroughBp: 500 },
      // partner 75 % = 4687.5 → 4688.
      expected: [6250, 0, 6250, 4688, 1562, 313, 5937, 4375],
    },
    // Band edges: 49 gets none, 50 gets 5 % (6237.5 → 6238), 99 still 5 %, 100 gets 10 %.
    {
      tier: "GOLD",
      request: { quantity: 49 },
      expected: [122255, 0, 122255, 91691, 30564, 0, 122255, 91691],
    },
    {
      tier: "GOLD",
      request: { quantity: 50 },
      expected: [124750, 6238, 118512, 88884, 29628, 0, 118512, 88884],
    },
    // 99 × 2495 = 247005; 5 % = 12350.25 → 12350; 75 % of 234655 = 175991.25 → 175991.
    {
      tier: "GOLD",
      request: { quantity: 99 },
      expected: [247005, 12350, 234655, 175991, 58664, 0, 234655, 175991],
    },
    // ENTERPRISE 1000 × 3495 = 3495000; 15 % = 524250; 75 % of 2970750 = 2228062.5 → 2228063;
    // passing all 75 % on leaves no margin.
    {
      tier: "GOLD",
      request: { productCode: "ENTERPRISE", quantity: 1000, passThroughBp: 7500 },
      expected: [3495000, 524250, 2970750, 2228063, 742687, 2228063, 742687, 0],
    },
    // Silver monthly at the minimum, 20 × 250 = 5000; pass-through 12.5 % = 625.
    {
      tier: "SILVER",
      request: { period: "MONTHLY", quantity: 20, passThroughBp: 1250 },
      expected: [5000, 0, 5000, 2500, 2500, 625, 4375, 1875],
    },
  ];

  for (const row of TABLE) {
    it(`${row.tier} ${JSON.stringify(row.request)} → ${row.expected.join(" / ")}`, async () => {
      await staff.query(SET_TIER, { id: resellerId, tier: row.tier });
      const answer = await quote(reseller, { discountCode: code, ...row.request });
      expect(answer.userErrors).toEqual([]);
      expect(amounts(answer.quote)).toEqual(row.expected);
      expect(answer.quote?.tier.code).toBe(row.tier);
      expect(answer.quote?.discountCodeApplied).toBe(true);
      // The invariant every quote keeps.
      const q = answer.quote as QuoteLines;
      expect(q.vendorPrice + q.margin).toBe(q.endCustomerPrice);
      expect(q.unitListPrice * q.quantity).toBe(q.retailPrice);
    });
  }

  it("charges retail without a code: no partner discount, no margin", async () => {
    await staff.query(SET_TIER, { id: resellerId, tier: "GOLD" });
    const answer = await quote(reseller, { quantity: 100 });
    expect(amounts(answer.quote)).toEqual([249500, 24950, 224550, 0, 224550, 0, 224550, 0]);
    expect(answer.quote?.discountCodeApplied).toBe(false);
    expect(answer.quote?.partnerDiscountBp).toBe(0);
  });

  it("monthly Pro, 20 licenses: 2.50 × 20 = 50.00, the unit price shown being the one used", async () => {
    const answer = await quote(reseller, { period: "MONTHLY", quantity: 20 });
    expect(answer.quote).toMatchObject({ quantity: 20, unitListPrice: 250, retailPrice: 5000 });
  });

  it("accepts its own code in any case, with spaces around", async () => {
    const answer = await quote(reseller, { quantity: 100, discountCode: `  ${code.toLowerCase()} ` });
    expect(answer.quote?.discountCodeApplied).toBe(true);
  });

  it("applies a tier change at once", async () => {
    await staff.query(SET_TIER, { id: resellerId, tier: "SILVER" });
    expect((await quote(reseller, { quantity: 100, discountCode: code })).quote?.partnerDiscountBp).toBe(
      5000,
    );
    await staff.query(SET_TIER, { id: resellerId, tier: "BRONZE" });
    expect((await quote(reseller, { quantity: 100, discountCode: code })).quote?.partnerDiscountBp).toBe(
      1000,
    );
  });
});

describe("bad quote input names the field", () => {
  let server: TestServer;
  let staff: GraphQLClient;
  let gold: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer({ seed: true });
    staff = await signedIn(server, DEMO.staff);
    gold = await signedIn(server, DEMO.owner);
  });
  afterAll(() => server?.stop());

  const CASES: Array<[string, Partial<QuoteInput>, string, string]> = [
    ["zero licenses", { quantity: 0 }, "INVALID_QUANTITY", "input.quantity"],
    ["negative licenses", { quantity: -3 }, "INVALID_QUANTITY", "input.quantity"],
    ["more licenses than a subscription holds", { quantity: 100_001 }, "INVALID_QUANTITY", "input.quantity"],
    ["monthly below 20", { period: "MONTHLY", quantity: 19 }, "MONTHLY_MINIMUM", "input.quantity"],
    [
      "wire below 100",
      { quantity: 99, paymentMethod: "WIRE_TRANSFER" },
      "WIRE_TRANSFER_MINIMUM",
      "input.paymentMethod",
    ],
    ["an unknown product", { productCode: "NOPE" }, "UNKNOWN_PRODUCT", "input.productCode"],
    [
      "pass-through above the reselling percentage",
      { discountCode: "PD-NWIND-GOLD1", passThroughBp: 7501 },
      "PASS_THROUGH_TOO_HIGH",
      "input.passThroughBp",
    ],
    ["pass-through without a code", { passThroughBp: 500 }, "PASS_THROUGH_TOO_HIGH", "input.passThroughBp"],
    [
      "a negative pass-through",
      { discountCode: "PD-NWIND-GOLD1", passThroughBp: -1 },
      "INVALID_PERCENT",
      "input.passThroughBp",
    ],
    [
      "a pass-through above 100 %",
      { discountCode: "PD-NWIND-GOLD1", passThroughBp: 10_001 },
      "INVALID_PERCENT",
      "input.passThroughBp",
    ],
    ["an invalid code", { discountCode: "PD-NOT-REAL" }, "INVALID_DISCOUNT_CODE", "input.discountCode"],
  ];

  for (const [name, request, code, field] of CASES) {
    it(`${name}: ${code} on ${field}`, async () => {
      const answer = await quote(gold, request);
      expect(answer.quote).toBeNull();
      expect(answer.userErrors.map((e) => [e.code, e.field])).toEqual([[code, field]]);
      expect(answer.userErrors[0].message.length).toBeGreaterThan(10);
    });
  }

  it("accepts the limits themselves: 20 monthly, wire at 100, the whole reselling percentage", async () => {
    expect((await quote(gold, { period: "MONTHLY", quantity: 20 })).userErrors).toEqual([]);
    const wire = await quote(gold, { quantity: 100, paymentMethod: "WIRE_TRANSFER" });
    expect(wire.userErrors).toEqual([]);
    expect(wire.quote?.wireTransferAllowed).toBe(true);
    expect((await quote(gold, { quantity: 99 })).quote?.wireTransferAllowed).toBe(false);
    const all = await quote(gold, { discountCode: "PD-NWIND-GOLD1", passThroughBp: 7500 });
    expect(all.userErrors).toEqual([]);
  });

  it("refuses fractional licenses before pricing, with a code and no internal text", async () => {
    const answer = await gold.request(QUOTE, {
      input: { productCode: "PRO", period: "YEARLY", quantity: 2.5 },
    });
    expect(answer.data).toBeUndefined();
    expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    expect(JSON.stringify(answer.errors)).not.toMatch(/stack|node_modules|\.ts:|\.js:/);
  });

  it("reports every problem at once", async () => {
    const answer = await quote(gold, { productCode: "NOPE", quantity: 0, discountCode: "WRONG" });
    expect(answer.userErrors.map((e) => e.field).sort()).toEqual([
      "input.discountCode",
      "input.productCode",
      "input.quantity",
    ]);
  });

  it("refuses another reseller's code", async () => {
    const bronze = await signedIn(server, DEMO.otherOwner);
    const answer = await quote(bronze, { discountCode: "PD-NWIND-GOLD1" });
    expect(answer.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["INVALID_DISCOUNT_CODE", "input.discountCode"],
    ]);
  });

  it("refuses an inactive product, which only vendor staff still see", async () => {
    const created = await staff.query(
      graphql(
        `mutation CatalogProductCreate($i: ProductCreateInput!) { productCreate(input: $i) { product { code } userErrors { code field } } }`,
      ),
      {
        i: {
          code: "LEGACY",
          name: "Legacy",
          yearlyPrice: 1000,
          currency: "EUR",
          trialEnabled: false,
          active: false,
        },
      },
    );
    expect(created.productCreate.userErrors).toEqual([]);
    const answer = await quote(gold, { productCode: "LEGACY" });
    expect(answer.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["UNKNOWN_PRODUCT", "input.productCode"],
    ]);
    const resellerView = await gold.query(ALL_PRODUCTS);
    expect(resellerView.products.map((p) => p.code)).not.toContain("LEGACY");
    const staffView = await staff.query(ALL_PRODUCTS);
    expect(staffView.products.map((p) => p.code)).toContain("LEGACY");
  });
});

describe("vendor staff edit the catalog and tiers", () => {
  let server: TestServer;
  let staff: GraphQLClient;
  let gold: GraphQLClient;
  const UPDATE = graphql(`mutation CatalogProductUpdate($code: String!, $i: ProductUpdateInput!) {
    productUpdate(code: $code, input: $i) { product { code yearlyPrice monthlyPrice bands { minQuantity percentBp } } userErrors { code field } }
  }`);
  const proFields = {
    name: "Pro",
    description: "Micropatches",
    yearlyPrice: 3000,
    currency: "EUR",
    trialEnabled: true,
    active: true,
  };

  beforeAll(async () => {
    server = await startTestServer({ seed: true });
    staff = await signedIn(server, DEMO.staff);
    gold = await signedIn(server, DEMO.owner);
  });
  afterAll(() => server?.stop());

  it("a new price and bands apply to the next quote", async () => {
    const updated = await staff.query(UPDATE, {
      code: "PRO",
      i: {
        ...proFields,
        bands: [
          { minQuantity: 200, percentBp: 1250 },
          { minQuantity: 10, percentBp: 200 },
        ],
      },
    });
    expect(updated.productUpdate.userErrors).toEqual([]);
    expect(updated.productUpdate.product?.bands).toEqual([
      { minQuantity: 10, percentBp: 200 },
      { minQuantity: 200, percentBp: 1250 },
    ]);
    // No monthly price given and a new yearly one: the monthly one follows, 30.00 ÷ 10.
    expect(updated.productUpdate.product?.monthlyPrice).toBe(300);
    // 200 × 3000 = 600000; 12.5 % = 75000; Gold 75 % of 525000 = 393750.
    const answer = await quote(gold, { quantity: 200, discountCode: "PD-NWIND-GOLD1" });
    expect(amounts(answer.quote)).toEqual([600000, 75000, 525000, 393750, 131250, 0, 525000, 393750]);
  });

  it("refuses bad bands naming the band, and changes nothing", async () => {
    const answer = await staff.query(UPDATE, {
      code: "PRO",
      i: {
        ...proFields,
        yearlyPrice: 1,
        bands: [
          { minQuantity: 10, percentBp: 12_000 },
          { minQuantity: 10, percentBp: 500 },
        ],
      },
    });
    expect(answer.productUpdate.userErrors).toEqual([
      { code: "INVALID_PERCENT", field: "input.bands.0.percentBp" },
      { code: "DUPLICATE_BAND", field: "input.bands.1.minQuantity" },
    ]);
    const [pro] = await server.dataSource.query("SELECT yearly_price FROM product WHERE code = 'PRO'");
    expect(pro.yearly_price).toBe(3000);
  });

  it("refuses a taken product code, a bad currency and a negative price", async () => {
    const create = (i: Partial<ProductCreateInput>) =>
      staff.query(
        graphql(
          `mutation CatalogProductCreateRefused($i: ProductCreateInput!) { productCreate(input: $i) { userErrors { code field } } }`,
        ),
        { i: { ...proFields, code: "NEW_ONE", ...i } },
      );
    expect((await create({ code: "PRO" })).productCreate.userErrors).toEqual([
      { code: "PRODUCT_CODE_TAKEN", field: "input.code" },
    ]);
    expect((await create({ currency: "euro" })).productCreate.userErrors).toEqual([
      { code: "INVALID_INPUT", field: "input.currency" },
    ]);
    expect((await create({ yearlyPrice: -1 })).productCreate.userErrors).toEqual([
      { code: "INVALID_INPUT", field: "input.yearlyPrice" },
    ]);
    expect((await create({ code: "lower case" })).productCreate.userErrors).toEqual([
      { code: "INVALID_INPUT", field: "input.code" },
    ]);
  });

  it("a tier's new reselling percentage applies to its resellers' next quote", async () => {
    const TIER = graphql(
      `mutation CatalogGoldUpdate($i: TierUpdateInput!) { tierUpdate(code: "GOLD", input: $i) { tier { resellingBp } userErrors { code field } } }`,
    );
    const bad = await staff.query(TIER, {
      i: { name: "Gold", trialDays: 0, trialsPerMonth: 10, resellingBp: 10_001 },
    });
    expect(bad.tierUpdate.userErrors.map((e) => [e.code, e.field]).sort()).toEqual([
      ["INVALID_INPUT", "input.trialDays"],
      ["INVALID_PERCENT", "input.resellingBp"],
    ]);
    const good = await staff.query(TIER, {
      i: { name: "Gold", trialDays: 45, trialsPerMonth: 10, resellingBp: 7050 },
    });
    expect(good.tierUpdate.tier?.resellingBp).toBe(7050);
    const answer = await quote(gold, { quantity: 1, discountCode: "PD-NWIND-GOLD1" });
    expect(answer.quote?.partnerDiscountBp).toBe(7050);
    // 1 × 3000 (the price set above); 70.5 % = 2115.
    expect(answer.quote?.partnerDiscount).toBe(2115);
  });

  it("a monthly price staff set is the one quoted, and stays when the yearly price stays", async () => {
    const set = await staff.query(UPDATE, {
      code: "PRO",
      i: { ...proFields, monthlyPrice: 275, bands: [] },
    });
    expect(set.productUpdate.product).toMatchObject({ yearlyPrice: 3000, monthlyPrice: 275 });
    const kept = await staff.query(UPDATE, { code: "PRO", i: { ...proFields, name: "Pro 2", bands: [] } });
    expect(kept.productUpdate.product?.monthlyPrice).toBe(275);
    const answer = await quote(gold, { period: "MONTHLY", quantity: 20 });
    expect(answer.quote).toMatchObject({ unitListPrice: 275, retailPrice: 5500 });
    const created = await staff.query(
      graphql(
        `mutation CatalogProductCreateMonthly($i: ProductCreateInput!) { productCreate(input: $i) { product { monthlyPrice } userErrors { code field } } }`,
      ),
      { i: { ...proFields, code: "HALVES", yearlyPrice: 2495 } },
    );
    // 24.95 ÷ 10 = 2.495, rounded half away from zero once: 2.50.
    expect(created.productCreate.product?.monthlyPrice).toBe(250);
  });
});

describe("partner discount codes", () => {
  let server: TestServer;
  let staff: GraphQLClient;
  let bronze: GraphQLClient;
  let fabrikamId: string;

  beforeAll(async () => {
    server = await startTestServer({ seed: true });
    staff = await signedIn(server, DEMO.staff);
    bronze = await signedIn(server, DEMO.otherOwner);
    [{ id: fabrikamId }] = await server.dataSource.query(
      "SELECT id FROM account WHERE name = 'Fabrikam Solutions'",
    );
  });
  afterAll(() => server?.stop());

  it("ten parallel requests reach vendor staff as one request and one mail", async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => bronze.query(REQUEST)));
    const accepted = answers.filter((a) => a.partnerDiscountRequest.userErrors.length === 0);
    expect(accepted).toHaveLength(1);
    expect(new Set(answers.flatMap((a) => a.partnerDiscountRequest.userErrors.map((e) => e.code)))).toEqual(
      new Set(["ALREADY_REQUESTED"]),
    );
    const mails = await server.dataSource.query(
      "SELECT recipient, data FROM outbox WHERE template = 'discount_code_request'",
    );
    expect(mails).toHaveLength(1);
    expect(mails[0].recipient).toBe(DEMO.staff.email);
    expect(mails[0].data).toMatchObject({
      resellerName: "Fabrikam Solutions",
      requestedBy: `Finn Fabrikam <${DEMO.otherOwner.email}>`,
      note: "First order next week",
    });
  });

  it("shows staff who asked, and issuing a code closes the request and mails the code", async () => {
    const list = await staff.query(
      graphql(
        `query CatalogResellerDiscounts { resellers { nodes { name partnerDiscount { code requestedAt } } } }`,
      ),
    );
    const fabrikam = list.resellers.nodes.find((r) => r.name === "Fabrikam Solutions");
    expect(fabrikam?.partnerDiscount.code).toBeNull();
    expect(fabrikam?.partnerDiscount.requestedAt).not.toBeNull();
    expect(list.resellers.nodes.find((r) => r.name === "Northwind IT")?.partnerDiscount.code).toBe(
      "PD-NWIND-GOLD1",
    );

    const issued = await staff.query(ISSUE, { id: fabrikamId });
    const { code, requestedAt } = issued.partnerDiscountIssue.partnerDiscount ?? {};
    expect(code).toMatch(/^PD-[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    expect(requestedAt).toBeNull();
    expect((await latestMail(server, DEMO.otherOwner.email, "discount_code_issued")).code).toBe(code);
    const status = await bronze.query(DISCOUNT_CODE);
    expect(status.partnerDiscount.code).toBe(code);
    expect((await quote(bronze, { quantity: 1, discountCode: code })).quote?.discountCodeApplied).toBe(true);

    // Asking again while holding a code is refused.
    const again = await bronze.query(REQUEST);
    expect(again.partnerDiscountRequest.userErrors.map((e) => e.code)).toEqual(["ALREADY_REQUESTED"]);
  });

  it("a reissued or revoked code stops working at once", async () => {
    const first = (await bronze.query(DISCOUNT_CODE)).partnerDiscount?.code;
    const reissued = await staff.query(ISSUE, { id: fabrikamId });
    const second = reissued.partnerDiscountIssue.partnerDiscount?.code;
    expect(second).not.toBe(first);
    expect((await quote(bronze, { discountCode: first })).userErrors.map((e) => e.code)).toEqual([
      "INVALID_DISCOUNT_CODE",
    ]);
    const REVOKE = graphql(
      `mutation CatalogDiscountRevoke($id: ID!) { partnerDiscountRevoke(resellerId: $id) { partnerDiscount { code } userErrors { code field } } }`,
    );
    const revoked = await staff.query(REVOKE, { id: fabrikamId });
    expect(revoked.partnerDiscountRevoke.partnerDiscount?.code).toBeNull();
    expect((await quote(bronze, { discountCode: second })).userErrors.map((e) => e.code)).toEqual([
      "INVALID_DISCOUNT_CODE",
    ]);
    const twice = await staff.query(REVOKE, { id: fabrikamId });
    expect(twice.partnerDiscountRevoke.userErrors).toEqual([
      { code: "NO_DISCOUNT_CODE", field: "resellerId" },
    ]);
  });

  it("answers not found for a reseller that does not exist", async () => {
    const answer = await staff.query(ISSUE, { id: "00000000-0000-4000-8000-000000000000" });
    expect(answer.partnerDiscountIssue.userErrors).toEqual([{ code: "NOT_FOUND", field: "resellerId" }]);
  });
});
