import { In } from "typeorm";
import { AnnexService } from "../annex/annex.service.js";
import type { CatalogService } from "../catalog/catalog.service.js";
import type { Clock } from "../common/clock.js";
import { SYSTEM_ACTOR } from "../common/context.js";
import { addDays, addMonths, startOfMonth } from "../common/dates.js";
import { isUniqueViolation } from "../common/db-errors.js";
import { fail, UserErrorCode, UserErrorsException, userError } from "../common/errors.js";
import { isUuid } from "../common/ids.js";
import type { CustomerService } from "../customer/customer.service.js";
import type { Customer } from "../customer/customer.types.js";
import { owned, tenantOf, tenantQuery } from "../db/tenant.js";
import type { ServiceContext, UnitOfWork } from "../db/unit-of-work.js";
import { SubscriptionStatus } from "../subscription/subscription.entity.js";
import { Trial, TrialStatus } from "./trial.entity.js";
import {
  type CustomerTrial,
  type TrialEligibility,
  TrialIneligibility,
  type TrialQuota,
  type TrialReason,
} from "./trial.types.js";

/** Subscription statuses that rule a trial out: the customer already has (or is buying) licenses. */
const LIVE_SUBSCRIPTION = [
  SubscriptionStatus.ACTIVE,
  SubscriptionStatus.PENDING_PAYMENT,
  SubscriptionStatus.PAST_DUE,
];

/** The field a refusal of trialStart is about. */
const REASON_FIELDS: Record<TrialIneligibility, string | null> = {
  NOT_YOUR_CUSTOMER: "customerId",
  HAS_SUBSCRIPTION: "customerId",
  TRIAL_ALREADY_USED: "customerId",
  QUOTA_EXHAUSTED: null,
  PRODUCT_NOT_TRIAL_ENABLED: "productCode",
  ANNEX_NOT_ACCEPTED: null,
};

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A trial that just ended, with the reseller's current list entry of its customer. */
interface EndedTrial {
  id: string;
  reseller_id: string;
  ended_at: Date;
  product_code: string;
  entry_id: string | null;
}

/** What the `trial.expired` and `trial.converted` events say of an ended trial. */
function endedPayload(trial: EndedTrial) {
  return {
    productCode: trial.product_code,
    endedAt: new Date(trial.ended_at).toISOString(),
    customer: trial.entry_id ? { id: trial.entry_id } : null,
  };
}

/** Each trial `ended` returns, with its product code and its customer's list entry. */
const ENDED_TRIALS = `
  SELECT e.id, e.reseller_id, e.ended_at, p.code AS product_code, l.id AS entry_id
  FROM ended e JOIN product p ON p.id = e.product_id
  LEFT JOIN customer_link l ON l.reseller_id = e.reseller_id AND l.customer_id = e.customer_id
                           AND l.removed_at IS NULL
  ORDER BY e.ends_at, e.id`;

/**
 * Ends the context reseller's running trials whose end date has come, in one statement: they end
 * EXPIRED at their end date. A trial ended meanwhile by another run is skipped.
 */
function expireEndedTrials(ctx: ServiceContext, now: Date): Promise<EndedTrial[]> {
  return tenantQuery<EndedTrial>(
    ctx,
    `WITH ended AS (
       UPDATE trial SET status = $2, ended_at = ends_at
       WHERE reseller_id = $1 AND status = $3 AND ends_at <= $4
       RETURNING id, reseller_id, customer_id, product_id, ends_at, ended_at)
     ${ENDED_TRIALS}`,
    [TrialStatus.EXPIRED, TrialStatus.ACTIVE, now],
  );
}

/**
 * Free trials: one per customer ever, from any reseller, lasting the reseller's tier trial days,
 * and at most the tier's trials per calendar month (UTC). Giving one locks the reseller's account
 * row, so parallel requests count the month's trials one after another.
 */
export class TrialService {
  constructor(
    private readonly clock: Clock,
    private readonly catalog: CatalogService,
    private readonly customers: CustomerService,
    private readonly work: UnitOfWork,
    private readonly annex: AnnexService,
  ) {}

  quota(ctx: ServiceContext): Promise<TrialQuota> {
    return this.quotaOf(ctx);
  }

  async eligibility(ctx: ServiceContext, customerId: string, productCode: string): Promise<TrialEligibility> {
    return this.evaluate(ctx, await this.customers.get(ctx, customerId), productCode);
  }

  /** Gives a customer of the context's list a trial; `trial.started` tells the customer. */
  async start(ctx: ServiceContext, customerId: string, productCode: string): Promise<Trial> {
    const { em } = ctx;
    const resellerId = tenantOf(ctx);
    await em.query("SELECT 1 FROM account WHERE id = $1 FOR UPDATE", [resellerId]);
    const customer = await this.customers.get(ctx, customerId);
    if (!customer) fail(UserErrorCode.NOT_FOUND, "customerId", "Customer not found.");
    await em.query("SELECT 1 FROM account WHERE id = $1 FOR UPDATE", [customer.customerAccountId]);
    const verdict = await this.evaluate(ctx, customer, productCode);
    if (!verdict.eligible) {
      throw new UserErrorsException(
        verdict.reasons.map((r) =>
          userError(UserErrorCode[r.code as keyof typeof UserErrorCode], REASON_FIELDS[r.code], r.message),
        ),
      );
    }
    const product = await this.catalog.find(ctx, productCode, { includeInactive: false });
    const now = this.clock.now();
    const trial = await owned(ctx, Trial)
      .create({
        customerId: customer.customerAccountId,
        productId: product?.id,
        status: TrialStatus.ACTIVE,
        startedAt: now,
        endsAt: addDays(now, verdict.trialDays),
        endedAt: null,
      })
      .catch((error: unknown) =>
        isUniqueViolation(error)
          ? fail(UserErrorCode.TRIAL_ALREADY_USED, "customerId", "This customer has already had a trial.")
          : Promise.reject(error),
      );
    const [reseller]: Array<{ name: string }> = await em.query("SELECT name FROM account WHERE id = $1", [
      resellerId,
    ]);
    await ctx.publish("trial.started", trial.id, {
      productName: product?.name ?? "",
      endsAt: trial.endsAt.toISOString(),
      customer: { id: customer.id, email: customer.email, companyName: customer.companyName },
      resellerName: reseller.name,
    });
    return (await owned(ctx, Trial).findOne({ id: trial.id }, { product: { bands: true } })) as Trial;
  }

  /**
   * A subscription for the customer ends its running trial as CONVERTED, whichever reseller sold
   * it: the customer has licenses now, and it had its one trial.
   */
  async convert(ctx: ServiceContext, customerAccountId: string): Promise<void> {
    const converted: EndedTrial[] = await ctx.em.query(
      `WITH ended AS (
         UPDATE trial SET status = $2, ended_at = $3
         WHERE customer_id = $1 AND status = $4
         RETURNING id, reseller_id, customer_id, product_id, ends_at, ended_at)
       ${ENDED_TRIALS}`,
      [customerAccountId, TrialStatus.CONVERTED, this.clock.now(), TrialStatus.ACTIVE],
    );
    for (const trial of converted) {
      await ctx.publish("trial.converted", trial.id, endedPayload(trial), trial.reseller_id);
    }
  }

  /**
   * Ends the trials whose end date has come, one reseller per transaction; the period-end run
   * calls it. Returns how many ended.
   */
  async expire(): Promise<number> {
    const now = this.clock.now();
    const due: Array<{ reseller_id: string }> = await this.work
      .read(SYSTEM_ACTOR)
      .em.query(
        "SELECT DISTINCT reseller_id FROM trial WHERE status = $1 AND ends_at <= $2 ORDER BY reseller_id",
        [TrialStatus.ACTIVE, now],
      );
    let expired = 0;
    for (const { reseller_id: accountId } of due) {
      expired += await this.work.run(SYSTEM_ACTOR, (ctx) => this.expireDue(ctx, now), { accountId });
    }
    return expired;
  }

  /** One trial the context's reseller gave; null when it gave none with that id. */
  async get(ctx: ServiceContext, id: string): Promise<Trial | null> {
    if (!isUuid(id)) return null;
    return owned(ctx, Trial).findOne({ id }, { product: { bands: true } });
  }

  /** The trial each of some customers got from the context's reseller, and only from it. */
  async forCustomers(
    ctx: ServiceContext,
    customerAccountIds: readonly string[],
  ): Promise<Map<string, Trial>> {
    const trials = customerAccountIds.length
      ? await owned(ctx, Trial).find({
          where: { customerId: In([...customerAccountIds]) },
          relations: { product: { bands: true } },
        })
      : [];
    return new Map(trials.map((t) => [t.customerId, t]));
  }

  /** What the customer's portal shows: its trial, with the reseller that gave it. */
  async givenTo(ctx: ServiceContext): Promise<CustomerTrial[]> {
    const rows: Array<{
      code: string;
      name: string;
      ends_at: Date;
      status: string;
      reseller_id: string;
      reseller_name: string;
    }> = await ctx.em.query(
      `SELECT p.code, p.name, t.ends_at, t.status, r.id AS reseller_id, r.name AS reseller_name
         FROM trial t JOIN product p ON p.id = t.product_id JOIN account r ON r.id = t.reseller_id
         WHERE t.customer_id = $1`,
      [tenantOf(ctx)],
    );
    return rows.map((r) => ({
      productCode: r.code,
      productName: r.name,
      endsAt: r.ends_at,
      status: r.status,
      resellerId: r.reseller_id,
      resellerName: r.reseller_name,
    }));
  }

  private async expireDue(ctx: ServiceContext, now: Date): Promise<number> {
    const expired = await expireEndedTrials(ctx, now);
    for (const trial of expired) await ctx.publish("trial.expired", trial.id, endedPayload(trial));
    return expired.length;
  }

  private async quotaOf(ctx: ServiceContext): Promise<TrialQuota> {
    const monthStart = startOfMonth(this.clock.now());
    const [row] = await tenantQuery<{ used: number; limit: number }>(
      ctx,
      `SELECT (SELECT count(*)::int FROM trial WHERE reseller_id = $1 AND started_at >= $2) AS used,
              t.trials_per_month AS limit
       FROM account a JOIN tier t ON t.id = a.tier_id WHERE a.id = $1`,
      [monthStart],
    );
    return {
      used: row.used,
      limit: row.limit,
      remaining: Math.max(0, row.limit - row.used),
      resetsAt: addMonths(monthStart, 1),
    };
  }

  private async evaluate(
    ctx: ServiceContext,
    customer: Customer | null,
    productCode: string,
  ): Promise<TrialEligibility> {
    const quota = await this.quotaOf(ctx);
    const [{ trial_days: trialDays }]: Array<{ trial_days: number }> = await ctx.em.query(
      "SELECT t.trial_days FROM account a JOIN tier t ON t.id = a.tier_id WHERE a.id = $1",
      [tenantOf(ctx)],
    );
    const reasons: TrialReason[] = [];
    const reason = (code: TrialIneligibility, message: string, resetsAt: Date | null = null) =>
      reasons.push({ code, message, resetsAt });
    if (!customer) {
      // Nothing else is told about someone else's customer.
      reason(TrialIneligibility.NOT_YOUR_CUSTOMER, "This customer is not on your list.");
      return { eligible: false, reasons, quota, trialDays };
    }
    // Across resellers on purpose: a customer with licenses from anyone, or a trial from anyone,
    // gets no trial.
    const [facts]: Array<{ has_subscription: boolean; had_trial: boolean }> = await ctx.em.query(
      `SELECT EXISTS (SELECT 1 FROM subscription WHERE customer_id = $1 AND status = ANY($2)) AS has_subscription,
              EXISTS (SELECT 1 FROM trial WHERE customer_id = $1) AS had_trial`,
      [customer.customerAccountId, LIVE_SUBSCRIPTION],
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
    const product = await this.catalog.find(ctx, productCode, { includeInactive: false });
    if (!product?.trialEnabled) {
      reason(
        TrialIneligibility.PRODUCT_NOT_TRIAL_ENABLED,
        product ? `${product.name} has no free trial.` : `There is no product "${productCode}" on sale.`,
      );
    }
    const annex = await this.annex.unaccepted(ctx);
    if (annex) reason(TrialIneligibility.ANNEX_NOT_ACCEPTED, AnnexService.refusal(annex));
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
