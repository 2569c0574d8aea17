import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import type { Clock } from "../common/clock.js";
import type { JobQueue } from "../jobs/job-queue.js";
import type { MailData, MailTemplate } from "../mail/templates.js";

/** Mail waiting to be sent, written in the transaction of the notification it belongs to. */
export class OutboxService {
  constructor(
    private readonly clock: Clock,
    private readonly jobs: JobQueue,
  ) {}

  /**
   * Queues a mail inside the caller's transaction, with the job that delivers it: both exist
   * only if the transaction commits.
   */
  async enqueue<T extends MailTemplate>(
    em: EntityManager,
    recipient: string,
    template: T,
    data: MailData[T],
  ): Promise<void> {
    const id = randomUUID();
    await em.query(
      "INSERT INTO outbox (id, recipient, template, data, created_at) VALUES ($1, $2, $3, $4, $5)",
      [id, recipient, template, JSON.stringify(data), this.clock.now()],
    );
    await this.jobs.enqueueMail(em, id);
  }
}
