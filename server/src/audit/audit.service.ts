import type { DataSource, EntityManager } from "typeorm";
import type { Clock } from "../common/clock.js";
import type { Actor } from "../common/context.js";
import { normalizeEmail } from "../common/email.js";
import type { AuditActorOverride, AuditScope, ChangeCapture, FieldChange } from "./audit-scope.js";

export type AuditActorKind = "USER" | "API_KEY" | "STAFF" | "SYSTEM" | "ANONYMOUS";
export type AuditOutcome = "SUCCEEDED" | "REFUSED";

/** One entry as it is written. */
export interface AuditEntryInput {
  accountId: string | null;
  actorKind: AuditActorKind;
  actorId: string | null;
  actorLabel: string | null;
  ip: string | null;
  userAgent: string | null;
  operation: string;
  outcome: AuditOutcome;
  refusalCodes?: string[];
  subjectType?: string | null;
  subjectId?: string | null;
  changes?: Record<string, FieldChange>;
}

/** An entry's actor: who the request's actor is, or whom the scope names instead. */
export function auditActor(
  actor: Actor | null,
  inRequest: boolean,
  as?: AuditActorOverride,
): Pick<AuditEntryInput, "actorKind" | "actorId" | "actorLabel"> {
  if (as) return { actorKind: as.kind, actorId: as.id, actorLabel: as.label };
  if (!actor || actor.kind === "SYSTEM") {
    return { actorKind: inRequest ? "ANONYMOUS" : "SYSTEM", actorId: null, actorLabel: null };
  }
  if (actor.kind === "API_KEY") return { actorKind: "API_KEY", actorId: actor.apiKeyId, actorLabel: null };
  return { actorKind: actor.isVendorStaff ? "STAFF" : "USER", actorId: actor.userId, actorLabel: null };
}

/**
 * A transaction's changes as an entry's subject and fields: the subject is the first fact it
 * published (or else the first row it changed).
 */
export function changesOf(
  capture: ChangeCapture,
  published: { type: string; subjectId: string; accountId?: string | null } | null,
): { subjectType: string | null; subjectId: string | null; changes: Record<string, FieldChange> } {
  const changes: Record<string, FieldChange> = {};
  const first = capture.rows[0];
  // The subject's own row gives plain field names; other rows' fields are named with their table.
  const own = (published && capture.rows.find((row) => row.id === published.subjectId)) || first;
  for (const row of capture.rows) {
    const sameSubject = row.table === own.table && row.id === own.id;
    for (const [field, change] of Object.entries(row.fields)) {
      changes[sameSubject ? field : `${row.table}.${field}`] = change;
    }
  }
  if (published) {
    return { subjectType: published.type.split(".")[0], subjectId: published.subjectId, changes };
  }
  return { subjectType: first?.table ?? null, subjectId: first?.id ?? null, changes };
}

const INSERT = `
  INSERT INTO audit_log (occurred_at, account_id, actor_kind, actor_id, actor_label, ip, user_agent,
                         operation, outcome, refusal_codes, subject_type, subject_id, changes)
  VALUES ($1,
          COALESCE($2::uuid, CASE WHEN $3 = 'USER' THEN
            (SELECT account_id FROM membership WHERE user_id = $4::uuid LIMIT 1) END),
          $3, $4::uuid,
          COALESCE($5, CASE WHEN $3 = 'API_KEY' THEN (SELECT prefix FROM api_key WHERE id = $4::uuid)
                            WHEN $3 IN ('USER', 'STAFF') THEN (SELECT email FROM app_user WHERE id = $4::uuid) END),
          $6, $7, $8, $9, $10, $11, $12, $13)`;

/** Rows written by one `INSERT`: the log's one way in. */
export async function writeAuditEntry(
  em: EntityManager | DataSource,
  now: Date,
  entry: AuditEntryInput,
): Promise<void> {
  await em.query(INSERT, [
    now,
    entry.accountId,
    entry.actorKind,
    entry.actorId,
    entry.actorLabel,
    entry.ip,
    entry.userAgent?.slice(0, 512) ?? null,
    entry.operation,
    entry.outcome,
    entry.refusalCodes ?? [],
    entry.subjectType ?? null,
    entry.subjectId ?? null,
    JSON.stringify(entry.changes ?? {}),
  ]);
}

/** A success entry for the mutation in `scope`, in the transaction `em` that made its change. */
export async function writeMutationEntry(
  em: EntityManager,
  now: Date,
  scope: AuditScope,
  actor: Actor,
  accountId: string | null,
  capture: ChangeCapture,
  published: { type: string; subjectId: string; accountId: string | null } | null,
): Promise<void> {
  const subject = changesOf(capture, published);
  await writeAuditEntry(em, now, {
    ...auditActor(actor, !scope.system, scope.as),
    // Staff act for no account of their own: the entry goes to the reseller their change was about.
    accountId: accountId ?? published?.accountId ?? scope.as?.accountId ?? null,
    ip: scope.ip,
    userAgent: scope.userAgent,
    operation: scope.operation,
    outcome: "SUCCEEDED",
    ...subject,
  });
  scope.written = true;
}

/**
 * Writes entries outside the mutations' transactions: refusals (after the rollback), API key
 * use, and the retention purge.
 */
export class AuditService {
  /** The UTC day each key's use was last seen logged, by key id. */
  private readonly keysSeen = new Map<string, string>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly retentionDays: number,
  ) {}

  /** The mutation in `scope` refused with `codes`: its own entry, in a transaction of its own. */
  async refused(scope: AuditScope, actor: Actor | null, codes: string[]): Promise<void> {
    await writeAuditEntry(this.dataSource, this.clock.now(), {
      ...auditActor(actor, true, scope.as),
      accountId: scope.as?.accountId ?? actor?.accountId ?? null,
      ip: scope.ip,
      userAgent: scope.userAgent,
      operation: scope.operation,
      outcome: "REFUSED",
      refusalCodes: [...new Set(codes)].sort(),
    });
  }

  /**
   * Whom a sign-in names: the person with `email` (or `userId`), as USER or STAFF with their
   * account, or for an email nobody has, an anonymous caller and no account.
   */
  async signingIn(by: { email?: string; userId?: string }): Promise<AuditActorOverride> {
    const [person]: Array<{
      id: string;
      email: string;
      is_vendor_staff: boolean;
      account_id: string | null;
    }> = await this.dataSource.query(
      `SELECT u.id, u.email, u.is_vendor_staff,
                (SELECT m.account_id FROM membership m WHERE m.user_id = u.id LIMIT 1) AS account_id
           FROM app_user u WHERE u.email = $1 OR u.id::text = $2`,
      [by.email ? normalizeEmail(by.email) : "", by.userId ?? ""],
    );
    if (!person)
      return { kind: "ANONYMOUS", id: null, label: by.email?.trim().slice(0, 320) ?? null, accountId: null };
    return {
      kind: person.is_vendor_staff ? "STAFF" : "USER",
      id: person.id,
      label: person.email,
      accountId: person.account_id,
    };
  }

  /** A mutation that succeeded without a transaction of its own (a sign-in). */
  async succeeded(scope: AuditScope, actor: Actor | null): Promise<void> {
    await writeAuditEntry(this.dataSource, this.clock.now(), {
      ...auditActor(actor, true, scope.as),
      accountId: scope.as?.accountId ?? actor?.accountId ?? null,
      ip: scope.ip,
      userAgent: scope.userAgent,
      operation: scope.operation,
      outcome: "SUCCEEDED",
      subjectType: scope.as?.id ? "user" : null,
      subjectId: scope.as?.id ?? null,
    });
  }

  /** Logs a key's use, once per key and UTC day: the first request of the day writes the entry. */
  async apiKeyUsed(actor: Actor, ip: string | null, userAgent: string | null): Promise<void> {
    if (actor.kind !== "API_KEY" || !actor.apiKeyId) return;
    const now = this.clock.now();
    const day = now.toISOString().slice(0, 10);
    // This process already logged the key today: no statement at all for its further requests.
    if (this.keysSeen.get(actor.apiKeyId) === day) return;
    await this.dataSource.transaction(async (em) => {
      const inserted: Array<{ api_key_id: string }> = await em.query(
        `INSERT INTO api_key_use_day (api_key_id, day) VALUES ($1, $2)
         ON CONFLICT DO NOTHING RETURNING api_key_id`,
        [actor.apiKeyId, day],
      );
      if (inserted.length === 0) return;
      if (this.keysSeen.size > 10_000) this.keysSeen.clear();
      await writeAuditEntry(em, now, {
        ...auditActor(actor, true),
        accountId: actor.accountId,
        ip,
        userAgent,
        operation: "apiKeyUsed",
        outcome: "SUCCEEDED",
        subjectType: "apiKey",
        subjectId: actor.apiKeyId,
      });
    });
    this.keysSeen.set(actor.apiKeyId, day);
  }

  /**
   * Deletes the entries older than the retention and logs how many, in one transaction. The
   * append-only trigger lets this DELETE through because the transaction names the cut-off in
   * `audit.purge_before`, and only rows older than it.
   */
  async purge(): Promise<number> {
    const now = this.clock.now();
    const before = new Date(now.getTime() - this.retentionDays * 24 * 60 * 60 * 1000);
    return this.dataSource.transaction(async (em) => {
      await em.query("SELECT set_config('audit.purge_before', $1, true)", [before.toISOString()]);
      const purged: Array<{ account_id: string | null; count: number }> = await em.query(
        `WITH gone AS (DELETE FROM audit_log WHERE occurred_at < $1 RETURNING account_id)
         SELECT account_id, count(*)::int AS count FROM gone GROUP BY account_id`,
        [before],
      );
      await em.query("SELECT set_config('audit.purge_before', '', true)");
      await em.query("DELETE FROM api_key_use_day WHERE day < $1::date", [before.toISOString().slice(0, 10)]);
      // One entry per account whose log lost rows, so its owners see the purge in their own log.
      for (const { account_id: accountId, count } of purged) {
        await writeAuditEntry(em, now, {
          accountId,
          actorKind: "SYSTEM",
          actorId: null,
          actorLabel: null,
          ip: null,
          userAgent: null,
          operation: "auditLogPurged",
          outcome: "SUCCEEDED",
          changes: {
            count: { before: null, after: count },
            olderThan: { before: null, after: before.toISOString() },
          },
        });
      }
      const count = purged.reduce((sum, row) => sum + row.count, 0);
      return count;
    });
  }
}
