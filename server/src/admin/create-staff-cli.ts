import "reflect-metadata";
import { pino } from "pino";
import { TOKEN_LIFETIME_MS, TokenService } from "../auth/token.service.js";
import { systemClock } from "../common/clock.js";
import { SYSTEM_ACTOR } from "../common/context.js";
import { UserErrorsException } from "../common/errors.js";
import { Links } from "../common/links.js";
import { type Config, loadConfig } from "../config/config.js";
import { migrate, withStartupLock } from "../db/data-source.js";
import { type Database, openDatabase } from "../db/database.js";
import { UnitOfWork } from "../db/unit-of-work.js";
import { JobQueue } from "../jobs/job-queue.js";
import { StaffService, staffEmail } from "./staff.service.js";

/**
 * `pnpm admin:create-staff you@vendor.example`: makes a vendor-staff user in the configured
 * database and prints their activation link. It is how a deployment gets its first staff login,
 * since staff cannot be invited through the API. Refusals are one line on stderr and exit code 1.
 */

function fail(message: string): never {
  process.stderr.write(`create-staff: ${message}\n`);
  process.exit(1);
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const USAGE = "give one email address, e.g. pnpm admin:create-staff you@vendor.example";

// Logs go to stderr, so stdout holds only what a person needs.
const log = pino({ level: "warn", base: { service: "reseller-hub" } }, pino.destination(2));

async function open(config: Config): Promise<Database> {
  try {
    return await openDatabase(config, log);
  } catch (error) {
    if (!config.databaseUrl && /another server/.test(reason(error))) {
      fail(
        `a running server holds the embedded PostgreSQL in ${config.dataDir}, and this command cannot start a second one there; stop the server, run this command, then start the server again (or use DATABASE_URL)`,
      );
    }
    return fail(reason(error));
  }
}

const args = process.argv.slice(2);
if (args.length !== 1 || args[0].startsWith("-")) fail(USAGE);
let config: Config;
let email: string;
try {
  config = loadConfig();
  email = staffEmail(args[0]);
} catch (error) {
  fail(reason(error));
}

const database = await open(config);
let refusal: string | null = null;
try {
  const { dataSource } = database;
  await withStartupLock(dataSource, () => migrate(dataSource));
  const publicUrl = config.publicUrl ?? `http://localhost:${config.port}`;
  const staff = new StaffService(new TokenService(systemClock), new Links(() => publicUrl), systemClock);
  // The invitation publishes no events, so this unit of work's queue is never started.
  const work = new UnitOfWork(dataSource, systemClock, new JobQueue(database.url, config.jobs, log), log);
  const invitation = await work.run(SYSTEM_ACTOR, (ctx) => staff.invite(ctx, email));
  const hours = TOKEN_LIFETIME_MS / 3_600_000;
  if (!config.publicUrl) {
    process.stderr.write(`PUBLIC_URL is not set, so the link starts with ${publicUrl}.\n`);
  }
  process.stdout.write(
    [
      invitation.created
        ? `Vendor-staff user ${invitation.email} created; it can sign in once a password is set through this link:`
        : `${invitation.email} is a vendor-staff user who has not set a password yet; earlier links no longer work. A new one:`,
      "",
      `  ${invitation.link}`,
      "",
      `The link works once and expires in ${hours} hours (${invitation.expiresAt.toISOString()}).`,
      "",
    ].join("\n"),
  );
} catch (error) {
  refusal = error instanceof UserErrorsException ? error.message : reason(error);
} finally {
  await database.close();
}
if (refusal) fail(refusal);
