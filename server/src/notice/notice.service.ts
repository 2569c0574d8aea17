import { billingContactEmails } from "../billing-contact/billing-contact.service.js";
import { BillingPeriod } from "../catalog/catalog.types.js";
import { periodLine } from "../catalog/period-line.js";
import { PERIOD_TERMS } from "../catalog/period-terms.js";
import type { Clock } from "../common/clock.js";
import { SYSTEM_ACTOR } from "../common/context.js";
import { addDays } from "../common/dates.js";
import { fail, UserErrorCode } from "../common/errors.js";
import type { Logger } from "../common/logger.js";
import { type KeysetOrder, keysetPage, type Page, type PageArgs } from "../common/pagination.js";
import { binder } from "../common/sql.js";
import { eachInItsReseller, type ResellerRow, tenantOf, tenantQuery } from "../db/tenant.js";
import type { ServiceContext, UnitOfWork } from "../db/unit-of-work.js";
import { type Subscription, SubscriptionStatus } from "../subscription/subscription.entity.js";
import type { SubscriptionService } from "../subscription/subscription.service.js";
import { TrialStatus } from "../trial/trial.entity.js";
import { NoticeKind, type UpcomingNotice } from "./notice.types.js";

/** Days before a period end that its notice goes out: 90 for a year, 30 for a quarter, 7 for a month. */
export const NOTICE_DAYS: Record<BillingPeriod, number> = {
  [BillingPeriod.YEARLY]: PERIOD_TERMS.YEARLY.noticeDays,
  [BillingPeriod.QUARTERLY]: PERIOD_TERMS.QUARTERLY.noticeDays,
  [BillingPeriod.MONTHLY]: PERIOD_TERMS.MONTHLY.noticeDays,
};
/** Days before a trial ends that the reseller is told. */
export const TRIAL_ENDING_DAYS = 3;

export interface NoticeReport {
  renewal: number;
  termination: number;
  trialEnding: number;
}

/** What the notice of a subscription's coming period end says. */
function noticeOf(subscription: Subscription): Omit<UpcomingNotice, "noticeSentAt" | "subscription"> {
  const kind = subscription.renew ? NoticeKind.RENEWAL : NoticeKind.TERMINATION;
  const quantity =
    kind === NoticeKind.RENEWAL
      ? (subscription.nextQuantity ?? subscription.quantity)
      : subscription.quantity;
  const amount =
    kind === NoticeKind.RENEWAL
      ? periodLine(
          subscription.priceSnapshot,
          subscription.product.code,
          subscription.product.name,
          subscription.period,
          quantity,
          "renewal",
        ).amount
      : null;
  return {
    kind,
    date: subscription.currentPeriodEnd,
    quantity,
    amount,
    currency: subscription.priceSnapshot.currency,
    noticeDate: addDays(subscription.currentPeriodEnd, -NOTICE_DAYS[subscription.period]),
  };
}

/** Upcoming period ends, soonest first. */
const SOONEST_FIRST: KeysetOrder<UpcomingNotice> = {
  key: "s.current_period_end",
  id: "s.id",
  part: "timestamp",
  cursor: (n) => [n.date.toISOString(), n.subscription.id],
};

/** The notice row's kind for a trial's coming end; the API lists only subscription notices. */
const TRIAL_ENDING = "TRIAL_ENDING";

/**
 * Running subscriptions of every reseller whose notice is due and not yet written, soonest first.
 */
function dueSubscriptionNotices(ctx: ServiceContext, now: Date): Promise<ResellerRow[]> {
  return ctx.em.query(
    `SELECT s.id, s.reseller_id FROM subscription s
     WHERE s.status = $4 AND s.current_period_end > $1
       AND s.current_period_end <= $1::timestamptz + make_interval(days => CASE s.period
         WHEN '${BillingPeriod.YEARLY}' THEN $2::int WHEN '${BillingPeriod.QUARTERLY}' THEN $5::int ELSE $3::int END)
       AND NOT EXISTS (SELECT 1 FROM notice n
                       WHERE n.subscription_id = s.id AND n.period_end = s.current_period_end)
     ORDER BY s.current_period_end, s.id`,
    [now, NOTICE_DAYS.YEARLY, NOTICE_DAYS.MONTHLY, SubscriptionStatus.ACTIVE, NOTICE_DAYS.QUARTERLY],
  );
}

/** Running trials of every reseller that end within the warning days and were not warned of yet. */
function dueTrialNotices(ctx: ServiceContext, now: Date): Promise<ResellerRow[]> {
  return ctx.em.query(
    `SELECT t.id, t.reseller_id FROM trial t
     WHERE t.status = $3 AND t.ends_at > $1 AND t.ends_at <= $1::timestamptz + make_interval(days => $2)
       AND NOT EXISTS (SELECT 1 FROM notice n WHERE n.trial_id = t.id)
     ORDER BY t.ends_at, t.id`,
    [now, TRIAL_ENDING_DAYS, TrialStatus.ACTIVE],
  );
}

/**
 * Renewal, termination and trial-ending notices to a reseller's billing contacts. Each is
 * written once, with the event that mails it: the notice row's unique key (subscription and
 * period end, or trial) decides, however many servers run the scheduled work at the same time.
 */
export class NoticeService {
  constructor(
    private readonly clock: Clock,
    private readonly subscriptions: SubscriptionService,
    private readonly work: UnitOfWork,
    private readonly log: Logger,
  ) {}

  /** Writes every notice that fell due, each in a transaction of its own reseller. */
  async run(): Promise<NoticeReport> {
    const now = this.clock.now();
    const reads = this.work.read(SYSTEM_ACTOR);
    const kinds = await eachInItsReseller(this.work, await dueSubscriptionNotices(reads, now), (ctx, id) =>
      this.subscriptionNotice(ctx, id),
    );
    const warned = await eachInItsReseller(this.work, await dueTrialNotices(reads, now), (ctx, id) =>
      this.trialNotice(ctx, id),
    );
    const report: NoticeReport = {
      renewal: kinds.filter((kind) => kind === NoticeKind.RENEWAL).length,
      termination: kinds.filter((kind) => kind === NoticeKind.TERMINATION).length,
      trialEnding: warned.filter(Boolean).length,
    };
    if (Object.values(report).some((n) => n > 0)) this.log.info({ ...report }, "notices sent");
    return report;
  }

  /**
   * Writes the notice of one subscription's coming period end and publishes
   * `subscription.period_ending`; null when the notice exists already.
   */
  private async subscriptionNotice(ctx: ServiceContext, id: string): Promise<NoticeKind | null> {
    const [subscription] = await this.subscriptions.loadMany(ctx, [id]);
    if (!subscription) return null;
    const notice = noticeOf(subscription);
    const recipients = await billingContactEmails(ctx.em, tenantOf(ctx));
    const inserted = await tenantQuery<{ id: string }>(
      ctx,
      `INSERT INTO notice (reseller_id, kind, subscription_id, period_end, recipients, sent_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (subscription_id, period_end) WHERE subscription_id IS NOT NULL DO NOTHING
       RETURNING id`,
      [notice.kind, id, subscription.currentPeriodEnd, recipients.length, this.clock.now()],
    );
    if (inserted.length === 0) return null;
    await ctx.publish("subscription.period_ending", id, {
      renews: notice.kind === NoticeKind.RENEWAL,
      productName: subscription.product.name,
      periodEnd: notice.date.toISOString(),
      quantity: notice.quantity,
      amount: notice.amount,
      currency: notice.currency,
      customerName: subscription.customer?.companyName ?? null,
    });
    return notice.kind;
  }

  /** Writes the notice of one trial's coming end and publishes `trial.ending`; false when it exists. */
  private async trialNotice(ctx: ServiceContext, trialId: string): Promise<boolean> {
    const [trial] = await tenantQuery<{
      ends_at: Date;
      product_name: string;
      customer: { id: string; companyName: string } | null;
    }>(
      ctx,
      `SELECT t.ends_at, p.name AS product_name,
              CASE WHEN l.id IS NULL THEN NULL
                   ELSE json_build_object('id', l.id, 'companyName', l.company_name) END AS customer
       FROM trial t JOIN product p ON p.id = t.product_id
       LEFT JOIN customer_link l ON l.reseller_id = t.reseller_id AND l.customer_id = t.customer_id
                                AND l.removed_at IS NULL
       WHERE t.reseller_id = $1 AND t.id = $2 AND t.status = $3`,
      [trialId, TrialStatus.ACTIVE],
    );
    if (!trial) return false;
    const recipients = await billingContactEmails(ctx.em, tenantOf(ctx));
    const inserted = await tenantQuery<{ id: string }>(
      ctx,
      `INSERT INTO notice (reseller_id, kind, trial_id, period_end, recipients, sent_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (trial_id) WHERE trial_id IS NOT NULL DO NOTHING
       RETURNING id`,
      [TRIAL_ENDING, trialId, trial.ends_at, recipients.length, this.clock.now()],
    );
    if (inserted.length === 0) return false;
    await ctx.publish("trial.ending", trialId, {
      productName: trial.product_name,
      endsAt: new Date(trial.ends_at).toISOString(),
      customer: trial.customer,
    });
    return true;
  }

  /**
   * The context reseller's running subscriptions whose period ends within `withinDays`, soonest
   * first, with what their notice says and whether it went out: three statements whatever the
   * page size.
   */
  async upcoming(
    ctx: ServiceContext,
    args: PageArgs & { withinDays?: number | null },
  ): Promise<Page<UpcomingNotice>> {
    const page = keysetPage(args, SOONEST_FIRST);
    const withinDays = args.withinDays ?? NOTICE_DAYS.YEARLY;
    if (!Number.isInteger(withinDays) || withinDays < 1 || withinDays > 366) {
      fail(UserErrorCode.INVALID_INPUT, "withinDays", "withinDays must be from 1 to 366");
    }
    const now = this.clock.now();
    const until = addDays(now, withinDays);
    const params: unknown[] = [SubscriptionStatus.ACTIVE, now, until];
    const after = page.after(binder(params, 1));
    const where = `s.reseller_id = $1 AND s.status = $2
      AND s.current_period_end > $3 AND s.current_period_end <= $4`;
    const [rows, [{ count }]] = await Promise.all([
      tenantQuery<{ id: string; sent_at: Date | null }>(
        ctx,
        `SELECT s.id, n.sent_at FROM subscription s
         LEFT JOIN notice n ON n.subscription_id = s.id AND n.period_end = s.current_period_end
         WHERE ${where} ${after ? `AND ${after}` : ""}
         ORDER BY ${page.orderBy} LIMIT ${page.limit}`,
        params,
      ),
      tenantQuery<{ count: number }>(
        ctx,
        `SELECT count(*)::int AS count FROM subscription s WHERE ${where}`,
        params.slice(0, 3),
      ),
    ]);
    const loaded = await this.subscriptions.loadMany(
      ctx,
      rows.map((r) => r.id),
    );
    const sentAt = new Map(rows.map((r) => [r.id, r.sent_at]));
    const notices = loaded.map((subscription) => ({
      ...noticeOf(subscription),
      noticeSentAt: sentAt.get(subscription.id) ?? null,
      subscription,
    }));
    return page.of(notices, count);
  }
}
