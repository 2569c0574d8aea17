import { readFileSync } from "node:fs";
import { buildSchema, type GraphQLField, isNonNullType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, signedIn } from "../support/accounts.js";
import type { GraphQLClient } from "../support/graphql-client.js";
import { repoRoot, startTestServer, type TestServer } from "../support/server.js";

// Every paged list of the committed schema, found by its `first` and `after` arguments, so a new
// list is covered the day it is added. The operations are built from the schema, hence text.
const schema = buildSchema(readFileSync(`${repoRoot}/schema/schema.graphql`, "utf8"));
const pagedLists = Object.values(schema.getQueryType()?.getFields() ?? {}).filter(
  (field) => field.args.some((a) => a.name === "first") && field.args.some((a) => a.name === "after"),
);

/** Vendor staff read the vendor's lists; a reseller owner reads its own. */
const VENDOR_LISTS = new Set([
  "resellers",
  "vendorInvoices",
  "annexVersions",
  "resellerApplications",
  "vendorQuoteRequests",
]);

function operation(field: GraphQLField<unknown, unknown>, args: string): string {
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  if (required.length > 0)
    throw new Error(`${field.name} needs ${required.map((a) => a.name)}; extend the sweep`);
  return `{ ${field.name}(${args}) { totalCount } }`;
}

describe("bad paging arguments", () => {
  let server: TestServer;
  let owner: GraphQLClient;
  let staff: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer({ seed: true });
    [owner, staff] = await Promise.all([signedIn(server, DEMO.owner), signedIn(server, DEMO.staff)]);
  });
  afterAll(() => server?.stop());

  it("finds the paged lists of the schema", () => {
    expect(pagedLists.map((f) => f.name).sort()).toEqual(
      expect.arrayContaining(["customers", "invoices", "resellers", "subscriptions", "vendorInvoices"]),
    );
  });

  const cases: Array<[string, string, string]> = [
    ["a page of none", "first: 0", "first"],
    ["a page over 100", "first: 101", "first"],
    ["a negative page", "first: -5", "first"],
    ["a cursor that is not one", 'after: "not-a-cursor"', "after"],
    ["a cursor of another shape", `after: "${Buffer.from("[1,2,3]").toString("base64url")}"`, "after"],
  ];

  for (const field of pagedLists) {
    it.each(cases)(
      `${field.name}: %s answers BAD_USER_INPUT naming the argument`,
      async (_name, args, argument) => {
        const caller = VENDOR_LISTS.has(field.name) ? staff : owner;
        const result = await caller.requestText(operation(field, args));
        expect(result.data ?? null).toBeNull();
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
      },
    );
  }
});
