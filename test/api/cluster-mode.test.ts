import { execFileSync } from "node:child_process";
import { get } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { GraphQLClient } from "../support/graphql-client.js";
import { type ServerProcess, spawnServer } from "../support/process.js";

const HEALTH = graphql(`query ClusterHealth { health { status } }`);
const TOKEN = "cluster-metrics-token";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * `GET /healthz` on a connection of its own, as a new visitor would send it; a kept-alive
 * connection to a process that was just killed would fail for reasons that are not the server's.
 */
function healthStatus(url: string): Promise<number> {
  return new Promise((done, fail) => {
    get(`${url}/healthz`, { agent: false }, (answer) => {
      answer.resume();
      answer.on("end", () => done(answer.statusCode ?? 0));
    }).on("error", fail);
  });
}

/** The server processes the primary runs, by process id. */
function workersOf(primary: ServerProcess): number[] {
  try {
    const out = execFileSync("ps", ["--ppid", String(primary.process.pid), "-o", "pid="], {
      encoding: "utf8",
    });
    return out.split("\n").map(Number).filter(Boolean);
  } catch {
    return [];
  }
}

describe("WEB_CONCURRENCY=2", () => {
  let database: TestDatabase;
  let primary: ServerProcess;

  beforeAll(async () => {
    database = await createTestDatabase();
    primary = await spawnServer({
      DATABASE_URL: database.url,
      WEB_CONCURRENCY: "2",
      METRICS_TOKEN: TOKEN,
      JOB_WORKERS: "false",
      SEED_DEMO: "false",
      LOG_LEVEL: "warn",
    });
  }, 120_000);
  afterAll(async () => {
    if (primary && primary.process.exitCode === null) await primary.stop("SIGKILL");
    await database?.drop();
  });

  it("serves on one port from two processes and reports their metrics together", async () => {
    expect(primary.output()).toContain("Processes: 2 (WEB_CONCURRENCY)");
    expect(workersOf(primary)).toHaveLength(2);
    const client = new GraphQLClient(primary.url);
    for (let i = 0; i < 8; i++) expect((await client.query(HEALTH)).health.status).toBe("ok");
    // Whichever process answers the scrape, it counts the requests both of them served.
    const series =
      'reseller_hub_graphql_operation_duration_seconds_count{operation="ClusterHealth",type="query",outcome="ok"} 8';
    for (let i = 0; i < 3; i++) {
      const answer = await fetch(`${primary.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(answer.status).toBe(200);
      expect((await answer.text()).split("\n")).toContain(series);
    }
  });

  it("replaces a process that dies, and keeps answering meanwhile", async () => {
    const [victim, survivor] = workersOf(primary);
    process.kill(victim, "SIGKILL");
    const waitFor = async (done: (workers: number[]) => boolean): Promise<number[]> => {
      let workers = workersOf(primary);
      for (let waited = 0; !done(workers) && waited < 30_000; waited += 100) {
        await sleep(100);
        workers = workersOf(primary);
      }
      return workers;
    };
    // Once the primary has seen the death, the other process takes every new connection while
    // the replacement starts. (A connection handed over in the very instant of the death is lost
    // with it, as with any balancer; the client's timeout and retry cover that.)
    await waitFor((workers) => !workers.includes(victim));
    for (let i = 0; i < 5; i++) expect(await healthStatus(primary.url)).toBe(200);
    const workers = await waitFor((w) => w.length === 2);
    expect(workers).toHaveLength(2);
    expect(workers).toContain(survivor);
    expect(workers).not.toContain(victim);
    for (let i = 0; i < 4; i++) expect(await healthStatus(primary.url)).toBe(200);
  });

  it("stops every process on SIGTERM", async () => {
    const workers = workersOf(primary);
    expect(await primary.stop("SIGTERM")).toBe(0);
    for (const pid of workers) {
      expect(() => process.kill(pid, 0)).toThrow();
    }
  });
});
