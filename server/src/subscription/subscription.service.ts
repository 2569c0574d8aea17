import type { AnnexService } from "../annex/annex.service.js";
import { BillingPeriod } from "../catalog/catalog.types.js";
import { describePeriod, periodEndAfter, periodLine, prorationLine } from "../catalog/period-line.js";
import { isValidQuantity, minimumError, QUANTITY_MESSAGE } from "../catalog/pricing.js";
import { Product } from "../catalog/product.entity.js";
import type { QuoteService } from "../catalog/quote.service.js";
import type { Clock } from "../common/clock.js";
import { daysUntil } from "../common/dates.js";
import { fail, UserErrorCode } from "../common/errors.js";
import { claimIdempotencyKey, saveIdempotentResult } from "../common/idempotency.js";
import { isUuid } from "../common/ids.js";
import {
  countOfQuery,
  type KeysetOrder,
  keysetPage,
  type Page,
  type PageArgs,
} from "../common/pagination.js";
import type { CustomerService } from "../customer/customer.service.js";
import type { Customer } from "../customer/customer.types.js";
import { owned, tenantOf } from "../db/tenant.js";
import type { ServiceContext } from "../db/unit-of-work.js";
import { type Invoice, InvoiceKind, InvoiceStatus } from "../invoice/invoice.entity.js";
import type { InvoiceService, NewInvoiceLine } from "../invoice/invoice.service.js";
import { vatCharge } from "../invoice/vat.js";
import type { VatTreatment } from "../invoice/vat-treatment.js";
import { PaymentMethod } from "../payment/payment-method.js";
import type { PaymentChoice, WalletService } from "../payment/wallet.service.js";
import type { TrialService } from "../trial/trial.service.js";
import {
  IN_FORCE,
  minimumOf,
  type PriceSnapshot,
  Subscription,
  SubscriptionStatus,
} from "./subscription.entity.js";
import {
  type AssignedSubscription,
  QuantityChangeEffect,
  type SubscriptionChangeQuote,
  type SubscriptionFilter,
  type SubscriptionPurchaseInput,
  SubscriptionSort,
} from "./subscription.types.js";
import { readSubscriptions } from "./subscription-rows.js";

/** Statuses of a subscription that has ended for good. */
const ENDED: SubscriptionStatus[] = [SubscriptionStatus.CANCELED, SubscriptionStatus.EXPIRED];

/** A subscription and the invoice a change made, if it made one. */
export interface Changed {
  subscription: Subscription;
  invoice: Invoice | null;
}

/** What a change charges now: the amount, its VAT and the two together. */
function dueNow(
  amount: number,
  vat: { treatment: VatTreatment; rateBp: number },
): Pick<SubscriptionChangeQuote, "amountDueNow" | "vatDueNow" | "totalDueNow"> {
  const vatDueNow = vatCharge(amount, vat);
  return { amountDueNow: amount, vatDueNow, totalDueNow: amount + vatDueNow.amount };
}

const BY_CREATED_AT: KeysetOrder<Subscription> = {
  key: "s.created_at",
  id: "s.id",
  part: "timestamp",
  cursor: (s) => [s.createdAt.toISOString(), s.id],
};

const BY_PERIOD_END: KeysetOrder<Subscription> = {
  key: "s.current_period_end",
  id: "s.id",
  part: "timestamp",
  cursor: (s) => [s.currentPeriodEnd.toISOString(), s.id],
};

// Each order reads an index on (reseller_id, key, id), in either direction.
const ORDERS: Record<SubscriptionSort, KeysetOrder<Subscription>> = {
  CREATED_AT_DESC: { ...BY_CREATED_AT, descending: true },
  CREATED_AT_ASC: BY_CREATED_AT,
  PERIOD_END_ASC: BY_PERIOD_END,
  PERIOD_END_DESC: { ...BY_PERIOD_END, descending: true },
};

/** The context's subscriptions matching a filter, as a query to page or to count. */
function matching(ctx: ServiceContext, filter: SubscriptionFilter) {
  const resellerId = tenantOf(ctx);
  const qb = ctx.em
    .getRepository(Subscription)
    .createQueryBuilder("s")
    .where("s.reseller_id = :resellerId", { resellerId });
  if (filter.status) qb.andWhere("s.status = :status", { status: filter.status });
  if (filter.assigned === true) qb.andWhere("s.customer_id IS NOT NULL");
  if (filter.assigned === false) qb.andWhere("s.customer_id IS NULL");
  // The product is joined only to filter by it: a page and its count read subscriptions alone.
  if (filter.productCode) {
    qb.innerJoin("s.product", "p").andWhere("p.code = :code", {
      code: filter.productCode.trim().toUpperCase(),
    });
  }
  if (filter.customerId) {
    qb.andWhere(
      `s.customer_id = (SELECT l.customer_id FROM customer_link l
         WHERE l.id = :entry AND l.reseller_id = :resellerId AND l.removed_at IS NULL)`,
      { entry: isUuid(filter.customerId) ? filter.customerId : "00000000-0000-0000-0000-000000000000" },
    );
  }
  return qb;
}

/** A price the vendor quoted for one deal: per license and period, with the quote's reference. */
export interface SpecialPrice {
  unitPrice: number;
  reference: string;
}

/**
 * Subscriptions a reseller bought: purchase, renewal switch, quantity changes, assignment to
 * its customers, and payment. Every query is scoped to the context's reseller account.
 */
export class SubscriptionService {
  constructor(
    private readonly clock: Clock,
    private readonly quotes: QuoteService,
    private readonly invoices: InvoiceService,
    private readonly customers: CustomerService,
    private readonly trials: TrialService,
    private readonly wallet: WalletService,
    private readonly annex: AnnexService,
  ) {}

  /**
   * Buys licenses. Card and PayPal are charged at once; a declined charge leaves nothing behind.
   * The same idempotency key answers with the first purchase, without charging again. A special
   * price from the vendor replaces the list price with its discounts, for this period and the
   * renewals, and its reference goes on the invoice line.
   */
  async purchase(
    ctx: ServiceContext,
    input: SubscriptionPurchaseInput,
    special?: SpecialPrice,
  ): Promise<Changed> {
    const { em } = ctx;
    const resellerId = tenantOf(ctx);
    const now = this.clock.now();
    if (input.idempotencyKey) {
      const { idempotencyKey, ...request } = input;
      const earlier = await claimIdempotencyKey<{ subscriptionId: string; invoiceId: string }>(
        em,
        resellerId,
        idempotencyKey,
        "subscriptionPurchase",
        request,
        "input.idempotencyKey",
        now,
      );
      if (earlier) return this.result(ctx, earlier.subscriptionId, earlier.invoiceId);
    }
    await this.annex.requireAccepted(ctx);
    const priced = await this.quotes.price(ctx, input, "input");
    const customer =
      input.customerId != null
        ? await this.customers.lockEntry(ctx, input.customerId, "input.customerId")
        : null;
    const snapshot: PriceSnapshot = special
      ? {
          unitPrice: special.unitPrice,
          currency: priced.product.currency,
          bands: [],
          partnerPercentBp: 0,
          minimumQuantity: priced.minimumQuantity,
        }
      : {
          unitPrice: priced.line.unitPrice,
          currency: priced.product.currency,
          bands: priced.product.bands.map((b) => ({ minQuantity: b.minQuantity, percentBp: b.percentBp })),
          partnerPercentBp: priced.line.partnerDiscountBp,
          minimumQuantity: priced.minimumQuantity,
        };
    const payment = await this.wallet.choose(ctx, input);
    const periodEnd = periodEndAfter(now, input.period);
    const subscription = await owned(ctx, Subscription).create({
      productId: priced.product.id,
      period: input.period,
      quantity: input.quantity,
      nextQuantity: null,
      status: SubscriptionStatus.PENDING_PAYMENT,
      renew: input.renew,
      currentPeriodStart: now,
      currentPeriodEnd: periodEnd,
      priceSnapshot: snapshot,
      ...payment,
      customerId: customer?.customerAccountId ?? null,
      assignedAt: customer ? now : null,
      createdAt: now,
      endedAt: null,
    });
    const line = periodLine(
      snapshot,
      priced.product.code,
      priced.product.name,
      input.period,
      input.quantity,
      special
        ? `${describePeriod(now, periodEnd)}, special price ${special.reference}`
        : describePeriod(now, periodEnd),
      { start: now, end: periodEnd },
    );
    const invoice = await this.invoiceNow(
      ctx,
      subscription,
      InvoiceKind.PURCHASE,
      line,
      input.newCardToken ? "input.newCardToken" : "input.paymentMethodId",
    );
    // Card and PayPal are paid by now; a wire transfer waits for staff to record it.
    if (invoice.status === InvoiceStatus.PAID) {
      subscription.status = SubscriptionStatus.ACTIVE;
      await owned(ctx, Subscription).update({ id: subscription.id }, { status: subscription.status });
    }
    // Buying licenses for a customer ends its running trial as converted.
    if (customer) await this.trials.convert(ctx, customer.customerAccountId);
    await ctx.publish("subscription.purchased", subscription.id, {
      productCode: priced.product.code,
      productName: priced.product.name,
      period: subscription.period,
      quantity: subscription.quantity,
      status: subscription.status,
      renew: subscription.renew,
      paymentMethod: subscription.paymentMethod,
      currentPeriodEnd: periodEnd.toISOString(),
      invoiceId: invoice.id,
      customer: customer && { id: customer.id, companyName: customer.companyName },
    });
    if (input.idempotencyKey) {
      await saveIdempotentResult(em, resellerId, input.idempotencyKey, {
        subscriptionId: subscription.id,
        invoiceId: invoice.id,
      });
    }
    return this.result(ctx, subscription.id, invoice.id);
  }

  async setRenewal(ctx: ServiceContext, id: string, renew: boolean): Promise<Subscription> {
    const subscription = await this.lockLive(ctx, id);
    if (subscription.renew !== renew) {
      await owned(ctx, Subscription).update({ id: subscription.id }, { renew });
      await ctx.publish("subscription.renewal_changed", subscription.id, { renew });
    }
    return this.load(ctx, subscription.id);
  }

  /** What changing to `quantity` would do, without doing it. */
  async changeQuote(ctx: ServiceContext, id: string, quantity: number): Promise<SubscriptionChangeQuote> {
    const subscription = await this.findOwn(ctx, id, false);
    return this.planChange(subscription, quantity, await this.quotes.vat(ctx)).quote;
  }

  /**
   * An increase applies at once and charges the added licenses for the rest of the period; a
   * decrease is scheduled for the next period; the same quantity calls a scheduled decrease off.
   */
  async changeQuantity(
    ctx: ServiceContext,
    id: string,
    quantity: number,
    idempotencyKey: string | null,
  ): Promise<Changed> {
    const { em } = ctx;
    const resellerId = tenantOf(ctx);
    if (idempotencyKey != null) {
      const earlier = await claimIdempotencyKey<{ subscriptionId: string; invoiceId: string | null }>(
        em,
        resellerId,
        idempotencyKey,
        "subscriptionChangeQuantity",
        { id, quantity },
        "idempotencyKey",
        this.clock.now(),
      );
      if (earlier) return this.result(ctx, earlier.subscriptionId, earlier.invoiceId);
    }
    const subscription = await this.lockLive(ctx, id);
    if (subscription.status !== SubscriptionStatus.ACTIVE) {
      fail(
        UserErrorCode.SUBSCRIPTION_NOT_ACTIVE,
        "id",
        "Only an active, paid subscription can change its quantity.",
      );
    }
    const plan = this.planChange(subscription, quantity, await this.quotes.vat(ctx));
    let invoiceId: string | null = null;
    let change: { quantity: number; nextQuantity: number | null };
    if (plan.quote.effect === QuantityChangeEffect.NOW && plan.line) {
      const invoice = await this.invoiceNow(ctx, subscription, InvoiceKind.QUANTITY_CHANGE, plan.line, "id");
      invoiceId = invoice.id;
      change = { quantity, nextQuantity: null };
    } else if (plan.quote.effect === QuantityChangeEffect.NEXT_PERIOD) {
      change = { quantity: subscription.quantity, nextQuantity: quantity };
    } else {
      change = { quantity: subscription.quantity, nextQuantity: null };
    }
    await owned(ctx, Subscription).update({ id: subscription.id }, change);
    if (change.quantity !== subscription.quantity || change.nextQuantity !== subscription.nextQuantity) {
      await ctx.publish("subscription.quantity_changed", subscription.id, {
        effect: plan.quote.effect,
        ...change,
        previousQuantity: subscription.quantity,
        effectiveFrom: plan.quote.effectiveFrom.toISOString(),
        invoiceId,
      });
    }
    if (idempotencyKey != null) {
      await saveIdempotentResult(em, resellerId, idempotencyKey, {
        subscriptionId: subscription.id,
        invoiceId,
      });
    }
    return this.result(ctx, subscription.id, invoiceId);
  }

  private planChange(
    subscription: Subscription,
    quantity: number,
    vat: { treatment: VatTreatment; rateBp: number },
  ): { quote: SubscriptionChangeQuote; line: NewInvoiceLine | null } {
    if (!isValidQuantity(quantity)) fail(UserErrorCode.INVALID_QUANTITY, "quantity", QUANTITY_MESSAGE);
    const below = minimumError(
      subscription.period,
      minimumOf(subscription.priceSnapshot, subscription.period),
      quantity,
    );
    if (below) fail(UserErrorCode[below.code], below.field, below.message);
    const now = this.clock.now();
    const snapshot = subscription.priceSnapshot;
    const remainingDays = daysUntil(now, subscription.currentPeriodEnd);
    const periodDays = daysUntil(subscription.currentPeriodStart, subscription.currentPeriodEnd);
    const nextPeriodPrice = periodLine(
      snapshot,
      subscription.product.code,
      subscription.product.name,
      subscription.period,
      quantity,
      "",
    ).amount;
    const base = { quantity, currency: snapshot.currency, remainingDays, periodDays, nextPeriodPrice };
    if (quantity > subscription.quantity) {
      const line = prorationLine(
        snapshot,
        subscription.product,
        subscription.period,
        {
          added: quantity - subscription.quantity,
          total: quantity,
          remainingDays,
          periodDays,
        },
        { start: now, end: subscription.currentPeriodEnd },
      );
      return {
        quote: {
          ...base,
          effect: QuantityChangeEffect.NOW,
          effectiveFrom: now,
          ...dueNow(line.amount, vat),
        },
        line,
      };
    }
    const effect =
      quantity < subscription.quantity ? QuantityChangeEffect.NEXT_PERIOD : QuantityChangeEffect.NONE;
    return {
      quote: {
        ...base,
        effect,
        effectiveFrom: effect === QuantityChangeEffect.NONE ? now : subscription.currentPeriodEnd,
        ...dueNow(0, vat),
      },
      line: null,
    };
  }

  /** Gives a subscription to one customer of the context's list; an assigned one must be unassigned first. */
  async assign(ctx: ServiceContext, id: string, customerId: string): Promise<Subscription> {
    const subscription = await this.lockLive(ctx, id);
    const customer = await this.customers.lockEntry(ctx, customerId, "customerId");
    if (subscription.customerId) {
      fail(
        UserErrorCode.ALREADY_ASSIGNED,
        "id",
        "This subscription is assigned to a customer; unassign it first.",
      );
    }
    await owned(ctx, Subscription).update(
      { id: subscription.id },
      { customerId: customer.customerAccountId, assignedAt: this.clock.now() },
    );
    await this.trials.convert(ctx, customer.customerAccountId);
    await ctx.publish("subscription.assigned", subscription.id, {
      customer: { id: customer.id, companyName: customer.companyName },
      status: subscription.status,
    });
    return this.load(ctx, subscription.id);
  }

  /** Returns a subscription to the pool at once. */
  async unassign(ctx: ServiceContext, id: string): Promise<Subscription> {
    const subscription = await this.lockLive(ctx, id);
    if (!subscription.customerId)
      fail(UserErrorCode.NOT_ASSIGNED, "id", "This subscription is not assigned.");
    const entry = (await this.customers.entriesFor(ctx, [subscription.customerId])).get(
      subscription.customerId,
    );
    await owned(ctx, Subscription).update({ id: subscription.id }, { customerId: null, assignedAt: null });
    await ctx.publish("subscription.unassigned", subscription.id, {
      customer: entry ? { id: entry.id } : null,
      status: subscription.status,
    });
    return this.load(ctx, subscription.id);
  }

  /** Changes how renewals are paid; a PAST_DUE subscription's open invoice is charged again at once. */
  async updatePayment(ctx: ServiceContext, id: string, input: PaymentChoice): Promise<Changed> {
    const subscription = await this.lockLive(ctx, id);
    const payment = await this.wallet.choose(ctx, input);
    Object.assign(subscription, payment);
    await owned(ctx, Subscription).update({ id: subscription.id }, payment);
    let invoiceId: string | null = null;
    if (
      subscription.status === SubscriptionStatus.PAST_DUE &&
      input.paymentMethod !== PaymentMethod.WIRE_TRANSFER
    ) {
      const invoice = await this.invoices.lockOldestOpen(ctx, subscription.id);
      if (invoice) {
        invoiceId = invoice.id;
        const charged = await this.wallet.charge(ctx, invoice, subscription);
        if (charged.ok) {
          await owned(ctx, Subscription).update(
            { id: subscription.id },
            { status: SubscriptionStatus.ACTIVE },
          );
        }
      }
    }
    return this.result(ctx, subscription.id, invoiceId);
  }

  /** The context's subscriptions in an order, newest first by default: three statements whatever the page size. */
  async list(
    ctx: ServiceContext,
    args: PageArgs & { filter?: SubscriptionFilter | null; sort?: SubscriptionSort },
  ): Promise<Page<Subscription>> {
    const page = keysetPage(args, ORDERS[args.sort ?? SubscriptionSort.CREATED_AT_DESC]);
    const filter = args.filter ?? {};
    const ids = page.query(matching(ctx, filter).select("s.id", "id"));
    const rows = await ids.getRawMany<{ id: string }>();
    const subscriptions = await this.loadMany(
      ctx,
      rows.map((r) => r.id),
    );
    return page.of(subscriptions, countOfQuery(ctx.em, matching(ctx, filter).select("s.id")));
  }

  async get(ctx: ServiceContext, id: string): Promise<Subscription | null> {
    if (!isUuid(id)) return null;
    const [subscription] = await this.loadMany(ctx, [id]);
    return subscription ?? null;
  }

  /**
   * The context's subscriptions assigned to some of its customers, for customer pages, by
   * customer account id. The entries come from the page, so they are not read again.
   */
  async forCustomers(
    ctx: ServiceContext,
    customers: readonly Customer[],
  ): Promise<Map<string, Subscription[]>> {
    const entries = new Map(customers.map((customer) => [customer.customerAccountId, customer]));
    const subscriptions = entries.size
      ? await readSubscriptions(
          ctx,
          this.customers,
          "s.customer_id = ANY($2::uuid[])",
          [[...entries.keys()]],
          entries,
        )
      : [];
    const byCustomer = new Map<string, Subscription[]>();
    for (const subscription of subscriptions) {
      const customerId = subscription.customerId as string;
      const theirs = byCustomer.get(customerId);
      if (theirs) theirs.push(subscription);
      else byCustomer.set(customerId, [subscription]);
    }
    return byCustomer;
  }

  /** What is assigned to the context's customer account, from every reseller: what its portal shows. */
  async assignedTo(ctx: ServiceContext): Promise<AssignedSubscription[]> {
    // Licenses are in force once paid: an unpaid wire transfer is not the customer's yet, and a
    // renewal being retried stays in force, as the customer is concerned, until it ends.
    const rows: Array<Record<string, unknown>> = await ctx.em.query(
      `SELECT s.id, p.code, p.name AS product_name, s.period, s.quantity, s.status, s.current_period_end,
              r.id AS reseller_id, r.name AS reseller_name, s.assigned_at
       FROM subscription s
       JOIN product p ON p.id = s.product_id
       JOIN account r ON r.id = s.reseller_id
       WHERE s.customer_id = $1 AND s.status = ANY($2::text[])
       ORDER BY s.assigned_at DESC, s.id`,
      [tenantOf(ctx), [...IN_FORCE]],
    );
    return rows.map((row) => ({
      id: row.id as string,
      productCode: row.code as string,
      productName: row.product_name as string,
      period: row.period as BillingPeriod,
      quantity: row.quantity as number,
      status: SubscriptionStatus.ACTIVE,
      currentPeriodEnd: row.current_period_end as Date,
      resellerId: row.reseller_id as string,
      resellerName: row.reseller_name as string,
      assignedAt: row.assigned_at as Date,
    }));
  }

  /**
   * Invoices a line of a subscription and charges it at once, but for a wire transfer, which
   * stays OPEN until staff record the payment. A declined charge refuses the change at `field`,
   * so nothing of it stays: no change, no invoice, no invoice number.
   */
  private async invoiceNow(
    ctx: ServiceContext,
    subscription: Subscription,
    kind: InvoiceKind,
    line: NewInvoiceLine,
    field: string,
  ): Promise<Invoice> {
    const invoice = await this.invoices.create(ctx, subscription, kind, [line]);
    if (subscription.paymentMethod !== PaymentMethod.WIRE_TRANSFER) {
      const charged = await this.wallet.charge(ctx, invoice, subscription);
      if (!charged.ok) fail(UserErrorCode.PAYMENT_DECLINED, field, charged.reason);
    }
    return invoice;
  }

  private async result(
    ctx: ServiceContext,
    subscriptionId: string,
    invoiceId: string | null,
  ): Promise<Changed> {
    const subscription = await this.load(ctx, subscriptionId);
    const invoice = invoiceId ? await this.invoices.get(ctx, invoiceId) : null;
    return { subscription, invoice };
  }

  private async load(ctx: ServiceContext, id: string): Promise<Subscription> {
    const [subscription] = await this.loadMany(ctx, [id]);
    if (!subscription) throw new Error(`subscription ${id} vanished`);
    return subscription;
  }

  /** Subscriptions by id with product, bands and customer entry, in the order of `ids`. */
  async loadMany(ctx: ServiceContext, ids: string[]): Promise<Subscription[]> {
    if (ids.length === 0) return [];
    const found = await readSubscriptions(ctx, this.customers, "s.id = ANY($2::uuid[])", [ids]);
    const byId = new Map(found.map((s) => [s.id, s]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  private async findOwn(ctx: ServiceContext, id: string, lock: boolean): Promise<Subscription> {
    const subscriptions = owned(ctx, Subscription);
    const subscription = isUuid(id)
      ? await (lock ? subscriptions.lock({ id }) : subscriptions.findOne({ id }))
      : null;
    if (!subscription) fail(UserErrorCode.NOT_FOUND, "id", "Subscription not found.");
    subscription.product = await ctx.em.findOneByOrFail(Product, { id: subscription.productId });
    return subscription;
  }

  /** One of the context's subscriptions that has not ended, locked for a change. */
  private async lockLive(ctx: ServiceContext, id: string): Promise<Subscription> {
    const subscription = await this.findOwn(ctx, id, true);
    if (ENDED.includes(subscription.status)) {
      fail(
        UserErrorCode.SUBSCRIPTION_ENDED,
        "id",
        `This subscription is ${subscription.status.toLowerCase()}.`,
      );
    }
    return subscription;
  }
}
