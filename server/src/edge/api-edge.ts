import { type ApolloServerPlugin, HeaderMap } from "@apollo/server";
import type { ErrorRequestHandler, Request, RequestHandler, Response } from "express";
import { GraphQLError } from "graphql";
import { type Actor, clientIp, httpOf, type RequestContext } from "../common/context.js";
import type { OperationLimits } from "../config/config.js";
import { argumentWithBadText } from "./argument-checks.js";
import { OperationRefusedError, operationCost } from "./operation-limits.js";
import { type ApiRateLimiter, type BudgetState, rateLimitHeaders } from "./rate-limits.js";

/** Whose budget a request spends: its API key's, its session's, or its address's when anonymous. */
export function callerKey(actor: Actor | null, req: Request): string {
  if (actor?.apiKeyId) return `key:${actor.apiKeyId}`;
  if (actor?.sessionId) return `session:${actor.sessionId}`;
  return `ip:${clientIp(req)}`;
}

export function rateLimitedError(state: BudgetState): GraphQLError {
  return new GraphQLError(
    `Too many requests: this caller spent its budget of ${state.limit} points. Try again in ${state.resetSeconds} s.`,
    {
      extensions: {
        code: "RATE_LIMITED",
        retryAfterSeconds: state.resetSeconds,
        http: { status: 429, headers: new HeaderMap(rateLimitHeaders(state)) },
      },
    },
  );
}

export interface ApiEdgeOptions {
  limits: OperationLimits;
  rateLimiter: ApiRateLimiter;
  /** Who is calling; throws UNAUTHENTICATED for a wrong API key. */
  identify(req: Request): Promise<Actor | null>;
}

/**
 * What every operation passes once it is parsed and valid, in this order and before any resolver:
 * its cost against the limit (no database work yet, so a refused operation runs no SQL at all),
 * then who is calling, then the caller's rate-limit budget, which it spends by its cost.
 */
export function apiEdgePlugin(options: ApiEdgeOptions): ApolloServerPlugin<RequestContext> {
  const { limits, rateLimiter } = options;
  return {
    async requestDidStart() {
      let budget: BudgetState | null = null;
      return {
        async didResolveOperation({ schema, document, request, contextValue }) {
          const cost = operationCost(schema, document, request.variables, request.operationName);
          if (cost !== null && cost > limits.maxCost) {
            throw new OperationRefusedError(
              "QUERY_TOO_COMPLEX",
              `The operation costs ${cost}; the limit is ${limits.maxCost}. Ask for fewer items with \`first\`, or split it.`,
              limits.maxCost,
              cost,
            );
          }
          const badText = argumentWithBadText(document, request.variables);
          if (badText) {
            throw new GraphQLError(
              `${badText} must not contain control characters (such as \\u0000) or unpaired surrogates.`,
              { extensions: { code: "BAD_USER_INPUT", argument: badText, http: { status: 400 } } },
            );
          }
          const { req } = httpOf(contextValue);
          contextValue.actor = await options.identify(req);
          budget = await rateLimiter.spend(callerKey(contextValue.actor, req), cost ?? 0);
          if (!budget.allowed) throw rateLimitedError(budget);
        },
        async willSendResponse({ response, contextValue }) {
          // Refused before it ran: it spent the client's per-process allowance instead.
          const state = budget ?? (await rateLimiter.spendRefused(clientIp(httpOf(contextValue).req)));
          for (const [name, value] of rateLimitHeaders(state)) response.http.headers.set(name, value);
        },
      };
    },
  };
}

/**
 * A client that keeps sending operations refused before they run waits, answered without a
 * database round trip: those operations cost this process's CPU only.
 */
export function refusedOperationsGuard(rateLimiter: ApiRateLimiter): RequestHandler {
  return async (req, res, next) => {
    const exhausted = await rateLimiter.refusedExhausted(clientIp(req));
    if (!exhausted) return next();
    for (const [name, value] of rateLimitHeaders(exhausted)) res.setHeader(name, value);
    const { message, extensions } = rateLimitedError(exhausted);
    const { http: _http, ...answered } = extensions;
    res.status(429).json({ errors: [{ message, extensions: answered }] });
  };
}

/**
 * For the few routes outside GraphQL: spends `cost` from the caller's budget and sets the
 * RateLimit-* headers; over the budget it answers 429 itself and returns false.
 */
export async function spendOutsideGraphQL(
  rateLimiter: ApiRateLimiter,
  actor: Actor | null,
  req: Request,
  res: Response,
  cost: number,
): Promise<boolean> {
  const state = await rateLimiter.spend(callerKey(actor, req), cost);
  for (const [name, value] of rateLimitHeaders(state)) res.setHeader(name, value);
  if (state.allowed) return true;
  const { message, extensions } = rateLimitedError(state);
  const { http: _http, ...answered } = extensions;
  res.status(429).json({ errors: [{ message, extensions: answered }] });
  return false;
}

/** A body that never became an operation (not JSON, too large) spends the same allowance, with its headers. */
export function refusedBodyHeaders(rateLimiter: ApiRateLimiter): ErrorRequestHandler {
  return (error, req, res, next) => {
    rateLimiter.spendRefused(clientIp(req)).then(
      (state) => {
        for (const [name, value] of rateLimitHeaders(state)) res.setHeader(name, value);
        next(error);
      },
      () => next(error),
    );
  };
}
