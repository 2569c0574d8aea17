import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CustomerSort, CustomersQuery } from "../generated/graphql.js";
import { graphql } from "../generated/index.js";
import { DEMO, errorCode, latestMail, signedIn, tokenOf } from "../support/accounts.js";
import type { GraphQLClient } from "../support/graphql-client.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { countStatements } from "../support/statements.js";

const INVITE = graphql(`mutation CustomerInvite($i: CustomerInviteInput!) {
  customerInvite(input: $i) {
    customer { id email companyName comment status addedAt }
    accountCreated
    userErrors { code field message }
  }
}`);
const LIST = graphql(`query Customers($first: Int, $after: String, $search: String, $sort: CustomerSort) {
  customers(first: $first, after: $after, search: $search, sort: $sort) {
    totalCount
    nodes { id email companyName addedAt }
    pageInfo { hasNextPage endCursor }
  }
}`);
const GET = graphql(`query Customer($id: ID!) { customer(id: $id) { id email companyName comment } }`);
const UPDATE = graphql(`mutation CustomerUpdate($id: ID!, $i: CustomerUpdateInput!) {
  customerUpdate(id: $id, input: $i) { customer { companyName comment } userErrors { code field } }
}`);
const REMOVE = graphql(
  `mutation CustomerRemove($id: ID!) { customerRemove(id: $id) { removedCustomerId userErrors { code field } } }`,
);
const LINK_STATUS = graphql(`query CustomerLinkStatus($t: String!) { tokenInfo(token: $t) { status } }`);
const ACTIVATE = graphql(
  `mutation CustomerActivate($i: AccountActivateInput!) { accountActivate(input: $i) { userErrors { code } } }`,
);
const PORTAL = graphql(
  `query CustomerOwnPortal { customerPortal { companyName email } viewer { permissions } }`,
);
const PORTAL_FIELDS = graphql(
  `query CustomerPortalFields { __type(name: "CustomerPortal") { fields { name } } }`,
);

function invite(client: GraphQLClient, email: string, companyName: string, comment = "") {
  return client.query(INVITE, { i: { email, companyName, comment } });
}

describe("adding customers", () => {
  let server: TestServer;
  let northwind: GraphQLClient;
  let fabrikam: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer({ seed: true });
    northwind = await signedIn(server, DEMO.owner);
    fabrikam = await signedIn(server, DEMO.otherOwner);
  });
  afterAll(() => server?.stop());

  it("creates an account for a new email, mails an activation link, and lists it at once", async () => {
    const added = await invite(northwind, "  IT@Litware.example ", "Litware Ltd", "Pays on the 30th");
    expect(added.customerInvite.userErrors).toEqual([]);
    expect(added.customerInvite.accountCreated).toBe(true);
    expect(added.customerInvite.customer).toMatchObject({
      email: "it@litware.example",
      companyName: "Litware Ltd",
      comment: "Pays on the 30th",
      status: "INVITED",
    });
    const mail = await latestMail(server, "it@litware.example", "customer_activation");
    expect(mail).toMatchObject({ resellerName: "Northwind IT", companyName: "Litware Ltd" });
    const list = await northwind.query(LIST, { search: "litware" });
    expect(list.customers.nodes.map((c) => c.email)).toEqual(["it@litware.example"]);
  });

  it("adds an existing customer to a second reseller's list without a second account", async () => {
    const northwindLink = tokenOf(
      (await latestMail(server, "it@litware.example", "customer_activation")).link,
    );
    const customerAccounts = async () =>
      (await server.dataSource.query("SELECT count(*)::int AS n FROM account WHERE kind = 'CUSTOMER'"))[0].n;
    const before = await customerAccounts();
    const added = await invite(fabrikam, "it@litware.example", "Litware (Fabrikam's name)");
    expect(added.customerInvite.accountCreated).toBe(false);
    expect(await customerAccounts()).toBe(before);
    const links = await server.dataSource.query(
      `SELECT DISTINCT customer_id FROM customer_link l
       JOIN account r ON r.id = l.reseller_id
       WHERE l.company_name LIKE 'Litware%'`,
    );
    expect(links).toHaveLength(1);
    // Still not activated: Fabrikam's mail brings a link of its own, and Northwind's still works.
    const mail = await latestMail(server, "it@litware.example", "customer_activation");
    expect(mail.resellerName).toBe("Fabrikam Solutions");
    const status = async (token: string) =>
      (await server.client().query(LINK_STATUS, { t: token })).tokenInfo.status;
    expect(await status(tokenOf(mail.link))).toBe("VALID");
    expect(await status(northwindLink)).toBe("VALID");
    // Two links are out for one person, one from each reseller.
    const [customer]: Array<{ id: string }> = await server.dataSource.query(
      "SELECT id FROM app_user WHERE email = 'it@litware.example'",
    );
    const again = await server.dataSource.query(
      "SELECT count(*)::int AS n FROM user_token WHERE user_id = $1 AND used_at IS NULL",
      [customer.id],
    );
    expect(again).toEqual([{ n: 2 }]);
  });

  it("tells an activated customer it was added, with no new link; the other reseller's link is spent", async () => {
    const [northwindMail]: Array<{ data: { link: string } }> = await server.dataSource.query(
      `SELECT data FROM outbox WHERE recipient = 'it@litware.example' AND template = 'customer_activation'
          AND data->>'resellerName' = 'Northwind IT' ORDER BY seq DESC LIMIT 1`,
    );
    const mail = await latestMail(server, "it@litware.example", "customer_activation");
    const activated = await server.client().query(ACTIVATE, {
      i: { token: tokenOf(mail.link), password: "litware-password-1", name: "Cora Litware" },
    });
    expect(activated.accountActivate.userErrors).toEqual([]);
    expect(
      (await server.client().query(LINK_STATUS, { t: tokenOf(northwindMail.data.link) })).tokenInfo.status,
    ).toBe("USED");
    const withOwn = await server.client().request(ACTIVATE, {
      i: { token: tokenOf(northwindMail.data.link), password: "litware-password-1" },
    });
    expect(withOwn.data?.accountActivate.userErrors.map((e) => e.code)).toEqual(["TOKEN_USED"]);
    const fabrikamList = await fabrikam.query(LIST, { search: "litware" });
    await fabrikam.query(REMOVE, { id: fabrikamList.customers.nodes[0].id });
    const again = await invite(fabrikam, "it@litware.example", "Litware again");
    expect(again.customerInvite.accountCreated).toBe(false);
    expect(await latestMail(server, "it@litware.example", "customer_added")).toMatchObject({
      resellerName: "Fabrikam Solutions",
    });
  });

  it.each([
    ["a customer already on the list, in other letter case", "IT@LITWARE.EXAMPLE", "ALREADY_CUSTOMER"],
    ["a malformed email", "not-an-email", "INVALID_EMAIL"],
    ["a reseller's owner", DEMO.otherOwner.email, "EMAIL_BELONGS_TO_RESELLER"],
    ["a reseller's own member", DEMO.member.email, "EMAIL_BELONGS_TO_RESELLER"],
    ["vendor staff", DEMO.staff.email, "EMAIL_BELONGS_TO_RESELLER"],
  ])("refuses %s with %s on input.email, writing nothing", async (_name, email, code) => {
    const before = await server.dataSource.query("SELECT count(*)::int AS n FROM customer_link");
    const answer = await invite(northwind, email, "Someone");
    expect(answer.customerInvite.customer).toBeNull();
    expect(answer.customerInvite.userErrors.map((e) => [e.code, e.field])).toEqual([[code, "input.email"]]);
    const after = await server.dataSource.query("SELECT count(*)::int AS n FROM customer_link");
    expect(after[0].n).toBe(before[0].n);
  });

  it("refuses an empty company name", async () => {
    const answer = await invite(northwind, "new@tailspin.example", "   ");
    expect(answer.customerInvite.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["REQUIRED", "input.companyName"],
    ]);
  });

  it("two resellers adding the same new email at once make one customer account", async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        invite(i % 2 ? northwind : fabrikam, "race@adatum.example", `Adatum ${i}`),
      ),
    );
    const succeeded = results.filter((r) => r.customerInvite.userErrors.length === 0);
    expect(succeeded).toHaveLength(2);
    expect(succeeded.filter((r) => r.customerInvite.accountCreated)).toHaveLength(1);
    const failures = results.flatMap((r) => r.customerInvite.userErrors.map((e) => e.code));
    expect(new Set(failures)).toEqual(new Set(["ALREADY_CUSTOMER"]));
    const [row] = await server.dataSource.query(
      "SELECT count(DISTINCT m.account_id)::int AS n FROM membership m JOIN app_user u ON u.id = m.user_id WHERE u.email = 'race@adatum.example'",
    );
    expect(row.n).toBe(1);
  });
});

describe("privacy and isolation between resellers", () => {
  let server: TestServer;
  let northwind: GraphQLClient;
  let fabrikam: GraphQLClient;
  let northwindEntry: string;
  let fabrikamEntry: string;

  beforeAll(async () => {
    server = await startTestServer({ seed: true });
    northwind = await signedIn(server, DEMO.owner);
    fabrikam = await signedIn(server, DEMO.otherOwner);
    northwindEntry = (await invite(northwind, "ops@wingtip.example", "Wingtip Toys", "Wants Gold support"))
      .customerInvite.customer?.id as string;
    fabrikamEntry = (await invite(fabrikam, "ops@wingtip.example", "Wingtip", "Met at the fair"))
      .customerInvite.customer?.id as string;
  });
  afterAll(() => server?.stop());

  it("each reseller sees its own company name and comment only", async () => {
    const mine = await northwind.query(GET, { id: northwindEntry });
    expect(mine.customer).toMatchObject({ companyName: "Wingtip Toys", comment: "Wants Gold support" });
    const theirs = await fabrikam.query(GET, { id: fabrikamEntry });
    expect(theirs.customer).toMatchObject({ companyName: "Wingtip", comment: "Met at the fair" });
    const fabrikamList = JSON.stringify(await fabrikam.query(LIST));
    expect(fabrikamList).not.toContain("Wants Gold support");
    expect(fabrikamList).not.toContain("Wingtip Toys");
  });

  it("another reseller's entry is not found, for every operation", async () => {
    expect((await fabrikam.query(GET, { id: northwindEntry })).customer).toBeNull();
    const update = await fabrikam.query(UPDATE, {
      id: northwindEntry,
      i: { companyName: "Hijacked", comment: "" },
    });
    expect(update.customerUpdate.userErrors).toEqual([{ code: "NOT_FOUND", field: "id" }]);
    const remove = await fabrikam.query(REMOVE, { id: northwindEntry });
    expect(remove.customerRemove.userErrors).toEqual([{ code: "NOT_FOUND", field: "id" }]);
    const still = await northwind.query(GET, { id: northwindEntry });
    expect(still.customer?.companyName).toBe("Wingtip Toys");
    expect((await fabrikam.query(GET, { id: "not-a-uuid" })).customer).toBeNull();
  });

  it("the customer sees its own account and never a reseller's comment", async () => {
    const mail = await latestMail(server, "ops@wingtip.example", "customer_activation");
    const customer = server.client();
    await customer.query(ACTIVATE, { i: { token: tokenOf(mail.link), password: "wingtip-password-1" } });
    const signedInCustomer = await signedIn(server, {
      email: "ops@wingtip.example",
      password: "wingtip-password-1",
    });
    const portal = await signedInCustomer.query(PORTAL);
    expect(portal.customerPortal).toEqual({
      companyName: "Wingtip Toys",
      email: "ops@wingtip.example",
    });
    expect(portal.viewer?.permissions).toEqual(["CUSTOMER_PORTAL"]);
    expect(JSON.stringify(portal)).not.toMatch(/Wants Gold support|Met at the fair/);
    expect(errorCode(await signedInCustomer.request(GET, { id: northwindEntry }))).toBe("FORBIDDEN");
    expect(errorCode(await signedInCustomer.request(LIST))).toBe("FORBIDDEN");
    // The portal's type has no field that could carry a comment.
    const fields = await signedInCustomer.query(PORTAL_FIELDS);
    expect(fields.__type?.fields?.map((f) => f.name)).not.toContain("comment");
  });

  it("edits the name and comment; removal keeps history and a re-invite makes a fresh entry", async () => {
    const updated = await northwind.query(UPDATE, {
      id: northwindEntry,
      i: { companyName: "Wingtip Toys Roasters", comment: "" },
    });
    expect(updated.customerUpdate).toEqual({
      customer: { companyName: "Wingtip Toys Roasters", comment: "" },
      userErrors: [],
    });
    const removed = await northwind.query(REMOVE, { id: northwindEntry });
    expect(removed.customerRemove.removedCustomerId).toBe(northwindEntry);
    expect((await northwind.query(GET, { id: northwindEntry })).customer).toBeNull();
    const again = await invite(northwind, "ops@wingtip.example", "Wingtip Toys");
    expect(again.customerInvite.customer?.id).not.toBe(northwindEntry);
    expect(again.customerInvite.accountCreated).toBe(false);
    const history = await server.dataSource.query("SELECT removed_at FROM customer_link WHERE id = $1", [
      northwindEntry,
    ]);
    expect(history[0].removed_at).not.toBeNull();
    // Removing twice is not found: the entry is gone from the list.
    const twice = await northwind.query(REMOVE, { id: northwindEntry });
    expect(twice.customerRemove.userErrors).toEqual([{ code: "NOT_FOUND", field: "id" }]);
  });
});

describe("the customer list with 250 customers", () => {
  let server: TestServer;
  let northwind: GraphQLClient;
  const ADDED = 250;
  let TOTAL = ADDED;

  beforeAll(async () => {
    server = await startTestServer({ seed: true });
    northwind = await signedIn(server, DEMO.owner);
    // The demo customers are on the list too.
    TOTAL += (await northwind.query(LIST)).customers.totalCount;
    // Company names repeat and half share one timestamp, so the id must break ties.
    for (let batch = 0; batch < ADDED / 25; batch++) {
      if (batch % 2) server.clock.advance(60_000);
      await Promise.all(
        Array.from({ length: 25 }, (_, i) => {
          const n = batch * 25 + i;
          return invite(
            northwind,
            `buyer${n}@client${n % 7}.example`,
            `Client ${String(n % 40).padStart(2, "0")}`,
          );
        }),
      );
    }
  }, 120_000);
  afterAll(() => server?.stop());

  async function all(sort: CustomerSort, first: number, search?: string) {
    const seen: CustomersQuery["customers"]["nodes"] = [];
    let after: string | null = null;
    let totalCount = 0;
    for (;;) {
      const page: CustomersQuery = await northwind.query(LIST, { first, after, sort, search });
      totalCount = page.customers.totalCount;
      seen.push(...page.customers.nodes);
      if (!page.customers.pageInfo.hasNextPage) break;
      after = page.customers.pageInfo.endCursor;
    }
    return { seen, totalCount };
  }

  for (const sort of ["COMPANY_NAME_ASC", "COMPANY_NAME_DESC", "ADDED_AT_ASC", "ADDED_AT_DESC"] as const) {
    it(`${sort}: pages of 17 have no duplicates and no gaps, in order`, async () => {
      const { seen, totalCount } = await all(sort, 17);
      expect(totalCount).toBe(TOTAL);
      expect(seen).toHaveLength(TOTAL);
      expect(new Set(seen.map((c) => c.id)).size).toBe(TOTAL);
      const key = (c: (typeof seen)[number]) =>
        sort.startsWith("COMPANY") ? c.companyName.toLowerCase() : c.addedAt;
      const sorted = [...seen].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
      if (sort.endsWith("DESC")) sorted.reverse();
      expect(seen.map(key)).toEqual(sorted.map(key));
    });
  }

  it("searches email and company name without regard to case", async () => {
    const byCompany = await all("COMPANY_NAME_ASC", 100, "client 07");
    // n % 40 = 7 for n = 7, 47, ..., 247: seven customers.
    expect(byCompany.totalCount).toBe(7);
    expect(byCompany.seen.every((c) => c.companyName === "Client 07")).toBe(true);
    const byEmail = await all("COMPANY_NAME_ASC", 100, "@CLIENT3.");
    // n % 7 = 3 for n < 250: 36 customers.
    expect(byEmail.totalCount).toBe(36);
    expect(byEmail.seen.every((c) => c.email.endsWith("@client3.example"))).toBe(true);
    const wildcard = await all("COMPANY_NAME_ASC", 100, "%");
    expect(wildcard.totalCount).toBe(0);
  });

  it("sends as many SQL statements for a page of 100 as for a page of 10", async () => {
    const ten = await countStatements(server.dataSource, () => northwind.query(LIST, { first: 10 }));
    const hundred = await countStatements(server.dataSource, () => northwind.query(LIST, { first: 100 }));
    expect(ten).toBeGreaterThan(0);
    expect(hundred).toBe(ten);
  });

  it("counts the list only when totalCount is asked for", async () => {
    const NODES_ONLY = graphql(`query CustomersNodesOnly { customers(first: 10) { nodes { id } } }`);
    const WITH_COUNT = graphql(
      `query CustomersWithCount { customers(first: 10) { totalCount nodes { id } } }`,
    );
    const without = await countStatements(server.dataSource, () => northwind.query(NODES_ONLY));
    const withCount = await countStatements(server.dataSource, () => northwind.query(WITH_COUNT));
    expect(withCount).toBe(without + 1);
    expect((await northwind.query(WITH_COUNT)).customers.totalCount).toBe(TOTAL);
  });

  it("counts exactly up to 1,000 entries and gives PostgreSQL's estimate beyond", {
    timeout: 60_000,
  }, async () => {
    const fabrikam = await signedIn(server, DEMO.otherOwner);
    const COUNT = graphql(
      `query CustomersCount($search: String) { customers(first: 1, search: $search) { totalCount } }`,
    );
    const before = (await fabrikam.query(COUNT)).customers.totalCount;
    // 12,000 more entries written straight to the tables, as a large reseller would have.
    await server.dataSource.query(
      `WITH people AS (
         INSERT INTO app_user (email, name, status, created_at)
         SELECT 'bulk' || g || '@many.example', 'Bulk ' || g, 'INVITED', now() FROM generate_series(1, 12000) g
         RETURNING id, email),
       accounts AS (
         INSERT INTO account (kind, name, created_at)
         SELECT 'CUSTOMER', 'Many ' || email, now() FROM people RETURNING id, name),
       pairs AS (
         SELECT p.id AS user_id, a.id AS account_id, a.name
         FROM people p JOIN accounts a ON a.name = 'Many ' || p.email),
       owners AS (
         INSERT INTO membership (account_id, user_id, role, created_at)
         SELECT account_id, user_id, 'OWNER', now() FROM pairs)
       INSERT INTO customer_link (reseller_id, customer_id, company_name, comment, added_at)
       SELECT r.id, pairs.account_id, 'Many Co ' || pairs.name, '', now()
       FROM pairs, account r WHERE r.name = 'Fabrikam Solutions'`,
    );
    await server.dataSource.query("ANALYZE customer_link");
    const estimated = (await fabrikam.query(COUNT)).customers.totalCount;
    expect(estimated).toBeGreaterThan(1_000);
    expect(Math.abs(estimated - (before + 12_000))).toBeLessThan(0.2 * (before + 12_000));
    // A search narrows it below the limit again: exact.
    expect((await fabrikam.query(COUNT, { search: "bulk1234@many" })).customers.totalCount).toBe(1);
    // bulk12, bulk120–129, bulk1200–1299 and bulk12000.
    expect((await fabrikam.query(COUNT, { search: "bulk12" })).customers.totalCount).toBe(112);
    expect((await fabrikam.query(COUNT, { search: "@many.example" })).customers.totalCount).toBeGreaterThan(
      1_000,
    );
  });

  it("refuses a page size over 100 and a cursor it did not make", async () => {
    expect((await northwind.request(LIST, { first: 101 })).errors?.[0].message).toMatch(/first/);
    expect((await northwind.request(LIST, { after: "garbage" })).errors?.[0].message).toMatch(/cursor/);
  });
});

describe("customer search, read a page at a time", () => {
  let server: TestServer;
  let northwind: GraphQLClient;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    server = await startTestServer({ seed: true });
    northwind = await signedIn(server, DEMO.owner);
    // "zephyr" is in ten company names, in ten owners' emails of other names, and in both once.
    const entries = Array.from({ length: 30 }, (_, i) => ({
      email: i % 3 === 1 ? `zephyr${i}@mail.example` : `buyer${i}@mail.example`,
      companyName: `${i % 3 === 0 ? "Zephyr" : "Other"} Works ${String(i).padStart(2, "0")}`,
    }));
    entries.push({ email: "zephyr-both@mail.example", companyName: "Zephyr Both" });
    entries.push({ email: "percent@mail.example", companyName: "100% Zephyr_Labs" });
    for (const { email, companyName } of entries) {
      const added = await invite(northwind, email, companyName);
      ids.set(companyName, added.customerInvite.customer?.id ?? "");
    }
  }, 60_000);
  afterAll(() => server?.stop());

  async function all(search: string, sort: CustomerSort = "COMPANY_NAME_ASC", first = 4) {
    const seen: CustomersQuery["customers"]["nodes"] = [];
    let after: string | null = null;
    let totalCount = 0;
    for (;;) {
      const page: CustomersQuery = await northwind.query(LIST, { first, after, sort, search });
      totalCount = page.customers.totalCount;
      seen.push(...page.customers.nodes);
      if (!page.customers.pageInfo.hasNextPage) break;
      after = page.customers.pageInfo.endCursor;
    }
    return { names: seen.map((c) => c.companyName), totalCount, unique: new Set(seen.map((c) => c.id)).size };
  }

  const byName = (a: string, b: string) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1);

  it("pages through matches by company name and by email together, once each, in either order", async () => {
    const ascending = await all("zephyr");
    expect(ascending.totalCount).toBe(22);
    expect(ascending.unique).toBe(22);
    expect(ascending.names).toEqual([...ascending.names].sort(byName));
    expect(ascending.names).toContain("Other Works 01"); // by its owner's email
    expect(ascending.names).toContain("Zephyr Both");
    const descending = await all("zephyr", "COMPANY_NAME_DESC", 5);
    expect(descending.names).toEqual([...ascending.names].reverse());
    // Upper case, three letters, and two (too short for name pieces) find the same customers.
    for (const term of ["ZePhYr", "phy", "ph"]) {
      expect((await all(term)).names).toEqual(ascending.names);
    }
    // By date, the same customers.
    expect((await all("zephyr", "ADDED_AT_ASC")).names.sort(byName)).toEqual(ascending.names);
  });

  it("matches wildcards literally and across words", async () => {
    expect((await all("0% zeph")).names).toEqual(["100% Zephyr_Labs"]);
    expect((await all("r_l")).names).toEqual(["100% Zephyr_Labs"]);
    expect((await all("s 0")).names).toEqual([
      "Other Works 01",
      "Other Works 02",
      "Other Works 04",
      "Other Works 05",
      "Other Works 07",
      "Other Works 08",
      "Zephyr Works 00",
      "Zephyr Works 03",
      "Zephyr Works 06",
      "Zephyr Works 09",
    ]);
    expect((await all("xyz")).totalCount).toBe(0);
  });

  it("follows a renamed and a removed customer at once", async () => {
    const renamed = await northwind.query(UPDATE, {
      id: ids.get("Zephyr Works 00") ?? "",
      i: { companyName: "Calm Harbour 00", comment: "" },
    });
    expect(renamed.customerUpdate.userErrors).toEqual([]);
    expect((await all("calm harb")).names).toEqual(["Calm Harbour 00"]);
    const removed = await northwind.query(REMOVE, { id: ids.get("Zephyr Works 03") ?? "" });
    expect(removed.customerRemove.userErrors).toEqual([]);
    const after = await all("zephyr");
    expect(after.totalCount).toBe(20);
    expect(after.names).not.toContain("Zephyr Works 00");
    expect(after.names).not.toContain("Zephyr Works 03");
    // Added back under a new name, it is found by that name.
    await invite(northwind, "buyer3@mail.example", "Breeze Works 03");
    expect((await all("breeze")).names).toEqual(["Breeze Works 03"]);
  });

  it("sends as many SQL statements for a searched page of 20 as for one of 2", async () => {
    const search = "zephyr";
    const two = await countStatements(server.dataSource, () => northwind.query(LIST, { first: 2, search }));
    const twenty = await countStatements(server.dataSource, () =>
      northwind.query(LIST, { first: 20, search }),
    );
    expect(two).toBeGreaterThan(0);
    expect(twenty).toBe(two);
  });
});
