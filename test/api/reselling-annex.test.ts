import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScheduledWork } from "../../server/src/jobs/scheduled-work.js";
import { graphql } from "../generated/index.js";
import { DEMO, signedIn } from "../support/accounts.js";
import { type GraphQLClient, present } from "../support/graphql-client.js";
import { startTestServer, type TestServer } from "../support/server.js";

const STATUS = graphql(`query AnnexStatusOf {
  annexStatus {
    inForce { id version title effectiveAt }
    upcoming { id version }
    acceptedInForce
    acceptedUpcoming
    canAccept
    acceptors { email }
    acceptances { id acceptedAt ip pdfUrl acceptedBy { email } annexVersion { version } }
  }
}`);
const PUBLISH = graphql(`mutation AnnexPublishVersion($i: AnnexPublishInput!) {
  annexPublish(input: $i) { annexVersion { id version title effectiveAt bodyHtml } userErrors { code field message } }
}`);
const ACCEPT = graphql(`mutation AnnexAcceptVersion($id: ID!) {
  annexAccept(versionId: $id) { acceptance { id annexVersion { version } acceptedBy { email } } userErrors { code field message } }
}`);
const VERSIONS = graphql(
  `query AnnexVersionsList { annexVersions(first: 50) { totalCount edges { node { version } } } }`,
);
const BUY = graphql(`mutation AnnexBuy($i: SubscriptionPurchaseInput!) {
  subscriptionPurchase(input: $i) { subscription { id currentPeriodEnd status } userErrors { code field message } }
}`);
const SUBSCRIPTION = graphql(
  `query AnnexSubscription($id: ID!) { subscription(id: $id) { status currentPeriodEnd } }`,
);
const CUSTOMER = graphql(`mutation AnnexCustomer($i: CustomerInviteInput!) {
  customerInvite(input: $i) { customer { id } userErrors { code } }
}`);
const ELIGIBILITY = graphql(`query AnnexTrialEligibility($c: ID!) {
  trialEligibility(customerId: $c, productCode: "PRO") { eligible reasons { code message } }
}`);
const TRIAL = graphql(`mutation AnnexTrial($c: ID!) {
  trialStart(customerId: $c, productCode: "PRO") { trial { id } userErrors { code field message } }
}`);
const PAYPAL = graphql(`mutation AnnexPaypal($e: String!) {
  paymentMethodAddPaypal(input: { email: $e }) { paymentMethod { id } userErrors { code } }
}`);
const KEY = graphql(`mutation AnnexKey($i: ApiKeyCreateInput!) { apiKeyCreate(input: $i) { secret } }`);

const DAY = 24 * 60 * 60 * 1000;
const PAYPAL_MONTHLY = {
  productCode: "PRO",
  period: "MONTHLY",
  quantity: 20,
  paymentMethod: "PAYPAL",
} as const;

describe("the reselling annex", () => {
  let server: TestServer;
  let staff: GraphQLClient;
  let northwind: GraphQLClient;
  let fabrikam: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer({ seed: true, now: "2026-12-03T09:00:00Z" });
    staff = await signedIn(server, DEMO.staff);
    northwind = await signedIn(server, DEMO.owner);
    fabrikam = await signedIn(server, DEMO.otherOwner);
    await fabrikam.query(PAYPAL, { e: "billing@fabrikam.example" });
  });
  afterAll(() => server?.stop());

  async function pdfText(client: GraphQLClient, url: string): Promise<{ status: number; text: string }> {
    const response = await client.get(url);
    if (response.status !== 200) return { status: response.status, text: "" };
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const pdf = await getDocumentProxy(new Uint8Array(await response.arrayBuffer()));
    return { status: 200, text: (await extractText(pdf, { mergePages: true })).text };
  }

  it("shows the version in force, who accepted it and who can, and downloads the acceptance to its own account only", async () => {
    const { annexStatus } = await northwind.query(STATUS);
    expect(annexStatus).toMatchObject({
      inForce: { version: 1, title: "Reselling Annex to the Customer Agreement" },
      upcoming: null,
      acceptedInForce: true,
      canAccept: true,
      acceptors: [{ email: DEMO.owner.email }],
    });
    const [acceptance] = annexStatus.acceptances;
    expect(acceptance).toMatchObject({
      acceptedBy: { email: DEMO.owner.email },
      annexVersion: { version: 1 },
    });

    const member = await signedIn(server, DEMO.member);
    expect((await member.query(STATUS)).annexStatus).toMatchObject({
      canAccept: false,
      acceptedInForce: true,
    });
    const memberAccept = await member.request(ACCEPT, { id: present(annexStatus.inForce).id });
    expect(memberAccept.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const own = await pdfText(northwind, acceptance.pdfUrl);
    expect(own.text).toContain("Reselling Annex to the Customer Agreement");
    expect(own.text).toContain("Acceptance record");
    expect(own.text).toContain("Reseller: Northwind IT");
    expect(own.text).toContain(`<${DEMO.owner.email}>`);
    expect((await pdfText(staff, acceptance.pdfUrl)).status).toBe(200);
    expect((await pdfText(fabrikam, acceptance.pdfUrl)).status).toBe(404);
    expect((await server.client().get(acceptance.pdfUrl)).status).toBe(401);
  });

  it("refuses a version without title, dated in the past, or before the latest, and shows raw HTML in it as text", async () => {
    const blank = await staff.query(PUBLISH, { i: { title: " ", body: "Text" } });
    expect(blank.annexPublish.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["REQUIRED", "input.title"],
    ]);
    const past = await staff.query(PUBLISH, {
      i: {
        title: "Backdated",
        body: "Text",
        effectiveAt: new Date(server.clock.now().getTime() - DAY).toISOString(),
      },
    });
    expect(past.annexPublish.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["EFFECTIVE_DATE_TOO_EARLY", "input.effectiveAt"],
    ]);
    expect((await staff.query(VERSIONS)).annexVersions.totalCount).toBe(1);
    const denied = await northwind.request(PUBLISH, { i: { title: "Mine", body: "Text" } });
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("stops purchases and trials, with the version named, once a new version is in force and until the owner accepts it; renewals go on", async () => {
    // Fabrikam buys a monthly subscription while version 1, which it accepted, is in force.
    const bought = await fabrikam.query(BUY, { i: PAYPAL_MONTHLY });
    expect(bought.subscriptionPurchase.userErrors).toEqual([]);
    const subscription = present(bought.subscriptionPurchase.subscription);
    const { customerInvite } = await fabrikam.query(CUSTOMER, {
      i: { email: "it@annex-customer.example", companyName: "Annex Customer" },
    });
    const customerId = present(customerInvite.customer).id;

    const effectiveAt = new Date(server.clock.now().getTime() + 7 * DAY).toISOString();
    const published = await staff.query(PUBLISH, {
      i: {
        title: "Reselling Annex, second edition",
        body: "## Terms\n\nNew terms. <script>alert(1)</script> [click](javascript:alert(1))",
        effectiveAt,
      },
    });
    const version2 = present(published.annexPublish.annexVersion);
    expect(version2.version).toBe(2);
    expect(version2.bodyHtml).toContain("&lt;script&gt;");
    expect(version2.bodyHtml).not.toContain("<script>");
    expect(version2.bodyHtml).not.toMatch(/href="javascript:/);
    const before = await staff.query(PUBLISH, {
      i: {
        title: "Earlier",
        body: "Text",
        effectiveAt: new Date(server.clock.now().getTime() + DAY).toISOString(),
      },
    });
    expect(before.annexPublish.userErrors.map((e) => e.code)).toEqual(["EFFECTIVE_DATE_TOO_EARLY"]);

    // Announced, not in force: nothing stops yet, and Northwind accepts it ahead of time.
    expect((await fabrikam.query(STATUS)).annexStatus).toMatchObject({
      inForce: { version: 1 },
      upcoming: { version: 2 },
      acceptedInForce: true,
      acceptedUpcoming: false,
    });
    const early = await northwind.query(ACCEPT, { id: version2.id });
    expect(early.annexAccept.userErrors).toEqual([]);

    server.clock.advance(8 * DAY);
    const status = (await fabrikam.query(STATUS)).annexStatus;
    expect(status).toMatchObject({ inForce: { version: 2 }, upcoming: null, acceptedInForce: false });

    const [{ n: subscriptionsBefore }] = await server.dataSource.query(
      "SELECT count(*)::int AS n FROM subscription s JOIN account a ON a.id = s.reseller_id WHERE a.name = 'Fabrikam Solutions'",
    );
    const refused = await fabrikam.query(BUY, { i: PAYPAL_MONTHLY });
    expect(refused.subscriptionPurchase.subscription).toBeNull();
    expect(refused.subscriptionPurchase.userErrors).toHaveLength(1);
    expect(refused.subscriptionPurchase.userErrors[0]).toMatchObject({
      code: "ANNEX_NOT_ACCEPTED",
      field: null,
    });
    expect(refused.subscriptionPurchase.userErrors[0].message).toContain("version 2");
    const [{ n: subscriptionsAfter }] = await server.dataSource.query(
      "SELECT count(*)::int AS n FROM subscription s JOIN account a ON a.id = s.reseller_id WHERE a.name = 'Fabrikam Solutions'",
    );
    expect(subscriptionsAfter).toBe(subscriptionsBefore);

    const secret = present(
      (await fabrikam.query(KEY, { i: { name: "annex", scope: "READ_WRITE" } })).apiKeyCreate.secret,
    );
    const integrator = server.client({ authorization: `Bearer ${secret}` });
    expect(
      (await integrator.query(BUY, { i: PAYPAL_MONTHLY })).subscriptionPurchase.userErrors.map((e) => e.code),
    ).toEqual(["ANNEX_NOT_ACCEPTED"]);
    const eligibility = (await fabrikam.query(ELIGIBILITY, { c: customerId })).trialEligibility;
    expect(eligibility.eligible).toBe(false);
    expect(eligibility.reasons.map((r) => r.code)).toEqual(["ANNEX_NOT_ACCEPTED"]);
    expect((await fabrikam.query(TRIAL, { c: customerId })).trialStart.userErrors.map((e) => e.code)).toEqual(
      ["ANNEX_NOT_ACCEPTED"],
    );
    // Northwind accepted ahead of time and goes on buying.
    expect((await northwind.query(BUY, { i: PAYPAL_MONTHLY })).subscriptionPurchase.userErrors).toEqual([]);

    // What Fabrikam holds renews all the same.
    server.clock.advance(30 * DAY);
    await server.services.get(ScheduledWork).run();
    // Sessions last 30 days: sign in again after the month.
    fabrikam = await signedIn(server, DEMO.otherOwner);
    staff = await signedIn(server, DEMO.staff);
    const renewed = present((await fabrikam.query(SUBSCRIPTION, { id: subscription.id })).subscription);
    expect(renewed.status).toBe("ACTIVE");
    expect(Date.parse(renewed.currentPeriodEnd)).toBeGreaterThan(Date.parse(subscription.currentPeriodEnd));

    // Version 1 is replaced; the owner accepts version 2, twice at once, and it counts once.
    const stale = await fabrikam.query(ACCEPT, { id: await versionId(1) });
    expect(stale.annexAccept.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["ANNEX_SUPERSEDED", "versionId"],
    ]);
    const accepted = await Promise.all([
      fabrikam.query(ACCEPT, { id: version2.id }),
      fabrikam.query(ACCEPT, { id: version2.id }),
    ]);
    const ids = accepted.map((a) => present(a.annexAccept.acceptance).id);
    expect(ids[0]).toBe(ids[1]);
    const after = (await fabrikam.query(STATUS)).annexStatus;
    expect(after.acceptedInForce).toBe(true);
    expect(after.acceptances.map((a) => a.annexVersion.version)).toEqual([2, 1]);
    expect(after.acceptances[0].ip).toMatch(/127\.0\.0\.1|::1|::ffff:127\.0\.0\.1/);
    expect((await fabrikam.query(BUY, { i: PAYPAL_MONTHLY })).subscriptionPurchase.userErrors).toEqual([]);
    expect((await fabrikam.query(TRIAL, { c: customerId })).trialStart.userErrors).toEqual([]);
  });

  it("numbers versions published at once one after another", async () => {
    const effectiveAt = new Date(server.clock.now().getTime() + 60 * DAY).toISOString();
    const answers = await Promise.all(
      [1, 2, 3].map((n) =>
        staff.query(PUBLISH, { i: { title: `Parallel ${n}`, body: "Text", effectiveAt } }),
      ),
    );
    const numbers = answers.map((a) => present(a.annexPublish.annexVersion).version).sort();
    expect(numbers).toEqual([3, 4, 5]);
    const [{ n }] = await server.dataSource.query(
      "SELECT count(*)::int AS n FROM audit_log WHERE operation = 'annexPublish'",
    );
    expect(n).toBeGreaterThanOrEqual(5);
  });

  async function versionId(version: number): Promise<string> {
    const [row] = await server.dataSource.query("SELECT id FROM annex_version WHERE version = $1", [version]);
    return row.id;
  }
});
