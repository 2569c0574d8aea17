import type { DataSource, EntityManager } from "typeorm";
import { billingContactEmails } from "../billing-contact/billing-contact.service.js";
import { BillingPeriod } from "../catalog/catalog.types.js";
import { periodLine } from "../catalog/period-line.js";
import type { Clock } from "../common/clock.js";
import { type Actor, accountOf, SYSTEM_ACTOR } from "../common/context.js";
import { addDays } from "../common/dates.js";
import { fail, UserErrorCode } from "../common/errors.js";
import type { Links } from "../common/links.js";
import type { Logger } from "../common/logger.js";
import { decodeCursor, type Page, pageSize, toPage } from "../common/pagination.js";
import { bridgeContext } from "../db/unit-of-work.js";
import type { OutboxService } from "../notifications/outbox.service.js";
import type { Subscription } from "../subscription/subscription.entity.js";
import type { SubscriptionService } from "../subscription/subscription.service.js";
import { NoticeKind, type UpcomingNotice } from "./notice.types.js";

/** Days before a period end that its notice goes out. */
export const NOTICE_DAYS: Record<BillingPeriod, number> = {
  [BillingPeriod.YEARLY]: 90,
  [BillingPeriod.MONTHLY]: 7,
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

/**
 * Renewal, termination and trial-ending notices to a reseller's billing contacts. Each is
 * written once: the notice row's unique key (subscription and period end, or trial) decides,
 * however many servers run the scheduled work at the same time.
 */
export class NoticeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly subscriptions: SubscriptionService,
    private readonly outbox: OutboxService,
    private readonly links: Links,
    private readonly log: Logger,
  ) {}

  async run(): Promise<NoticeReport> {
    const now = this.clock.now();
    const report: NoticeReport = { renewal: 0, termination: 0, trialEnding: 0 };
    const due: Array<{ id: string; reseller_id: string }> = await this.dataSource.query(
      `SELECT s.id, s.reseller_id FROM subscription s
       WHERE s.status = 'ACTIVE' AND s.current_period_end > $1
         AND s.current_period_end <= $1::timestamptz + CASE s.period
           WHEN 'YEARLY' THEN make_interval(days => $2) ELSE make_interval(days => $3) END
         AND NOT EXISTS (SELECT 1 FROM notice n
                         WHERE n.subscription_id = s.id AND n.period_end = s.current_period_end)
       ORDER BY s.current_period_end, s.id`,
      [now, NOTICE_DAYS.YEARLY, NOTICE_DAYS.MONTHLY],
    );
    for (const { id, reseller_id } of due) {
      const kind = await this.dataSource.transaction((em) => this.subscriptionNotice(em, reseller_id, id));
      if (kind === NoticeKind.RENEWAL) report.renewal += 1;
      if (kind === NoticeKind.TERMINATION) report.termination += 1;
    }
    const trials: Array<{ id: string }> = await this.dataSource.query(
      `SELECT t.id FROM trial t
       WHERE t.status = 'ACTIVE' AND t.ends_at > $1 AND t.ends_at <= $1::timestamptz + make_interval(days => $2)
         AND NOT EXISTS (SELECT 1 FROM notice n WHERE n.trial_id = t.id)
       ORDER BY t.ends_at, t.id`,
      [now, TRIAL_ENDING_DAYS],
    );
    for (const { id } of trials) {
      if (await this.dataSource.transaction((em) => this.trialNotice(em, id))) report.trialEnding += 1;
    }
    if (Object.values(report).some((n) => n > 0)) this.log.info({ ...report }, "notices sent");
    return report;
  }

  /** Writes the notice of one subscription's coming period end; null when it exists already. */
  private async subscriptionNotice(
    em: EntityManager,
    resellerId: string,
    id: string,
  ): Promise<NoticeKind | null> {
    const [subscription] = await this.subscriptions.loadMany(bridgeContext(em, resellerId, SYSTEM_ACTOR), [
      id,
    ]);
    if (!subscription) return null;
    const notice = noticeOf(subscription);
    const recipients = await billingContactEmails(em, resellerId);
    const inserted: Array<{ id: string }> = await em.query(
      `INSERT INTO notice (reseller_id, kind, subscription_id, period_end, recipients, sent_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (subscription_id, period_end) WHERE subscription_id IS NOT NULL DO NOTHING
       RETURNING id`,
      [resellerId, notice.kind, id, subscription.currentPeriodEnd, recipients.length, this.clock.now()],
    );
    if (inserted.length === 0) return null;
    const data = {
      productName: subscription.product.name,
      periodEnd: notice.date.toISOString(),
      quantity: notice.quantity,
      amount: notice.amount,
      currency: notice.currency,
      customerName: subscription.customer?.companyName ?? null,
      link: this.links.page("/notices"),
    };
    const template = notice.kind === NoticeKind.RENEWAL ? "renewal_notice" : "termination_notice";
    for (const email of recipients) await this.outbox.enqueue(em, email, template, data);
    return notice.kind;
  }

  private async trialNotice(em: EntityManager, trialId: string): Promise<boolean> {
    const [trial]: Array<{
      reseller_id: string;
      ends_at: Date;
      product_name: string;
      company_name: string | null;
      entry_id: string | null;
    }> = await em.query(
      `SELECT t.reseller_id, t.ends_at, p.name AS product_name, l.company_name, l.id AS entry_id
       FROM trial t JOIN product p ON p.id = t.product_id
       LEFT JOIN customer_link l ON l.reseller_id = t.reseller_id AND l.customer_id = t.customer_id
                                AND l.removed_at IS NULL
       WHERE t.id = $1 AND t.status = 'ACTIVE'`,
      [trialId],
    );
    if (!trial) return false;
    const recipients = await billingContactEmails(em, trial.reseller_id);
    const inserted: Array<{ id: string }> = await em.query(
      `INSERT INTO notice (reseller_id, kind, trial_id, period_end, recipients, sent_at)
       VALUES ($1, 'TRIAL_ENDING', $2, $3, $4, $5)
       ON CONFLICT (trial_id) WHERE trial_id IS NOT NULL DO NOTHING
       RETURNING id`,
      [trial.reseller_id, trialId, trial.ends_at, recipients.length, this.clock.now()],
    );
    if (inserted.length === 0) return false;
    for (const email of recipients) {
      await this.outbox.enqueue(em, email, "trial_ending", {
        productName: trial.product_name,
        customerName: trial.company_name ?? "a former customer",
        endsAt: new Date(trial.ends_at).toISOString(),
        link: this.links.page(trial.entry_id ? `/customers/${trial.entry_id}` : "/customers"),
      });
    }
    return true;
  }

  /**
   * The reseller's running subscriptions whose period ends within `withinDays`, soonest first,
   * with what their notice says and whether it went out: three statements whatever the page size.
   */
  async upcoming(
    actor: Actor,
    args: { first?: number | null; after?: string | null; withinDays?: number | null },
  ): Promise<Page<UpcomingNotice>> {
    const resellerId = accountOf(actor);
    const size = pageSize(args.first);
    const withinDays = args.withinDays ?? NOTICE_DAYS.YEARLY;
    if (!Number.isInteger(withinDays) || withinDays < 1 || withinDays > 366) {
      fail(UserErrorCode.INVALID_INPUT, "withinDays", "withinDays must be from 1 to 366");
    }
    const now = this.clock.now();
    const until = addDays(now, withinDays);
    const params: unknown[] = [resellerId, now, until];
    let keyset = "";
    if (args.after) {
      const [end, id] = decodeCursor(args.after, ["timestamp", "uuid"]);
      params.push(end, id);
      keyset = "AND (s.current_period_end, s.id) > ($4::timestamptz, $5::uuid)";
    }
    const where = `s.reseller_id = $1 AND s.status = 'ACTIVE'
      AND s.current_period_end > $2 AND s.current_period_end <= $3`;
    const [rows, [{ count }]] = await Promise.all([
      this.dataSource.query(
        `SELECT s.id, n.sent_at FROM subscription s
         LEFT JOIN notice n ON n.subscription_id = s.id AND n.period_end = s.current_period_end
         WHERE ${where} ${keyset}
         ORDER BY s.current_period_end, s.id LIMIT ${size + 1}`,
        params,
      ) as Promise<Array<{ id: string; sent_at: Date | null }>>,
      this.dataSource.query(`SELECT count(*)::int AS count FROM subscription s WHERE ${where}`, [
        resellerId,
        now,
        until,
      ]) as Promise<Array<{ count: number }>>,
    ]);
    const loaded = await this.subscriptions.loadMany(
      bridgeContext(this.dataSource.manager, resellerId, SYSTEM_ACTOR),
      rows.map((r) => r.id),
    );
    const sentAt = new Map(rows.map((r) => [r.id, r.sent_at]));
    const notices = loaded.map((subscription) => ({
      ...noticeOf(subscription),
      noticeSentAt: sentAt.get(subscription.id) ?? null,
      subscription,
    }));
    return toPage(
      notices,
      size,
      Boolean(args.after),
      (n) => [n.date.toISOString(), n.subscription.id],
      count,
    );
  }
}
