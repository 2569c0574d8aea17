import type { Request, Response } from "express";
import type { EntityManager } from "typeorm";
import type { ApiKeyScope, MemberRole, Permission } from "./auth.js";
import type { Logger } from "./logger.js";

/**
 * Who is calling, resolved once per request from the session cookie or the API key; SYSTEM for
 * the scheduled work and the event subscribers.
 */
export interface Actor {
  kind: "USER" | "API_KEY" | "SYSTEM";
  /** The person; null for API keys. */
  userId: string | null;
  apiKeyId: string | null;
  apiKeyScope: ApiKeyScope | null;
  /** The account every service query is scoped to; null for vendor staff and people without one. */
  accountId: string | null;
  accountKind: "RESELLER" | "CUSTOMER" | null;
  role: MemberRole | null;
  isVendorStaff: boolean;
  permissions: ReadonlySet<Permission>;
  /** The session the request came with, for sign-out. */
  sessionId: string | null;
  /** Where the caller's signed-up account stands on its way to reselling; null for every other caller. */
  applying: ApplicantStanding | null;
}

/** A signed-up account's latest application to resell, for the reason a refusal gives. */
export interface ApplicantStanding {
  application: "NONE" | "PENDING" | "DECLINED";
  declineReason: string | null;
}

/** The product itself: renewals, trial ends, notices and event subscribers act as it. */
export const SYSTEM_ACTOR: Actor = Object.freeze({
  kind: "SYSTEM",
  userId: null,
  apiKeyId: null,
  apiKeyScope: null,
  accountId: null,
  accountKind: null,
  role: null,
  isVendorStaff: false,
  permissions: new Set<Permission>(),
  sessionId: null,
  applying: null,
});

/** What every resolver gets for one request. */
export interface RequestContext {
  /** The HTTP exchange; null for a request the product makes to its own API (see `internalRequest`). */
  req: Request | null;
  res: Response | null;
  log: Logger;
  actor: Actor | null;
  /** A real deployment: a programming slip is logged, not thrown at the caller. */
  production: boolean;
  /** The client's address (see `clientIp`) and user agent, for the audit log. */
  ip: string;
  userAgent: string | null;
  /** For a request the product makes to itself: the transaction its reads run in. */
  transaction?: EntityManager;
}

/** The HTTP request and response of a context that came over HTTP (sign-in sets cookies on them). */
export function httpOf(ctx: RequestContext): { req: Request; res: Response } {
  if (!ctx.req || !ctx.res) throw new Error("this operation needs an HTTP request");
  return { req: ctx.req, res: ctx.res };
}

/**
 * A request the product makes to its own API, such as a webhook's subject read as integrators
 * would read it: no HTTP exchange, the actor given, every read in `transaction`.
 */
export function internalRequest(actor: Actor, log: Logger, transaction: EntityManager): RequestContext {
  return { req: null, res: null, log, actor, production: true, ip: "internal", userAgent: null, transaction };
}

/** The caller of a resolver that the auth checker already let through. */
export function actorOf(ctx: RequestContext): Actor {
  if (!ctx.actor) throw new Error("resolver reached without an actor; is it missing @Authorized?");
  return ctx.actor;
}

/** The client's address; behind a proxy that TRUST_PROXY names, the one it forwarded. */
export function clientIp(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? "unknown";
}
