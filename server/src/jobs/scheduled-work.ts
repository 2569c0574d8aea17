import type { AuditService } from "../audit/audit.service.js";
import type { Clock } from "../common/clock.js";
import type { Logger } from "../common/logger.js";
import type { RateLimitStore } from "../common/rate-limiter.js";
import type { EventBus } from "../events/event-bus.js";
import type { MailDeliveryService } from "../mail/mail-delivery.service.js";
import type { NoticeReport, NoticeService } from "../notice/notice.service.js";
import type { WalletService } from "../payment/wallet.service.js";
import type { QuoteRequestService } from "../quote-request/quote-request.service.js";
import type { PeriodEndService } from "../subscription/period-end.service.js";
import type { PeriodEndReport } from "../subscription/subscription.types.js";
import type { OveruseReport, UsageService } from "../usage/usage.service.js";
import type { JobQueue } from "./job-queue.js";

/** Mail still unsent, or an event still unhandled, this long after it was written is queued again. */
const SWEEP_AFTER_MS = 10 * 60 * 1000;

export interface ScheduledWorkReport {
  periodEnd: PeriodEndReport;
  notices: NoticeReport;
  /** Cards whose coming expiry was told to their billing contacts. */
  cardsExpiring: number;
  mailRequeued: number;
  eventsRequeued: number;
  /** Audit log entries older than the retention, deleted. */
  auditPurged: number;
  /** Special prices whose validity date passed without a purchase. */
  quotesExpired: number;
  /** Rate-limit counters (failed sign-ins among them) whose window ended over an hour ago, deleted. */
  rateLimitsPurged: number;
  /** The day's license over-use check, when this run was the day's first. */
  overuse: OveruseReport;
}

/**
 * What the scheduler runs every few minutes, with the clock's "now": period ends (renewals,
 * terminations, retries, trial expiry), then the notices that fall due (cards expiring among them)
 * and the special prices that expire, the day's license over-use check, then a sweep that
 * queues again any event or mail whose job is gone, then the audit log's retention purge and the
 * removal of rate-limit counters whose window is over.
 */
export class ScheduledWork {
  constructor(
    private readonly clock: Clock,
    private readonly periodEnd: PeriodEndService,
    private readonly notices: NoticeService,
    private readonly wallet: WalletService,
    private readonly events: EventBus,
    private readonly mail: MailDeliveryService | null,
    private readonly jobs: JobQueue,
    private readonly log: Logger,
    private readonly audit: AuditService | null = null,
    private readonly quoteRequests: QuoteRequestService | null = null,
    private readonly rateLimits: RateLimitStore | null = null,
    private readonly usage: UsageService | null = null,
  ) {}

  async run(): Promise<ScheduledWorkReport> {
    const periodEnd = await this.periodEnd.run();
    const notices = await this.notices.run();
    const cardsExpiring = await this.wallet.sendExpiryNotices();
    const quotesExpired = this.quoteRequests ? await this.quoteRequests.expire() : 0;
    const overuse = this.usage ? await this.usage.checkOveruse() : { over: 0, notified: 0 };
    const before = new Date(this.clock.now().getTime() - SWEEP_AFTER_MS);
    const unhandled = await this.events.unhandledBefore(before);
    await this.jobs.requeueEvents(unhandled);
    let mailRequeued = 0;
    if (this.mail) {
      const unsent = await this.mail.unsentBefore(before);
      await this.jobs.requeueMail(unsent);
      mailRequeued = unsent.length;
    }
    const auditPurged = this.audit ? await this.audit.purge() : 0;
    const rateLimitsPurged = this.rateLimits ? await this.rateLimits.purgeExpired() : 0;
    const report = {
      periodEnd,
      notices,
      cardsExpiring,
      mailRequeued,
      eventsRequeued: unhandled.length,
      auditPurged,
      quotesExpired,
      rateLimitsPurged,
      overuse,
    };
    this.log.debug(report, "scheduled work done");
    return report;
  }
}
