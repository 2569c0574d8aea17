import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { startTestServer, type TestServer } from "../support/server.js";

describe("the API and the SPA on one port", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ seed: true, now: "2026-11-22T12:00:00Z" });
  });
  afterAll(() => server?.stop());

  it("answers the health query with the database it uses and the clock's time", async () => {
    const data = await server
      .client()
      .query(graphql(`query FoundationHealth { health { status database databaseVersion serverTime } }`));
    expect(data.health.status).toBe("ok");
    expect(data.health.database).toBe("external");
    expect(data.health.databaseVersion).toMatch(/^\d+/);
    expect(data.health.serverTime).toBe("2026-11-22T12:00:00.000Z");

    server.clock.advanceDays(9);
    const later = await server
      .client()
      .query(graphql(`query FoundationServerTime { health { serverTime } }`));
    expect(later.health.serverTime).toBe("2026-12-01T12:00:00.000Z");
  });

  it("reports a healthy database on GET /healthz", async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok" });
  });

  it("lists the partner tiers of the demo data", async () => {
    const data = await server
      .client()
      .query(graphql(`query FoundationTiers { tiers { code trialDays trialsPerMonth resellingBp } }`));
    expect(data.tiers).toEqual([
      { code: "BRONZE", trialDays: 7, trialsPerMonth: 2, resellingBp: 1000 },
      { code: "SILVER", trialDays: 14, trialsPerMonth: 5, resellingBp: 5000 },
      { code: "GOLD", trialDays: 45, trialsPerMonth: 10, resellingBp: 7500 },
    ]);
  });

  it("answers a malformed query with a GraphQL error, not a crash", async () => {
    const result = await server.client().requestText("{ health { nope } }");
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toMatch(/Cannot query field "nope"/);
  });

  it("serves the SPA at the root and falls back to it for client-side routes", async () => {
    for (const path of ["/", "/status", "/customers/123"]) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/text\/html/);
      expect(await response.text()).toContain('<div id="root">');
    }
  });
});
