import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScheduledWork } from "../../server/src/jobs/scheduled-work.js";
import { graphql } from "../generated/index.js";
import { DEMO, errorCode, latestMail, signedIn, signInRequest, tokenOf } from "../support/accounts.js";
import { type GraphQLClient, present } from "../support/graphql-client.js";
import { startTestServer, type TestServer } from "../support/server.js";

const AUDIT_LOG =
  graphql(`query AuditLog($first: Int, $after: String, $filter: AuditLogFilter, $accountId: ID) {
  auditLog(first: $first, after: $after, filter: $filter, accountId: $accountId) {
    totalCount
    nodes {
      id occurredAt accountId actorKind actorId actorLabel ip userAgent operation outcome refusalCodes
      subjectType subjectId changes { field before after }
    }
    pageInfo { hasNextPage endCursor }
  }
}`);
const CUSTOMERS = graphql(
  `query AuditCustomers { customers(first: 5) { nodes { id companyName comment } } }`,
);
const UPDATE = graphql(`mutation AuditCustomerUpdate($id: ID!, $i: CustomerUpdateInput!) {
  customerUpdate(id: $id, input: $i) { customer { companyName comment } userErrors { code field } }
}`);
const SIGN_OUT = graphql(`mutation AuditSignOut { signOut { signedOut userErrors { code } } }`);
const KEY_CREATE = graphql(`mutation AuditKeyCreate($i: ApiKeyCreateInput!) {
  apiKeyCreate(input: $i) { apiKey { id prefix } secret userErrors { code } }
}`);
const INVITE = graphql(`mutation AuditTeamInvite($i: TeamMemberInviteInput!) {
  teamMemberInvite(input: $i) { invitation { id } userErrors { code } }
}`);
const ACTIVATE = graphql(`mutation AuditActivate($i: AccountActivateInput!) {
  accountActivate(input: $i) { viewer { user { email } } userErrors { code } }
}`);
const ADD_CARD = graphql(`mutation AuditAddCard($i: PaymentMethodAddCardInput!) {
  paymentMethodAddCard(input: $i) { paymentMethod { id } userErrors { code } }
}`);

const SET_TIER = graphql(`mutation AuditSetTier($id: ID!, $tier: String!) {
  resellerSetTier(id: $id, tierCode: $tier) { userErrors { code } }
}`);

const PURCHASE = graphql(`mutation AuditPurchase($i: SubscriptionPurchaseInput!) {
  subscriptionPurchase(input: $i) { subscription { id } userErrors { code } }
}`);

const CUSTOMER_INVITE = graphql(`mutation AuditCustomerInvite($i: CustomerInviteInput!) {
  customerInvite(input: $i) { customer { id } userErrors { code } }
}`);
const CUSTOMER_REMOVE = graphql(`mutation AuditCustomerRemove($id: ID!) {
  customerRemove(id: $id) { userErrors { code } }
}`);
const TRIAL_START = graphql(`mutation AuditTrialStart($c: ID!) {
  trialStart(customerId: $c, productCode: "PRO") { trial { id } userErrors { code } }
}`);

const AGENT = "AuditTest/1.0 (integration)";

describe("audit log", () => {
  let server: TestServer;
  let owner: GraphQLClient;
  let member: GraphQLClient;
  let fabrikam: GraphQLClient;
  let staff: GraphQLClient;
  let northwindId: string;
  let fabrikamId: string;

  /** Entries of one instant come in no particular order; real time moves between requests. */
  const tick = () => server.clock.advance(1000);
  const log = (client: GraphQLClient, filter: Record<string, unknown> = {}, accountId?: string) =>
    client.query(AUDIT_LOG, { first: 100, filter, accountId });

  beforeAll(async () => {
    server = await startTestServer({ seed: true });
    owner = await signedIn(server, DEMO.owner);
    member = await signedIn(server, DEMO.member);
    fabrikam = await signedIn(server, DEMO.otherOwner);
    staff = await signedIn(server, DEMO.staff);
    [{ id: northwindId }] = await server.dataSource.query(
      "SELECT id FROM account WHERE name = 'Northwind IT'",
    );
    [{ id: fabrikamId }] = await server.dataSource.query(
      "SELECT id FROM account WHERE name = 'Fabrikam Solutions'",
    );
  });
  afterAll(() => server?.stop());

  it("shows a member's customerUpdate with the fields before and after", async () => {
    const [customer] = (await member.query(CUSTOMERS)).customers.nodes;
    const updated = await member.query(UPDATE, {
      id: customer.id,
      i: { companyName: "Contoso Renamed", comment: "Now pays by wire" },
    });
    expect(updated.customerUpdate.userErrors).toEqual([]);
    const { auditLog } = await log(owner, { operation: "customerUpdate" });
    expect(auditLog.nodes).toHaveLength(1);
    const [entry] = auditLog.nodes;
    expect(entry).toMatchObject({
      accountId: northwindId,
      actorKind: "USER",
      actorLabel: DEMO.member.email,
      operation: "customerUpdate",
      outcome: "SUCCEEDED",
      refusalCodes: [],
      subjectType: "customer",
      subjectId: customer.id,
    });
    const changes = Object.fromEntries(entry.changes.map((c) => [c.field, [c.before, c.after]]));
    expect(changes.companyName).toEqual([
      JSON.stringify(customer.companyName),
      JSON.stringify("Contoso Renamed"),
    ]);
    expect(changes.comment).toEqual([JSON.stringify(customer.comment), JSON.stringify("Now pays by wire")]);
  });

  it("logs a refused mutation as refused with its code, and nothing of what it would have changed", async () => {
    const [customer] = (await member.query(CUSTOMERS)).customers.nodes;
    tick();
    const refused = await member.query(UPDATE, {
      id: customer.id,
      i: { companyName: "", comment: "never saved" },
    });
    expect(refused.customerUpdate.userErrors.map((e) => e.code)).toEqual(["REQUIRED"]);
    tick();
    const missing = await member.query(UPDATE, {
      id: "00000000-0000-4000-8000-000000000000",
      i: { companyName: "Nobody", comment: "" },
    });
    expect(missing.customerUpdate.userErrors.map((e) => e.code)).toEqual(["NOT_FOUND"]);
    const viewer = await signedIn(server, DEMO.viewer);
    tick();
    expect(
      errorCode(
        await viewer.request(UPDATE, { id: customer.id, i: { companyName: "Viewer's", comment: "" } }),
      ),
    ).toBe("FORBIDDEN");

    const entries = (await log(owner, { operation: "customerUpdate" })).auditLog.nodes;
    expect(entries.map((e) => [e.outcome, e.refusalCodes, e.actorLabel])).toEqual([
      ["REFUSED", ["FORBIDDEN"], DEMO.viewer.email],
      ["REFUSED", ["NOT_FOUND"], DEMO.member.email],
      ["REFUSED", ["REQUIRED"], DEMO.member.email],
      ["SUCCEEDED", [], DEMO.member.email],
    ]);
    expect(entries.slice(0, 3).every((e) => e.changes.length === 0)).toBe(true);
    expect((await member.query(CUSTOMERS)).customers.nodes[0]).toMatchObject({
      companyName: "Contoso Renamed",
      comment: "Now pays by wire",
    });
  });

  it("refuses UPDATE, DELETE and TRUNCATE of audit_log in the database", async () => {
    const [{ count }] = await server.dataSource.query("SELECT count(*)::int AS count FROM audit_log");
    expect(count).toBeGreaterThan(0);
    await expect(server.dataSource.query("UPDATE audit_log SET operation = 'forged'")).rejects.toThrow(
      /append-only/,
    );
    await expect(server.dataSource.query("DELETE FROM audit_log")).rejects.toThrow(/append-only/);
    await expect(server.dataSource.query("TRUNCATE audit_log")).rejects.toThrow(/append-only/);
    // Naming a cut-off outside the purge does not open it either: only older rows could go.
    await expect(
      server.dataSource.transaction(async (em) => {
        await em.query("SELECT set_config('audit.purge_before', '2000-01-01T00:00:00Z', true)");
        await em.query("DELETE FROM audit_log");
      }),
    ).rejects.toThrow(/append-only/);
    const [{ count: after }] = await server.dataSource.query("SELECT count(*)::int AS count FROM audit_log");
    expect(after).toBe(count);
    const forged = await server.dataSource.query("SELECT 1 FROM audit_log WHERE operation = 'forged'");
    expect(forged).toEqual([]);
  });

  it("never shows one account's entries to another; staff must name the account", async () => {
    const own = (await log(fabrikam)).auditLog;
    expect(own.nodes.length).toBeGreaterThan(0);
    expect(own.nodes.every((e) => e.accountId === fabrikamId)).toBe(true);
    expect(own.nodes.some((e) => e.operation === "customerUpdate")).toBe(false);
    const asked = await fabrikam.request(AUDIT_LOG, { first: 10, accountId: northwindId });
    expect(errorCode(asked)).toBe("FORBIDDEN");
    expect(asked.data).toBeUndefined();
    expect(errorCode(await member.request(AUDIT_LOG, { first: 10 }))).toBe("FORBIDDEN");

    const unnamed = await staff.request(AUDIT_LOG, { first: 10 });
    expect(errorCode(unnamed)).toBe("BAD_USER_INPUT");
    const northwind = (await log(staff, { operation: "customerUpdate" }, northwindId)).auditLog;
    expect(northwind.totalCount).toBe(4);
    expect(northwind.nodes.every((e) => e.accountId === northwindId)).toBe(true);
  });

  it("logs sign-in, failed sign-in and sign-out with the client's address and user agent", async () => {
    const browser = server.client({ "user-agent": AGENT });
    tick();
    const failed = await signInRequest(browser, DEMO.owner.email, "not-the-password");
    expect(failed.data?.signIn.userErrors.map((e) => e.code)).toEqual(["INVALID_CREDENTIALS"]);
    const stranger = await signInRequest(browser, "nobody@nowhere.example", "whatever-it-is");
    expect(stranger.data?.signIn.userErrors.map((e) => e.code)).toEqual(["INVALID_CREDENTIALS"]);
    tick();
    expect(
      (await signInRequest(browser, DEMO.owner.email, DEMO.owner.password)).data?.signIn.viewer,
    ).toBeTruthy();
    tick();
    expect((await browser.query(SIGN_OUT)).signOut.signedOut).toBe(true);

    const entries = (await log(owner, { actor: DEMO.owner.email })).auditLog.nodes.filter(
      (e) => e.userAgent === AGENT,
    );
    expect(entries.map((e) => [e.operation, e.outcome, e.refusalCodes])).toEqual([
      ["signOut", "SUCCEEDED", []],
      ["signIn", "SUCCEEDED", []],
      ["signInFailed", "REFUSED", ["INVALID_CREDENTIALS"]],
    ]);
    for (const entry of entries) {
      expect(entry.ip).toMatch(/127\.0\.0\.1|::1/);
      expect(entry.actorKind).toBe("USER");
      expect(entry.accountId).toBe(northwindId);
    }
    // An unknown email belongs to no account: no owner sees it, but it is written.
    const [unknown] = await server.dataSource.query(
      "SELECT account_id, actor_kind, actor_label, user_agent FROM audit_log WHERE operation = 'signInFailed' AND actor_label = $1",
      ["nobody@nowhere.example"],
    );
    expect(unknown).toEqual({
      account_id: null,
      actor_kind: "ANONYMOUS",
      actor_label: "nobody@nowhere.example",
      user_agent: AGENT,
    });
  });

  it("logs an API key's use once per key and UTC day", async () => {
    const created = await owner.query(KEY_CREATE, { i: { name: "PSA sync", scope: "READ" } });
    const key = present(created.apiKeyCreate.apiKey);
    const client = server.client({ authorization: `Bearer ${present(created.apiKeyCreate.secret)}` });
    const uses = async () =>
      (await log(owner, { operation: "apiKeyUsed" })).auditLog.nodes.filter((e) => e.subjectId === key.id);
    for (let i = 0; i < 3; i++) await client.query(CUSTOMERS);
    expect(await uses()).toHaveLength(1);
    expect((await uses())[0]).toMatchObject({
      actorKind: "API_KEY",
      actorId: key.id,
      actorLabel: key.prefix,
    });
    server.clock.advanceDays(1);
    await client.query(CUSTOMERS);
    await client.query(CUSTOMERS);
    expect(await uses()).toHaveLength(2);
  });

  it("writes no secret, password, password hash or token in any entry", async () => {
    const created = await owner.query(KEY_CREATE, { i: { name: "Billing export", scope: "READ_WRITE" } });
    const secret = present(created.apiKeyCreate.secret);
    await server.client({ authorization: `Bearer ${secret}` }).query(CUSTOMERS);
    expect(
      (await owner.query(ADD_CARD, { i: { token: "tok_visa" } })).paymentMethodAddCard.userErrors,
    ).toEqual([]);
    await owner.query(INVITE, { i: { email: "auditee@northwind.example", role: "VIEWER" } });
    const token = tokenOf((await latestMail(server, "auditee@northwind.example", "team_invitation")).link);
    const password = "a-long-secret-passphrase-2026";
    const activated = await server.client().query(ACTIVATE, { i: { token, password, name: "Audi Tee" } });
    expect(activated.accountActivate.userErrors).toEqual([]);

    const [{ text }] = await server.dataSource.query(
      "SELECT string_agg(l::text, E'\\n') AS text FROM audit_log l",
    );
    const [{ hashes }] = await server.dataSource.query(
      `SELECT array_remove(array_agg(u.password_hash), NULL) || array_agg(k.secret_hash) AS hashes
         FROM app_user u CROSS JOIN LATERAL (SELECT secret_hash FROM api_key) k`,
    );
    const cardTokens: Array<{ provider_token: string }> = await server.dataSource.query(
      "SELECT provider_token FROM saved_payment_method WHERE provider_token IS NOT NULL",
    );
    expect(text).toContain("accountActivate");
    expect(text).toContain("apiKeyCreate");
    expect(text).toContain("paymentMethodAddCard");
    for (const value of [secret, secret.split("_").at(-1) as string, password, token, DEMO.owner.password]) {
      expect(text).not.toContain(value);
    }
    for (const hash of hashes as string[]) expect(text).not.toContain(hash);
    const [keyEntry] = (await log(owner, { operation: "apiKeyCreate" })).auditLog.nodes;
    const keyChanges = Object.fromEntries(keyEntry.changes.map((c) => [c.field, [c.before, c.after]]));
    expect(keyChanges.name).toEqual([null, JSON.stringify("Billing export")]);
    expect(keyChanges.secretHash).toEqual([null, JSON.stringify("[redacted]")]);
    for (const { provider_token } of cardTokens) expect(text).not.toContain(provider_token);
  });

  it("purges entries older than the retention by the clock, and logs the purge", async () => {
    const now = server.clock.now().getTime();
    const day = 24 * 60 * 60 * 1000;
    for (const [age, operation] of [
      [401, "oldEnough"],
      [399, "stillKept"],
    ] as const) {
      await server.dataSource.query(
        `INSERT INTO audit_log (occurred_at, account_id, actor_kind, operation, outcome)
         VALUES ($1, $2, 'SYSTEM', $3, 'SUCCEEDED')`,
        [new Date(now - age * day), fabrikamId, operation],
      );
    }
    const report = await server.services.get(ScheduledWork).run();
    expect(report.auditPurged).toBe(1);
    const left = (await log(fabrikam)).auditLog.nodes;
    expect(left.map((e) => e.operation)).not.toContain("oldEnough");
    expect(left.map((e) => e.operation)).toContain("stillKept");
    const purge = left.find((e) => e.operation === "auditLogPurged");
    expect(purge).toMatchObject({ actorKind: "SYSTEM", outcome: "SUCCEEDED", accountId: fabrikamId });
    expect(purge?.changes.find((c) => c.field === "count")?.after).toBe("1");
    expect((await server.services.get(ScheduledWork).run()).auditPurged).toBe(0);
  });

  it("exports the filtered entries as CSV with a header row", async () => {
    const response = await owner.get("/audit-log.csv?operation=customerUpdate");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="audit-log.csv"/);
    const lines = (await response.text()).trim().split("\n");
    expect(lines[0]).toBe(
      "occurredAt,actorKind,actor,ip,userAgent,operation,outcome,refusalCodes,subjectType,subjectId,changes",
    );
    expect(lines).toHaveLength(5);
    expect(lines.slice(1).every((line) => line.includes(",customerUpdate,"))).toBe(true);
    expect(lines.at(-1)).toContain("Contoso Renamed");
    expect((await fabrikam.get(`/audit-log.csv?accountId=${northwindId}`)).status).toBe(403);
    expect((await member.get("/audit-log.csv")).status).toBe(403);
    expect((await server.client().get("/audit-log.csv")).status).toBe(401);
    const staffCsv = await staff.get(`/audit-log.csv?accountId=${northwindId}&operation=customerUpdate`);
    expect((await staffCsv.text()).trim().split("\n")).toHaveLength(5);
  });

  it("writes vendor staff's action on a reseller to that reseller's log", async () => {
    tick();
    const set = await staff.query(SET_TIER, { id: fabrikamId, tier: "SILVER" });
    expect(set.resellerSetTier.userErrors).toEqual([]);
    const [entry] = (await log(fabrikam, { operation: "resellerSetTier" })).auditLog.nodes;
    expect(entry).toMatchObject({
      accountId: fabrikamId,
      actorKind: "STAFF",
      actorLabel: DEMO.staff.email,
      outcome: "SUCCEEDED",
      subjectType: "reseller",
      subjectId: fabrikamId,
    });
    const tiers: Array<{ id: string; code: string }> =
      await server.dataSource.query("SELECT id, code FROM tier");
    const tierId = (code: string) => JSON.stringify(tiers.find((t) => t.code === code)?.id);
    expect(entry.changes).toContainEqual({
      field: "tierId",
      before: tierId("BRONZE"),
      after: tierId("SILVER"),
    });
    expect((await log(owner, { operation: "resellerSetTier" })).auditLog.nodes).toEqual([]);
    const byStaff = (await log(staff, { actor: "staff@vendor" }, fabrikamId)).auditLog.nodes;
    expect(byStaff.map((e) => e.operation)).toContain("resellerSetTier");
  });

  it("lists what plain SQL changed too: the subscriptions a customer's removal put back in the pool", async () => {
    const invited = await owner.query(CUSTOMER_INVITE, {
      i: { email: "leaving@audit.example", companyName: "Leaving Ltd" },
    });
    const customerId = present(invited.customerInvite.customer, "a customer").id;
    const bought = await owner.query(PURCHASE, {
      i: { productCode: "PRO", period: "YEARLY", quantity: 5, paymentMethod: "CARD", customerId },
    });
    expect(bought.subscriptionPurchase.userErrors).toEqual([]);
    const subscriptionId = present(bought.subscriptionPurchase.subscription, "a subscription").id;
    const [{ customer_id: customerAccountId }] = await server.dataSource.query(
      "SELECT customer_id FROM subscription WHERE id = $1",
      [subscriptionId],
    );
    tick();
    expect((await owner.query(CUSTOMER_REMOVE, { id: customerId })).customerRemove.userErrors).toEqual([]);
    const [entry] = (await log(owner, { operation: "customerRemove" })).auditLog.nodes;
    expect(entry).toMatchObject({ subjectType: "customer", subjectId: customerId, outcome: "SUCCEEDED" });
    const changes = Object.fromEntries(entry.changes.map((c) => [c.field, [c.before, c.after]]));
    expect(changes["subscription.customerId"]).toEqual([JSON.stringify(customerAccountId), null]);
    expect(changes["subscription.assignedAt"]?.[1]).toBeNull();
    expect(changes.removedAt?.[0]).toBeNull();
    expect(changes.removedAt?.[1]).toBe(JSON.stringify(server.clock.now().toISOString()));
  });

  it("lists the fields the scheduled work changed: a trial's status when it expires", async () => {
    const invited = await owner.query(CUSTOMER_INVITE, {
      i: { email: "trying@audit.example", companyName: "Trying Ltd" },
    });
    const customerId = present(invited.customerInvite.customer, "a customer").id;
    const started = await owner.query(TRIAL_START, { c: customerId });
    const trialId = present(started.trialStart.trial, "a trial").id;
    server.clock.advanceDays(46);
    expect((await server.services.get(ScheduledWork).run()).periodEnd.trialsExpired).toBeGreaterThan(0);
    // Weeks on, the owner signs in again.
    owner = await signedIn(server, DEMO.owner);
    const [entry] = (await log(owner, { operation: "trial.expired", subjectId: trialId })).auditLog.nodes;
    expect(entry).toMatchObject({ actorKind: "SYSTEM", subjectType: "trial", subjectId: trialId });
    expect(entry.changes).toContainEqual({ field: "status", before: '"ACTIVE"', after: '"EXPIRED"' });
  });

  it("logs the scheduled work's changes as the system's, in the account they were made for", async () => {
    const bought = await owner.query(PURCHASE, {
      i: {
        productCode: "PRO",
        period: "MONTHLY",
        quantity: 20,
        paymentMethod: "CARD",
        newCardToken: "tok_visa",
      },
    });
    expect(bought.subscriptionPurchase.userErrors).toEqual([]);
    server.clock.advanceDays(32);
    expect((await server.services.get(ScheduledWork).run()).periodEnd.renewed).toBeGreaterThan(0);
    // A month on, the owner signs in again.
    const entries = (await log(await signedIn(server, DEMO.owner))).auditLog.nodes.filter(
      (e) => e.actorKind === "SYSTEM",
    );
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.accountId === northwindId && e.ip === null)).toBe(true);
    expect(entries.map((e) => e.operation)).toContain("subscription.renewed");
  });
});
