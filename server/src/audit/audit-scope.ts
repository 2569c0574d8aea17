import { AsyncLocalStorage } from "node:async_hooks";
import type { EntityManager } from "typeorm";

/** Who an entry names when the request's own actor is not it (a sign-in, a failed sign-in). */
export interface AuditActorOverride {
  kind: "USER" | "STAFF" | "ANONYMOUS";
  id: string | null;
  label: string | null;
  accountId: string | null;
}

/**
 * The mutation a request is running, for the audit entries its transactions write: the
 * operation's name and where the call came from. Set by the audit middleware around a root
 * mutation field; `written` tells it that a transaction already wrote the success entry.
 */
export interface AuditScope {
  operation: string;
  ip: string | null;
  userAgent: string | null;
  written: boolean;
  as?: AuditActorOverride;
  /** The product's own work, outside any request: its entries name the SYSTEM actor. */
  system?: boolean;
}

export const auditScope = new AsyncLocalStorage<AuditScope>();

/** A field's value before and after a change. */
export interface FieldChange {
  before: unknown;
  after: unknown;
}

/** The rows one transaction changed, as its audit entry lists them. */
export interface ChangeCapture {
  rows: Array<{ table: string; id: string; fields: Record<string, FieldChange> }>;
}

const captures = new WeakMap<EntityManager, ChangeCapture>();

/** Starts collecting the changes a transaction's statements make through `owned(...)`. */
export function startCapture(em: EntityManager): ChangeCapture {
  const capture: ChangeCapture = { rows: [] };
  captures.set(em, capture);
  return capture;
}

/** Fields never written to the log, whatever table they come from: their value is "[redacted]". */
const SECRET_FIELD = /password|secret|token|hash/i;

export function redact(field: string, value: unknown): unknown {
  return SECRET_FIELD.test(field) && value !== null && value !== undefined ? "[redacted]" : value;
}

function comparable(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

/**
 * Notes that a row of `table` changed from `before` to `after` (either null for an insert or a
 * removal), keeping the fields whose value differs, secrets redacted.
 */
export function captureChange(
  em: EntityManager,
  table: string,
  id: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): void {
  const capture = captures.get(em);
  if (!capture) return;
  const fields: Record<string, FieldChange> = {};
  const names = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const name of names) {
    if (name === "id" || name === "resellerId" || name === "accountId") continue;
    const was = comparable(before ? (before[name] ?? null) : null);
    const is = comparable(after ? (after[name] ?? null) : null);
    if (after && !(name in after)) continue;
    if (typeof was === "object" || typeof is === "object") {
      if (JSON.stringify(was) === JSON.stringify(is)) continue;
    } else if (was === is) continue;
    fields[name] = { before: redact(name, was), after: redact(name, is) };
  }
  if (Object.keys(fields).length > 0) capture.rows.push({ table, id, fields });
}
