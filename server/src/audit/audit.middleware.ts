import { GraphQLError, type GraphQLSchema } from "graphql";
import type { AuthCheckerFn, MiddlewareFn, ResolverData } from "type-graphql";
import type { Permission } from "../common/auth.js";
import type { RequestContext } from "../common/context.js";
import type { AuditService } from "./audit.service.js";
import { type AuditScope, auditScope } from "./audit-scope.js";

function isRootMutation({ info }: ResolverData<RequestContext>): boolean {
  return info.parentType.name === "Mutation" && info.path.prev === undefined;
}

function scopeOf({ info, context }: ResolverData<RequestContext>): AuditScope {
  return {
    operation: info.fieldName,
    ip: context.ip ?? null,
    userAgent: context.userAgent ?? null,
    written: false,
  };
}

/**
 * Audits every root mutation: its transaction writes the success entry (see `UnitOfWork.run`);
 * a refusal, answered in `userErrors` after the rollback, gets an entry of its own here, and so
 * does a success that opened no transaction.
 */
export function auditMutations(audit: () => AuditService): MiddlewareFn<RequestContext> {
  return async (data, next) => {
    if (!isRootMutation(data)) return next();
    const scope = scopeOf(data);
    const result: unknown = await auditScope.run(scope, next);
    const codes =
      (result as { userErrors?: Array<{ code: string }> } | null)?.userErrors?.map((e) => e.code) ?? [];
    if (codes.length > 0) await audit().refused(scope, data.context.actor, codes);
    else if (!scope.written) await audit().succeeded(scope, data.context.actor);
    return result;
  };
}

/**
 * Puts `auditMutations` around each root mutation field of the schema, and nowhere else: a
 * middleware of every field would run, and allocate, for each of the thousands of fields a list
 * answers.
 */
export function auditRootMutations(schema: GraphQLSchema, audit: () => AuditService): GraphQLSchema {
  const middleware = auditMutations(audit);
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve;
    if (!resolve) continue;
    field.resolve = (root, args, context: RequestContext, info) =>
      middleware({ root, args, context, info }, async () => resolve(root, args, context, info));
  }
  return schema;
}

/** The auth checker, with a refused mutation (not signed in, or FORBIDDEN) written to the log. */
export function auditedAuthChecker(
  check: AuthCheckerFn<RequestContext, Permission>,
  audit: () => AuditService,
): AuthCheckerFn<RequestContext, Permission> {
  return async (data, roles) => {
    try {
      return await check(data, roles);
    } catch (error) {
      if (isRootMutation(data) && error instanceof GraphQLError) {
        const code = String(error.extensions.code ?? "UNAUTHENTICATED");
        await audit().refused(scopeOf(data), data.context.actor, [code]);
      }
      throw error;
    }
  };
}
