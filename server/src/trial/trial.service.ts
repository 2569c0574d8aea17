import type { DataSource, EntityManager } from "typeorm";
import type { CatalogService } from "../catalog/catalog.service.js";
import type { Clock } from "../common/clock.js";
import { type Actor, accountOf, SYSTEM_ACTOR } from "../common/context.js";
import { addDays, addMonths, startOfMonth } from "../common/dates.js";
import { isUniqueViolation } from "../common/db-errors.js";
import { fail, UserErrorCode, UserErrorsException, userError } from "../common/errors.js";
import type { Links } from "../common/links.js";
import type { CustomerService } from "../customer/customer.service.js";
import type { Customer } from "../customer/customer.types.js";
import { bridgeContext, type ServiceContext } from "../db/unit-of-work.js";
import type { OutboxService } from "../notifications/outbox.service.js";
import { Trial, TrialStatus } from "./trial.entity.js";
import {
  type CustomerTrial,
  type TrialEligibility,
  TrialIneligibility,
  type TrialQuota,
  type TrialReason,
} from "./trial.types.js";

/** Subscription statuses that rule a trial out: the customer already has (or is buying) licenses. */
const LIVE_SUBSCRIPTION = "('ACTIVE', 'PENDING_PAYMENT', 'PAST_DUE')";

/** The field a refusal of trialStart is about. */
const REASON_FIELDS: Record<TrialIneligibility, string | null> = {
  NOT_YOUR_CUSTOMER: "customerId",
  HAS_SUBSCRIPTION: "customerId",
  TRIAL_ALREADY_USED: "customerId",
  QUOTA_EXHAUSTED: null,
  PRODUCT_NOT_TRIAL_ENABLED: "productCode",
};

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Free trials: one per customer ever, from any reseller, lasting the reseller's tier trial days,
 * and at most the tier's trials per calendar month (UTC). Giving one locks the reseller's account
 * row, so parallel requests count the month's trials one after another.
 */
export class TrialService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly catalog: CatalogService,
    private readonly customers: CustomerService,
    private readonly outbox: OutboxService,
    private readonly links: Links,
  ) {}

  quota(actor: Actor): Promise<TrialQuota> {
    return this.quotaOf(this.dataSource.manager, accountOf(actor));
  }

  async eligibility(actor: Actor, customerId: string, productCode: string): Promise<TrialEligibility> {
    const em = this.dataSource.manager;
    const resellerId = accountOf(actor);
    const customer = await this.customers.get(bridgeContext(em, resellerId, SYSTEM_ACTOR), customerId);
    return this.evaluate(em, resellerId, customer, productCode);
  }

  start(actor: Actor, customerId: string, productCode: string): Promise<Trial> {
    const resellerId = accountOf(actor);
    return this.dataSource
      .transaction(async (em) => {
        await em.query("SELECT 1 FROM account WHERE id = $1 FOR UPDATE", [resellerId]);
        const customer = await this.customers.get(bridgeContext(em, resellerId, SYSTEM_ACTOR), customerId);
        if (!customer) fail(UserErrorCode.NOT_FOUND, "customerId", "Customer not found.");
        await em.query("SELECT 1 FROM account WHERE id = $1 FOR UPDATE", [customer.customerAccountId]);
        const verdict = await this.evaluate(em, resellerId, customer, productCode);
        if (!verdict.eligible) {
          throw new UserErrorsException(
            verdict.reasons.map((r) =>
              userError(
                UserErrorCode[r.code as keyof typeof UserErrorCode],
                REASON_FIELDS[r.code],
                r.message,
              ),
            ),
          );
        }
        const product = await this.catalog.find(bridgeContext(em, resellerId, SYSTEM_ACTOR), productCode, {
          includeInactive: false,
        });
        const now = this.clock.now();
        const trial = await em.save(
          em.create(Trial, {
            resellerId,
            customerId: customer.customerAccountId,
            productId: product?.id,
            status: TrialStatus.ACTIVE,
            startedAt: now,
            endsAt: addDays(now, verdict.trialDays),
            endedAt: null,
          }),
        );
        const [reseller]: Array<{ name: string }> = await em.query("SELECT name FROM account WHERE id = $1", [
          resellerId,
        ]);
        await this.outbox.enqueue(em, customer.email, "trial_started", {
          resellerName: reseller.name,
          productName: product?.name ?? "",
          endsAt: trial.endsAt.toISOString(),
          link: this.links.page("/my-account"),
        });
        return em.findOneOrFail(Trial, { where: { id: trial.id }, relations: { product: { bands: true } } });
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) {
          fail(UserErrorCode.TRIAL_ALREADY_USED, "customerId", "This customer has already had a trial.");
        }
        throw error;
      });
  }

  /** A subscription for the customer ends its running trial as CONVERTED. */
  async convert(ctx: ServiceContext, customerAccountId: string): Promise<void> {
    await ctx.em.query(
      "UPDATE trial SET status = 'CONVERTED', ended_at = $2 WHERE customer_id = $1 AND status = 'ACTIVE'",
      [customerAccountId, this.clock.now()],
    );
  }

  /** Ends the trials whose end date has come; the period-end run calls it. */
  async expire(): Promise<number> {
    const [{ expired }]: Array<{ expired: number }> = await this.dataSource.query(
      `WITH ended AS (
         UPDATE trial SET status = 'EXPIRED', ended_at = ends_at
         WHERE status = 'ACTIVE' AND ends_at <= $1 RETURNING id)
       SELECT count(*)::int AS expired FROM ended`,
      [this.clock.now()],
    );
    return expired;
  }

  /** The trial each of some customers got from this reseller, and only from it. */
  async forCustomers(resellerId: string, customerAccountIds: readonly string[]): Promise<Map<string, Trial>> {
    const trials = customerAccountIds.length
      ? await this.dataSource
          .getRepository(Trial)
          .createQueryBuilder("t")
          .leftJoinAndSelect("t.product", "p")
          .leftJoinAndSelect("p.bands", "b")
          .where("t.reseller_id = :resellerId AND t.customer_id IN (:...ids)", {
            resellerId,
            ids: [...customerAccountIds],
          })
          .getMany()
      : [];
    return new Map(trials.map((t) => [t.customerId, t]));
  }

  /** What the customer's portal shows: its trial, with the reseller that gave it. */
  async givenTo(customerAccountId: string): Promise<CustomerTrial[]> {
    const rows: Array<{ code: string; name: string; ends_at: Date; status: string; reseller_name: string }> =
      await this.dataSource.query(
        `SELECT p.code, p.name, t.ends_at, t.status, r.name AS reseller_name
         FROM trial t JOIN product p ON p.id = t.product_id JOIN account r ON r.id = t.reseller_id
         WHERE t.customer_id = $1`,
        [customerAccountId],
      );
    return rows.map((r) => ({
      productCode: r.code,
      productName: r.name,
      endsAt: r.ends_at,
      status: r.status,
      resellerName: r.reseller_name,
    }));
  }

  private async quotaOf(em: EntityManager, resellerId: string): Promise<TrialQuota> {
    const now = this.clock.now();
    const monthStart = startOfMonth(now);
    const [row]: Array<{ used: number; limit: number }> = await em.query(
      `SELECT (SELECT count(*)::int FROM trial WHERE reseller_id = a.id AND started_at >= $2) AS used,
              t.trials_per_month AS limit
       FROM account a JOIN tier t ON t.id = a.tier_id WHERE a.id = $1`,
      [resellerId, monthStart],
    );
    return {
      used: row.used,
      limit: row.limit,
      remaining: Math.max(0, row.limit - row.used),
      resetsAt: addMonths(monthStart, 1),
    };
  }

  private async evaluate(
    em: EntityManager,
    resellerId: string,
    customer: Customer | null,
    productCode: string,
  ): Promise<TrialEligibility> {
    const quota = await this.quotaOf(em, resellerId);
    const [{ trial_days: trialDays }]: Array<{ trial_days: number }> = await em.query(
      "SELECT t.trial_days FROM account a JOIN tier t ON t.id = a.tier_id WHERE a.id = $1",
      [resellerId],
    );
    const reasons: TrialReason[] = [];
    const reason = (code: TrialIneligibility, message: string, resetsAt: Date | null = null) =>
      reasons.push({ code, message, resetsAt });
    if (!customer) {
      // Nothing else is told about someone else's customer.
      reason(TrialIneligibility.NOT_YOUR_CUSTOMER, "This customer is not on your list.");
      return { eligible: false, reasons, quota, trialDays };
    }
    const [facts]: Array<{ has_subscription: boolean; had_trial: boolean }> = await em.query(
      `SELECT EXISTS (SELECT 1 FROM subscription WHERE customer_id = $1 AND status IN ${LIVE_SUBSCRIPTION}) AS has_subscription,
              EXISTS (SELECT 1 FROM trial WHERE customer_id = $1) AS had_trial`,
      [customer.customerAccountId],
    );
    if (facts.has_subscription) {
      reason(
        TrialIneligibility.HAS_SUBSCRIPTION,
        "This customer already has a subscription, so a trial is not available.",
      );
    }
    if (facts.had_trial) {
      reason(TrialIneligibility.TRIAL_ALREADY_USED, "This customer has already had a free trial.");
    }
    const product = await this.catalog.find(bridgeContext(em, resellerId, SYSTEM_ACTOR), productCode, {
      includeInactive: false,
    });
    if (!product?.trialEnabled) {
      reason(
        TrialIneligibility.PRODUCT_NOT_TRIAL_ENABLED,
        product ? `${product.name} has no free trial.` : `There is no product "${productCode}" on sale.`,
      );
    }
    if (quota.remaining === 0) {
      reason(
        TrialIneligibility.QUOTA_EXHAUSTED,
        `You have given all ${quota.limit} trials of this month; more from ${day(quota.resetsAt)}.`,
        quota.resetsAt,
      );
    }
    return { eligible: reasons.length === 0, reasons, quota, trialDays };
  }
}
