import { isIPv6 } from "node:net";
import type { RateLimiterPostgres } from "rate-limiter-flexible";
import type { DataSource } from "typeorm";
import { sha256 } from "../common/crypto.js";
import { isLimitReached, postgresLimiter, type RateLimiterRes } from "../common/rate-limiter.js";
import type { SignInConfig } from "../config/config.js";

const DAY_SECONDS = 24 * 60 * 60;

export interface SignInRefusal {
  /** EMAIL: this email from this address; ADDRESS: anything from this address. */
  scope: "EMAIL" | "ADDRESS";
  retryAt: Date;
}

/**
 * The client address sign-in limits count by. An IPv6 client is usually given a whole /64 and
 * can pick any address in it, so it counts as that /64; an IPv4 address mapped into IPv6
 * counts as itself.
 */
export function attemptSource(ip: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) return mapped[1];
  if (!isIPv6(ip)) return ip;
  const [head, tail] = ip.split("%")[0].toLowerCase().split("::");
  const groups = (part: string | undefined) => (part ? part.split(":") : []);
  // A trailing dotted IPv4 part fills two groups.
  const width = (parts: string[]) => parts.reduce((n, g) => n + (g.includes(".") ? 2 : 1), 0);
  const left = groups(head);
  const right = groups(tail);
  const full =
    tail === undefined
      ? left
      : [...left, ...Array<string>(8 - width(left) - width(right)).fill("0"), ...right];
  return `${full
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(":")}::/64`;
}

/**
 * Limits on failed sign-ins that strangers cannot turn against the owner (rate-limiter-flexible's
 * login endpoint protection). Failures count per email and client address together, so tries
 * from one address never lock the owner out from another; and per address across all emails, so
 * one machine cannot try many accounts. Counters live in PostgreSQL, shared by every server
 * process. Windows run on wall-clock time (the library's Date.now()), not the business clock:
 * they measure traffic, and no business date depends on them.
 */
export class SignInThrottle {
  private readonly byEmail: RateLimiterPostgres;
  private readonly byAddress: RateLimiterPostgres;

  constructor(dataSource: DataSource, limits: SignInConfig) {
    this.byEmail = postgresLimiter(dataSource, {
      keyPrefix: "sign-in-email-ip",
      points: limits.lockoutAttempts,
      durationSeconds: limits.lockoutSeconds,
      blockSeconds: limits.lockoutSeconds,
    });
    this.byAddress = postgresLimiter(dataSource, {
      keyPrefix: "sign-in-ip",
      points: limits.ipAttemptsPerDay,
      durationSeconds: DAY_SECONDS,
      blockSeconds: DAY_SECONDS,
    });
  }

  /**
   * Spends one try of both budgets before the password is checked, or says when to come back.
   * Spending first is what holds under parallel tries: each spend is one atomic upsert, so no
   * more tries reach the password check than the budget allows. A right password gets its try
   * back through `succeeded`.
   */
  async spend(email: string, ip: string): Promise<SignInRefusal | null> {
    const keys = this.keys(email, ip);
    const [emailState, addressState] = await Promise.all([
      this.byEmail.get(keys.email),
      this.byAddress.get(keys.address),
    ]);
    // Refused tries write nothing, so hammering a lock does not extend it.
    if (addressState && addressState.consumedPoints > this.byAddress.points) {
      return refusal("ADDRESS", addressState);
    }
    if (emailState && emailState.consumedPoints > this.byEmail.points) return refusal("EMAIL", emailState);

    try {
      await this.byEmail.consume(keys.email);
    } catch (error) {
      if (!isLimitReached(error)) throw error;
      return refusal("EMAIL", error);
    }
    try {
      await this.byAddress.consume(keys.address);
    } catch (error) {
      if (!isLimitReached(error)) throw error;
      // This try never reaches the check, so it is not a failure of the email.
      await this.byEmail.reward(keys.email);
      return refusal("ADDRESS", error);
    }
    return null;
  }

  /** A right password: this email's failures from this address are forgotten, the try refunded. */
  async succeeded(email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip);
    await Promise.all([this.byEmail.delete(keys.email), this.byAddress.reward(keys.address)]);
  }

  private keys(email: string, ip: string): { email: string; address: string } {
    const address = attemptSource(ip);
    // Hashed: a key fits the table's 255 characters whatever the email, and holds no address book.
    return { email: sha256(`${email}\n${address}`), address };
  }
}

function refusal(scope: SignInRefusal["scope"], state: RateLimiterRes): SignInRefusal {
  const at = Date.now() + Math.max(state.msBeforeNext, 0);
  return { scope, retryAt: new Date(Math.ceil(at / 1000) * 1000) };
}
