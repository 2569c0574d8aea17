import { GraphQLError } from "graphql";
import type { AuthCheckerFn, ClassType, MiddlewareFn } from "type-graphql";
import { AuthenticationError, Authorized, Mutation, Query, UseMiddleware } from "type-graphql";
import { Permission } from "./auth.js";
import type { ApplicantStanding, RequestContext } from "./context.js";
import { BadInputError, type UserErrorCode } from "./errors.js";
import { refusalOf } from "./validation.js";

/** Who may call an operation: holders of a permission, anyone signed in, or anyone at all. */
export type Access = Permission | "SIGNED_IN" | "ANYONE";

function accessLine(access: Access): string {
  if (access === "ANYONE") return "Open to anyone.";
  if (access === "SIGNED_IN") return "Needs a signed-in caller.";
  return `Needs permission ${access}.`;
}

function applyAccess(access: Access): MethodDecorator | null {
  if (access === "ANYONE") return null;
  return access === "SIGNED_IN" ? Authorized() : Authorized(access);
}

/** The description integrators read: what it does, who may call it, and what it may refuse with. */
function describe(description: string, access: Access, codes: readonly UserErrorCode[] | null): string {
  const lines = [description, accessLine(access)];
  if (codes)
    lines.push(codes.length > 0 ? `Refuses with ${codes.join(", ")}.` : "Refuses with no code of its own.");
  return lines.join("\n\n");
}

function compose(...decorators: Array<MethodDecorator | null>): MethodDecorator {
  return (target, key, descriptor) => {
    for (const decorate of decorators) decorate?.(target, key, descriptor);
  };
}

/**
 * A mutation that answers expected failures in its payload's `userErrors`. It enforces the
 * access it names and lists, in its schema description, that access and every code it may
 * refuse with; a refusal with a code it did not declare is a fault.
 */
export function DomainMutation(
  payload: () => ClassType,
  options: { access: Access; refuses: readonly UserErrorCode[]; description: string },
): MethodDecorator {
  const codes = [...new Set(options.refuses)].sort();
  return compose(
    Mutation(payload, { description: describe(options.description, options.access, codes) }),
    UseMiddleware(refusalsAsUserErrors(new Set(codes))),
    applyAccess(options.access),
  );
}

/**
 * A query whose bad arguments answer a top-level `BAD_USER_INPUT` error naming the argument. It
 * enforces the access it names and writes it into its schema description. A query answering with
 * a payload type lists `refuses` instead: its refusals fill the payload's `userErrors`, as a
 * mutation's do.
 */
export function DomainQuery(
  returns: Parameters<typeof Query>[0],
  options: { access: Access; description: string; nullable?: boolean; refuses?: readonly UserErrorCode[] },
): MethodDecorator {
  const codes = options.refuses ? [...new Set(options.refuses)].sort() : null;
  return compose(
    Query(returns, {
      nullable: options.nullable,
      description: describe(options.description, options.access, codes),
    }),
    UseMiddleware(codes ? refusalsAsUserErrors(new Set(codes)) : refusalsAsBadInput),
    applyAccess(options.access),
  );
}

/** Turns a refusal, or input that failed validation, into the payload's `userErrors`. */
function refusalsAsUserErrors(declared: ReadonlySet<UserErrorCode>): MiddlewareFn<RequestContext> {
  return async ({ info, context }, next) => {
    let result: unknown;
    try {
      result = await next();
    } catch (error) {
      const userErrors = refusalOf(
        error,
        info.fieldNodes[0]?.arguments?.some((a) => a.name.value === "input"),
      );
      if (!userErrors) throw error;
      const undeclared = userErrors.filter((e) => !declared.has(e.code));
      if (undeclared.length > 0) {
        const message = `${info.fieldName} refused with undeclared ${undeclared.map((e) => e.code).join(", ")}`;
        if (!context.production) throw new Error(message);
        context.log.error({ operation: info.fieldName }, message);
      }
      return { userErrors };
    }
    return { ...(result as object), userErrors: [] };
  };
}

/** A query's refusal is a top-level `BAD_USER_INPUT` error naming the argument at fault. */
const refusalsAsBadInput: MiddlewareFn<RequestContext> = async (_data, next) => {
  try {
    return await next();
  } catch (error) {
    if (error instanceof BadInputError) throw error;
    const [first] = refusalOf(error) ?? [];
    if (!first) throw error;
    throw new BadInputError(first.field ?? "input", first.message, first.code);
  }
};

/** The refusal of an account that signed up and cannot resell yet, saying why and what to do. */
function notYetReseller(standing: ApplicantStanding): GraphQLError {
  const reasons = {
    NONE: ["RESELLER_APPLICATION_MISSING", "Your company is not a reseller yet: apply to resell first."],
    PENDING: [
      "RESELLER_APPLICATION_PENDING",
      "Your application to resell is waiting for the vendor's review; reseller features open once it is approved.",
    ],
    DECLINED: [
      "RESELLER_APPLICATION_DECLINED",
      `Your application to resell was declined: ${standing.declineReason ?? "no reason given"}. You may apply again.`,
    ],
  } as const;
  const [reason, message] = reasons[standing.application];
  return new GraphQLError(message, { extensions: { code: "FORBIDDEN", reason } });
}

/** The one auth checker: signed in, and holding every permission the resolver names. */
export const authChecker: AuthCheckerFn<RequestContext, Permission> = ({ context }, required) => {
  const actor = context.actor;
  if (!actor) throw new AuthenticationError("Sign in, or send an API key, to do this.");
  const missing = required.filter((permission) => !actor.permissions.has(permission));
  // An applicant lacks what a reseller holds; staff operations get the plain refusal below.
  if (missing.length > 0 && actor.applying && !missing.includes(Permission.VENDOR_ADMIN)) {
    throw notYetReseller(actor.applying);
  }
  if (missing.length > 0) {
    throw new GraphQLError(`You do not have permission to do this (needs ${missing.join(", ")}).`, {
      extensions: { code: "FORBIDDEN" },
    });
  }
  return true;
};
