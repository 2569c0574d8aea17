import { randomUUID } from "node:crypto";
import PgBoss from "pg-boss";
import type { EntityManager } from "typeorm";
import type { Logger } from "../common/logger.js";
import type { JobsConfig } from "../config/config.js";

/** One job per outbox message; its id is the message's id, so a message is queued once. */
export const MAIL_QUEUE = "mail";
/** One job per domain event; its id is the event's id, so an event is queued once. */
export const EVENT_QUEUE = "domain-event";
/** The scheduled work; the queue's cron sends one job per tick, whichever servers are running. */
export const SCHEDULED_WORK_QUEUE = "scheduled-work";
/** One job per attempt at a webhook delivery; the delivery's own retries queue the next one. */
export const WEBHOOK_QUEUE = "webhook";
/** Webhook jobs one worker fetches at once, and how many such workers each process runs. */
const WEBHOOK_BATCH = 10;
const WEBHOOK_WORKERS = 4;

/**
 * Jobs fetched at once per worker. A full batch is followed by the next fetch at once, so a
 * backlog drains without waiting for the polling interval between batches.
 */
const MAIL_BATCH = 50;
/** Retries with backoff: the last ones wait about 2^16 × the first delay, so SMTP may be away for days. */
const MAIL_RETRY_LIMIT = 50;

export interface JobHandlers {
  /**
   * Delivers the outbox messages with these ids; returns the ids that failed and must be retried.
   * Absent in a process that sends no mail.
   */
  deliverMail?: (ids: string[]) => Promise<{ failed: Array<{ id: string; error: string }> }>;
  /**
   * Hands these domain events to their subscribers; returns the ids that failed and must be
   * retried. Absent in a process that works no events.
   */
  deliverEvents?: (ids: string[]) => Promise<{ failed: Array<{ id: string; error: string }> }>;
  /**
   * Makes one attempt at each of these webhook deliveries (retries are queued by the attempt
   * itself); returns those that failed for want of the database and must run again.
   */
  deliverWebhooks?: (ids: string[]) => Promise<{ failed: Array<{ id: string; error: string }> }>;
  /** Runs the scheduled work once. */
  runScheduledWork(): Promise<void>;
}

/**
 * The Postgres-backed job queue (pg-boss) in the same database as everything else, so any
 * number of servers share it: a job is fetched by one worker only (SKIP LOCKED), the cron
 * sends one job per tick across all servers, and the jobs of a worker that died are retried
 * once they time out.
 */
export class JobQueue {
  private readonly boss: PgBoss;
  private started = false;

  constructor(
    connectionString: string,
    private readonly config: JobsConfig,
    private readonly log: Logger,
  ) {
    this.boss = new PgBoss({
      connectionString,
      max: 4,
      application_name: "reseller-hub-jobs",
      // Only working processes keep the schedule and put back jobs of crashed workers.
      schedule: config.workers,
      supervise: config.workers,
      maintenanceIntervalSeconds: Math.max(1, Math.round(config.maintenanceIntervalSeconds)),
      cronMonitorIntervalSeconds: 30,
    });
    this.boss.on("error", (error) => this.log.error({ err: error }, "job queue error"));
  }

  /** Creates the queue's tables on first use, then, when this process works, starts its workers. */
  async start(handlers: JobHandlers): Promise<void> {
    await this.boss.start();
    this.started = true;
    await this.ensureQueue(MAIL_QUEUE, {
      retryLimit: MAIL_RETRY_LIMIT,
      retryDelay: Math.max(1, Math.round(this.config.mailRetryDelaySeconds)),
      retryBackoff: true,
      expireInSeconds: Math.max(1, Math.round(this.config.mailExpireSeconds)),
    });
    await this.ensureQueue(EVENT_QUEUE, {
      retryLimit: MAIL_RETRY_LIMIT,
      retryDelay: Math.max(1, Math.round(this.config.mailRetryDelaySeconds)),
      retryBackoff: true,
      expireInSeconds: Math.max(1, Math.round(this.config.mailExpireSeconds)),
    });
    // A webhook attempt takes at most 10 s; a job still running after a minute lost its worker.
    await this.ensureQueue(WEBHOOK_QUEUE, {
      retryLimit: MAIL_RETRY_LIMIT,
      retryDelay: Math.max(1, Math.round(this.config.mailRetryDelaySeconds)),
      retryBackoff: true,
      expireInSeconds: 60,
    });
    await this.ensureQueue(SCHEDULED_WORK_QUEUE, { retryLimit: 0, expireInSeconds: 15 * 60 });
    if (!this.config.workers) return;

    await this.boss.schedule(SCHEDULED_WORK_QUEUE, this.config.cron, {}, { tz: "UTC" });
    const pollingIntervalSeconds = this.config.pollingIntervalSeconds;
    const { deliverMail, deliverEvents } = handlers;
    if (deliverEvents) await this.workBatches(EVENT_QUEUE, "eventId", deliverEvents);
    if (deliverMail) await this.workBatches(MAIL_QUEUE, "outboxId", deliverMail);
    // Several workers, so one slow receiver holds up one batch, not every delivery.
    const { deliverWebhooks } = handlers;
    for (let i = 0; deliverWebhooks && i < WEBHOOK_WORKERS; i++) {
      await this.workWebhooks(deliverWebhooks);
    }
    await this.boss.work(SCHEDULED_WORK_QUEUE, { pollingIntervalSeconds }, async () => {
      await handlers.runScheduledWork();
    });
  }

  /**
   * Works a queue whose jobs each carry one id under `key`: the handler gets a batch of ids and
   * names the failed ones, which go back for a retry with backoff; the queue completes the rest.
   */
  private async workBatches(
    queue: string,
    key: string,
    handler: (ids: string[]) => Promise<{ failed: Array<{ id: string; error: string }> }>,
  ): Promise<void> {
    let workerId: string | null = null;
    workerId = await this.boss.work<Record<string, string>>(
      queue,
      { batchSize: MAIL_BATCH, pollingIntervalSeconds: this.config.pollingIntervalSeconds },
      async (jobs) => {
        const byId = new Map(jobs.map((job) => [job.data[key], job.id]));
        const { failed } = await handler([...byId.keys()]);
        for (const { id, error } of failed) {
          const jobId = byId.get(id);
          if (jobId) await this.boss.fail(queue, jobId, { message: error });
        }
        // More are probably waiting: fetch again right away instead of after the polling interval.
        if (jobs.length === MAIL_BATCH && workerId) this.boss.notifyWorker(workerId);
      },
    );
  }

  /**
   * Works webhook attempts in batches like `workBatches`, but fetches the next batch at once when
   * this one was full, rather than after the polling interval: a backlog drains at full speed.
   */
  private async workWebhooks(
    handler: (ids: string[]) => Promise<{ failed: Array<{ id: string; error: string }> }>,
  ): Promise<void> {
    const workerId: string = await this.boss.work<{ deliveryId: string }>(
      WEBHOOK_QUEUE,
      { batchSize: WEBHOOK_BATCH, pollingIntervalSeconds: this.config.pollingIntervalSeconds },
      async (jobs) => {
        const byId = new Map(jobs.map((job) => [job.data.deliveryId, job.id]));
        const { failed } = await handler([...byId.keys()]);
        for (const { id, error } of failed) {
          const jobId = byId.get(id);
          if (jobId) await this.boss.fail(WEBHOOK_QUEUE, jobId, { message: error });
        }
        if (jobs.length === WEBHOOK_BATCH) this.boss.notifyWorker(workerId);
      },
    );
  }

  /** Creates the queue or brings its settings up to date; servers starting together may race here. */
  private async ensureQueue(name: string, options: Omit<PgBoss.Queue, "name">): Promise<void> {
    if (!(await this.boss.getQueue(name))) {
      try {
        await this.boss.createQueue(name, { name, policy: "standard", ...options });
        return;
      } catch (error) {
        // Another server created it first; fall through to update it.
        if (!(await this.boss.getQueue(name))) throw error;
      }
    }
    await this.boss.updateQueue(name, { name, ...options });
  }

  /**
   * Queues delivery of an outbox message inside the caller's transaction, so the job exists
   * exactly when the message does. Queuing it again is a no-op.
   */
  enqueueMail(em: EntityManager, outboxId: string): Promise<void> {
    return this.sendIn(em, MAIL_QUEUE, { outboxId }, outboxId);
  }

  /** Queues the hand-over of a domain event inside the transaction that records it. */
  enqueueEvent(em: EntityManager, eventId: string): Promise<void> {
    return this.sendIn(em, EVENT_QUEUE, { eventId }, eventId);
  }

  /**
   * Queues an attempt at a webhook delivery inside the caller's transaction, after `delaySeconds`.
   * The first attempt's job has the delivery's id; each retry gets a job of its own.
   */
  enqueueWebhook(em: EntityManager, deliveryId: string, delaySeconds = 0, jobId?: string): Promise<void> {
    return this.sendIn(em, WEBHOOK_QUEUE, { deliveryId }, jobId ?? randomUUID(), delaySeconds);
  }

  private async sendIn(
    em: EntityManager,
    queue: string,
    data: object,
    id: string,
    startAfter = 0,
  ): Promise<void> {
    if (!this.started) throw new Error("the job queue is not started");
    await this.boss.send(queue, data, {
      id,
      ...(startAfter > 0 ? { startAfter: Math.ceil(startAfter) } : {}),
      db: { executeSql: async (text, values) => ({ rows: await em.query(text, values) }) },
    });
  }

  /**
   * Queues delivery of unsent messages again: a new job for one whose job is gone, a fresh round
   * of retries for one whose retries ran out; a no-op for those still queued.
   */
  requeueMail(outboxIds: string[]): Promise<void> {
    return this.requeue(MAIL_QUEUE, "outboxId", outboxIds);
  }

  /** The same for domain events no subscriber has handled yet. */
  requeueEvents(eventIds: string[]): Promise<void> {
    return this.requeue(EVENT_QUEUE, "eventId", eventIds);
  }

  private async requeue(queue: string, key: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.boss.insert(ids.map((id) => ({ id, name: queue, data: { [key]: id } })));
    await this.boss.retry(queue, ids);
  }

  /** Runs the scheduled work as soon as a worker is free, as if the cron had ticked. */
  async tick(): Promise<void> {
    await this.boss.send(SCHEDULED_WORK_QUEUE, {});
  }

  /** Jobs of this queue waiting to start (retries included); null before the queue is started. */
  async waiting(queue: string): Promise<number | null> {
    if (!this.started) return null;
    return this.boss.getQueueSize(queue);
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, timeout: 10_000, wait: true });
  }
}
