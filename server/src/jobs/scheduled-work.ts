import type { Clock } from "../common/clock.js";
import type { Logger } from "../common/logger.js";
import type { MailDeliveryService } from "../mail/mail-delivery.service.js";
import type { NoticeReport, NoticeService } from "../notice/notice.service.js";
import type { PeriodEndService } from "../subscription/period-end.service.js";
import type { PeriodEndReport } from "../subscription/subscription.types.js";
import type { JobQueue } from "./job-queue.js";

/** Mail still unsent this long after it was written gets its delivery queued again. */
const MAIL_SWEEP_AFTER_MS = 10 * 60 * 1000;

export interface ScheduledWorkReport {
  periodEnd: PeriodEndReport;
  notices: NoticeReport;
  mailRequeued: number;
}

/**
 * What the scheduler runs every few minutes, with the clock's "now": period ends (renewals,
 * terminations, retries, trial expiry), then the notices that fall due, then a sweep that
 * queues again any mail whose delivery job is gone.
 */
export class ScheduledWork {
  constructor(
    private readonly clock: Clock,
    private readonly periodEnd: PeriodEndService,
    private readonly notices: NoticeService,
    private readonly mail: MailDeliveryService | null,
    private readonly jobs: JobQueue,
    private readonly log: Logger,
  ) {}

  async run(): Promise<ScheduledWorkReport> {
    const periodEnd = await this.periodEnd.run();
    const notices = await this.notices.run();
    let mailRequeued = 0;
    if (this.mail) {
      const unsent = await this.mail.unsentBefore(new Date(this.clock.now().getTime() - MAIL_SWEEP_AFTER_MS));
      await this.jobs.requeueMail(unsent);
      mailRequeued = unsent.length;
    }
    this.log.debug({ periodEnd, notices, mailRequeued }, "scheduled work done");
    return { periodEnd, notices, mailRequeued };
  }
}
