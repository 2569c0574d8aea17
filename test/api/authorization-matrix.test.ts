import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, errorCode, signedIn } from "../support/accounts.js";
import type { GraphQLClient, GraphQLResponse } from "../support/graphql-client.js";
import { startTestServer, type TestServer } from "../support/server.js";

/**
 * Every operation of accounts, team, billing contacts, API keys and vendor staff, called by
 * every kind of caller. "ok" means the call went through (userErrors aside); "not found" means
 * it went through but the target belongs to another account; "denied" and "unauthenticated" are
 * the top-level FORBIDDEN and UNAUTHENTICATED errors.
 */
type Outcome = "ok" | "not found" | "denied" | "unauthenticated";
type Caller =
  | "owner"
  | "member"
  | "viewer"
  | "other reseller owner"
  | "READ key"
  | "READ_WRITE key"
  | "revoked key"
  | "anonymous"
  | "vendor staff";

const CALLERS: Caller[] = [
  "owner",
  "member",
  "viewer",
  "other reseller owner",
  "READ key",
  "READ_WRITE key",
  "revoked key",
  "anonymous",
  "vendor staff",
];

// The same expectation for everything only the owner of the account may do.
const OWNER_ONLY: Outcome[] = [
  "ok",
  "denied",
  "denied",
  "ok",
  "denied",
  "denied",
  "unauthenticated",
  "unauthenticated",
  "denied",
];
const OWNER_ONLY_BY_ID: Outcome[] = [
  "ok",
  "denied",
  "denied",
  "not found",
  "denied",
  "denied",
  "unauthenticated",
  "unauthenticated",
  "denied",
];
const STAFF_ONLY: Outcome[] = [
  "denied",
  "denied",
  "denied",
  "denied",
  "denied",
  "denied",
  "unauthenticated",
  "unauthenticated",
  "ok",
];
const ANYONE: Outcome[] = ["ok", "ok", "ok", "ok", "ok", "ok", "unauthenticated", "ok", "ok"];

interface Fixture {
  server: TestServer;
  owner: GraphQLClient;
  staff: GraphQLClient;
  northwindId: string;
  fabrikamId: string;
}

interface Operation {
  name: string;
  expected: Outcome[];
  /** `fresh` is a new session of the same caller, for operations that end the session they use. */
  call(
    client: GraphQLClient,
    f: Fixture,
    fresh: () => Promise<GraphQLClient>,
  ): Promise<GraphQLResponse<Record<string, unknown>>>;
}

const unique = () => randomUUID().slice(0, 8);

async function inviteAsOwner(f: Fixture): Promise<string> {
  const data = await f.owner.query<{ teamMemberInvite: { invitation: { id: string } } }>(
    `mutation($input: TeamMemberInviteInput!) { teamMemberInvite(input: $input) { invitation { id } userErrors { code } } }`,
    { input: { email: `invitee-${unique()}@northwind.example`, role: "MEMBER" } },
  );
  return data.teamMemberInvite.invitation.id;
}

async function extraMember(f: Fixture): Promise<string> {
  const [user] = await f.server.dataSource.query(
    "INSERT INTO app_user (email, name, status, created_at) VALUES ($1, 'Extra', 'INVITED', now()) RETURNING id",
    [`extra-${unique()}@northwind.example`],
  );
  const [membership] = await f.server.dataSource.query(
    "INSERT INTO membership (account_id, user_id, role, created_at) VALUES ($1, $2, 'MEMBER', now()) RETURNING id",
    [f.northwindId, user.id],
  );
  return membership.id;
}

async function membershipOf(f: Fixture, email: string): Promise<string> {
  const [row] = await f.server.dataSource.query(
    "SELECT m.id FROM membership m JOIN app_user u ON u.id = m.user_id WHERE u.email = $1",
    [email],
  );
  return row.id;
}

const SIGNED_IN: Outcome[] = ["ok", "ok", "ok", "ok", "ok", "ok", "unauthenticated", "unauthenticated", "ok"];

const OPERATIONS: Operation[] = [
  { name: "viewer", expected: ANYONE, call: (c) => c.request("{ viewer { permissions } }") },
  {
    name: "signIn",
    expected: ANYONE,
    call: (c) =>
      c.request(
        `mutation { signIn(input: { email: "nobody@example.com", password: "wrong-password" }) { userErrors { code } } }`,
      ),
  },
  {
    name: "accountActivate",
    expected: ANYONE,
    call: (c) =>
      c.request(
        `mutation { accountActivate(input: { token: "unknown", password: "long-enough-password" }) { userErrors { code } } }`,
      ),
  },
  {
    name: "signOut",
    expected: SIGNED_IN,
    call: async (_c, _f, fresh) => (await fresh()).request("mutation { signOut { signedOut } }"),
  },
  {
    name: "signOutEverywhere",
    expected: SIGNED_IN,
    // Run last among the session operations: it ends every session of the person, so the table's
    // own clients are signed in again right after (see below).
    call: async (_c, _f, fresh) => (await fresh()).request("mutation { signOutEverywhere { signedOut } }"),
  },
  { name: "teamMembers", expected: OWNER_ONLY, call: (c) => c.request("{ teamMembers { id } }") },
  { name: "teamInvitations", expected: OWNER_ONLY, call: (c) => c.request("{ teamInvitations { id } }") },
  {
    name: "teamMemberInvite",
    expected: OWNER_ONLY,
    call: (c) =>
      c.request(
        `mutation($i: TeamMemberInviteInput!) { teamMemberInvite(input: $i) { userErrors { code } } }`,
        {
          i: { email: `matrix-${unique()}@example.com`, role: "VIEWER" },
        },
      ),
  },
  {
    name: "teamInvitationResend",
    expected: OWNER_ONLY_BY_ID,
    call: async (c, f) =>
      c.request(`mutation($id: ID!) { teamInvitationResend(invitationId: $id) { userErrors { code } } }`, {
        id: await inviteAsOwner(f),
      }),
  },
  {
    name: "teamInvitationRevoke",
    expected: OWNER_ONLY_BY_ID,
    call: async (c, f) =>
      c.request(`mutation($id: ID!) { teamInvitationRevoke(invitationId: $id) { userErrors { code } } }`, {
        id: await inviteAsOwner(f),
      }),
  },
  {
    name: "teamMemberChangeRole",
    expected: OWNER_ONLY_BY_ID,
    call: async (c, f) =>
      c.request(
        `mutation($i: TeamMemberChangeRoleInput!) { teamMemberChangeRole(input: $i) { userErrors { code } } }`,
        {
          i: { memberId: await membershipOf(f, DEMO.viewer.email), role: "VIEWER" },
        },
      ),
  },
  {
    name: "teamMemberRemove",
    expected: OWNER_ONLY_BY_ID,
    call: async (c, f) =>
      c.request(`mutation($id: ID!) { teamMemberRemove(memberId: $id) { userErrors { code } } }`, {
        id: await extraMember(f),
      }),
  },
  {
    // Transferring to the owner themself passes authorization and then stops at a userError,
    // so the owner stays the owner for the rest of the table.
    name: "teamOwnershipTransfer",
    expected: OWNER_ONLY_BY_ID,
    call: async (c, f) =>
      c.request(`mutation($id: ID!) { teamOwnershipTransfer(memberId: $id) { userErrors { code } } }`, {
        id: await membershipOf(f, DEMO.owner.email),
      }),
  },
  { name: "billingContacts", expected: OWNER_ONLY, call: (c) => c.request("{ billingContacts { id } }") },
  {
    name: "billingContactAdd",
    expected: OWNER_ONLY,
    call: (c) =>
      c.request(
        `mutation($i: BillingContactAddInput!) { billingContactAdd(input: $i) { userErrors { code } } }`,
        {
          i: { email: `billing-${unique()}@example.com`, name: "Billing" },
        },
      ),
  },
  {
    name: "billingContactRemove",
    expected: OWNER_ONLY_BY_ID,
    call: async (c, f) => {
      const added = await f.owner.query<{ billingContactAdd: { billingContact: { id: string } } }>(
        `mutation($i: BillingContactAddInput!) { billingContactAdd(input: $i) { billingContact { id } } }`,
        { i: { email: `remove-${unique()}@example.com` } },
      );
      return c.request(`mutation($id: ID!) { billingContactRemove(id: $id) { userErrors { code } } }`, {
        id: added.billingContactAdd.billingContact.id,
      });
    },
  },
  { name: "apiKeys", expected: OWNER_ONLY, call: (c) => c.request("{ apiKeys { id } }") },
  {
    name: "apiKeyCreate",
    expected: OWNER_ONLY,
    call: (c) =>
      c.request(`mutation($i: ApiKeyCreateInput!) { apiKeyCreate(input: $i) { userErrors { code } } }`, {
        i: { name: `matrix ${unique()}`, scope: "READ" },
      }),
  },
  {
    name: "apiKeyRevoke",
    expected: OWNER_ONLY_BY_ID,
    call: async (c, f) => {
      const created = await f.owner.query<{ apiKeyCreate: { apiKey: { id: string } } }>(
        `mutation { apiKeyCreate(input: { name: "to revoke", scope: READ }) { apiKey { id } } }`,
      );
      return c.request(`mutation($id: ID!) { apiKeyRevoke(id: $id) { userErrors { code } } }`, {
        id: created.apiKeyCreate.apiKey.id,
      });
    },
  },
  { name: "resellers", expected: STAFF_ONLY, call: (c) => c.request("{ resellers { totalCount } }") },
  {
    name: "resellerEnable",
    expected: STAFF_ONLY,
    call: (c) =>
      c.request(`mutation($i: ResellerEnableInput!) { resellerEnable(input: $i) { userErrors { code } } }`, {
        i: {
          ownerEmail: `new-${unique()}@reseller.example`,
          companyName: "New Reseller",
          tierCode: "SILVER",
        },
      }),
  },
  {
    name: "resellerSetTier",
    expected: STAFF_ONLY,
    call: (c, f) =>
      c.request(
        `mutation($id: ID!) { resellerSetTier(id: $id, tierCode: "BRONZE") { userErrors { code } } }`,
        {
          id: f.fabrikamId,
        },
      ),
  },
  {
    name: "resellerDisable",
    expected: STAFF_ONLY,
    call: async (c, f) => {
      const enabled = await f.staff.query<{ resellerEnable: { reseller: { id: string } } }>(
        `mutation($i: ResellerEnableInput!) { resellerEnable(input: $i) { reseller { id } } }`,
        {
          i: {
            ownerEmail: `short-${unique()}@reseller.example`,
            companyName: "Short-lived",
            tierCode: "BRONZE",
          },
        },
      );
      return c.request(`mutation($id: ID!) { resellerDisable(id: $id) { userErrors { code } } }`, {
        id: enabled.resellerEnable.reseller.id,
      });
    },
  },
  {
    name: "tokenInfo",
    expected: CALLERS.map((c) => (c === "revoked key" ? "unauthenticated" : "ok")),
    call: (c) => c.request(`{ tokenInfo(token: "nope") { status } }`),
  },
];

function outcomeOf(response: GraphQLResponse<Record<string, unknown>>): Outcome {
  const code = errorCode(response);
  if (code === "FORBIDDEN") return "denied";
  if (code === "UNAUTHENTICATED") return "unauthenticated";
  if (response.errors?.length) throw new Error(`unexpected error: ${JSON.stringify(response.errors)}`);
  const payload = Object.values(response.data ?? {})[0] as { userErrors?: Array<{ code: string }> } | null;
  return payload?.userErrors?.some((e) => e.code === "NOT_FOUND") ? "not found" : "ok";
}

describe("authorization matrix", () => {
  let fixture: Fixture;
  const clients = new Map<Caller, GraphQLClient>();
  const people = new Map<Caller, { email: string; password: string }>([
    ["owner", DEMO.owner],
    ["member", DEMO.member],
    ["viewer", DEMO.viewer],
    ["other reseller owner", DEMO.otherOwner],
    ["vendor staff", DEMO.staff],
  ]);
  /** A new session for a person; keys and anonymous callers have nothing to renew. */
  const fresh = (caller: Caller) => async () => {
    const person = people.get(caller);
    return person ? signedIn(fixture.server, person) : (clients.get(caller) as GraphQLClient);
  };

  beforeAll(async () => {
    const server = await startTestServer({ seed: true });
    const owner = await signedIn(server, DEMO.owner);
    const key = async (scope: string) => {
      const data = await owner.query<{ apiKeyCreate: { apiKey: { id: string }; secret: string } }>(
        `mutation($i: ApiKeyCreateInput!) { apiKeyCreate(input: $i) { apiKey { id } secret } }`,
        { i: { name: `${scope} key`, scope } },
      );
      return data.apiKeyCreate;
    };
    const [read, readWrite, revoked] = [await key("READ"), await key("READ_WRITE"), await key("READ_WRITE")];
    await owner.query(`mutation($id: ID!) { apiKeyRevoke(id: $id) { apiKey { id } } }`, {
      id: revoked.apiKey.id,
    });

    const [{ id: northwindId }] = await server.dataSource.query(
      "SELECT id FROM account WHERE name = 'Northwind IT'",
    );
    const [{ id: fabrikamId }] = await server.dataSource.query(
      "SELECT id FROM account WHERE name = 'Fabrikam Solutions'",
    );
    const staff = await signedIn(server, DEMO.staff);
    fixture = { server, owner, staff, northwindId, fabrikamId };

    clients.set("owner", owner);
    clients.set("member", await signedIn(server, DEMO.member));
    clients.set("viewer", await signedIn(server, DEMO.viewer));
    clients.set("other reseller owner", await signedIn(server, DEMO.otherOwner));
    clients.set("READ key", server.client({ authorization: `Bearer ${read.secret}` }));
    clients.set("READ_WRITE key", server.client({ authorization: `Bearer ${readWrite.secret}` }));
    clients.set("revoked key", server.client({ authorization: `Bearer ${revoked.secret}` }));
    clients.set("anonymous", server.client());
    clients.set("vendor staff", staff);
  });
  afterAll(() => fixture?.server.stop());

  for (const operation of OPERATIONS) {
    it(`${operation.name}: ${CALLERS.map((c, i) => `${c} ${operation.expected[i]}`).join(", ")}`, async () => {
      const actual: Record<string, Outcome> = {};
      for (const caller of CALLERS) {
        actual[caller] = outcomeOf(
          await operation.call(clients.get(caller) as GraphQLClient, fixture, fresh(caller)),
        );
      }
      if (operation.name === "signOutEverywhere") {
        for (const [caller, person] of people) clients.set(caller, await signedIn(fixture.server, person));
        fixture.owner = clients.get("owner") as GraphQLClient;
        fixture.staff = clients.get("vendor staff") as GraphQLClient;
      }
      expect(actual).toEqual(Object.fromEntries(CALLERS.map((c, i) => [c, operation.expected[i]])));
    });
  }
});
