import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { DEMO, signedIn } from "../support/accounts.js";
import { GraphQLClient, type GraphQLResponse, present } from "../support/graphql-client.js";
import { type ServerProcess, spawnServer } from "../support/process.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { countAllStatements } from "../support/statements.js";

const CREATE_KEY = graphql(`mutation RateKey($i: ApiKeyCreateInput!) { apiKeyCreate(input: $i) { secret } }`);
/** Costs 1 (one object, leaves are free), so it spends 10 + 1 points. */
const CHEAP = graphql(`query RateCheap { viewer { permissions } }`);
const HEALTH = graphql(`query RateHealth { health { status } }`);
/** A budget of 220 points: 20 cheap operations. */
const SMALL_BUDGET = { points: 220, windowSeconds: 60, pointsPerRequest: 10 };

async function newKey(owner: GraphQLClient, name: string): Promise<string> {
  const created = await owner.query(CREATE_KEY, { i: { name, scope: "READ_WRITE" } });
  return present(created.apiKeyCreate.secret, "the key's secret");
}

/** Sends `operation` one at a time until the first 429; returns how many were answered before it, and the 429. */
async function untilLimited(
  clients: GraphQLClient[],
  operation: TypedDocumentNode<unknown, Record<string, never>> = CHEAP,
  max = 100,
) {
  for (let sent = 0; sent < max; sent += 1) {
    const response = await clients[sent % clients.length].request(operation);
    if (response.status === 429) return { answered: sent, refusal: response };
    expect(response.status).toBe(200);
  }
  throw new Error(`no 429 within ${max} requests`);
}

function expectHeaders(response: GraphQLResponse<unknown>, limit: number) {
  expect(response.headers.get("ratelimit-limit")).toBe(String(limit));
  expect(Number(response.headers.get("ratelimit-remaining"))).toBeGreaterThanOrEqual(0);
  const reset = Number(response.headers.get("ratelimit-reset"));
  expect(reset).toBeGreaterThanOrEqual(1);
  expect(reset).toBeLessThanOrEqual(60);
}

describe("rate limits on the GraphQL endpoint", () => {
  let server: TestServer;
  let owner: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer({ seed: true, rateLimits: { ...SMALL_BUDGET, refusedPerMinute: 5 } });
    owner = await signedIn(server, DEMO.owner);
  });
  afterAll(() => server?.stop());

  it("spends a key's budget by each operation's cost, then answers 429 with Retry-After and RATE_LIMITED", async () => {
    const key = server.client({ authorization: `Bearer ${await newKey(owner, "sync")}` });
    const first = await key.request(CHEAP);
    expect(first.status).toBe(200);
    expectHeaders(first, 220);
    expect(first.headers.get("ratelimit-remaining")).toBe("209");

    // A page of 100 customers costs 1 + 100 × 1: 111 points with the request's own 10.
    const costly = await key.request(
      graphql(`query RateCustomersPage { customers(first: 100) { nodes { id } } }`),
    );
    expect(costly.status).toBe(200);
    expect(costly.headers.get("ratelimit-remaining")).toBe("98");

    const { answered, refusal } = await untilLimited([key]);
    expect(answered).toBe(8); // 98 points left: 8 more operations of 11
    expect(refusal.status).toBe(429);
    expect(refusal.data).toBeUndefined();
    expectHeaders(refusal, 220);
    expect(refusal.headers.get("ratelimit-remaining")).toBe("0");
    const error = refusal.errors?.[0];
    expect(error?.extensions?.code).toBe("RATE_LIMITED");
    expect(error?.extensions?.retryAfterSeconds).toBe(Number(refusal.headers.get("retry-after")));
    expect(error?.extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(error?.message).toMatch(/^Too many requests: .* Try again in \d+ s\.$/);
  });

  it("keeps budgets apart: each key, each session, and each address of anonymous callers", async () => {
    const spent = server.client({ authorization: `Bearer ${await newKey(owner, "spent")}` });
    expect((await untilLimited([spent])).answered).toBe(20);

    const other = server.client({ authorization: `Bearer ${await newKey(owner, "other")}` });
    expect((await other.request(CHEAP)).status).toBe(200);
    const member = await signedIn(server, DEMO.member);
    expect((await untilLimited([member])).answered).toBe(20);

    const fromA = server.client({ "x-forwarded-for": "203.0.113.10" });
    const fromB = server.client({ "x-forwarded-for": "203.0.113.11" });
    expect((await untilLimited([fromA], HEALTH)).answered).toBe(20);
    expect((await fromB.request(HEALTH)).status).toBe(200);
    // The routes beside GraphQL spend the same budget.
    const healthA = await fromA.get("/healthz");
    expect(healthA.status).toBe(429);
    expect(healthA.headers.get("retry-after")).not.toBeNull();
    const healthB = await fromB.get("/healthz");
    expect(healthB.status).toBe(200);
    expect(healthB.headers.get("ratelimit-limit")).toBe("220");
  });

  it("lets a client send only a few operations refused before they run, answered from memory", async () => {
    const client = server.client({ "x-forwarded-for": "203.0.113.20" });
    for (let sent = 1; sent <= 5; sent += 1) {
      const malformed = await client.requestText("{ health { status ");
      expect(malformed.status).toBe(400);
      expectHeaders(malformed, 5);
      expect(malformed.headers.get("ratelimit-remaining")).toBe(String(5 - sent));
    }
    let refused: GraphQLResponse<unknown> | undefined;
    const statements = await countAllStatements(async () => {
      refused = await client.request(HEALTH);
    });
    expect(refused?.status).toBe(429);
    expect(refused?.errors?.[0].extensions?.code).toBe("RATE_LIMITED");
    expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(statements).toBe(0);
    // Another address is not affected.
    expect((await server.client({ "x-forwarded-for": "203.0.113.21" }).request(CHEAP)).status).toBe(200);
  });

  describe("across three server processes on one database", () => {
    let processes: ServerProcess[] = [];

    beforeAll(async () => {
      const env = {
        DATABASE_URL: server.databaseUrl,
        JOB_WORKERS: "false",
        LOG_LEVEL: "warn",
        RATE_LIMIT_POINTS: String(SMALL_BUDGET.points),
        RATE_LIMIT_POINTS_PER_REQUEST: String(SMALL_BUDGET.pointsPerRequest),
      };
      processes = await Promise.all([spawnServer(env), spawnServer(env), spawnServer(env)]);
    }, 120_000);
    afterAll(async () => {
      await Promise.all(processes.map((p) => p.stop()));
    });

    it("spends one budget: one at a time, a key gets its 429 at the same count as on one process", async () => {
      const header = { authorization: `Bearer ${await newKey(owner, "spread")}` };
      const clients = processes.map((p) => new GraphQLClient(p.url, header));
      expect((await untilLimited(clients)).answered).toBe(20);
    });

    it("spends one budget under parallel requests too: exactly 20 of 60 go through", async () => {
      const header = { authorization: `Bearer ${await newKey(owner, "burst")}` };
      const clients = processes.map((p) => new GraphQLClient(p.url, header));
      const answers = await Promise.all(
        Array.from({ length: 60 }, (_, i) => clients[i % clients.length].request(CHEAP)),
      );
      expect(answers.filter((a) => a.status === 200)).toHaveLength(20);
      expect(answers.filter((a) => a.status === 429)).toHaveLength(40);
    });
  });
});

describe("the default rate limits", () => {
  let server: TestServer;
  let owner: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer({ seed: true });
    owner = await signedIn(server, DEMO.owner);
  });
  afterAll(() => server?.stop());

  it("answer a burst of 2,000 requests from one key with 429s once 20,000 points are spent", async () => {
    const key = server.client({ authorization: `Bearer ${await newKey(owner, "burst")}` });
    const statuses: number[] = [];
    const queue = Array.from({ length: 2000 }, (_, i) => i);
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        while (queue.shift() !== undefined) statuses.push((await key.request(CHEAP)).status);
      }),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(Math.floor(20_000 / 11));
    expect(statuses.filter((s) => s === 429)).toHaveLength(2000 - Math.floor(20_000 / 11));
  });
});
