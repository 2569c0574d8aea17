import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import type { DataSource } from "typeorm";

export { RateLimiterRes };

export interface LimiterOptions {
  /** Names this limiter's rows in the shared table, e.g. "api" or "sign-in-ip". */
  keyPrefix: string;
  /** The budget per window. */
  points: number;
  /** The window's length. */
  durationSeconds: number;
  /** Once the budget is spent, refuse for this long (0: until the window ends). */
  blockSeconds?: number;
}

/**
 * A rate limiter (rate-limiter-flexible) whose counters live in PostgreSQL's `rate_limit` table,
 * so every server process on the database spends one budget. Each consume is one atomic upsert.
 * Windows run on wall-clock time: they measure real traffic, not business dates.
 */
export function postgresLimiter(dataSource: DataSource, options: LimiterOptions): RateLimiterPostgres {
  return new RateLimiterPostgres({
    storeClient: dataSource,
    storeType: "typeorm",
    tableName: "rate_limit",
    tableCreated: true,
    keyPrefix: options.keyPrefix,
    points: options.points,
    duration: options.durationSeconds,
    blockDuration: options.blockSeconds ?? 0,
  });
}

/** The library rejects with a `RateLimiterRes` when the budget is spent, with an Error on faults. */
export function isLimitReached(error: unknown): error is RateLimiterRes {
  return error instanceof RateLimiterRes;
}

/** How long a spent window's counter is kept after it ended, as the library itself keeps it. */
const EXPIRED_KEPT_MS = 60 * 60 * 1000;

/**
 * The shared `rate_limit` table's upkeep: counters of windows that ended (failed sign-ins among
 * them) are deleted, so the table holds only live budgets. The scheduled work runs it; wall-clock
 * time, like the windows.
 */
export class RateLimitStore {
  constructor(private readonly dataSource: DataSource) {}

  async purgeExpired(): Promise<number> {
    const [, deleted]: [unknown, number] = await this.dataSource.query(
      "DELETE FROM rate_limit WHERE expire < $1",
      [Date.now() - EXPIRED_KEPT_MS],
    );
    return deleted;
  }
}
