import type { Request } from "express";
import { GraphQLError } from "graphql";
import { type Actor, type RequestContext, SYSTEM_ACTOR } from "../common/context.js";
import type { UnitOfWork } from "../db/unit-of-work.js";
import type { AuthService } from "./auth.service.js";
import { readCookie, SESSION_COOKIE } from "./session-cookie.js";

/**
 * Who sent a request: the API key when one is sent (and then it must be valid), else the session
 * cookie, else nobody.
 */
export type Identify = (req: Request) => Promise<Actor | null>;

/**
 * How requests are identified: `identify` for plain HTTP routes, and `identifyForGraphQL`, where
 * a refused API key answers HTTP 401.
 */
export function requestIdentity(
  auth: AuthService,
  work: UnitOfWork,
  /** Told of every request an API key made, once it is known to be valid. */
  onApiKeyUse?: (actor: Actor, req: Request) => Promise<void>,
): { identify: Identify; identifyForGraphQL: Identify } {
  // Nobody is known yet: the lookup itself acts as the product.
  const lookup = () => work.read(SYSTEM_ACTOR);

  const find: Identify = async (req) => {
    const authorization = req.headers.authorization;
    if (authorization?.startsWith("Bearer ")) {
      const actor = await auth.actorFromApiKey(lookup(), authorization.slice(7).trim());
      await onApiKeyUse?.(actor, req);
      return actor;
    }
    const token = readCookie(req, SESSION_COOKIE);
    return token ? auth.actorFromSession(lookup(), token) : null;
  };
  // Once per request, however many steps ask (the large-body check, then the operation).
  const known = new WeakMap<Request, Promise<Actor | null>>();
  const identify: Identify = (req) => {
    let actor = known.get(req);
    if (!actor) {
      actor = find(req);
      known.set(req, actor);
    }
    return actor;
  };

  const identifyForGraphQL: Identify = async (req) => {
    try {
      return await identify(req);
    } catch (error) {
      if (!(error instanceof GraphQLError) || error.extensions.code !== "UNAUTHENTICATED") throw error;
      throw new GraphQLError(error.message, {
        extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
      });
    }
  };

  return { identify, identifyForGraphQL };
}

/**
 * The caller of an operation open to anyone: the signed-in person or key, or else the product
 * acting for a stranger (who can only read, sign in, or use a mailed link).
 */
export function anyCaller(ctx: RequestContext): Actor {
  return ctx.actor ?? SYSTEM_ACTOR;
}
