import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { writeMutationEntry } from "../audit/audit.service.js";
import { auditScope, capturedChanges, startCapture } from "../audit/audit-scope.js";
import type { Clock } from "../common/clock.js";
import { type Actor, actorOf, type RequestContext } from "../common/context.js";
import type { Logger } from "../common/logger.js";
import { EVENT_VERSION, type EventPayloads, type EventType } from "../events/domain-events.js";
import type { JobQueue } from "../jobs/job-queue.js";

/**
 * What every service method gets first: who acts, for which account, and the open
 * `EntityManager` every statement of the call runs on. A service called with it joins its
 * transaction; it never opens one of its own.
 */
export interface ServiceContext {
  readonly actor: Actor;
  /** The account tenant queries are scoped to; null for vendor staff and the system. */
  readonly accountId: string | null;
  readonly em: EntityManager;
  /**
   * Records a domain fact in this context's transaction: it exists exactly when its cause
   * commits, and subscribers get it after that.
   */
  publish<T extends EventType>(
    type: T,
    subjectId: string,
    payload: EventPayloads[T],
    accountId?: string | null,
  ): Promise<void>;
}

/** What the audit entry of a transaction is about: its first event, and the first account one named. */
interface PublishedSubject {
  type: string;
  subjectId: string;
  accountId: string | null;
}

/** Told the ids of the events a transaction published, once it committed. */
export type CommitListener = (eventIds: string[]) => Promise<void>;

/**
 * The one place transactions open. A mutation, a job or a subscriber runs its work through
 * `run`; reads take `read`, which runs each statement on its own.
 */
export class UnitOfWork {
  private readonly listeners: CommitListener[] = [];
  private readonly open = new WeakSet<ServiceContext>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly jobs: JobQueue,
    private readonly log: Logger,
  ) {}

  /** Calls `listener` after each commit that published events. */
  onCommit(listener: CommitListener): void {
    this.listeners.push(listener);
  }

  /**
   * A context for reads, outside any transaction (or in the one a request the product makes to
   * itself names): it publishes nothing.
   */
  read(from: Actor | RequestContext): ServiceContext {
    const actor = isRequest(from) ? actorOf(from) : from;
    return {
      actor,
      accountId: actor.accountId,
      em: (isRequest(from) && from.transaction) || this.dataSource.manager,
      publish: async (type) => {
        throw new Error(`"${type}" published outside a transaction; run the work through UnitOfWork.run`);
      },
    };
  }

  /**
   * Runs `work` in one transaction for `actor`, acting for `accountId` (the actor's account by
   * default). Given a context that is already in one, it joins it. After the commit, the events
   * it published go to the subscribers; the job queue hands over any they missed. Run for a
   * mutation (inside the audit middleware's scope), it writes the mutation's audit entry, with the
   * rows it changed, in the same transaction.
   */
  async run<T>(
    from: Actor | RequestContext | ServiceContext,
    work: (ctx: ServiceContext) => Promise<T>,
    options: { accountId?: string | null; capture?: boolean } = {},
  ): Promise<T> {
    if (isContext(from) && this.open.has(from)) return work(from);
    const actor = isContext(from) ? from.actor : isRequest(from) ? actorOf(from) : from;
    const published: string[] = [];
    const audit = auditScope.getStore();
    const accountId = options.accountId ?? actor.accountId;
    // A mutation's changes, and the scheduled work's, are logged with the rows they changed; the
    // product's own plumbing (sending a mail, claiming a delivery) says it changes nothing to log.
    const captured = audit !== undefined || (actor.kind === "SYSTEM" && options.capture !== false);
    const result = await this.dataSource.transaction(async (em) => {
      const context = this.context(actor, accountId, em, published);
      if (captured) await startCapture(em);
      this.open.add(context);
      try {
        const done = await work(context);
        const subject = context.firstSubject ?? null;
        if (audit) {
          const capture = captured ? await capturedChanges(em) : { rows: [] };
          await writeMutationEntry(em, this.clock.now(), audit, actor, accountId, capture, subject);
        } else if (actor.kind === "SYSTEM" && subject && context.lastType && context.lastSubjectId) {
          // Scheduled work (renewals, trial ends, ...) is logged under the last fact it published,
          // the one its earlier facts (an invoice issued, paid) led to.
          const system = {
            operation: context.lastType,
            ip: null,
            userAgent: null,
            written: false,
            system: true,
          };
          const last = { ...subject, type: context.lastType, subjectId: context.lastSubjectId };
          const capture = captured ? await capturedChanges(em) : { rows: [] };
          await writeMutationEntry(em, this.clock.now(), system, actor, accountId, capture, last);
        }
        return done;
      } finally {
        this.open.delete(context);
      }
    });
    if (published.length > 0) {
      // The subscribers' own work is not the mutation's: it is written as the system's, if at all.
      await auditScope.exit(async () => {
        for (const listener of this.listeners) {
          await listener(published).catch((error: unknown) =>
            this.log.error(
              { err: error, eventIds: published },
              "event subscribers failed; the queue retries",
            ),
          );
        }
      });
    }
    return result;
  }

  private context(
    actor: Actor,
    accountId: string | null,
    em: EntityManager,
    published: string[],
  ): ServiceContext & { firstSubject?: PublishedSubject; lastType?: string; lastSubjectId?: string } {
    const context: ServiceContext & {
      firstSubject?: PublishedSubject;
      lastType?: string;
      lastSubjectId?: string;
    } = {
      actor,
      accountId,
      em,
      publish: async (type, subjectId, payload, eventAccountId) => {
        const eventAccount = eventAccountId === undefined ? accountId : eventAccountId;
        context.firstSubject ??= { type, subjectId, accountId: eventAccount };
        if (!context.firstSubject.accountId && eventAccount) context.firstSubject.accountId = eventAccount;
        context.lastType = type;
        context.lastSubjectId = subjectId;
        const id = randomUUID();
        await em.query(
          `INSERT INTO domain_event
             (id, type, version, occurred_at, account_id, actor_kind, actor_id, subject_id, payload)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [
            id,
            type,
            EVENT_VERSION,
            this.clock.now(),
            eventAccountId === undefined ? accountId : eventAccountId,
            actor.kind,
            actor.kind === "USER" ? actor.userId : actor.kind === "API_KEY" ? actor.apiKeyId : null,
            subjectId,
            JSON.stringify(payload),
          ],
        );
        await this.jobs.enqueueEvent(em, id);
        published.push(id);
      },
    };
    return context;
  }
}

function isContext(value: Actor | RequestContext | ServiceContext): value is ServiceContext {
  return "em" in value;
}

function isRequest(value: Actor | RequestContext | ServiceContext): value is RequestContext {
  return "req" in value;
}
