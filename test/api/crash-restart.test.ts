import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { GraphQLClient } from "../support/graphql-client.js";
import { embeddedDatabaseUrl, runServerToExit, spawnServer } from "../support/process.js";

const HEALTH = graphql(`query RestartDatabase { health { database } }`);
const TIERS = graphql(`query RestartTiers { tiers { code } }`);

/** The pid PostgreSQL wrote into its data folder, or undefined when it left none. */
function postmasterPid(dataDir: string): number | undefined {
  const pidFile = join(dataDir, "pg", "postmaster.pid");
  return existsSync(pidFile) ? Number(readFileSync(pidFile, "utf8").split("\n")[0]) : undefined;
}

/** A zombie counts as gone: it has exited and only waits for its new parent to reap it. */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(")") + 2));
  } catch {
    return false;
  }
}

async function gone(pid: number, timeoutMs = 10_000): Promise<boolean> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    if (!isRunning(pid)) return true;
    await new Promise((wake) => setTimeout(wake, 100));
  }
  return !isRunning(pid);
}

// Each test starts the server, with its own PostgreSQL, two or three times.
describe("the embedded PostgreSQL after the server is killed", { timeout: 120_000 }, () => {
  const folders: string[] = [];
  const leftovers: number[] = [];
  afterAll(async () => {
    // A failed run must not leave a PostgreSQL behind on a folder that is about to be removed.
    for (const pid of leftovers) if (isRunning(pid)) process.kill(pid, "SIGINT");
    for (const pid of leftovers) await gone(pid);
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  });

  async function freshDataDir(): Promise<string> {
    const dataDir = await mkdtemp(join(tmpdir(), "reseller-hub-crash-"));
    folders.push(dataDir);
    return dataDir;
  }

  it("starts again on the same data folder after a SIGKILL, with the data written before it", async () => {
    const dataDir = await freshDataDir();
    const first = await spawnServer({ DATA_DIR: dataDir });
    const health = await new GraphQLClient(first.url).query(HEALTH);
    expect(health.health.database).toBe("embedded");

    const db = new pg.Client({ connectionString: embeddedDatabaseUrl(first.output()) });
    await db.connect();
    await db.query(
      `INSERT INTO tier (code, name, trial_days, trials_per_month, reselling_bp, rank)
       VALUES ('PLATINUM', 'Platinum', 60, 20, 8000, 4)`,
    );
    await db.end();

    const orphan = postmasterPid(dataDir);
    expect(orphan).toBeGreaterThan(0);
    leftovers.push(orphan as number);
    expect(await first.stop("SIGKILL")).toBeNull();
    // Nothing stopped the server's PostgreSQL: it outlives the server and still holds the folder.
    expect(isRunning(orphan as number)).toBe(true);
    expect(postmasterPid(dataDir)).toBe(orphan);

    const second = await spawnServer({ DATA_DIR: dataDir });
    let newPostmaster: number | undefined;
    try {
      expect(second.output()).toContain("stopped the embedded PostgreSQL left running by an earlier server");
      expect(second.output()).not.toContain("demo data loaded");
      expect(isRunning(orphan as number)).toBe(false);
      newPostmaster = postmasterPid(dataDir);
      expect(newPostmaster).toBeGreaterThan(0);
      expect(newPostmaster).not.toBe(orphan);
      leftovers.push(newPostmaster as number);

      const client = new GraphQLClient(second.url);
      const again = await client.query(HEALTH);
      expect(again.health.database).toBe("embedded");
      const tiers = await client.query(TIERS);
      expect(tiers.tiers.map((t) => t.code)).toEqual(["BRONZE", "SILVER", "GOLD", "PLATINUM"]);
    } finally {
      expect(await second.stop("SIGTERM")).toBe(0);
    }
    expect(await gone(newPostmaster as number)).toBe(true);
    expect(postmasterPid(dataDir)).toBeUndefined();
  });

  it("leaves the PostgreSQL of a server that is still running alone, and says so in one line", async () => {
    const dataDir = await freshDataDir();
    const first = await spawnServer({ DATA_DIR: dataDir });
    const postmaster = postmasterPid(dataDir) as number;
    leftovers.push(postmaster);
    try {
      const second = await runServerToExit({ DATA_DIR: dataDir });
      expect(second.code).toBe(1);
      const lines = second.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /^Reseller Hub could not start: the embedded PostgreSQL in .+ belongs to another server that is still running \(pid \d+\)/,
      );
      expect(lines[0]).toContain(`(pid ${first.process.pid})`);

      expect(isRunning(postmaster)).toBe(true);
      expect(postmasterPid(dataDir)).toBe(postmaster);
      const health = await new GraphQLClient(first.url).query(HEALTH);
      expect(health.health.database).toBe("embedded");
    } finally {
      expect(await first.stop("SIGTERM")).toBe(0);
    }
    expect(await gone(postmaster)).toBe(true);
  });
});
