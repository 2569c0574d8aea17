import type { GatewayGraphQLRequestContext } from "@apollo/server-gateway-interface";
import {
  buildSchema,
  type ExecutionResult,
  execute,
  GraphQLError,
  GraphQLScalarType,
  getOperationAST,
  Kind,
  parse,
} from "graphql";
import { beforeEach, describe, expect, it } from "vitest";
import { compiledExecution } from "./compiled-execution.js";

const SDL = `
  scalar Day
  input Filter { name: String, limit: Int! = 2 }
  type Page { totalCount: Int!, names: [String!]! }
  type Query {
    page(first: Int, filter: Filter): Page!
    onDay(day: Day!): String!
    refused: String
  }
  type Mutation { rename(name: String!): String! }
`;

const NAMES = ["Contoso", "Fabrikam", "Litware", "Northwind"];

/** A small schema with what the product's schema has: defaults, a custom scalar, refusals. */
function testSchema(calls: string[]) {
  const schema = buildSchema(SDL);
  const day = schema.getType("Day") as GraphQLScalarType;
  day.parseValue = (value) => {
    if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new TypeError("not a day");
    return value;
  };
  const query = schema.getQueryType()?.getFields();
  const mutation = schema.getMutationType()?.getFields();
  if (!query || !mutation) throw new Error("the schema has no root types");
  query.page.resolve = (_, args: { first?: number; filter?: { name?: string; limit: number } }) => {
    calls.push(`page ${JSON.stringify(args)}`);
    const names = NAMES.filter((n) => !args.filter?.name || n.includes(args.filter.name));
    return { totalCount: names.length, names: names.slice(0, args.first ?? args.filter?.limit ?? 2) };
  };
  query.onDay.resolve = (_, args: { day: string }) => `on ${args.day}`;
  query.refused.resolve = () => {
    throw new GraphQLError("Sign in first.", { extensions: { code: "UNAUTHENTICATED" } });
  };
  mutation.rename.resolve = (_, args: { name: string }) => args.name;
  return schema;
}

/** What Apollo hands an executor once it has parsed and validated a request. */
function request(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  return {
    request: { query, variables },
    document,
    operation: getOperationAST(document),
    operationName: null,
    queryHash: query,
    source: query,
    context: {},
  } as unknown as GatewayGraphQLRequestContext;
}

describe("compiled execution", () => {
  let calls: string[];
  let run: (query: string, variables?: Record<string, unknown>) => Promise<ExecutionResult>;
  let reference: (query: string, variables?: Record<string, unknown>) => Promise<ExecutionResult>;

  beforeEach(async () => {
    calls = [];
    const schema = testSchema(calls);
    const loaded = await compiledExecution(schema).load({ apollo: {} });
    const executor = loaded.executor;
    if (!executor) throw new Error("no executor");
    run = (query, variables) => executor(request(query, variables));
    reference = async (query, variables) =>
      execute({ schema, document: parse(query), variableValues: variables, contextValue: {} });
  });

  it("answers a page as graphql-js does, and compiles an operation once", async () => {
    const query = "query($n: Int) { page(first: $n) { totalCount names } }";
    expect(await run(query, { n: 3 })).toEqual(await reference(query, { n: 3 }));
    expect(await run(query, { n: 1 })).toEqual({ data: { page: { totalCount: 4, names: ["Contoso"] } } });
  });

  it("refuses a bad variable in graphql-js's words, on the variable, so it stays BAD_USER_INPUT", async () => {
    const query = "query($n: Int) { page(first: $n) { names } }";
    const answer = await run(query, { n: "three" });
    expect(answer).toEqual(await reference(query, { n: "three" }));
    expect(answer.data).toBeUndefined();
    const [error] = answer.errors ?? [];
    expect(error.message).toMatch(/^Variable "\$n" got invalid value "three"/);
    expect(error.nodes?.[0].kind).toBe(Kind.VARIABLE_DEFINITION);
    expect(calls).toEqual([]);
  });

  it("fills an input field's default value, and reads a custom scalar's variable, as graphql-js does", async () => {
    const page = "query($f: Filter) { page(filter: $f) { names } }";
    expect(await run(page, { f: { name: "w" } })).toEqual({
      data: { page: { names: ["Litware", "Northwind"] } },
    });
    expect(calls).toEqual(['page {"filter":{"name":"w","limit":2}}']);

    const day = "query($d: Day!) { onDay(day: $d) }";
    expect(await run(day, { d: "2026-12-02" })).toEqual({ data: { onDay: "on 2026-12-02" } });
    const refused = await run(day, { d: "tomorrow" });
    expect(refused).toEqual(await reference(day, { d: "tomorrow" }));
    expect(refused.errors?.[0].message).toMatch(/^Variable "\$d" got invalid value "tomorrow"/);
  });

  it("answers a resolver's refusal as graphql-js does: its code, its path, its place in the operation", async () => {
    const query = "query {\n  page { totalCount }\n  refused\n}";
    const answer = await run(query);
    const expected = await reference(query);
    expect(answer).toEqual(expected);
    const [error] = answer.errors ?? [];
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.toJSON()).toEqual({
      message: "Sign in first.",
      locations: [{ line: 3, column: 3 }],
      path: ["refused"],
      extensions: { code: "UNAUTHENTICATED" },
    });
    expect((error.originalError as GraphQLError).message).toBe("Sign in first.");
  });

  it("runs mutations, and documents without a chosen operation, on graphql-js", async () => {
    const mutation = 'mutation { rename(name: "Tailspin") }';
    expect(await run(mutation)).toEqual({ data: { rename: "Tailspin" } });
    const two = "query A { refused } query B { refused }";
    expect(await run(two)).toEqual(await reference(two));
  });
});
