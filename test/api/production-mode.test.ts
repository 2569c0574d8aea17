import { stat } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import { resolve } from "node:path";
import { print } from "graphql";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { GraphQLClient } from "../support/graphql-client.js";
import { type ServerProcess, spawnServer } from "../support/process.js";
import { repoRoot } from "../support/server.js";

const INTROSPECTION = graphql(
  `query ProductionIntrospection { __schema { queryType { name } types { name } } }`,
);
const TIERS = graphql(`query ProductionTierCodes { tiers { code } }`);
const PERMISSIONS = graphql(`query ProductionPermissions { viewer { permissions } }`);
const SQL_OR_STACK =
  /relation "|column "|syntax error at|QueryFailedError|typeorm|\bat .+\.js:\d+|node_modules/i;

/** A GET with the bytes as they came over the wire (fetch would decompress them). */
function rawGet(url: string, headers: Record<string, string> = {}) {
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    bytes: number;
  }>((resolve, reject) => {
    const req = httpRequest(url, { headers }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes }));
    });
    req.on("error", reject);
    req.end();
  });
}

function post(url: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
}

describe("a production start", () => {
  let database: TestDatabase;
  let production: ServerProcess;
  let development: ServerProcess;

  beforeAll(async () => {
    database = await createTestDatabase();
    const env = { DATABASE_URL: database.url, JOB_WORKERS: "false" };
    // One after the other: the first applies the migrations.
    production = await spawnServer({ ...env, NODE_ENV: "production" });
    development = await spawnServer(env);
  }, 120_000);
  afterAll(async () => {
    await production?.stop();
    await development?.stop();
    await database?.drop();
  });

  it("refuses introspection and spells out no schema in its errors", async () => {
    const client = new GraphQLClient(production.url);
    const introspection = await client.request(INTROSPECTION);
    expect(introspection.status).toBe(400);
    expect(introspection.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(introspection.errors?.[0].message).toMatch(/introspection/i);

    const typo = await client.requestText("{ tierz { code } }");
    expect(typo.status).toBe(400);
    expect(typo.errors?.[0].message).not.toMatch(/did you mean/i);
    expect(JSON.stringify(typo.errors)).not.toContain("tiers");

    // Outside production both help integrators.
    const local = new GraphQLClient(development.url);
    expect((await local.query(INTROSPECTION)).__schema.queryType.name).toBe("Query");
    expect((await local.requestText("{ tierz { code } }")).errors?.[0].message).toMatch(
      /Did you mean "tiers"\?/,
    );
  });

  it("serves no landing page and no API explorer", async () => {
    const landing = await fetch(`${production.url}/graphql`, { headers: { accept: "text/html" } });
    expect(landing.headers.get("content-type")).not.toMatch(/text\/html/);
    expect(await landing.text()).not.toMatch(/<html/i);

    const explorer = await fetch(`${production.url}/graphiql`);
    expect(explorer.status).toBe(404);
    expect(explorer.headers.get("content-type")).toMatch(/application\/json/);
    const local = await fetch(`${development.url}/graphiql`);
    expect(local.status).toBe(200);
    expect(await local.text()).toMatch(/<html/i);
  });

  it("sends the security headers, and HSTS only over HTTPS", async () => {
    for (const path of ["/", "/customers", "/graphql?query=%7Bhealth%7Bstatus%7D%7D"]) {
      const answer = await fetch(`${production.url}${path}`, {
        headers: { "apollo-require-preflight": "1" },
      });
      const csp = answer.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).toContain("object-src 'none'");
      expect(answer.headers.get("x-frame-options")).toBe("DENY");
      expect(answer.headers.get("x-content-type-options")).toBe("nosniff");
      expect(answer.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(answer.headers.get("strict-transport-security")).toBeNull();
    }
    // Behind a TLS-terminating proxy on the same host.
    const secure = await fetch(`${production.url}/`, { headers: { "x-forwarded-proto": "https" } });
    expect(secure.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
  });

  it("compresses what it sends, caches hashed assets for a year and revalidates the page", async () => {
    const page = await rawGet(`${production.url}/`, { "accept-encoding": "gzip, br" });
    expect(page.status).toBe(200);
    expect(page.headers["cache-control"]).toBe("no-cache");
    const html = await (await fetch(`${production.url}/`)).text();
    const script = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();

    const plain = await rawGet(`${production.url}${script}`);
    const compressed = await rawGet(`${production.url}${script}`, { "accept-encoding": "gzip, br" });
    expect(compressed.status).toBe(200);
    expect(compressed.headers["content-encoding"]).toBe("br");
    expect(compressed.bytes).toBeLessThan(plain.bytes / 2);
    expect(compressed.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    // The files the build compressed, byte for byte: no request compresses them again.
    const built = resolve(repoRoot, "web/dist", `.${script}`);
    expect(compressed.bytes).toBe((await stat(`${built}.br`)).size);
    const gzip = await rawGet(`${production.url}${script}`, { "accept-encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gzip.bytes).toBe((await stat(`${built}.gz`)).size);

    const api = await rawGet(
      `${production.url}/graphql?query=${encodeURIComponent(print(graphql(`query ProductionTierNames { tiers { code name } }`)))}`,
      {
        "accept-encoding": "gzip",
        "apollo-require-preflight": "1",
      },
    );
    expect(api.status).toBe(200);
  });

  it("answers a fault with a code and an error id that the log line carries, and no database text", async () => {
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    try {
      await db.query("ALTER TABLE tier RENAME TO tier_away");
      const response = await post(production.url, JSON.stringify({ query: print(TIERS) }));
      const body = await response.text();
      expect(body).not.toMatch(SQL_OR_STACK);
      expect(body).not.toContain("tier_away");
      const error = (
        JSON.parse(body) as { errors: Array<{ message: string; extensions: Record<string, string> }> }
      ).errors[0];
      expect(error.extensions.code).toBe("INTERNAL_SERVER_ERROR");
      expect(error.extensions.errorId).toMatch(/^[0-9a-f-]{36}$/);
      expect(error.message).toContain(error.extensions.errorId);
      await expect.poll(() => production.output()).toContain(error.extensions.errorId);
      const logLine = production
        .output()
        .split("\n")
        .find((line) => line.includes(error.extensions.errorId));
      expect(logLine).toMatch(/relation \\?"tier\\?" does not exist/);
    } finally {
      await db.query("ALTER TABLE tier_away RENAME TO tier");
      await db.end();
    }
  });

  it("answers malformed bodies, oversized bodies and bad cookies with coded JSON in both modes", async () => {
    for (const server of [production, development]) {
      const malformed = await post(server.url, '{"query": "{ health { status } }"');
      expect(malformed.status).toBe(400);
      expect(malformed.headers.get("ratelimit-limit")).toBe("120");
      expect(await malformed.json()).toEqual({
        errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }],
      });

      const huge = await post(
        server.url,
        JSON.stringify({ query: "{ health { status } }", pad: "x".repeat(1_100_000) }),
      );
      expect(huge.status).toBe(413);
      expect(
        ((await huge.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions
          .code,
      ).toBe("PAYLOAD_TOO_LARGE");

      for (const cookie of ["rh_session=%", "rh_session=%E0%A4%A", "rh_session=; rh_session=\u00ff"]) {
        const answer = await post(server.url, JSON.stringify({ query: print(PERMISSIONS) }), {
          cookie,
        });
        expect(answer.status).toBe(200);
        expect(await answer.json()).toEqual({ data: { viewer: null } });
      }
    }
  });
});
