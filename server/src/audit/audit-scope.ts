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

/**
 * A row as the database's capture trigger recorded one change to it: its table, and its columns
 * before and after (null for an insert or a removal).
 */
export interface CapturedRow {
  table: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * Turns on the database's change capture for the transaction `em` runs: from here every insert,
 * update and delete of an audited table, whatever statement makes it, is recorded with the row
 * before and after (see the `AuditCapture` migration).
 */
export async function startCapture(em: EntityManager): Promise<void> {
  await em.query("SELECT audit_capture_start()");
}

/** What the transaction changed since `startCapture`, row by row, with the fields that differ. */
export async function capturedChanges(em: EntityManager): Promise<ChangeCapture> {
  const rows: CapturedRow[] = await em.query(
    "SELECT table_name AS table, before, after FROM pg_temp.audit_change ORDER BY seq",
  );
  return changeCaptureOf(rows);
}

/** Fields never written to the log, whatever table they come from: their value is "[redacted]". */
const SECRET_FIELD = /password|secret|token|hash/i;

export function redact(field: string, value: unknown): unknown {
  return SECRET_FIELD.test(field) && value !== null && value !== undefined ? "[redacted]" : value;
}

/** Columns that say whose a row is, not what changed in it. */
const OWNER_COLUMNS = new Set(["id", "reseller_id", "account_id"]);

/** A timestamp as PostgreSQL writes it in JSON, with its offset. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}(:\d{2})?|Z)$/;

/** A column's value as the log shows it: timestamps in UTC ISO form, whatever the session's zone. */
function comparable(value: unknown): unknown {
  return typeof value === "string" && TIMESTAMP.test(value) ? new Date(value).toISOString() : value;
}

/** `company_name` as the API names it, `companyName`. */
function fieldName(column: string): string {
  return column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/**
 * The captured rows as the entry lists them: one per row, from its first state in the
 * transaction to its last, with the fields whose value differs, secrets redacted.
 */
export function changeCaptureOf(rows: readonly CapturedRow[]): ChangeCapture {
  const byRow = new Map<string, CapturedRow & { id: string }>();
  for (const row of rows) {
    const id = String((row.after ?? row.before)?.id ?? "");
    const key = `${row.table}:${id}`;
    const seen = byRow.get(key);
    if (seen) seen.after = row.after;
    else byRow.set(key, { ...row, id });
  }
  const capture: ChangeCapture = { rows: [] };
  for (const { table, id, before, after } of byRow.values()) {
    const fields: Record<string, FieldChange> = {};
    for (const column of new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])) {
      if (OWNER_COLUMNS.has(column)) continue;
      const was = comparable(before?.[column] ?? null);
      const is = comparable(after?.[column] ?? null);
      if (JSON.stringify(was) === JSON.stringify(is)) continue;
      const name = fieldName(column);
      fields[name] = { before: redact(name, was), after: redact(name, is) };
    }
    if (Object.keys(fields).length > 0) capture.rows.push({ table, id, fields });
  }
  return capture;
}
