import { RateLimiterMemory, type RateLimiterRes } from "rate-limiter-flexible";
import type { DataSource } from "typeorm";
import type { Logger } from "../common/logger.js";
import { isLimitReached, postgresLimiter } from "../common/rate-limiter.js";
import type { RateLimits } from "../config/config.js";

/** A budget's state after a request spent from it: what the RateLimit-* headers say. */
export interface BudgetState {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window starts again. */
  resetSeconds: number;
}

function stateOf(result: RateLimiterRes, limit: number, allowed: boolean): BudgetState {
  return {
    allowed,
    limit,
    remaining: allowed ? result.remainingPoints : 0,
    resetSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)),
  };
}

/**
 * The endpoint's rate limits: a budget per caller kept in PostgreSQL, so every server process
 * spends the same one, and a per-process allowance for operations refused before they run.
 */
export class ApiRateLimiter {
  private readonly shared;
  private readonly refused;

  constructor(
    dataSource: DataSource,
    readonly limits: RateLimits,
    private readonly log: Logger,
  ) {
    this.shared = postgresLimiter(dataSource, {
      keyPrefix: "api",
      points: limits.points,
      durationSeconds: limits.windowSeconds,
    });
    this.refused = new RateLimiterMemory({
      keyPrefix: "api-refused",
      points: limits.refusedPerMinute,
      duration: 60,
    });
  }

  /** Spends an operation's cost from the caller's shared budget. */
  async spend(caller: string, cost: number): Promise<BudgetState> {
    const points = this.limits.pointsPerRequest + cost;
    try {
      return stateOf(await this.shared.consume(caller, points), this.limits.points, true);
    } catch (error) {
      if (isLimitReached(error)) return stateOf(error, this.limits.points, false);
      // The budget cannot be read (the database is away): the request itself will tell.
      this.log.warn({ err: error }, "rate limit store unavailable; request let through");
      return { allowed: true, limit: this.limits.points, remaining: this.limits.points, resetSeconds: 1 };
    }
  }

  /** Counts an operation refused before it ran against the client's per-process allowance. */
  async spendRefused(clientIp: string): Promise<BudgetState> {
    try {
      return stateOf(await this.refused.consume(clientIp, 1), this.limits.refusedPerMinute, true);
    } catch (error) {
      if (isLimitReached(error)) return stateOf(error, this.limits.refusedPerMinute, false);
      throw error;
    }
  }

  /** Whether the client already used up its allowance of refused operations. */
  async refusedExhausted(clientIp: string): Promise<BudgetState | null> {
    const result = await this.refused.get(clientIp);
    if (!result || result.consumedPoints < this.limits.refusedPerMinute) return null;
    return stateOf(result, this.limits.refusedPerMinute, false);
  }
}

/** The RateLimit-* headers (IETF draft) and, when refused, Retry-After. */
export function rateLimitHeaders(state: BudgetState): Array<[string, string]> {
  const headers: Array<[string, string]> = [
    ["RateLimit-Limit", String(state.limit)],
    ["RateLimit-Remaining", String(state.remaining)],
    ["RateLimit-Reset", String(state.resetSeconds)],
  ];
  if (!state.allowed) headers.push(["Retry-After", String(state.resetSeconds)]);
  return headers;
}
