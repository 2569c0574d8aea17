import { Account } from "../account/account.entity.js";
import { describePeriod, periodEndAfter, periodLine } from "../catalog/period-line.js";
import { Product } from "../catalog/product.entity.js";
import type { Clock } from "../common/clock.js";
import { SYSTEM_ACTOR } from "../common/context.js";
import { DAY_MS } from "../common/dates.js";
import type { Logger } from "../common/logger.js";
import { eachInItsReseller, owned, type ResellerRow, tenantOf, tenantQuery } from "../db/tenant.js";
import type { ServiceContext, UnitOfWork } from "../db/unit-of-work.js";
import { InvoiceKind } from "../invoice/invoice.entity.js";
import type { InvoiceService } from "../invoice/invoice.service.js";
import { PaymentMethod } from "../payment/payment-method.js";
import type { WalletService } from "../payment/wallet.service.js";
import type { TrialService } from "../trial/trial.service.js";
import { Subscription, SubscriptionStatus } from "./subscription.entity.js";
import type { PeriodEndReport } from "./subscription.types.js";

/** How long after a failed renewal charge it is tried again. */
export const PAST_DUE_RETRY_MS = DAY_MS;
/** How long a renewal may stay unpaid before the subscription expires. */
export const PAST_DUE_GRACE_DAYS = 14;
const BATCH = 50;

/**
 * The work due at period ends, run by the scheduler (and by tests with a clock): renew or end
 * subscriptions, retry failed renewal charges, and expire what stayed unpaid. Each subscription
 * is handled in a transaction of its own for its reseller, under a row lock that other servers
 * skip, so servers running it side by side never do the same work twice.
 */
export class PeriodEndService {
  constructor(
    private readonly clock: Clock,
    private readonly work: UnitOfWork,
    private readonly invoices: InvoiceService,
    private readonly trials: TrialService,
    private readonly wallet: WalletService,
    private readonly log: Logger,
  ) {}

  async run(): Promise<PeriodEndReport> {
    const report: PeriodEndReport = {
      renewed: 0,
      canceled: 0,
      pastDue: 0,
      recovered: 0,
      expired: 0,
      trialsExpired: 0,
    };
    report.trialsExpired = await this.trials.expire();
    const scan = this.work.read(SYSTEM_ACTOR).em;
    // Renewed subscriptions can be due again if the run comes late; loop until nothing is due.
    for (let round = 0; round < 1000; round++) {
      const due: ResellerRow[] = await scan.query(
        `SELECT id, reseller_id FROM subscription WHERE status = $2 AND current_period_end <= $1
         ORDER BY current_period_end, id LIMIT ${BATCH}`,
        [this.clock.now(), SubscriptionStatus.ACTIVE],
      );
      let handled = 0;
      for (const outcome of await eachInItsReseller(this.work, due, (ctx, id) => this.endPeriod(ctx, id))) {
        if (outcome) {
          report[outcome] += 1;
          handled += 1;
        }
      }
      if (due.length < BATCH || handled === 0) break;
    }
    const pastDue: ResellerRow[] = await scan.query(
      "SELECT id, reseller_id FROM subscription WHERE status = $1 ORDER BY current_period_start, id",
      [SubscriptionStatus.PAST_DUE],
    );
    for (const outcome of await eachInItsReseller(this.work, pastDue, (ctx, id) => this.retry(ctx, id))) {
      if (outcome) report[outcome] += 1;
    }
    if (Object.values(report).some((n) => n > 0)) this.log.info({ ...report }, "period-end processing");
    return report;
  }

  /**
   * Renews or ends one due subscription; null when another server got to it first. A renewal
   * charges the subscription's saved method, and the default when that one is declined.
   */
  private async endPeriod(
    ctx: ServiceContext,
    id: string,
  ): Promise<"renewed" | "canceled" | "pastDue" | null> {
    const now = this.clock.now();
    const subscription = await this.lockDue(ctx, id, SubscriptionStatus.ACTIVE);
    if (!subscription || subscription.currentPeriodEnd > now) return null;
    const subscriptions = owned(ctx, Subscription);
    if (!subscription.renew) {
      await subscriptions.update(
        { id },
        {
          status: SubscriptionStatus.CANCELED,
          endedAt: subscription.currentPeriodEnd,
          customerId: null,
          assignedAt: null,
        },
      );
      await ctx.publish("subscription.canceled", id, {
        status: SubscriptionStatus.CANCELED,
        endedAt: subscription.currentPeriodEnd.toISOString(),
      });
      return "canceled";
    }
    const start = subscription.currentPeriodEnd;
    const end = periodEndAfter(start, subscription.period);
    const quantity = subscription.nextQuantity ?? subscription.quantity;
    const product = await ctx.em.findOneByOrFail(Product, { id: subscription.productId });
    const invoice = await this.invoices.create(ctx, subscription, InvoiceKind.RENEWAL, [
      periodLine(
        subscription.priceSnapshot,
        product.code,
        product.name,
        subscription.period,
        quantity,
        describePeriod(start, end),
        { start, end },
      ),
    ]);
    await subscriptions.update(
      { id },
      { currentPeriodStart: start, currentPeriodEnd: end, quantity, nextQuantity: null },
    );
    const paid =
      subscription.paymentMethod !== PaymentMethod.WIRE_TRANSFER &&
      (await this.wallet.charge(ctx, invoice, subscription, { fallBack: true })).ok;
    const period = {
      quantity,
      periodStart: start.toISOString(),
      periodEnd: end.toISOString(),
      invoiceId: invoice.id,
    };
    if (paid) {
      await ctx.publish("subscription.renewed", id, period);
      return "renewed";
    }
    await subscriptions.update({ id }, { status: SubscriptionStatus.PAST_DUE });
    await ctx.publish("subscription.past_due", id, period);
    const reseller = await ctx.em.findOneByOrFail(Account, { id: tenantOf(ctx) });
    await ctx.publish("invoice.payment_failed", invoice.id, {
      invoiceNumber: invoice.number,
      subscriptionId: id,
      amount: invoice.total,
      currency: invoice.currency,
      productName: product.name,
      reason: invoice.lastPaymentError ?? "The payment is outstanding.",
      resellerName: reseller.name,
    });
    return "pastDue";
  }

  /** Charges a PAST_DUE subscription's open invoice again, once a day, and expires it after the grace days. */
  private async retry(ctx: ServiceContext, id: string): Promise<"recovered" | "expired" | null> {
    const now = this.clock.now();
    const subscription = await this.lockDue(ctx, id, SubscriptionStatus.PAST_DUE);
    if (!subscription) return null;
    const subscriptions = owned(ctx, Subscription);
    const invoice = await this.invoices.lockOldestOpen(ctx, id);
    if (!invoice) {
      await subscriptions.update({ id }, { status: SubscriptionStatus.ACTIVE });
      return "recovered";
    }
    const overdueSince = subscription.currentPeriodStart.getTime();
    if (now.getTime() - overdueSince >= PAST_DUE_GRACE_DAYS * DAY_MS) {
      await subscriptions.update(
        { id },
        { status: SubscriptionStatus.EXPIRED, endedAt: now, customerId: null, assignedAt: null },
      );
      await this.invoices.markVoid(ctx, invoice);
      await ctx.publish("subscription.canceled", id, {
        status: SubscriptionStatus.EXPIRED,
        endedAt: now.toISOString(),
      });
      return "expired";
    }
    const lastAttempt = invoice.lastAttemptAt?.getTime() ?? 0;
    if (
      subscription.paymentMethod === PaymentMethod.WIRE_TRANSFER ||
      now.getTime() - lastAttempt < PAST_DUE_RETRY_MS
    ) {
      return null;
    }
    const charged = await this.wallet.charge(ctx, invoice, subscription, { fallBack: true });
    if (!charged.ok) return null;
    await subscriptions.update({ id }, { status: SubscriptionStatus.ACTIVE });
    return "recovered";
  }

  /** Locks one subscription still in `status`; null when another server holds it or it moved on. */
  private async lockDue(
    ctx: ServiceContext,
    id: string,
    status: SubscriptionStatus,
  ): Promise<Subscription | null> {
    const [row] = await tenantQuery<{ id: string }>(
      ctx,
      "SELECT id FROM subscription WHERE reseller_id = $1 AND id = $2 AND status = $3 FOR UPDATE SKIP LOCKED",
      [id, status],
    );
    return row ? owned(ctx, Subscription).findOne({ id }) : null;
  }
}
