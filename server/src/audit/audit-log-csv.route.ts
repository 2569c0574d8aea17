import { pipeline } from "node:stream/promises";
import { stringify } from "csv-stringify";
import { type Request, Router } from "express";
import { GraphQLError } from "graphql";
import type { Actor } from "../common/context.js";
import type { UnitOfWork } from "../db/unit-of-work.js";
import { spendOutsideGraphQL } from "../edge/api-edge.js";
import type { ApiRateLimiter } from "../edge/rate-limits.js";
import type { AuditLogEntry, AuditLogFilter } from "./audit.types.js";
import { auditAccountFor, auditLogEntries } from "./audit-log.reader.js";

/** An export spends as much of the caller's budget as a page of 100 items. */
const CSV_COST = 100;

const COLUMNS = [
  "occurredAt",
  "actorKind",
  "actor",
  "ip",
  "userAgent",
  "operation",
  "outcome",
  "refusalCodes",
  "subjectType",
  "subjectId",
  "changes",
] as const;

function row(entry: AuditLogEntry): string[] {
  return [
    entry.occurredAt.toISOString(),
    entry.actorKind,
    entry.actorLabel ?? entry.actorId ?? "",
    entry.ip ?? "",
    entry.userAgent ?? "",
    entry.operation,
    entry.outcome,
    entry.refusalCodes.join(" "),
    entry.subjectType ?? "",
    entry.subjectId ?? "",
    JSON.stringify(
      Object.fromEntries(entry.changes.map((c) => [c.field, { before: c.before, after: c.after }])),
    ),
  ];
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

function instant(value: unknown): Date | null {
  const given = text(value);
  if (!given) return null;
  const date = new Date(given);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * `GET /audit-log.csv` with the `auditLog` query's filters (actor, operation, subjectId, from,
 * to; `accountId` for vendor staff) as query parameters: the matching entries, newest first,
 * streamed as CSV with a header row. The same access as the query.
 */
export function auditLogCsvRoute(deps: {
  work: UnitOfWork;
  rateLimiter: ApiRateLimiter;
  identify: (req: Request) => Promise<Actor | null>;
}): Router {
  return Router().get("/audit-log.csv", async (req, res) => {
    const actor = await deps.identify(req).catch(() => null);
    if (!actor) {
      res.status(401).json({ error: "Sign in to export the audit log." });
      return;
    }
    let accountId: string;
    try {
      accountId = auditAccountFor(actor, text(req.query.accountId));
    } catch (error) {
      const forbidden = error instanceof GraphQLError && error.extensions.code === "FORBIDDEN";
      res.status(forbidden ? 403 : 400).json({ error: (error as Error).message });
      return;
    }
    if (!(await spendOutsideGraphQL(deps.rateLimiter, actor, req, res, CSV_COST))) return;
    const filter: AuditLogFilter = {
      actor: text(req.query.actor),
      operation: text(req.query.operation),
      subjectId: text(req.query.subjectId),
      from: instant(req.query.from),
      to: instant(req.query.to),
    };
    res
      .type("text/csv; charset=utf-8")
      .setHeader("Content-Disposition", 'attachment; filename="audit-log.csv"')
      .setHeader("Cache-Control", "private, no-store");
    const em = deps.work.read(actor).em;
    async function* rows() {
      for await (const entry of auditLogEntries(em, accountId, filter)) yield row(entry);
    }
    await pipeline(rows(), stringify({ header: true, columns: [...COLUMNS] }), res);
  });
}
