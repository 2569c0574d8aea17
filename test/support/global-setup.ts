import { spawn } from "node:child_process";
import { chmod, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** A superuser URL of the PostgreSQL the tests make their databases on. */
    adminDatabaseUrl: string;
    databaseKind: "embedded" | "external";
  }
}

/** A fresh folder the "postgres" system user can reach when the tests run as root. */
async function clusterFolder(): Promise<string> {
  const parent = await mkdtemp(join(tmpdir(), "reseller-hub-test-pg-"));
  await chmod(parent, 0o755);
  return join(parent, "data");
}

/**
 * One PostgreSQL for the whole run: the server from DATABASE_URL when it is set, or else an
 * embedded one in a temporary folder, run by `test-postgres.mjs` in a process of its own and
 * removed at the end. Each test file makes its own database on it (see support/server.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.DATABASE_URL;
  if (external) {
    project.provide("adminDatabaseUrl", external);
    project.provide("databaseKind", "external");
    return async () => {};
  }
  const script = join(dirname(fileURLToPath(import.meta.url)), "test-postgres.mjs");
  const child = spawn(process.execPath, [script, await clusterFolder()], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<number | null>((done) => child.once("exit", done));
  const port = await new Promise<string>((ready, fail) => {
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready (\d+)/.exec(output);
      if (match) ready(match[1]);
    });
    void exited.then((code) => fail(new Error(`the test PostgreSQL exited with ${code}: ${output}`)));
  });
  project.provide("adminDatabaseUrl", `postgres://postgres:postgres@127.0.0.1:${port}/postgres`);
  project.provide("databaseKind", "embedded");
  return async () => {
    child.kill("SIGTERM");
    await exited;
  };
}
