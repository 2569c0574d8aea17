import { GraphQLError } from "graphql";
import type { EntityManager } from "typeorm";
import { Permission } from "../common/auth.js";
import type { Actor } from "../common/context.js";
import { BadInputError } from "../common/errors.js";
import { isUuid } from "../common/ids.js";
import { type KeysetOrder, keysetPage, type Page, type PageArgs } from "../common/pagination.js";
import type { AuditActorKind, AuditLogEntry, AuditLogFilter, AuditOutcome } from "./audit.types.js";

/**
 * Whose log the actor may read: an owner (AUDIT_LOG_READ) its own account's, vendor staff any
 * account they name. Anyone else, or an owner naming another account, is refused.
 */
export function auditAccountFor(actor: Actor, accountId: string | null | undefined): string {
  if (actor.isVendorStaff) {
    if (!accountId) throw new BadInputError("accountId", "Name the account whose audit log to read.");
    if (!isUuid(accountId)) throw new BadInputError("accountId", "accountId is not an account's id.");
    return accountId;
  }
  if (!actor.permissions.has(Permission.AUDIT_LOG_READ) || !actor.accountId) {
    throw new GraphQLError("You do not have permission to do this (needs AUDIT_LOG_READ).", {
      extensions: { code: "FORBIDDEN" },
    });
  }
  if (accountId && accountId !== actor.accountId) {
    throw new GraphQLError("You may read only your own account's audit log.", {
      extensions: { code: "FORBIDDEN" },
    });
  }
  return actor.accountId;
}

interface AuditRow {
  id: string;
  occurred_at: Date;
  account_id: string | null;
  actor_kind: AuditActorKind;
  actor_id: string | null;
  actor_label: string | null;
  ip: string | null;
  user_agent: string | null;
  operation: string;
  outcome: AuditOutcome;
  refusal_codes: string[];
  subject_type: string | null;
  subject_id: string | null;
  changes: Record<string, { before: unknown; after: unknown }>;
}

function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

function entryOf(row: AuditRow): AuditLogEntry {
  return {
    id: row.id,
    occurredAt: new Date(row.occurred_at),
    accountId: row.account_id,
    actorKind: row.actor_kind,
    actorId: row.actor_id,
    actorLabel: row.actor_label,
    ip: row.ip,
    userAgent: row.user_agent,
    operation: row.operation,
    outcome: row.outcome,
    refusalCodes: row.refusal_codes,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    changes: Object.entries(row.changes ?? {}).map(([field, change]) => ({
      field,
      before: json(change.before),
      after: json(change.after),
    })),
  };
}

const NEWEST_FIRST: KeysetOrder<AuditLogEntry> = {
  key: "l.occurred_at",
  id: "l.id",
  part: "timestamp",
  descending: true,
  cursor: (e) => [e.occurredAt.toISOString(), e.id],
};

/** The WHERE clause for one account's log with the filter, and its parameters. */
function where(
  accountId: string,
  filter: AuditLogFilter | null | undefined,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [accountId];
  const terms = ["l.account_id = $1"];
  const bind = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (filter?.actor?.trim()) {
    const actor = filter.actor.trim();
    const id = isUuid(actor) ? `l.actor_id = ${bind(actor)}::uuid OR ` : "";
    terms.push(`(${id}l.actor_label ILIKE ${bind(`%${actor.replace(/[\\%_]/g, "\\$&")}%`)})`);
  }
  if (filter?.operation?.trim()) terms.push(`l.operation = ${bind(filter.operation.trim())}`);
  if (filter?.subjectId?.trim()) terms.push(`l.subject_id = ${bind(filter.subjectId.trim())}`);
  if (filter?.from) terms.push(`l.occurred_at >= ${bind(filter.from)}`);
  if (filter?.to) terms.push(`l.occurred_at < ${bind(filter.to)}`);
  return { sql: terms.join(" AND "), params };
}

/** One page of an account's log, newest first. */
export async function auditLogPage(
  em: EntityManager,
  accountId: string,
  filter: AuditLogFilter | null | undefined,
  args: PageArgs,
): Promise<Page<AuditLogEntry>> {
  const page = keysetPage(args, NEWEST_FIRST);
  const { sql, params } = where(accountId, filter);
  const [count]: Array<{ count: number }> = await em.query(
    `SELECT count(*)::int AS count FROM audit_log l WHERE ${sql}`,
    params,
  );
  const after = page.after((value) => {
    params.push(value);
    return `$${params.length}`;
  });
  const rows: AuditRow[] = await em.query(
    `SELECT * FROM audit_log l WHERE ${sql}${after ? ` AND ${after}` : ""}
      ORDER BY ${page.orderBy} LIMIT ${page.limit}`,
    params,
  );
  return page.of(rows.map(entryOf), count.count);
}

/** Every entry of an account's log that matches, newest first, a batch at a time. */
export async function* auditLogEntries(
  em: EntityManager,
  accountId: string,
  filter: AuditLogFilter | null | undefined,
): AsyncGenerator<AuditLogEntry> {
  let after: string | null = null;
  for (;;) {
    const page = await auditLogPage(em, accountId, filter, { first: 100, after });
    yield* page.nodes;
    if (!page.pageInfo.hasNextPage) return;
    after = page.pageInfo.endCursor;
  }
}
