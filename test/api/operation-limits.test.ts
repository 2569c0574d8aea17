import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { DEMO, signedIn } from "../support/accounts.js";
import type { GraphQLClient, GraphQLResponse } from "../support/graphql-client.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { countAllStatements } from "../support/statements.js";

/** `customers → nodes → subscriptions → customer → … → id`, `levels` fields deep. */
function nested(levels: number): string {
  let inner = "id";
  for (let level = 3; level < levels; level += 1) {
    inner = level % 2 === 1 ? `subscriptions { ${inner} }` : `customer { ${inner} }`;
  }
  return `{ customers { nodes { ${inner} } } }`;
}

function aliases(count: number, field: string): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(" ")} }`;
}

describe("operations are measured before anything runs", () => {
  let server: TestServer;
  let anonymous: GraphQLClient;
  let owner: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer({ seed: true });
    anonymous = server.client();
    owner = await signedIn(server, DEMO.owner);
  });
  afterAll(() => server?.stop());

  /**
   * The answer, and how many SQL statements the whole server sent while answering. Text built to
   * break a limit goes as it is; an operation the schema allows goes as a typed document.
   */
  async function measured(
    client: GraphQLClient,
    operation: string | TypedDocumentNode<unknown, Record<string, never>>,
  ) {
    let response: GraphQLResponse<unknown> | undefined;
    const statements = await countAllStatements(async () => {
      response = await (typeof operation === "string"
        ? client.requestText(operation)
        : client.request(operation));
    });
    return { response: response as GraphQLResponse<unknown>, statements };
  }

  it("refuses a 1 MB flood of 38,461 aliases as too large, with 0 SQL statements", async () => {
    const flood = aliases(38_461, "health { status }");
    expect(flood.length).toBeGreaterThan(1_000_000 - 100_000);
    const { response, statements } = await measured(anonymous, flood);
    expect(response.status).toBe(400);
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0].extensions).toEqual({
      code: "QUERY_TOO_LARGE",
      limit: 2000,
      measured: 2001,
    });
    expect(response.errors?.[0].message).toBe("The operation has more than 2000 tokens; the limit is 2000.");
    expect(statements).toBe(0);
  });

  it("refuses 31 aliases, and 500 aliases of a list, with TOO_MANY_ALIASES and 0 SQL statements", async () => {
    const few = await measured(anonymous, aliases(31, "health { status }"));
    expect(few.response.status).toBe(400);
    expect(few.response.errors?.[0].extensions).toEqual({
      code: "TOO_MANY_ALIASES",
      limit: 30,
      measured: 31,
    });
    expect(few.statements).toBe(0);

    const lists = await measured(owner, aliases(500, "customers(first: 100) { nodes { id } }"));
    expect(lists.response.status).toBe(400);
    expect(lists.response.errors?.[0].extensions?.code).toBe("QUERY_TOO_LARGE");
    expect(lists.statements).toBe(0);

    // 30 aliases are allowed, and answered.
    const thirty = await anonymous.requestText(aliases(30, "health { status }"));
    expect(thirty.errors).toBeUndefined();
    expect(Object.keys(thirty.data ?? {})).toHaveLength(30);
  });

  it("refuses nesting 2,000 levels deep, and 13 levels deep, with 0 SQL statements", async () => {
    const deepest = await measured(owner, nested(2000));
    expect(deepest.response.status).toBe(400);
    // Far too long to even parse: refused by its size before its depth is measured.
    expect(deepest.response.errors?.[0].extensions?.code).toBe("QUERY_TOO_LARGE");
    expect(deepest.statements).toBe(0);

    const deep = await measured(owner, nested(13));
    expect(deep.response.status).toBe(400);
    expect(deep.response.errors?.[0].extensions).toEqual({ code: "QUERY_TOO_DEEP", limit: 12, measured: 13 });
    expect(deep.statements).toBe(0);

    const deepButParseable = await measured(owner, nested(400));
    expect(deepButParseable.response.errors?.[0].extensions).toEqual({
      code: "QUERY_TOO_DEEP",
      limit: 12,
      measured: 400,
    });
    expect(deepButParseable.statements).toBe(0);

    // Twelve levels pass the depth limit; lists five deep then meet the cost limit.
    const twelve = await owner.requestText(nested(12));
    expect(twelve.errors?.[0].extensions?.code).toBe("QUERY_TOO_COMPLEX");
  });

  it("refuses a cost bomb of lists within lists with QUERY_TOO_COMPLEX, for a signed-in owner too, with 0 SQL", async () => {
    const bomb =
      graphql(`query LimitsCostBomb { customers(first: 100) { nodes { subscriptions { customer { subscriptions { customer {
      subscriptions { id } } } } } } } }`);
    const { response, statements } = await measured(owner, bomb);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions).toEqual({
      code: "QUERY_TOO_COMPLEX",
      limit: 5000,
      // 100 customers × (nodes 1 + subscriptions 1 + 10 × (customer 1 + subscriptions 1 + 10 ×
      // (customer 1 + subscriptions 1 + 10 × id 0))), plus the list itself.
      measured: 1 + 100 * (1 + 1 + 10 * (1 + 1 + 10 * (1 + 1 + 10 * 0))),
    });
    expect(response.errors?.[0].message).toMatch(/costs \d+; the limit is 5000/);
    expect(statements).toBe(0);

    // `first` counts: the same list without its nesting costs what it asks for.
    const bigPage = await owner.request(
      graphql(`query LimitsBigPage { customers(first: 100) { nodes { id } } }`),
    );
    expect(bigPage.errors).toBeUndefined();
  });

  it("prices `first` given through variables, not only inline", async () => {
    const query =
      graphql(`query LimitsBombByVariables($first: Int) { customers(first: $first) { nodes { subscriptions { customer {
      subscriptions { customer { id } } } } } } }`);
    const cheap = await owner.request(query, { first: 2 });
    expect(cheap.errors).toBeUndefined();
    const costly = await owner.request(query, { first: 100 });
    expect(costly.status).toBe(400);
    expect(costly.errors?.[0].extensions?.code).toBe("QUERY_TOO_COMPLEX");
  });

  it("refuses more than 20 directives with TOO_MANY_DIRECTIVES", async () => {
    const skips = Array.from({ length: 21 }, () => "@skip(if: false)").join(" ");
    const { response, statements } = await measured(anonymous, `{ health ${skips} { status } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions).toEqual({ code: "TOO_MANY_DIRECTIVES", limit: 20, measured: 21 });
    expect(statements).toBe(0);
  });
});
