import { In } from "typeorm";
import { VolumeBand } from "../catalog/product.entity.js";
import type { QuoteService } from "../catalog/quote.service.js";
import type { Clock } from "../common/clock.js";
import { SYSTEM_ACTOR } from "../common/context.js";
import { fail, UserErrorCode } from "../common/errors.js";
import { formatDay } from "../common/format.js";
import { isUuid } from "../common/ids.js";
import { type KeysetOrder, keysetPage, type Page, type PageArgs } from "../common/pagination.js";
import type { CustomerService } from "../customer/customer.service.js";
import { tenantOf } from "../db/tenant.js";
import type { ServiceContext, UnitOfWork } from "../db/unit-of-work.js";
import type { Changed, SubscriptionService } from "../subscription/subscription.service.js";
import { QuoteRequest, QuoteRequestStatus } from "./quote-request.entity.js";
import type { QuoteRequestAcceptInput, QuoteRequestCreateInput } from "./quote-request.types.js";

const NEWEST_FIRST: KeysetOrder<QuoteRequest> = {
  key: "q.requested_at",
  id: "q.id",
  part: "timestamp",
  descending: true,
  cursor: (q) => [q.requestedAt.toISOString(), q.id],
};

const OLDEST_FIRST: KeysetOrder<QuoteRequest> = { ...NEWEST_FIRST, descending: false };

/** The largest special price of one license for one period, in minor units. */
const MAX_UNIT_PRICE = 100_000_000;
const MAX_REASON = 2000;

/**
 * Special prices for large deals. A reseller asks (OPEN); vendor staff answer with a price per
 * license and a validity date (QUOTED) or decline; until that date the reseller buys at the price
 * in one step (ACCEPTED), after it the quote is EXPIRED. A request's row is locked while it
 * changes, so it is answered once and bought once.
 */
export class QuoteRequestService {
  constructor(
    private readonly clock: Clock,
    private readonly quotes: QuoteService,
    private readonly customers: CustomerService,
    private readonly subscriptions: SubscriptionService,
    private readonly work: UnitOfWork,
  ) {}

  async create(ctx: ServiceContext, input: QuoteRequestCreateInput): Promise<QuoteRequest> {
    const { em } = ctx;
    // The rules of a purchase: a product on sale, the quantity's range, the monthly minimum.
    const priced = await this.quotes.price(ctx, input, "input");
    const customer =
      input.customerId != null
        ? await this.customers.lockEntry(ctx, input.customerId, "input.customerId")
        : null;
    const saved = await em.save(
      em.create(QuoteRequest, {
        resellerId: tenantOf(ctx),
        requestedBy: ctx.actor.userId,
        productId: priced.product.id,
        period: input.period,
        quantity: input.quantity,
        customerId: customer?.id ?? null,
        note: input.note?.trim() ?? "",
        status: QuoteRequestStatus.OPEN,
        requestedAt: this.clock.now(),
      }),
    );
    const request = await this.one(ctx, saved.id);
    await ctx.publish("quote_request.created", request.id, {
      reference: request.reference,
      resellerName: request.resellerName,
      productName: request.product.name,
      quantity: request.quantity,
      period: request.period,
    });
    return request;
  }

  /** The context's reseller's requests, newest first, in one status or all. */
  async mine(
    ctx: ServiceContext,
    args: PageArgs & { status?: QuoteRequestStatus | null },
  ): Promise<Page<QuoteRequest>> {
    return this.page(ctx, args, NEWEST_FIRST, "q.reseller_id = :reseller", { reseller: tenantOf(ctx) });
  }

  /** Every reseller's requests for vendor staff, oldest first, so the longest waiting comes first. */
  async all(
    ctx: ServiceContext,
    args: PageArgs & { status?: QuoteRequestStatus | null },
  ): Promise<Page<QuoteRequest>> {
    return this.page(ctx, args, OLDEST_FIRST, "true", {});
  }

  /** One request of the context's reseller (any, for staff); null otherwise. */
  async get(ctx: ServiceContext, id: string): Promise<QuoteRequest | null> {
    if (!isUuid(id)) return null;
    const request = await this.oneOrNull(ctx, id);
    if (!request) return null;
    return ctx.actor.isVendorStaff || request.resellerId === ctx.accountId ? request : null;
  }

  async answer(ctx: ServiceContext, id: string, unitPrice: number, validUntil: Date): Promise<QuoteRequest> {
    if (!Number.isSafeInteger(unitPrice) || unitPrice < 1 || unitPrice > MAX_UNIT_PRICE) {
      fail(
        UserErrorCode.INVALID_INPUT,
        "unitPrice",
        `Give the price of one license for one period in minor units, from 1 to ${MAX_UNIT_PRICE.toLocaleString("en")}.`,
      );
    }
    if (validUntil <= this.clock.now()) {
      fail(UserErrorCode.INVALID_INPUT, "validUntil", "The price must be valid until a date to come.");
    }
    const request = await this.lockOpen(ctx, id);
    await ctx.em.update(QuoteRequest, request.id, {
      status: QuoteRequestStatus.QUOTED,
      unitPrice,
      currency: request.product.currency,
      validUntil,
      answeredAt: this.clock.now(),
      answeredBy: ctx.actor.userId,
    });
    const quoted = await this.one(ctx, id);
    await ctx.publish(
      "quote_request.quoted",
      id,
      {
        reference: quoted.reference,
        productName: quoted.product.name,
        quantity: quoted.quantity,
        unitPrice,
        currency: quoted.currency as string,
        validUntil: validUntil.toISOString(),
      },
      quoted.resellerId,
    );
    return quoted;
  }

  async decline(ctx: ServiceContext, id: string, reasonInput: string): Promise<QuoteRequest> {
    const reason = reasonInput.trim();
    if (!reason) fail(UserErrorCode.REQUIRED, "reason", "Say why, so the reseller knows where it stands.");
    if (reason.length > MAX_REASON)
      fail(UserErrorCode.TOO_LONG, "reason", `Keep it under ${MAX_REASON} characters.`);
    const request = await this.lockOpen(ctx, id);
    await ctx.em.update(QuoteRequest, request.id, {
      status: QuoteRequestStatus.DECLINED,
      declineReason: reason,
      answeredAt: this.clock.now(),
      answeredBy: ctx.actor.userId,
    });
    const declined = await this.one(ctx, id);
    await ctx.publish(
      "quote_request.declined",
      id,
      { reference: declined.reference, productName: declined.product.name, reason },
      declined.resellerId,
    );
    return declined;
  }

  /** Buys the quoted deal at its price: the purchase's rules apply, its price is the quote's. */
  async accept(
    ctx: ServiceContext,
    input: QuoteRequestAcceptInput,
  ): Promise<Changed & { quoteRequest: QuoteRequest }> {
    const request = isUuid(input.id)
      ? await ctx.em.findOne(QuoteRequest, {
          where: { id: input.id, resellerId: tenantOf(ctx) },
          relations: { product: true },
          lock: { mode: "pessimistic_write", tables: ["quote_request"] },
        })
      : null;
    if (!request) return fail(UserErrorCode.NOT_FOUND, "input.id", "Quote request not found.");
    // The same key again answers with the first purchase, as subscriptionPurchase does.
    const replay = request.status === QuoteRequestStatus.ACCEPTED && input.idempotencyKey != null;
    if (!replay) this.checkBuyable(request);
    const bought = await this.subscriptions.purchase(
      ctx,
      {
        productCode: request.product.code,
        period: request.period,
        quantity: request.quantity,
        paymentMethod: input.paymentMethod,
        paymentMethodId: input.paymentMethodId,
        newCardToken: input.newCardToken,
        customerId: request.customerId,
        renew: input.renew,
        idempotencyKey: input.idempotencyKey,
      },
      { unitPrice: request.unitPrice as number, reference: request.reference },
    );
    const subscriptionId = (bought.subscription as { id: string }).id;
    if (replay) {
      // A key not used for this purchase bought anew: refused, and the transaction undoes it.
      if (subscriptionId !== request.subscriptionId) this.checkBuyable(request);
    } else {
      await ctx.em.update(QuoteRequest, request.id, {
        status: QuoteRequestStatus.ACCEPTED,
        acceptedAt: this.clock.now(),
        subscriptionId,
      });
      const accepted = await this.one(ctx, request.id);
      await ctx.publish("quote_request.accepted", request.id, {
        reference: accepted.reference,
        resellerName: accepted.resellerName,
        subscriptionId,
      });
    }
    return { ...bought, quoteRequest: await this.one(ctx, request.id) };
  }

  /** Refuses a request that is not quoted, or whose quote has expired. */
  private checkBuyable(request: QuoteRequest): void {
    const validUntil = request.validUntil;
    if (request.status === QuoteRequestStatus.QUOTED && validUntil && validUntil <= this.clock.now()) {
      fail(
        UserErrorCode.QUOTE_EXPIRED,
        "input.id",
        `${request.reference} was valid until ${formatDay(validUntil)}; ask for a new price.`,
      );
    }
    if (request.status !== QuoteRequestStatus.QUOTED) {
      fail(
        UserErrorCode.QUOTE_NOT_QUOTED,
        "input.id",
        `${request.reference} is ${request.status.toLowerCase()}, not quoted.`,
      );
    }
  }

  /**
   * Marks quotes whose validity date has passed EXPIRED, and tells each reseller; the scheduled
   * work runs it. Returns how many expired.
   */
  async expire(): Promise<number> {
    return this.work.run(SYSTEM_ACTOR, async (ctx) => {
      const expired: Array<{ id: string; reseller_id: string; number: number; product_name: string }> =
        await ctx.em
          .query(
            `UPDATE quote_request q SET status = $1 FROM product p
            WHERE p.id = q.product_id AND q.status = $2 AND q.valid_until <= $3
            RETURNING q.id, q.reseller_id, q.number, p.name AS product_name`,
            [QuoteRequestStatus.EXPIRED, QuoteRequestStatus.QUOTED, this.clock.now()],
          )
          .then((result: [unknown[], number]) => result[0] as never);
      for (const row of expired) {
        await ctx.publish(
          "quote_request.expired",
          row.id,
          { reference: `QR-${row.number}`, productName: row.product_name },
          row.reseller_id,
        );
      }
      return expired.length;
    });
  }

  private async lockOpen(ctx: ServiceContext, id: string): Promise<QuoteRequest> {
    const request = isUuid(id)
      ? await ctx.em.findOne(QuoteRequest, {
          where: { id },
          relations: { product: true },
          lock: { mode: "pessimistic_write", tables: ["quote_request"] },
        })
      : null;
    if (!request) return fail(UserErrorCode.NOT_FOUND, "id", "Quote request not found.");
    if (request.status !== QuoteRequestStatus.OPEN) {
      fail(
        UserErrorCode.QUOTE_NOT_OPEN,
        "id",
        `${request.reference} was already answered (${request.status.toLowerCase()}).`,
      );
    }
    return request;
  }

  private async page(
    ctx: ServiceContext,
    args: PageArgs & { status?: QuoteRequestStatus | null },
    order: KeysetOrder<QuoteRequest>,
    where: string,
    params: Record<string, unknown>,
  ): Promise<Page<QuoteRequest>> {
    const page = keysetPage(args, order);
    const base = () => {
      const qb = ctx.em.getRepository(QuoteRequest).createQueryBuilder("q").where(where, params);
      if (args.status) qb.andWhere("q.status = :status", { status: args.status });
      return qb;
    };
    const rows = await page.query(base().leftJoinAndSelect("q.product", "product")).getMany();
    await this.describe(ctx, rows);
    return page.of(rows, () => base().getCount());
  }

  private async one(ctx: ServiceContext, id: string): Promise<QuoteRequest> {
    return (await this.oneOrNull(ctx, id)) as QuoteRequest;
  }

  private async oneOrNull(ctx: ServiceContext, id: string): Promise<QuoteRequest | null> {
    const request = await ctx.em.findOne(QuoteRequest, { where: { id }, relations: { product: true } });
    if (request) await this.describe(ctx, [request]);
    return request;
  }

  /** Each request's reseller and customer names, and its product's volume bands, in two statements. */
  private async describe(ctx: ServiceContext, requests: QuoteRequest[]): Promise<void> {
    if (requests.length === 0) return;
    const bands = await ctx.em.find(VolumeBand, {
      where: { productId: In([...new Set(requests.map((r) => r.productId))]) },
      order: { minQuantity: "ASC" },
    });
    for (const request of requests)
      request.product.bands = bands.filter((b) => b.productId === request.productId);
    const names: Array<{ id: string; reseller_name: string; customer_name: string | null }> =
      await ctx.em.query(
        `SELECT q.id, a.name AS reseller_name, l.company_name AS customer_name
         FROM quote_request q JOIN account a ON a.id = q.reseller_id
         LEFT JOIN customer_link l ON l.id = q.customer_entry_id
        WHERE q.id = ANY($1)`,
        [requests.map((r) => r.id)],
      );
    const byId = new Map(names.map((n) => [n.id, n]));
    const now = this.clock.now();
    for (const request of requests) {
      // Past its date, a quote reads as expired before the scheduled work marks it so.
      if (request.status === QuoteRequestStatus.QUOTED && (request.validUntil as Date) <= now) {
        request.status = QuoteRequestStatus.EXPIRED;
      }
      const found = byId.get(request.id);
      request.resellerName = found?.reseller_name ?? "";
      request.customerName = found?.customer_name ?? null;
    }
  }
}
