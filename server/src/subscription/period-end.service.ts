import type { DataSource, EntityManager } from "typeorm";
import { Account } from "../account/account.entity.js";
import { billingContactEmails } from "../billing-contact/billing-contact.service.js";
import { periodEndAfter, periodLine } from "../catalog/period-line.js";
import { Product } from "../catalog/product.entity.js";
import type { Clock } from "../common/clock.js";
import { DAY_MS } from "../common/dates.js";
import type { Links } from "../common/links.js";
import type { Logger } from "../common/logger.js";
import { type Invoice, InvoiceKind, InvoiceStatus } from "../invoice/invoice.entity.js";
import type { InvoiceService } from "../invoice/invoice.service.js";
import type { OutboxService } from "../notifications/outbox.service.js";
import { PaymentMethod } from "../payment/payment-method.js";
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
 * is handled in a transaction of its own, under a row lock that other servers skip, so servers
 * running it side by side never do the same work twice.
 */
export class PeriodEndService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly invoices: InvoiceService,
    private readonly trials: TrialService,
    private readonly outbox: OutboxService,
    private readonly links: Links,
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
    // Renewed subscriptions can be due again if the run comes late; loop until nothing is due.
    for (let round = 0; round < 1000; round++) {
      const due: Array<{ id: string }> = await this.dataSource.query(
        `SELECT id FROM subscription WHERE status = 'ACTIVE' AND current_period_end <= $1
         ORDER BY current_period_end, id LIMIT ${BATCH}`,
        [this.clock.now()],
      );
      let handled = 0;
      for (const { id } of due) {
        const outcome = await this.dataSource.transaction((em) => this.endPeriod(em, id));
        if (outcome) {
          report[outcome] += 1;
          handled += 1;
        }
      }
      if (due.length < BATCH || handled === 0) break;
    }
    const pastDue: Array<{ id: string }> = await this.dataSource.query(
      "SELECT id FROM subscription WHERE status = 'PAST_DUE' ORDER BY current_period_start, id",
    );
    for (const { id } of pastDue) {
      const outcome = await this.dataSource.transaction((em) => this.retry(em, id));
      if (outcome) report[outcome] += 1;
    }
    if (Object.values(report).some((n) => n > 0)) this.log.info({ ...report }, "period-end processing");
    return report;
  }

  /** Renews or ends one due subscription; null when another server got to it first. */
  private async endPeriod(em: EntityManager, id: string): Promise<"renewed" | "canceled" | "pastDue" | null> {
    const now = this.clock.now();
    const subscription = await this.lockDue(em, id, "ACTIVE");
    if (!subscription || subscription.currentPeriodEnd > now) return null;
    if (!subscription.renew) {
      await em.update(
        Subscription,
        { id },
        {
          status: SubscriptionStatus.CANCELED,
          endedAt: subscription.currentPeriodEnd,
          customerId: null,
          assignedAt: null,
        },
      );
      return "canceled";
    }
    const start = subscription.currentPeriodEnd;
    const end = periodEndAfter(start, subscription.period);
    const quantity = subscription.nextQuantity ?? subscription.quantity;
    const product = await em.findOneByOrFail(Product, { id: subscription.productId });
    const invoice = await this.invoices.create(em, {
      resellerId: subscription.resellerId,
      subscriptionId: id,
      kind: InvoiceKind.RENEWAL,
      currency: subscription.priceSnapshot.currency,
      paymentMethod: subscription.paymentMethod,
      lines: [
        periodLine(
          subscription.priceSnapshot,
          product.code,
          product.name,
          subscription.period,
          quantity,
          `${start.toISOString().slice(0, 10)} to ${end.toISOString().slice(0, 10)}`,
        ),
      ],
    });
    await em.update(
      Subscription,
      { id },
      { currentPeriodStart: start, currentPeriodEnd: end, quantity, nextQuantity: null },
    );
    const paid =
      subscription.paymentMethod !== PaymentMethod.WIRE_TRANSFER &&
      (await this.invoices.charge(em, invoice, subscription.paymentMethod, subscription.paymentToken)).ok;
    if (paid) return "renewed";
    await em.update(Subscription, { id }, { status: SubscriptionStatus.PAST_DUE });
    await this.notifyUnpaid(em, subscription.resellerId, product, invoice);
    return "pastDue";
  }

  /** Charges a PAST_DUE subscription's open invoice again, once a day, and expires it after the grace days. */
  private async retry(em: EntityManager, id: string): Promise<"recovered" | "expired" | null> {
    const now = this.clock.now();
    const subscription = await this.lockDue(em, id, "PAST_DUE");
    if (!subscription) return null;
    const [open]: Array<{ id: string }> = await em.query(
      "SELECT id FROM invoice WHERE subscription_id = $1 AND status = 'OPEN' ORDER BY issued_at LIMIT 1",
      [id],
    );
    if (!open) {
      await em.update(Subscription, { id }, { status: SubscriptionStatus.ACTIVE });
      return "recovered";
    }
    const invoice = await this.invoices.lockOpen(em, open.id);
    const overdueSince = subscription.currentPeriodStart.getTime();
    if (now.getTime() - overdueSince >= PAST_DUE_GRACE_DAYS * DAY_MS) {
      await em.update(
        Subscription,
        { id },
        { status: SubscriptionStatus.EXPIRED, endedAt: now, customerId: null, assignedAt: null },
      );
      await em.query("UPDATE invoice SET status = $2 WHERE id = $1", [invoice.id, InvoiceStatus.VOID]);
      return "expired";
    }
    const lastAttempt = invoice.lastAttemptAt?.getTime() ?? 0;
    if (
      subscription.paymentMethod === PaymentMethod.WIRE_TRANSFER ||
      now.getTime() - lastAttempt < PAST_DUE_RETRY_MS
    ) {
      return null;
    }
    const charged = await this.invoices.charge(
      em,
      invoice,
      subscription.paymentMethod,
      subscription.paymentToken,
    );
    if (!charged.ok) return null;
    await em.update(Subscription, { id }, { status: SubscriptionStatus.ACTIVE });
    return "recovered";
  }

  private async lockDue(em: EntityManager, id: string, status: string): Promise<Subscription | null> {
    const [row]: Array<{ id: string }> = await em.query(
      "SELECT id FROM subscription WHERE id = $1 AND status = $2 FOR UPDATE SKIP LOCKED",
      [id, status],
    );
    return row ? em.findOneByOrFail(Subscription, { id }) : null;
  }

  private async notifyUnpaid(
    em: EntityManager,
    resellerId: string,
    product: Product,
    invoice: Invoice,
  ): Promise<void> {
    const reseller = await em.findOneByOrFail(Account, { id: resellerId });
    for (const email of await billingContactEmails(em, resellerId)) {
      await this.outbox.enqueue(em, email, "payment_failed", {
        resellerName: reseller.name,
        productName: product.name,
        invoiceNumber: invoice.number,
        amount: invoice.total,
        currency: invoice.currency,
        reason: invoice.lastPaymentError ?? "The payment is outstanding.",
        link: this.links.page("/billing"),
      });
    }
  }
}
