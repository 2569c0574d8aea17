import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ResellersPageQuery } from "../generated/graphql.js";
import { graphql } from "../generated/index.js";
import { DEMO, errorCode, signedIn, signInRequest } from "../support/accounts.js";
import { type GraphQLClient, present } from "../support/graphql-client.js";
import { startTestServer, type TestServer } from "../support/server.js";

const CREATE_KEY = graphql(`mutation KeysCreate($i: ApiKeyCreateInput!) {
  apiKeyCreate(input: $i) { apiKey { id name scope prefix lastUsedAt revokedAt } secret userErrors { code field } }
}`);
const PERMISSIONS = graphql(`query KeysPermissions { viewer { permissions } }`);
const KEY_IDS = graphql(`query KeysIds { apiKeys { id } }`);

describe("API keys", () => {
  let server: TestServer;
  let owner: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer({ seed: true, now: "2026-11-22T08:00:00Z" });
    owner = await signedIn(server, DEMO.owner);
  });
  afterAll(() => server?.stop());

  it("shows the secret once, stores only its hash, and acts for the account with the key's scope", async () => {
    const created = await owner.query(CREATE_KEY, { i: { name: "Billing sync", scope: "READ" } });
    const apiKey = present(created.apiKeyCreate.apiKey, "the new key");
    const secret = present(created.apiKeyCreate.secret, "its secret");
    expect(secret).toMatch(new RegExp(`^${apiKey.prefix}_[A-Za-z0-9_-]{43}$`));
    const stored = await server.dataSource.query("SELECT secret_hash FROM api_key WHERE id = $1", [
      apiKey.id,
    ]);
    expect(stored[0].secret_hash).not.toContain(secret.slice(apiKey.prefix.length + 1));
    const listed = await owner.query(graphql(`query KeysListed { apiKeys { id name prefix lastUsedAt } }`));
    expect(listed.apiKeys).toEqual([
      { id: apiKey.id, name: "Billing sync", prefix: apiKey.prefix, lastUsedAt: null },
    ]);

    server.clock.advance(5 * 60 * 1000);
    const integrator = server.client({ authorization: `Bearer ${secret}` });
    const viewer = await integrator.query(
      graphql(
        `query KeysViewer { viewer { user { email } account { name } apiKey { name scope } permissions } }`,
      ),
    );
    expect(viewer.viewer).toEqual({
      user: null,
      account: { name: "Northwind IT" },
      apiKey: { name: "Billing sync", scope: "READ" },
      permissions: ["RESELLER_READ"],
    });
    const after = await owner.query(graphql(`query KeysLastUsed { apiKeys { lastUsedAt } }`));
    expect(after.apiKeys[0].lastUsedAt).toBe("2026-11-22T08:05:00.000Z");
  });

  it("refuses a revoked key, a made-up key and a key with one character changed", async () => {
    const { apiKeyCreate } = await owner.query(CREATE_KEY, {
      i: { name: "Short-lived", scope: "READ_WRITE" },
    });
    const secret = present(apiKeyCreate.secret, "the secret");
    const id = present(apiKeyCreate.apiKey, "the new key").id;
    const tampered = `${secret.slice(0, -1)}${secret.endsWith("A") ? "B" : "A"}`;
    expect(errorCode(await server.client({ authorization: `Bearer ${tampered}` }).request(PERMISSIONS))).toBe(
      "UNAUTHENTICATED",
    );
    expect(errorCode(await server.client({ authorization: "Bearer rh_nothing" }).request(PERMISSIONS))).toBe(
      "UNAUTHENTICATED",
    );

    const revoked = await owner.query(
      graphql(
        `mutation KeysRevoke($id: ID!) { apiKeyRevoke(id: $id) { apiKey { revokedAt } userErrors { code } } }`,
      ),
      { id },
    );
    expect(revoked.apiKeyRevoke.apiKey?.revokedAt).toBeTruthy();
    const response = await server.client({ authorization: `Bearer ${secret}` }).request(PERMISSIONS);
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.message).toBe("The API key was revoked.");
    const twice = await owner.query(
      graphql(`mutation KeysRevokeAgain($id: ID!) { apiKeyRevoke(id: $id) { userErrors { code } } }`),
      { id },
    );
    expect(twice.apiKeyRevoke.userErrors).toEqual([{ code: "ALREADY_REVOKED" }]);
  });

  it("keeps keys to their account: another reseller sees none and cannot revoke them", async () => {
    const other = await signedIn(server, DEMO.otherOwner);
    expect(await other.query(KEY_IDS)).toEqual({ apiKeys: [] });
    const { apiKeys } = await owner.query(KEY_IDS);
    const attempt = await other.query(
      graphql(
        `mutation KeysRevokeOthers($id: ID!) { apiKeyRevoke(id: $id) { apiKey { id } userErrors { code } } }`,
      ),
      { id: apiKeys[0].id },
    );
    expect(attempt.apiKeyRevoke).toEqual({ apiKey: null, userErrors: [{ code: "NOT_FOUND" }] });
  });
});

describe("billing contacts", () => {
  let server: TestServer;
  let owner: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer({ seed: true });
    owner = await signedIn(server, DEMO.owner);
  });
  afterAll(() => server?.stop());

  const ADD = graphql(
    `mutation ContactsAdd($i: BillingContactAddInput!) { billingContactAdd(input: $i) { billingContact { id email } userErrors { code field } } }`,
  );
  const REMOVE = graphql(
    `mutation ContactsRemove($id: ID!) { billingContactRemove(id: $id) { billingContact { id } userErrors { code } } }`,
  );
  const CONTACT_IDS = graphql(`query ContactsIds { billingContacts { id } }`);

  it("starts with the owner, refuses duplicates and bad emails", async () => {
    expect(await owner.query(graphql(`query ContactsEmails { billingContacts { email } }`))).toEqual({
      billingContacts: [{ email: DEMO.owner.email }],
    });
    const added = await owner.query(ADD, {
      i: { email: "Accounts@Northwind.example", name: "Accounts" },
    });
    expect(added.billingContactAdd.billingContact?.email).toBe("accounts@northwind.example");
    const again = await owner.query(ADD, {
      i: { email: "accounts@northwind.example" },
    });
    expect(again.billingContactAdd.userErrors).toEqual([
      { code: "ALREADY_BILLING_CONTACT", field: "input.email" },
    ]);
    const bad = await owner.query(ADD, {
      i: { email: "accounts" },
    });
    expect(bad.billingContactAdd.userErrors).toEqual([{ code: "INVALID_EMAIL", field: "input.email" }]);
  });

  it("never leaves the account without a contact, even when the last two are removed at once", async () => {
    const { billingContacts } = await owner.query(CONTACT_IDS);
    expect(billingContacts).toHaveLength(2);
    const results = await Promise.all(billingContacts.map((c) => owner.query(REMOVE, { id: c.id })));
    expect(results.map((r) => r.billingContactRemove.userErrors.map((e) => e.code)).sort()).toEqual([
      [],
      ["LAST_BILLING_CONTACT"],
    ]);
    expect((await owner.query(CONTACT_IDS)).billingContacts).toHaveLength(1);
  });
});

describe("vendor staff and resellers", () => {
  let server: TestServer;
  let staff: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer({ seed: true });
    staff = await signedIn(server, DEMO.staff);
  });
  afterAll(() => server?.stop());

  const LIST = graphql(`query ResellersPage($first: Int, $after: String, $search: String) {
    resellers(first: $first, after: $after, search: $search) {
      totalCount nodes { id name status tier { code } owner { email } } pageInfo { hasNextPage endCursor }
    }
  }`);

  it("lists resellers by name in pages without gaps or repeats, and searches name or owner email", async () => {
    for (let i = 0; i < 12; i += 1) {
      await staff.query(
        graphql(
          `mutation ResellersEnable($i: ResellerEnableInput!) { resellerEnable(input: $i) { reseller { id } } }`,
        ),
        {
          i: {
            ownerEmail: `owner${i}@partner${i}.example`,
            companyName: `Partner ${String(i).padStart(2, "0")}`,
            tierCode: "BRONZE",
          },
        },
      );
    }
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: ResellersPageQuery = await staff.query(LIST, { first: 5, after });
      expect(page.resellers.totalCount).toBe(14);
      seen.push(...page.resellers.nodes.map((n) => n.name));
      after = page.resellers.pageInfo.hasNextPage ? page.resellers.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(14);
    expect(seen).toEqual([...seen].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    expect(new Set(seen).size).toBe(14);

    const byEmail = await staff.query(LIST, { search: "FABRIKAM" });
    expect(byEmail.resellers.nodes.map((n) => [n.name, n.owner.email])).toEqual([
      ["Fabrikam Solutions", DEMO.otherOwner.email],
    ]);
    const bad = await staff.request(LIST, { first: 500 });
    expect(bad.errors?.[0]?.message).toMatch(/first must be from 1 to 100/);
  });

  it("changes a tier at once and disables a reseller, whose people and keys then stop working", async () => {
    const owner = await signedIn(server, DEMO.owner);
    const key = await owner.query(CREATE_KEY, { i: { name: "ERP", scope: "READ" } });
    const { resellers } = await staff.query(LIST, { search: "Northwind" });
    const northwind = resellers.nodes[0];

    const moved = await staff.query(
      graphql(
        `mutation ResellersToSilver($id: ID!) { resellerSetTier(id: $id, tierCode: "SILVER") { reseller { tier { code } } userErrors { code } } }`,
      ),
      { id: northwind.id },
    );
    expect(moved.resellerSetTier.reseller?.tier.code).toBe("SILVER");
    expect(
      await owner.query(graphql(`query ResellersOwnTier { viewer { account { tier { code } } } }`)),
    ).toEqual({
      viewer: { account: { tier: { code: "SILVER" } } },
    });

    await staff.query(
      graphql(`mutation ResellersDisable($id: ID!) { resellerDisable(id: $id) { reseller { status } } }`),
      { id: northwind.id },
    );
    expect(
      await owner.query(graphql(`query ResellersOwnStatus { viewer { account { status } permissions } }`)),
    ).toEqual({
      viewer: { account: { status: "DISABLED" }, permissions: [] },
    });
    expect(errorCode(await owner.request(graphql(`query ResellersTeam { teamMembers { id } }`)))).toBe(
      "FORBIDDEN",
    );
    expect(
      errorCode(
        await server.client({ authorization: `Bearer ${key.apiKeyCreate.secret}` }).request(PERMISSIONS),
      ),
    ).toBe("UNAUTHENTICATED");
    const signIn = await signInRequest(server.client(), DEMO.member.email, DEMO.member.password);
    expect(signIn.data?.signIn.userErrors[0]?.code).toBe("ACCOUNT_DISABLED");
  });
});
