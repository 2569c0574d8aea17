import { type ChildProcess, spawn } from "node:child_process";
import { resolve } from "node:path";
import { freePort } from "../../server/src/db/embedded.js";
import { repoRoot } from "./server.js";

export interface ServerProcess {
  url: string;
  process: ChildProcess;
  /** Everything the process wrote so far, stdout and stderr together. */
  output(): string;
  /**
   * Sends a signal and resolves with the exit code. A process still running 30 s later (twice
   * the server's own limit on a graceful stop) is killed, and the promise rejects saying so.
   */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface ExitedProcess {
  code: number | null;
  stdout: string;
  stderr: string;
}

const serverMain = resolve(repoRoot, "server/dist/main.js");
/** How long a stopped server may take to exit before it is killed. */
const STOP_LIMIT_MS = 30_000;
/** The built server with its clock set from TEST_NOW. */
export const clockedServerMain = resolve(repoRoot, "test/support/clocked-server.mjs");

function launch(
  env: Record<string, string | undefined>,
  entry = serverMain,
  args: string[] = [],
): ChildProcess {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  return spawn(process.execPath, [entry, ...args], {
    env: { ...base, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Runs the built server (`node server/dist/main.js`) as its own process and waits until it serves. */
export async function spawnServer(
  env: Record<string, string | undefined> = {},
  entry = serverMain,
): Promise<ServerProcess> {
  const port = await freePort();
  const child = launch({ PORT: String(port), ...env }, entry);
  let output = "";
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  await new Promise<void>((ready, fail) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Reseller Hub is running at")) ready();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    void exited.then((code) => fail(new Error(`server exited with ${code} before it was ready:\n${output}`)));
  });
  return {
    url: `http://localhost:${port}`,
    process: child,
    output: () => output,
    async stop(signal = "SIGTERM") {
      child.kill(signal);
      let timer: NodeJS.Timeout | undefined;
      const stuck = new Promise<never>((_, fail) => {
        timer = setTimeout(() => {
          child.kill("SIGKILL");
          void exited.then(() =>
            fail(
              new Error(`the server ignored ${signal} for ${STOP_LIMIT_MS} ms and was killed:\n${output}`),
            ),
          );
        }, STOP_LIMIT_MS);
      });
      try {
        return await Promise.race([exited, stuck]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** Runs the built server and waits for it to exit on its own, e.g. because it cannot start. */
export function runServerToExit(env: Record<string, string | undefined>): Promise<ExitedProcess> {
  return runToExit(launch(env));
}

/** Runs a built command of the server, e.g. `admin/create-staff-cli.js`, to its end. */
export function runCommand(
  command: string,
  args: string[],
  env: Record<string, string | undefined>,
): Promise<ExitedProcess> {
  return runToExit(launch(env, resolve(repoRoot, "server/dist", command), args));
}

function runToExit(child: ChildProcess): Promise<ExitedProcess> {
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (c: Buffer) => {
    stdout += c.toString();
  });
  child.stderr?.on("data", (c: Buffer) => {
    stderr += c.toString();
  });
  // "close", not "exit": only then has all the output arrived.
  return new Promise((done) => child.once("close", (code) => done({ code, stdout, stderr })));
}

/** The embedded PostgreSQL's URL, as a server spawned without DATABASE_URL logs it (password hidden). */
export function embeddedDatabaseUrl(output: string): string {
  const match = output.match(/postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:(\d+)\/reseller_hub/);
  if (!match) throw new Error(`no embedded database URL in the log:\n${output}`);
  return `postgres://postgres:postgres@127.0.0.1:${match[1]}/reseller_hub`;
}
