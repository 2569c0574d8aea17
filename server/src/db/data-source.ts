import pg from "pg";
import { DataSource } from "typeorm";
import { entities } from "./entities.js";
import { migrations } from "./migrations/index.js";

/**
 * 64-bit integers (money in minor units) arrive as numbers rather than strings; the bounds on
 * quantities and prices keep them within 2^53, and anything beyond is refused, never rounded.
 */
function safeInteger(value: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new RangeError(`${value} is beyond 2^53`);
  return number;
}

/**
 * An instant read from the database, holding the ISO text it prints as. A page of subscriptions
 * prints thousands of instants, and `Date#toISOString` costs more than reading them; while the
 * time is the one it was read with, the text made at reading is printed instead.
 */
export class ReadInstant extends Date {
  private readonly readAt: number;
  private readonly iso: string;

  constructor(time: number, iso: string) {
    super(time);
    this.readAt = time;
    this.iso = iso;
  }

  override toISOString(): string {
    return this.getTime() === this.readAt ? this.iso : super.toISOString();
  }
}

const digit = (text: string, at: number) => text.charCodeAt(at) - 48;
const twoDigits = (text: string, at: number) => digit(text, at) * 10 + digit(text, at + 1);

/**
 * An instant in UTC as PostgreSQL writes it, "2026-11-30 10:00:00.123456+00", read digit by
 * digit; null for any other form. Years before 1000 are left to the other readers.
 */
function utcInstant(text: string): ReadInstant | null {
  const length = text.length;
  if (length < 22 || length > 29 || text.charCodeAt(10) !== 32) return null;
  if (
    text.charCodeAt(length - 3) !== 43 ||
    text.charCodeAt(length - 2) !== 48 ||
    text.charCodeAt(length - 1) !== 48
  ) {
    return null;
  }
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  if (!(year >= 1000 && year <= 9999)) return null;
  const fraction = length - 3 - 20; // digits after the point, 0 when there is none
  let millis = 0;
  let printed = ".000";
  if (length > 22) {
    if (text.charCodeAt(19) !== 46 || fraction < 1 || fraction > 6) return null;
    millis =
      digit(text, 20) * 100 +
      (fraction > 1 ? digit(text, 21) * 10 : 0) +
      (fraction > 2 ? digit(text, 22) : 0);
    printed =
      fraction >= 3 ? text.slice(19, 23) : `${text.slice(19, 20 + fraction)}${"00".slice(fraction - 1)}`;
  }
  const time = Date.UTC(
    year,
    twoDigits(text, 5) - 1,
    twoDigits(text, 8),
    twoDigits(text, 11),
    twoDigits(text, 14),
    twoDigits(text, 17),
    millis,
  );
  if (Number.isNaN(time)) return null;
  return new ReadInstant(time, `${text.slice(0, 10)}T${text.slice(11, 19)}${printed}Z`);
}

/**
 * Instants in PostgreSQL's usual form, "2026-11-30 10:00:00.123456+00" (or "+05:30"): in UTC,
 * as the server's sessions are, read digit by digit; in another zone, by the JavaScript engine's
 * own ISO parser rather than the driver's regular expression: a page of subscriptions holds
 * thousands of them. Any other form (BC, infinity, an offset in seconds) goes to the driver's
 * parser, and so does anything the engine would not read.
 */
export function parseInstant(text: string): Date | string {
  const utc = utcInstant(text);
  if (utc) return utc;
  const length = text.length;
  if (length >= 22 && length <= 35 && text.charCodeAt(10) === 32 && text.charCodeAt(length - 1) !== 67) {
    const sign = text.charCodeAt(length - 3);
    const hoursOnly = sign === 43 || sign === 45; // "+HH" or "-HH"
    const iso = `${text.slice(0, 10)}T${text.slice(11)}${hoursOnly ? ":00" : ""}`;
    const date = new Date(iso);
    if (!Number.isNaN(date.getTime())) return date;
  }
  return driverInstant(text);
}

const driverInstant = pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ, "text") as (
  text: string,
) => Date | string;

const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (format === "binary") return pg.types.getTypeParser(oid, format);
    if (oid === pg.types.builtins.INT8) return safeInteger;
    if (oid === pg.types.builtins.TIMESTAMPTZ) return parseInstant;
    return pg.types.getTypeParser(oid, format);
  },
};

export function createDataSource(url: string, poolSize = 20): DataSource {
  return new DataSource({
    type: "postgres",
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: { max: poolSize, connectionTimeoutMillis: 10_000, types },
  });
}

/** Any number of servers may start at once against one database; one at a time prepares it. */
const STARTUP_LOCK = 7_140_221;

/**
 * Runs `work` while holding a database-wide lock, so concurrent starts do not race. The lock
 * belongs to a transaction kept open meanwhile, not to the session: behind a pooler in
 * transaction mode (pgbouncer) a session lock could be taken on one server connection and
 * released on another, while a transaction keeps its one connection until it ends, and the lock
 * goes with it even if this process dies.
 */
export async function withStartupLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    await runner.query("SELECT pg_advisory_xact_lock($1)", [STARTUP_LOCK]);
    const result = await work();
    await runner.commitTransaction();
    return result;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}

/** Applies pending migrations, each in its own transaction; returns their names. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: "each" });
  return applied.map((m) => m.name);
}
