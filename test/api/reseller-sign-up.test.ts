import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApplicationQueueQuery } from "../generated/graphql.js";
import { graphql } from "../generated/index.js";
import { DEMO, latestMail, signedIn, signInRequest, tokenOf } from "../support/accounts.js";
import { type GraphQLClient, present } from "../support/graphql-client.js";
import { startTestServer, type TestServer } from "../support/server.js";

const SIGN_UP = graphql(`mutation SignUpCompany($i: SignUpInput!) {
  signUp(input: $i) { email userErrors { code field message } }
}`);
const CONFIRM = graphql(`mutation SignUpConfirmLink($t: String!) {
  signUpConfirm(token: $t) {
    viewer { user { email status } account { name status country tier { code } } role permissions }
    userErrors { code field message }
  }
}`);
const LINK = graphql(`query SignUpLinkInfo($t: String!) {
  tokenInfo(token: $t) { status purpose email accountName needsPassword }
}`);
const SUBMIT = graphql(`mutation ApplicationSubmit($i: ResellerApplicationSubmitInput!) {
  resellerApplicationSubmit(input: $i) {
    application { id status website countries expectedLicensesPerYear message companyName country ownerEmail }
    userErrors { code field message }
  }
}`);
const MINE = graphql(
  `query ApplicationMine { resellerApplication { id status declineReason tier { code } } }`,
);
const QUEUE = graphql(`query ApplicationQueue($status: ResellerApplicationStatus, $after: String) {
  resellerApplications(status: $status, first: 2, after: $after) {
    totalCount
    edges { node { id companyName country ownerEmail website status submittedAt } }
    pageInfo { hasNextPage endCursor }
  }
}`);
const APPROVE = graphql(`mutation ApplicationApprove($id: ID!, $tier: String!) {
  resellerApplicationApprove(id: $id, tierCode: $tier) {
    application { id status decidedAt tier { code } }
    userErrors { code field message }
  }
}`);
const DECLINE = graphql(`mutation ApplicationDecline($id: ID!, $reason: String!) {
  resellerApplicationDecline(id: $id, reason: $reason) {
    application { id status decidedAt declineReason tier { code } }
    userErrors { code field message }
  }
}`);
const CUSTOMERS = graphql(`query ApplicantCustomers { customers { totalCount } }`);
const RESELLERS = graphql(
  `query ApplicationResellers($search: String) { resellers(search: $search) { totalCount } }`,
);

const APPLICATION = {
  website: "wingtip-it.example",
  countries: ["de", "AT", "DE"],
  expectedLicensesPerYear: 400,
  message: "We run IT for 60 small firms around Munich.",
};

describe("a company signs up, applies to resell, and vendor staff decide", () => {
  let server: TestServer;
  let staff: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer({ seed: true, now: "2026-12-03T09:00:00Z" });
    staff = await signedIn(server, DEMO.staff);
  });
  afterAll(() => server?.stop());

  const requestsOf = async (email: string): Promise<number> => {
    const [row] = await server.dataSource.query(
      "SELECT count(*)::int AS n FROM sign_up_request WHERE email = $1",
      [email],
    );
    return row.n;
  };

  /** Signs a company up and follows its mailed link: the applicant's signed-in client. */
  async function applicant(email: string, company: string): Promise<GraphQLClient> {
    const client = server.client();
    const signedUp = await client.query(SIGN_UP, {
      i: { email, password: "a long enough passphrase", companyName: company, country: "de" },
    });
    expect(signedUp.signUp.userErrors).toEqual([]);
    const mail = await latestMail(server, email, "sign_up_confirmation");
    const confirmed = await client.query(CONFIRM, { t: tokenOf(mail.link) });
    expect(confirmed.signUpConfirm.userErrors).toEqual([]);
    return client;
  }

  it("refuses bad sign-up input field by field, and keeps nothing of it", async () => {
    const result = await server.client().query(SIGN_UP, {
      i: { email: "not an email", password: "short", companyName: "  ", country: "Germany" },
    });
    expect(result.signUp.email).toBeNull();
    expect(result.signUp.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["INVALID_EMAIL", "input.email"],
      ["REQUIRED", "input.companyName"],
    ]);
    const weak = await server.client().query(SIGN_UP, {
      i: { email: "ops@weak.example", password: "ops@weak.example", companyName: "Weak", country: "DE" },
    });
    expect(weak.signUp.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["PASSWORD_IS_EMAIL", "input.password"],
    ]);
    const country = await server.client().query(SIGN_UP, {
      i: {
        email: "ops@weak.example",
        password: "a long enough passphrase",
        companyName: "Weak",
        country: "ZZ",
      },
    });
    expect(country.signUp.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["INVALID_COUNTRY", "input.country"],
    ]);
    expect(await requestsOf("ops@weak.example")).toBe(0);
  });

  it("confirms the email from the mailed link, once, and signs the owner in as an applicant", async () => {
    const client = server.client();
    const signedUp = await client.query(SIGN_UP, {
      i: {
        email: " Dana@Wingtip-IT.example ",
        password: "a long enough passphrase",
        companyName: "Wingtip IT",
        country: "de",
      },
    });
    expect(signedUp.signUp).toEqual({ email: "dana@wingtip-it.example", userErrors: [] });
    // Nothing exists until the email is confirmed.
    expect(
      await server.dataSource.query("SELECT 1 FROM app_user WHERE email = 'dana@wingtip-it.example'"),
    ).toEqual([]);
    const mail = await latestMail(server, "dana@wingtip-it.example", "sign_up_confirmation");
    const token = tokenOf(mail.link);
    expect(mail.companyName).toBe("Wingtip IT");
    expect((await client.query(LINK, { t: token })).tokenInfo).toEqual({
      status: "VALID",
      purpose: "SIGN_UP",
      email: "dana@wingtip-it.example",
      accountName: "Wingtip IT",
      needsPassword: false,
    });

    const confirmed = await client.query(CONFIRM, { t: token });
    expect(confirmed.signUpConfirm).toEqual({
      viewer: {
        user: { email: "dana@wingtip-it.example", status: "ACTIVE" },
        account: { name: "Wingtip IT", status: "APPLYING", country: "DE", tier: null },
        role: "OWNER",
        permissions: ["RESELLER_APPLY"],
      },
      userErrors: [],
    });
    const again = await server.client().query(CONFIRM, { t: token });
    expect(again.signUpConfirm.userErrors.map((e) => [e.code, e.field])).toEqual([["TOKEN_USED", "token"]]);
    expect((await client.query(LINK, { t: token })).tokenInfo.status).toBe("USED");
    const bogus = await server.client().query(CONFIRM, { t: "no-such-token" });
    expect(bogus.signUpConfirm.userErrors.map((e) => e.code)).toEqual(["TOKEN_INVALID"]);

    // The password chosen at sign-up is the one that signs in.
    const again2 = await signInRequest(
      server.client(),
      "dana@wingtip-it.example",
      "a long enough passphrase",
    );
    expect(again2.data?.signIn.viewer?.permissions).toEqual(["RESELLER_APPLY"]);
  });

  it("answers a sign-up with a taken email the same, mails its holder, and changes nothing", async () => {
    const result = await server.client().query(SIGN_UP, {
      i: {
        email: DEMO.owner.email,
        password: "someone else's passphrase",
        companyName: "Imposter",
        country: "FR",
      },
    });
    expect(result.signUp).toEqual({ email: DEMO.owner.email, userErrors: [] });
    const mail = await latestMail(server, DEMO.owner.email, "sign_up_email_taken");
    expect(mail.link).toMatch(/\/sign-in$/);
    expect(await requestsOf(DEMO.owner.email)).toBe(0);
    expect(
      (await signInRequest(server.client(), DEMO.owner.email, DEMO.owner.password)).data?.signIn.viewer,
    ).not.toBeNull();
  });

  it("keeps each sign-up's own password: the link the holder follows sets theirs, and the other links stop working", async () => {
    const email = "owner@contested.example";
    const stranger = "the stranger's passphrase";
    const holder = "the holder's own passphrase";
    for (const password of [stranger, holder]) {
      await server.client().query(SIGN_UP, {
        i: { email, password, companyName: "Contested", country: "NL" },
      });
    }
    const links: Array<{ data: { link: string } }> = await server.dataSource.query(
      "SELECT data FROM outbox WHERE recipient = $1 AND template = 'sign_up_confirmation' ORDER BY seq",
      [email],
    );
    expect(links).toHaveLength(2);
    const [strangersLink, holdersLink] = links.map((l) => tokenOf(l.data.link));
    const confirmed = await server.client().query(CONFIRM, { t: holdersLink });
    expect(confirmed.signUpConfirm.userErrors).toEqual([]);
    const late = await server.client().query(CONFIRM, { t: strangersLink });
    expect(late.signUpConfirm.userErrors.map((e) => e.code)).toEqual(["TOKEN_USED"]);
    expect((await signInRequest(server.client(), email, stranger)).data?.signIn.viewer).toBeNull();
    expect((await signInRequest(server.client(), email, holder)).data?.signIn.viewer).not.toBeNull();
  });

  it("refuses reseller operations with the reason until approved, and refuses bad applications field by field", async () => {
    const client = await applicant("ops@fourth-coffee.example", "Fourth Coffee IT");
    const before = await client.request(CUSTOMERS);
    expect(before.errors?.[0]?.extensions).toMatchObject({
      code: "FORBIDDEN",
      reason: "RESELLER_APPLICATION_MISSING",
    });
    expect(before.errors?.[0]?.message).toMatch(/apply to resell first/);
    expect((await client.query(MINE)).resellerApplication).toBeNull();

    const bad = await client.query(SUBMIT, {
      i: { website: "not a site", countries: [], expectedLicensesPerYear: 0, message: " " },
    });
    expect(bad.resellerApplicationSubmit.userErrors.map((e) => [e.code, e.field]).sort()).toEqual([
      ["INVALID_QUANTITY", "input.expectedLicensesPerYear"],
      ["REQUIRED", "input.countries"],
      ["REQUIRED", "input.message"],
    ]);
    const site = await client.query(SUBMIT, { i: { ...APPLICATION, website: "ftp://files.example" } });
    expect(site.resellerApplicationSubmit.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["INVALID_INPUT", "input.website"],
    ]);
    const country = await client.query(SUBMIT, { i: { ...APPLICATION, countries: ["DE", "ZZ"] } });
    expect(country.resellerApplicationSubmit.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["INVALID_COUNTRY", "input.countries"],
    ]);
    expect((await client.query(MINE)).resellerApplication).toBeNull();

    const submitted = await client.query(SUBMIT, { i: APPLICATION });
    expect(submitted.resellerApplicationSubmit).toMatchObject({
      application: {
        status: "PENDING",
        website: "https://wingtip-it.example/",
        countries: ["AT", "DE"],
        expectedLicensesPerYear: 400,
        companyName: "Fourth Coffee IT",
        country: "DE",
        ownerEmail: "ops@fourth-coffee.example",
      },
      userErrors: [],
    });
    expect((await latestMail(server, "ops@fourth-coffee.example", "application_received")).link).toMatch(
      /\/apply$/,
    );
    const pending = await client.request(CUSTOMERS);
    expect(pending.errors?.[0]?.extensions).toMatchObject({
      code: "FORBIDDEN",
      reason: "RESELLER_APPLICATION_PENDING",
    });
    // Not a reseller yet, so not among staff's resellers.
    expect((await staff.query(RESELLERS, { search: "Fourth Coffee" })).resellers.totalCount).toBe(0);
  });

  it("keeps one application waiting however many are sent at once", async () => {
    const client = await applicant("ops@parallel.example", "Parallel Partners");
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => client.query(SUBMIT, { i: APPLICATION })),
    );
    const accepted = answers.filter((a) => a.resellerApplicationSubmit.application);
    expect(accepted).toHaveLength(1);
    expect(
      answers.filter((a) => a.resellerApplicationSubmit.userErrors[0]?.code === "APPLICATION_PENDING"),
    ).toHaveLength(5);
    const [{ n }] = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM reseller_application r JOIN account a ON a.id = r.account_id
        WHERE a.name = 'Parallel Partners'`,
    );
    expect(n).toBe(1);
  });

  it("declines with a reason the applicant is told, and approves a new application once, however many decide at once", async () => {
    const client = await applicant("ops@litware.example", "Litware Services");
    const first = present(
      (await client.query(SUBMIT, { i: APPLICATION })).resellerApplicationSubmit.application,
    );

    const queue = await staff.query(QUEUE, {});
    // Paged two at a time, oldest first: the newest application is on the last page.
    const waiting: ApplicationQueueQuery["resellerApplications"]["edges"] = [];
    let after: string | null = null;
    for (;;) {
      const page: ApplicationQueueQuery = await staff.query(QUEUE, { after });
      waiting.push(...page.resellerApplications.edges);
      if (!page.resellerApplications.pageInfo.hasNextPage) break;
      after = page.resellerApplications.pageInfo.endCursor ?? null;
    }
    expect(waiting.map((e) => e.node.id)).toHaveLength(queue.resellerApplications.totalCount);
    expect(waiting.map((e) => e.node.companyName)).toContain("Fourth Coffee IT");
    const node = waiting.find((e) => e.node.id === first.id)?.node;
    expect(node).toMatchObject({
      companyName: "Litware Services",
      country: "DE",
      ownerEmail: "ops@litware.example",
    });

    const blank = await staff.query(DECLINE, { id: first.id, reason: "   " });
    expect(blank.resellerApplicationDecline.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["REQUIRED", "reason"],
    ]);
    const reason = "We need a website that shows your IT services.";
    const declined = await staff.query(DECLINE, { id: first.id, reason });
    expect(declined.resellerApplicationDecline.application).toMatchObject({
      status: "DECLINED",
      declineReason: reason,
    });
    expect((await latestMail(server, "ops@litware.example", "application_declined")).reason).toBe(reason);
    const refused = await client.request(CUSTOMERS);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ reason: "RESELLER_APPLICATION_DECLINED" });
    expect(refused.errors?.[0]?.message).toContain(reason);
    const late = await staff.query(APPROVE, { id: first.id, tier: "GOLD" });
    expect(late.resellerApplicationApprove.userErrors.map((e) => e.code)).toEqual(["APPLICATION_DECIDED"]);

    const second = present(
      (await client.query(SUBMIT, { i: APPLICATION })).resellerApplicationSubmit.application,
    );
    const unknownTier = await staff.query(APPROVE, { id: second.id, tier: "PLATINUM" });
    expect(unknownTier.resellerApplicationApprove.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["UNKNOWN_TIER", "tierCode"],
    ]);
    const decisions = await Promise.all([
      staff.query(APPROVE, { id: second.id, tier: "silver" }),
      staff.query(APPROVE, { id: second.id, tier: "GOLD" }),
      staff.query(DECLINE, { id: second.id, reason: "Changed our mind" }),
    ]);
    const payloads = [
      decisions[0].resellerApplicationApprove,
      decisions[1].resellerApplicationApprove,
      decisions[2].resellerApplicationDecline,
    ];
    expect(payloads.filter((p) => p.application)).toHaveLength(1);
    expect(payloads.filter((p) => p.userErrors[0]?.code === "APPLICATION_DECIDED")).toHaveLength(2);

    const [account] = await server.dataSource.query(
      `SELECT a.status, t.code AS tier FROM account a LEFT JOIN tier t ON t.id = a.tier_id WHERE a.name = 'Litware Services'`,
    );
    const winner = present(payloads.find((p) => p.application)?.application);
    if (winner.status === "APPROVED") {
      expect(account).toEqual({ status: "ACTIVE", tier: present(winner.tier).code });
      expect((await latestMail(server, "ops@litware.example", "application_approved")).tier).toMatch(
        /Silver|Gold/,
      );
      // The same session now holds the owner's permissions: the list opens.
      expect((await client.query(CUSTOMERS)).customers.totalCount).toBe(0);
      expect((await staff.query(RESELLERS, { search: "Litware" })).resellers.totalCount).toBe(1);
    } else {
      expect(winner.status).toBe("DECLINED");
      expect(account).toEqual({ status: "APPLYING", tier: null });
    }
  });

  it("approves on the chosen tier: the owner resells from the same session", async () => {
    const client = await applicant("ops@adatum.example", "Adatum Resale");
    const submitted = present(
      (await client.query(SUBMIT, { i: APPLICATION })).resellerApplicationSubmit.application,
    );
    const approved = await staff.query(APPROVE, { id: submitted.id, tier: "silver" });
    expect(approved.resellerApplicationApprove.application).toMatchObject({
      status: "APPROVED",
      tier: { code: "SILVER" },
    });
    expect((await client.query(CUSTOMERS)).customers.totalCount).toBe(0);
    const again = await client.request(MINE);
    expect(again.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const mail = await latestMail(server, "ops@adatum.example", "application_approved");
    expect(mail).toMatchObject({ accountName: "Adatum Resale", tier: "Silver" });
  });
});
