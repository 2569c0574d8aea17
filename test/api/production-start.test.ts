import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it, vi } from "vitest";
import { graphql } from "../generated/index.js";
import { DEMO, signInRequest } from "../support/accounts.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { GraphQLClient } from "../support/graphql-client.js";
import { runCommand, type ServerProcess, spawnServer } from "../support/process.js";

const CREATE_STAFF = "admin/create-staff-cli.js";
const ACTIVATE = graphql(`mutation StaffActivate($i: AccountActivateInput!) {
  accountActivate(input: $i) { viewer { user { email } } userErrors { code field message } }
}`);
const PASSWORD = "staff-first-login-2026-x9";

/** A production server on its own fresh database; mail is left to other processes. */
const PRODUCTION = { NODE_ENV: "production", SEED_DEMO: undefined, JOB_WORKERS: "false" };

async function countOf(databaseUrl: string, sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return Number((await client.query(sql)).rows[0].count);
  } finally {
    await client.end();
  }
}

function linkIn(stdout: string): string {
  const match = stdout.match(/^ {2}(http\S+\/activate\?token=\S+)$/m);
  if (!match) throw new Error(`no activation link in:\n${stdout}`);
  return match[1];
}

/** Two servers stop (each within 30 s) and two databases drop, on a machine busy with other suites. */
const CLEANUP_TIMEOUT_MS = 240_000;

/** Runs the steps newest first, saying which one was slow, so a slow stop is told apart from a slow drop. */
async function runCleanup(steps: Array<() => Promise<unknown>>): Promise<void> {
  for (const [index, step] of [...steps.entries()].reverse()) {
    const started = Date.now();
    await step();
    const took = Date.now() - started;
    if (took > 10_000) console.warn(`cleanup step ${index + 1} of ${steps.length} took ${took} ms`);
  }
}

const tokenOf = (link: string) => new URL(link).searchParams.get("token") as string;

describe("a production start", () => {
  const cleanup: Array<() => Promise<unknown>> = [];
  afterAll(() => runCleanup(cleanup), CLEANUP_TIMEOUT_MS);

  async function freshDatabase(): Promise<TestDatabase> {
    const database = await createTestDatabase();
    cleanup.push(() => database.drop());
    return database;
  }

  async function start(env: Record<string, string | undefined>): Promise<ServerProcess> {
    const server = await spawnServer(env);
    cleanup.push(() => server.stop());
    return server;
  }

  it("on an empty database makes no account and shows no demo login, only the partner tiers", async () => {
    const database = await freshDatabase();
    const server = await start({ ...PRODUCTION, DATABASE_URL: database.url });

    expect(await countOf(database.url, "SELECT count(*) FROM app_user")).toBe(0);
    expect(await countOf(database.url, "SELECT count(*) FROM product")).toBe(0);
    const client = new GraphQLClient(server.url);
    await vi.waitFor(() => expect(server.output()).toContain("partner tiers loaded into the empty database"));
    const { tiers } = await client.query(graphql(`query ProductionTiers { tiers { code } }`));
    expect(tiers.map((t) => t.code)).toEqual(["BRONZE", "SILVER", "GOLD"]);

    expect(server.output()).not.toContain("demo data loaded");
    expect(server.output()).not.toContain("Demo logins");
    expect(server.output()).not.toContain(DEMO.staff.password);
    expect(server.output()).toContain("No accounts yet: `pnpm admin:create-staff you@vendor.example`");

    const signIn = await signInRequest(client, DEMO.staff.email, DEMO.staff.password);
    expect(signIn.data?.signIn.viewer).toBeNull();
    expect(signIn.data?.signIn.userErrors.map((e) => e.code)).toEqual(["INVALID_CREDENTIALS"]);
  });

  it("loads the demo data with SEED_DEMO=true, warning, and keeps showing its logins and warning", async () => {
    const database = await freshDatabase();
    const first = await start({ ...PRODUCTION, SEED_DEMO: "true", DATABASE_URL: database.url });
    // Logs (stdout) may arrive after the banner (stderr) that made the server count as ready.
    await vi.waitFor(() => expect(first.output()).toContain("demo data loaded into the empty database"));
    const loaded = first
      .output()
      .split("\n")
      .find((line) => line.includes("demo data loaded into the empty database"));
    expect(loaded).toBeDefined();
    expect(JSON.parse(loaded as string).level).toBe(40); // warn
    expect(first.output()).toContain(`${DEMO.staff.email}  /  ${DEMO.staff.password}`);
    const signIn = await signInRequest(new GraphQLClient(first.url), DEMO.staff.email, DEMO.staff.password);
    expect(signIn.data?.signIn.viewer?.permissions).toContain("VENDOR_ADMIN");
    expect(await first.stop()).toBe(0);

    // SEED_DEMO unset now: nothing is loaded, but the logins that work are still shown, with a warning.
    const second = await start({ ...PRODUCTION, DATABASE_URL: database.url });
    expect(second.output()).not.toContain("demo data loaded");
    await vi.waitFor(() =>
      expect(second.output()).toContain("this production database holds demo accounts with public passwords"),
    );
    expect(second.output()).toContain(`${DEMO.staff.email}  /  ${DEMO.staff.password}`);
  });
});

describe("pnpm admin:create-staff", () => {
  const cleanup: Array<() => Promise<unknown>> = [];
  afterAll(() => runCleanup(cleanup), CLEANUP_TIMEOUT_MS);

  it("prints a single-use link that makes the first vendor-staff login, and refuses taken emails", async () => {
    const database = await createTestDatabase();
    cleanup.push(() => database.drop());
    const server = await spawnServer({ ...PRODUCTION, DATABASE_URL: database.url });
    cleanup.push(() => server.stop());
    const env = { ...PRODUCTION, DATABASE_URL: database.url, PUBLIC_URL: server.url };

    const malformed = await runCommand(CREATE_STAFF, ["staff.vendor.example"], env);
    expect(malformed).toEqual({
      code: 1,
      stdout: "",
      stderr: 'create-staff: "staff.vendor.example" is not an email address, such as you@vendor.example.\n',
    });

    const created = await runCommand(CREATE_STAFF, ["  Sam.Staff@Vendor.example "], env);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain("Vendor-staff user sam.staff@vendor.example created;");
    expect(created.stdout).toContain("The link works once and expires in 72 hours");
    const firstLink = linkIn(created.stdout);
    expect(firstLink.startsWith(`${server.url}/activate?token=`)).toBe(true);

    // Asked again before it was used: a fresh link, and the first one stops working.
    const again = await runCommand(CREATE_STAFF, ["sam.staff@vendor.example"], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("has not set a password yet; earlier links no longer work");
    const link = linkIn(again.stdout);
    expect(link).not.toBe(firstLink);
    const stale = await new GraphQLClient(server.url).request(ACTIVATE, {
      i: { token: tokenOf(firstLink), password: PASSWORD },
    });
    expect(stale.data?.accountActivate.userErrors.map((e) => e.code)).toEqual(["TOKEN_USED"]);

    const activated = await new GraphQLClient(server.url).request(ACTIVATE, {
      i: { token: tokenOf(link), password: PASSWORD, name: "Sam Staff" },
    });
    expect(activated.data?.accountActivate).toEqual({
      viewer: { user: { email: "sam.staff@vendor.example" } },
      userErrors: [],
    });

    const staff = new GraphQLClient(server.url);
    const signIn = await signInRequest(staff, "sam.staff@vendor.example", PASSWORD);
    expect(signIn.data?.signIn.userErrors).toEqual([]);
    const { viewer } = await staff.query(graphql(`query StaffPermissions { viewer { permissions } }`));
    expect(viewer?.permissions).toEqual(["VENDOR_ADMIN"]);

    const taken = await runCommand(CREATE_STAFF, ["sam.staff@vendor.example"], env);
    expect(taken.code).toBe(1);
    expect(taken.stdout).toBe("");
    expect(taken.stderr).toBe(
      "create-staff: sam.staff@vendor.example is already a vendor-staff user (active); nothing was changed.\n",
    );

    // The new staff member enables a reseller; its owner's email cannot become staff.
    await staff.query(
      graphql(
        `mutation StaffResellerEnable($i: ResellerEnableInput!) { resellerEnable(input: $i) { userErrors { code } } }`,
      ),
      { i: { ownerEmail: "owner@litware.example", companyName: "Litware", tierCode: "BRONZE" } },
    );
    const owner = await runCommand(CREATE_STAFF, ["owner@litware.example"], env);
    expect(owner.code).toBe(1);
    expect(owner.stderr).toContain(
      "owner@litware.example already has a user in a reseller or customer account",
    );
    expect(await countOf(database.url, "SELECT count(*) FROM app_user WHERE is_vendor_staff")).toBe(1);
  });

  it("works on the embedded PostgreSQL, and says so clearly while a running server holds it", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "reseller-hub-data-"));
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    const env = { DATA_DIR: dataDir, SEED_DEMO: "false", JOB_WORKERS: "false" };
    const server = await spawnServer(env);
    cleanup.push(() => server.stop());

    const held = await runCommand(CREATE_STAFF, ["you@vendor.example"], env);
    expect(held.code).toBe(1);
    expect(held.stdout).toBe("");
    const lines = held.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(
      `create-staff: a running server holds the embedded PostgreSQL in ${dataDir}, and this command cannot start a second one there; stop the server, run this command, then start the server again (or use DATABASE_URL)`,
    );

    expect(await server.stop()).toBe(0);
    const created = await runCommand(CREATE_STAFF, ["you@vendor.example"], env);
    expect(created.code).toBe(0);
    expect(linkIn(created.stdout)).toMatch(/^http:\/\/localhost:4000\/activate\?token=/);
    expect(created.stderr).toContain("PUBLIC_URL is not set, so the link starts with http://localhost:4000");
  });
});
