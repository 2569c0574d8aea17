import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScheduledWork } from "../../server/src/jobs/scheduled-work.js";
import type { SignInCodesMutationVariables, SignInMutation } from "../generated/graphql.js";
import { graphql } from "../generated/index.js";
import { DEMO, signedIn, signInRequest } from "../support/accounts.js";
import type { GraphQLResponse } from "../support/graphql-client.js";
import { spawnServer } from "../support/process.js";
import { startTestServer, type TestServer } from "../support/server.js";

const VIEWER = graphql(
  `query SignedInViewer { viewer { user { email } account { name } role permissions } }`,
);
const SIGN_IN_CODES = graphql(
  `mutation SignInCodes($i: SignInInput!) { signIn(input: $i) { userErrors { code } } }`,
);
const SIGN_OUT = graphql(`mutation SignOutHere { signOut { signedOut } }`);
const SIGN_OUT_EVERYWHERE = graphql(`mutation SignOutAll { signOutEverywhere { signedOut } }`);
const VIEWER_ROLE = graphql(`query ViewerRole { viewer { user { email } role } }`);
// Rate-limit windows run on wall-clock time, so the lockout is shortened to be waited out; it
// stays long enough for a batch of tries to land in one window on a busy machine.
const LOCKOUT_SECONDS = 8;
const IP_ATTEMPTS = 20;

describe("sign-in and sessions", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({
      seed: true,
      now: "2026-11-22T09:00:00Z",
      signIn: { lockoutSeconds: LOCKOUT_SECONDS, ipAttemptsPerDay: IP_ATTEMPTS },
    });
  });
  afterAll(() => server?.stop());

  it("signs in with any letter case of the email and tells who is calling", async () => {
    const client = server.client();
    const result = await signInRequest(client, "Owner@Northwind.EXAMPLE", DEMO.owner.password);
    expect(result.data?.signIn.userErrors).toEqual([]);
    const data = await client.query(VIEWER);
    expect(data.viewer).toEqual({
      user: { email: DEMO.owner.email },
      account: { name: "Northwind IT" },
      role: "OWNER",
      permissions: [
        "ANNEX_ACCEPT",
        "API_KEYS_MANAGE",
        "AUDIT_LOG_READ",
        "BILLING_MANAGE",
        "RESELLER_READ",
        "RESELLER_WRITE",
        "TEAM_MANAGE",
        "WEBHOOKS_MANAGE",
      ],
    });
  });

  it("gives a viewer read-only permissions and nobody a viewer without a session", async () => {
    const viewer = await signedIn(server, DEMO.viewer);
    expect((await viewer.query(VIEWER)).viewer?.permissions).toEqual(["RESELLER_READ"]);
    expect(await server.client().query(VIEWER)).toEqual({ viewer: null });
  });

  it("sets an httpOnly, SameSite=Lax session cookie, Secure only behind HTTPS", async () => {
    const body = JSON.stringify({
      query: print(SIGN_IN_CODES),
      variables: { i: DEMO.member } satisfies SignInCodesMutationVariables,
    });
    const plain = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    const cookie = plain.headers.getSetCookie()[0];
    expect(cookie).toMatch(/^rh_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);

    const proxied = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-proto": "https" },
      body,
    });
    expect(proxied.headers.getSetCookie()[0]).toMatch(/; Secure/);
  });

  it("refuses a wrong password and an unknown email alike, and names a malformed email", async () => {
    const wrong = await signInRequest(server.client(), DEMO.member.email, "not-the-password");
    const unknown = await signInRequest(server.client(), "nobody@nowhere.example", "whatever-it-is");
    for (const result of [wrong, unknown]) {
      expect(result.data?.signIn).toEqual({
        viewer: null,
        userErrors: [
          { code: "INVALID_CREDENTIALS", field: null, message: "The email or the password is wrong." },
        ],
      });
    }
    const malformed = await signInRequest(server.client(), "not-an-email", "x");
    expect(malformed.data?.signIn.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["INVALID_EMAIL", "input.email"],
    ]);
  });

  /** A client whose requests come, through the proxy on this host, from this address. */
  const from = (ip: string) => server.client({ "x-forwarded-for": ip });
  const codesOf = (results: Array<GraphQLResponse<SignInMutation>>) =>
    results.map((r) => r.data?.signIn.userErrors[0]?.code ?? "SIGNED_IN");
  const count = (codes: string[], code: string) => codes.filter((c) => c === code).length;

  /** Waits until the time a refusal names, which is wall-clock time. */
  async function waitOut(refused: GraphQLResponse<SignInMutation>): Promise<void> {
    const at = /Try again after (\S+)\.$/.exec(refused.data?.signIn.userErrors[0]?.message ?? "")?.[1];
    if (!at) throw new Error(`no retry time in ${JSON.stringify(refused)}`);
    const ms = new Date(at).getTime() - Date.now();
    expect(ms).toBeLessThanOrEqual(LOCKOUT_SECONDS * 1000 + 1000);
    await new Promise((resolve) => setTimeout(resolve, Math.max(ms, 0) + 100));
  }

  it("locks an email after 10 failures from one address, for that address only", async () => {
    const failures = await Promise.all(
      Array.from({ length: 10 }, () =>
        signInRequest(from("203.0.113.7"), DEMO.owner.email, "wrong-password-guess"),
      ),
    );
    expect(codesOf(failures)).toEqual(Array(10).fill("INVALID_CREDENTIALS"));

    const rightButLocked = await signInRequest(from("203.0.113.7"), DEMO.owner.email, DEMO.owner.password);
    expect(rightButLocked.data?.signIn.viewer).toBeNull();
    expect(rightButLocked.data?.signIn.userErrors).toEqual([
      {
        code: "TOO_MANY_ATTEMPTS",
        field: null,
        message: expect.stringMatching(
          /^Too many failed sign-ins for this email from your network\. Try again after \d{4}-\d\d-\d\dT[\d:.]+Z\.$/,
        ),
      },
    ]);

    // The owner, elsewhere, is not locked out by what came from that address.
    const elsewhere = await signInRequest(from("198.51.100.23"), DEMO.owner.email, DEMO.owner.password);
    expect(elsewhere.data?.signIn.userErrors).toEqual([]);
    // Nor is another person at that address.
    const colleague = await signInRequest(from("203.0.113.7"), DEMO.member.email, DEMO.member.password);
    expect(colleague.data?.signIn.userErrors).toEqual([]);
  });

  it("refuses an address that fails for many emails, and not another address", async () => {
    const tries = await Promise.all(
      Array.from({ length: IP_ATTEMPTS + 3 }, (_, i) =>
        signInRequest(from("192.0.2.44"), `guess-${i}@northwind.example`, "wrong-password-guess"),
      ),
    );
    const codes = codesOf(tries);
    expect(count(codes, "INVALID_CREDENTIALS")).toBe(IP_ATTEMPTS);
    expect(count(codes, "TOO_MANY_ATTEMPTS")).toBe(3);

    const refused = await signInRequest(from("192.0.2.44"), DEMO.viewer.email, DEMO.viewer.password);
    expect(refused.data?.signIn.userErrors[0]).toMatchObject({
      code: "TOO_MANY_ATTEMPTS",
      message: expect.stringMatching(/^Too many failed sign-ins from your network\. Try again after /),
    });
    const retryAt = new Date(
      /after (\S+)\.$/.exec(refused.data?.signIn.userErrors[0]?.message ?? "")?.[1] ?? "",
    );
    expect(retryAt.getTime() - Date.now()).toBeGreaterThan(23 * 60 * 60 * 1000);

    const other = await signInRequest(from("192.0.2.45"), DEMO.viewer.email, DEMO.viewer.password);
    expect(other.data?.signIn.userErrors).toEqual([]);
  });

  it("checks at most 10 of 20 parallel tries for one email from one address, and refuses the rest", async () => {
    const tries = await Promise.all(
      Array.from({ length: 20 }, () =>
        signInRequest(from("203.0.113.99"), DEMO.viewer.email, "wrong-password-guess"),
      ),
    );
    const codes = codesOf(tries);
    expect(count(codes, "INVALID_CREDENTIALS")).toBe(10);
    expect(count(codes, "TOO_MANY_ATTEMPTS")).toBe(10);

    const rightButLocked = await signInRequest(from("203.0.113.99"), DEMO.viewer.email, DEMO.viewer.password);
    expect(rightButLocked.data?.signIn.userErrors[0]?.code).toBe("TOO_MANY_ATTEMPTS");
    await waitOut(rightButLocked);
    const after = await signInRequest(from("203.0.113.99"), DEMO.viewer.email, DEMO.viewer.password);
    expect(after.data?.signIn.userErrors).toEqual([]);
  });

  it("forgets an email's failures from an address once the right password is given there", async () => {
    const failures = (n: number) =>
      Promise.all(
        Array.from({ length: n }, () =>
          signInRequest(from("203.0.113.150"), DEMO.member.email, "wrong-password-guess"),
        ),
      );
    const rightPassword = () => signInRequest(from("203.0.113.150"), DEMO.member.email, DEMO.member.password);
    expect(codesOf(await failures(9))).toEqual(Array(9).fill("INVALID_CREDENTIALS"));
    expect((await rightPassword()).data?.signIn.userErrors).toEqual([]);
    // Ten more are checked, as after no failure at all; the eleventh try is refused.
    expect(codesOf(await failures(10))).toEqual(Array(10).fill("INVALID_CREDENTIALS"));
    expect((await rightPassword()).data?.signIn.userErrors[0]?.code).toBe("TOO_MANY_ATTEMPTS");
  });

  it("deletes the counters of failed sign-ins once their window has been over for an hour", async () => {
    await signInRequest(server.client(), "pruned@northwind.example", "a-wrong-password");
    const counters = () =>
      server.dataSource.query(
        "SELECT count(*)::int AS n FROM rate_limit WHERE key LIKE 'sign-in-%' AND expire < $1",
        [Date.now() - 60 * 60 * 1000],
      );
    // As if the tries so far were made two hours ago: their windows ended over an hour ago.
    await server.dataSource.query("UPDATE rate_limit SET expire = $1 WHERE key LIKE 'sign-in-%'", [
      Date.now() - 2 * 60 * 60 * 1000,
    ]);
    const fresh = await signInRequest(server.client(), "kept@northwind.example", "a-wrong-password");
    expect(fresh.data?.signIn.userErrors[0]?.code).toBe("INVALID_CREDENTIALS");
    const [{ n: ended }] = await counters();
    expect(ended).toBeGreaterThanOrEqual(1); // the earlier emails from this address

    const report = await server.services.get(ScheduledWork).run();
    expect(report.rateLimitsPurged).toBe(ended);
    expect(await counters()).toEqual([{ n: 0 }]);
    const [{ n: live }] = await server.dataSource.query(
      "SELECT count(*)::int AS n FROM rate_limit WHERE key LIKE 'sign-in-%'",
    );
    expect(live).toBeGreaterThanOrEqual(2);
  });

  it("signs out one session, or every session of the person", async () => {
    const laptop = await signedIn(server, DEMO.member);
    const phone = await signedIn(server, DEMO.member);
    const tablet = await signedIn(server, DEMO.member);

    await laptop.query(SIGN_OUT);
    expect(laptop.cookie("rh_session")).toBeUndefined();
    expect((await phone.query(VIEWER)).viewer).not.toBeNull();

    // A cookie kept after sign-out no longer works.
    const stolen = phone.with({});
    await phone.query(SIGN_OUT_EVERYWHERE);
    expect(await stolen.query(VIEWER)).toEqual({ viewer: null });
    expect(await tablet.query(VIEWER)).toEqual({ viewer: null });
  });

  it("keeps a session valid on a second server process on the same database", async () => {
    const client = await signedIn(server, DEMO.owner);
    const databaseUrl = (server.dataSource.options as { url: string }).url;
    const second = await spawnServer({ DATABASE_URL: databaseUrl, SEED_DEMO: "false", LOG_LEVEL: "warn" });
    try {
      const elsewhere = await fetch(`${second.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: `rh_session=${client.cookie("rh_session")}` },
        body: JSON.stringify({ query: print(VIEWER_ROLE) }),
      });
      expect(await elsewhere.json()).toEqual({
        data: { viewer: { user: { email: DEMO.owner.email }, role: "OWNER" } },
      });
    } finally {
      await second.stop();
    }
  });
});
