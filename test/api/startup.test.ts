import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { GraphQLClient } from "../support/graphql-client.js";
import { embeddedDatabaseUrl, runServerToExit, spawnServer } from "../support/process.js";

const TIERS = graphql(`query StartupTiers { tiers { code } }`);

describe("starting the server as its own process", () => {
  const folders: string[] = [];
  afterAll(async () => {
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  });

  it("starts its own PostgreSQL without DATABASE_URL, and keeps the data across a restart", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "reseller-hub-data-"));
    folders.push(dataDir);

    const first = await spawnServer({ DATA_DIR: dataDir });
    expect(first.output()).toContain("using the embedded PostgreSQL started by this server");
    expect(first.output()).toContain("demo data loaded into the empty database");
    const health = await new GraphQLClient(first.url).query(
      graphql(`query StartupDatabase { health { database } }`),
    );
    expect(health.health.database).toBe("embedded");

    // Something written straight to the database must still be there after a restart.
    const db = new pg.Client({ connectionString: embeddedDatabaseUrl(first.output()) });
    await db.connect();
    await db.query(
      `INSERT INTO tier (code, name, trial_days, trials_per_month, reselling_bp, rank)
       VALUES ('PLATINUM', 'Platinum', 60, 20, 8000, 4)`,
    );
    await db.end();

    expect(await first.stop("SIGTERM")).toBe(0);
    expect(first.output()).toContain('"msg":"stopped"');

    const second = await spawnServer({ DATA_DIR: dataDir });
    try {
      expect(second.output()).not.toContain("initialising the embedded PostgreSQL");
      expect(second.output()).not.toContain("demo data loaded");
      const tiers = await new GraphQLClient(second.url).query(TIERS);
      expect(tiers.tiers.map((t) => t.code)).toEqual(["BRONZE", "SILVER", "GOLD", "PLATINUM"]);
    } finally {
      expect(await second.stop("SIGINT")).toBe(0);
    }
  });

  it("ends with one clear line when DATABASE_URL points nowhere", async () => {
    const result = await runServerToExit({ DATABASE_URL: "postgres://reseller:secret@127.0.0.1:1/nowhere" });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Reseller Hub could not start: cannot connect to the database at postgres:\/\//,
    );
    expect(lines[0]).toContain("ECONNREFUSED");
    expect(lines[0]).not.toContain("secret");
    expect(result.stdout).not.toMatch(/\bat .+\.js:\d+/);
  });
});
