import { Args, Ctx, Resolver } from "type-graphql";
import { actorOf, type RequestContext } from "../common/context.js";
import { DomainQuery } from "../common/operations.js";
import type { Page } from "../common/pagination.js";
import { UnitOfWork } from "../db/unit-of-work.js";
import { AuditLogArgs, AuditLogConnection, type AuditLogEntry } from "./audit.types.js";
import { auditAccountFor, auditLogPage } from "./audit-log.reader.js";

@Resolver()
export class AuditLogResolver {
  constructor(private readonly work: UnitOfWork) {}

  @DomainQuery(() => AuditLogConnection, {
    access: "SIGNED_IN",
    description:
      "An account's audit log, newest first: every mutation (done or refused), sign-in and sign-out, failed sign-in, an API key's first use each day, and staff's actions on the account. Owners (AUDIT_LOG_READ) read their own account's; vendor staff name the account in `accountId`.",
  })
  auditLog(@Ctx() ctx: RequestContext, @Args() args: AuditLogArgs): Promise<Page<AuditLogEntry>> {
    const actor = actorOf(ctx);
    const accountId = auditAccountFor(actor, args.accountId);
    return auditLogPage(this.work.read(actor).em, accountId, args.filter, args);
  }
}
