import type { Clock } from "../common/clock.js";
import { SYSTEM_ACTOR } from "../common/context.js";
import type { Logger } from "../common/logger.js";
import type { ServiceContext, UnitOfWork } from "../db/unit-of-work.js";
import type { DomainEvent, EventActor, EventType } from "./domain-events.js";

/**
 * Reacts to domain events. It runs in the transaction that marks the event handled, so what it
 * writes exists once per event, however many processes work the queue.
 */
export interface EventSubscriber {
  readonly name: string;
  handle(ctx: ServiceContext, event: DomainEvent): Promise<void>;
}

interface EventRow {
  id: string;
  type: EventType;
  version: number;
  occurred_at: Date;
  account_id: string | null;
  actor_kind: EventActor["kind"];
  actor_id: string | null;
  subject_id: string;
  payload: DomainEvent["payload"];
}

function toEvent(row: EventRow): DomainEvent {
  return {
    id: row.id,
    type: row.type,
    version: row.version,
    occurredAt: row.occurred_at,
    accountId: row.account_id,
    actor: { kind: row.actor_kind, id: row.actor_id },
    subjectId: row.subject_id,
    payload: row.payload,
  };
}

/**
 * Hands stored domain events to their subscribers: right after the commit that published them,
 * and again from the job queue for any a crash or a failure left unhandled.
 */
export class EventBus {
  private readonly subscribers: EventSubscriber[] = [];

  constructor(
    private readonly work: UnitOfWork,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {
    // The process that wrote the events hands them over at once; one a queue worker holds is
    // skipped here and left to it.
    work.onCommit((ids) => this.deliver(ids, { skipLocked: true }).then(() => undefined));
  }

  subscribe(subscriber: EventSubscriber): this {
    this.subscribers.push(subscriber);
    return this;
  }

  /** Hands each event to every subscriber, each event in one transaction; names those that failed. */
  async deliver(
    ids: string[],
    options: { skipLocked?: boolean } = {},
  ): Promise<{ failed: Array<{ id: string; error: string }> }> {
    const failed: Array<{ id: string; error: string }> = [];
    for (const id of ids) {
      try {
        await this.work.run(SYSTEM_ACTOR, (ctx) => this.deliverOne(ctx, id, options.skipLocked ?? false), {
          capture: false,
        });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        this.log.warn({ eventId: id, err: reason }, "event not handled; it is retried");
        failed.push({ id, error: reason });
      }
    }
    return { failed };
  }

  /** Events still unhandled that occurred before `before`, for the sweep that queues them again. */
  async unhandledBefore(before: Date, limit = 500): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.work
      .read(SYSTEM_ACTOR)
      .em.query(
        "SELECT id FROM domain_event WHERE handled_at IS NULL AND occurred_at < $1 ORDER BY seq LIMIT $2",
        [before, limit],
      );
    return rows.map((r) => r.id);
  }

  private async deliverOne(ctx: ServiceContext, id: string, skipLocked: boolean): Promise<void> {
    const [row]: EventRow[] = await ctx.em.query(
      `SELECT id, type, version, occurred_at, account_id, actor_kind, actor_id, subject_id, payload
       FROM domain_event WHERE id = $1 AND handled_at IS NULL
       FOR UPDATE${skipLocked ? " SKIP LOCKED" : ""}`,
      [id],
    );
    if (!row) return;
    const event = toEvent(row);
    for (const subscriber of this.subscribers) await subscriber.handle(ctx, event);
    await ctx.em.query("UPDATE domain_event SET handled_at = $2 WHERE id = $1", [id, this.clock.now()]);
  }
}
