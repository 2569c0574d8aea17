import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, signedIn, signInRequest } from "../support/accounts.js";
import { spawnServer } from "../support/process.js";
import { startTestServer, type TestServer } from "../support/server.js";

const VIEWER = "{ viewer { user { email } account { name } role permissions } }";

describe("sign-in and sessions", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ seed: true, now: "2026-11-22T09:00:00Z" });
  });
  afterAll(() => server?.stop());

  it("signs in with any letter case of the email and tells who is calling", async () => {
    const client = server.client();
    const result = await signInRequest(client, "Owner@Northwind.EXAMPLE", DEMO.owner.password);
    expect(result.data?.signIn.userErrors).toEqual([]);
    const data = await client.query<{
      viewer: { user: { email: string }; account: { name: string }; role: string; permissions: string[] };
    }>(VIEWER);
    expect(data.viewer).toEqual({
      user: { email: DEMO.owner.email },
      account: { name: "Northwind IT" },
      role: "OWNER",
      permissions: [
        "API_KEYS_MANAGE",
        "BILLING_CONTACTS_MANAGE",
        "RESELLER_READ",
        "RESELLER_WRITE",
        "TEAM_MANAGE",
      ],
    });
  });

  it("gives a viewer read-only permissions and nobody a viewer without a session", async () => {
    const viewer = await signedIn(server, DEMO.viewer);
    expect((await viewer.query<{ viewer: { permissions: string[] } }>(VIEWER)).viewer.permissions).toEqual([
      "RESELLER_READ",
    ]);
    expect(await server.client().query(VIEWER)).toEqual({ viewer: null });
  });

  it("sets an httpOnly, SameSite=Lax session cookie, Secure only behind HTTPS", async () => {
    const body = JSON.stringify({
      query: `mutation($i: SignInInput!) { signIn(input: $i) { userErrors { code } } }`,
      variables: { i: DEMO.member },
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

  it("locks an email after 10 failures in 15 minutes, until the window passes, even when tried in parallel", async () => {
    const email = DEMO.viewer.email;
    const tries = await Promise.all(
      Array.from({ length: 14 }, () => signInRequest(server.client(), email, "wrong-password-guess")),
    );
    const codes = tries.map((t) => t.data?.signIn.userErrors[0]?.code);
    expect(codes.filter((c) => c === "INVALID_CREDENTIALS")).toHaveLength(10);
    expect(codes.filter((c) => c === "TOO_MANY_ATTEMPTS")).toHaveLength(4);

    const rightButLocked = await signInRequest(server.client(), email, DEMO.viewer.password);
    expect(rightButLocked.data?.signIn.userErrors[0]?.code).toBe("TOO_MANY_ATTEMPTS");
    expect(rightButLocked.data?.signIn.userErrors[0]?.message).toContain("2026-11-22T09:15:00.000Z");

    // Another email is not affected.
    expect(
      (await signInRequest(server.client(), DEMO.member.email, DEMO.member.password)).data?.signIn.userErrors,
    ).toEqual([]);

    server.clock.advance(15 * 60 * 1000 + 1000);
    expect(
      (await signInRequest(server.client(), email, DEMO.viewer.password)).data?.signIn.userErrors,
    ).toEqual([]);
  });

  it("signs out one session, or every session of the person", async () => {
    const laptop = await signedIn(server, DEMO.member);
    const phone = await signedIn(server, DEMO.member);
    const tablet = await signedIn(server, DEMO.member);

    await laptop.query("mutation { signOut { signedOut } }");
    expect(laptop.cookie("rh_session")).toBeUndefined();
    expect((await phone.query<{ viewer: unknown }>(VIEWER)).viewer).not.toBeNull();

    // A cookie kept after sign-out no longer works.
    const stolen = phone.with({});
    await phone.query("mutation { signOutEverywhere { signedOut } }");
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
        body: JSON.stringify({ query: "{ viewer { user { email } role } }" }),
      });
      expect(await elsewhere.json()).toEqual({
        data: { viewer: { user: { email: DEMO.owner.email }, role: "OWNER" } },
      });
    } finally {
      await second.stop();
    }
  });
});
