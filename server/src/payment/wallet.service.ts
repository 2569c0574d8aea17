import { In, Not } from "typeorm";
import { Permission } from "../common/auth.js";
import type { Clock } from "../common/clock.js";
import { SYSTEM_ACTOR } from "../common/context.js";
import { DAY_MS } from "../common/dates.js";
import { normalizeEmail } from "../common/email.js";
import { fail, UserErrorCode } from "../common/errors.js";
import { isUuid } from "../common/ids.js";
import type { Logger } from "../common/logger.js";
import { eachInItsReseller, owned, type ResellerRow, tenantOf, tenantQuery } from "../db/tenant.js";
import type { ServiceContext, UnitOfWork } from "../db/unit-of-work.js";
import { Invoice } from "../invoice/invoice.entity.js";
import type { InvoiceService } from "../invoice/invoice.service.js";
import { Subscription, SubscriptionStatus } from "../subscription/subscription.entity.js";
import { PaymentMethod } from "./payment-method.js";
import type { PaymentProvider } from "./payment-provider.js";
import { CardExpiry, SavedPaymentMethod, SavedPaymentMethodKind } from "./saved-payment-method.entity.js";

/** Days before a card expires that its billing contacts are told, and the SPA warns. */
export const EXPIRY_NOTICE_DAYS = 30;

/** How a purchase or a change of payment says what pays: a wire transfer, a saved method, or a new card. */
export interface PaymentChoice {
  paymentMethod: PaymentMethod;
  paymentMethodId?: string | null;
  newCardToken?: string | null;
}

/** What a subscription records of its payment. */
export type SubscriptionPayment = Pick<Subscription, "paymentMethod" | "savedPaymentMethodId">;

type ChargeOutcome = { ok: true } | { ok: false; reason: string };

/** Subscriptions that renew by card or PayPal: the ones a wallet must keep a method for. */
const RENEWING_BY_PROVIDER = `reseller_id = $1 AND renew AND payment_method <> '${PaymentMethod.WIRE_TRANSFER}'
  AND status NOT IN ('${SubscriptionStatus.CANCELED}', '${SubscriptionStatus.EXPIRED}')`;

function refOf(method: SavedPaymentMethod) {
  return { id: method.id, kind: method.kind, label: method.label };
}

/**
 * A reseller account's wallet of saved cards and PayPal accounts, with exactly one default while
 * it has any, and the charging of subscriptions through it. Every change locks the account row,
 * so concurrent changes of one wallet happen one after the other.
 */
export class WalletService {
  constructor(
    private readonly clock: Clock,
    private readonly payments: PaymentProvider,
    private readonly invoices: InvoiceService,
    private readonly work: UnitOfWork,
    private readonly log: Logger,
  ) {}

  /** The default first, then oldest first. */
  list(ctx: ServiceContext): Promise<SavedPaymentMethod[]> {
    return owned(ctx, SavedPaymentMethod).find({ order: { isDefault: "DESC", createdAt: "ASC", id: "ASC" } });
  }

  /** Where a card stands against its expiry date by the clock. */
  expiryOf(method: SavedPaymentMethod): CardExpiry {
    const expiresAt = method.expiresAt;
    if (!expiresAt) return CardExpiry.VALID;
    const now = this.clock.now().getTime();
    if (expiresAt.getTime() <= now) return CardExpiry.EXPIRED;
    if (expiresAt.getTime() - now <= EXPIRY_NOTICE_DAYS * DAY_MS) return CardExpiry.EXPIRES_SOON;
    return CardExpiry.VALID;
  }

  /** Saves the card a provider token stands for; saving the same token again answers with the saved card. */
  async addCard(
    ctx: ServiceContext,
    input: { token: string; makeDefault?: boolean | null },
    field = "input.token",
  ): Promise<SavedPaymentMethod> {
    const token = input.token.trim();
    if (!token) fail(UserErrorCode.REQUIRED, field, "Choose a card to add.");
    const card = await this.payments.describeCard(token);
    if (!card) fail(UserErrorCode.INVALID_CARD, field, "The card was not recognised; check its details.");
    const expiresAt = new Date(Date.UTC(card.expiryYear, card.expiryMonth, 1));
    if (expiresAt <= this.clock.now()) {
      fail(
        UserErrorCode.CARD_EXPIRED,
        field,
        `This card expired in ${String(card.expiryMonth).padStart(2, "0")}/${card.expiryYear}; use another card.`,
      );
    }
    await this.lockWallet(ctx);
    const saved = await owned(ctx, SavedPaymentMethod).findOne({
      kind: SavedPaymentMethodKind.CARD,
      providerToken: token,
    });
    if (saved) return input.makeDefault ? this.makeDefault(ctx, saved) : saved;
    return this.save(
      ctx,
      {
        kind: SavedPaymentMethodKind.CARD,
        providerToken: token,
        cardBrand: card.brand,
        lastFour: card.lastFour,
        expiryMonth: card.expiryMonth,
        expiryYear: card.expiryYear,
        paypalEmail: null,
      },
      Boolean(input.makeDefault),
    );
  }

  /** Saves a PayPal account; the same email again answers with the saved one. */
  async addPaypal(
    ctx: ServiceContext,
    input: { email: string; makeDefault?: boolean | null },
  ): Promise<SavedPaymentMethod> {
    const email = normalizeEmail(input.email);
    await this.lockWallet(ctx);
    const saved = await owned(ctx, SavedPaymentMethod).findOne({
      kind: SavedPaymentMethodKind.PAYPAL,
      paypalEmail: email,
    });
    if (saved) return input.makeDefault ? this.makeDefault(ctx, saved) : saved;
    return this.save(
      ctx,
      {
        kind: SavedPaymentMethodKind.PAYPAL,
        providerToken: null,
        cardBrand: null,
        lastFour: null,
        expiryMonth: null,
        expiryYear: null,
        paypalEmail: email,
      },
      Boolean(input.makeDefault),
    );
  }

  async setDefault(ctx: ServiceContext, id: string): Promise<SavedPaymentMethod> {
    await this.lockWallet(ctx);
    return this.makeDefault(ctx, await this.find(ctx, id, "id"));
  }

  /**
   * Removes a method; the subscriptions it paid for move to the default (a new one, the newest
   * method left, when the default goes). The last method stays while card or PayPal
   * subscriptions renew.
   */
  async remove(ctx: ServiceContext, id: string): Promise<SavedPaymentMethod> {
    await this.lockWallet(ctx);
    const method = await this.find(ctx, id, "id");
    const methods = owned(ctx, SavedPaymentMethod);
    // Its subscriptions move to the default or, when the default goes, to the newest method left.
    const [next] = await methods.find({
      where: method.isDefault ? { id: Not(method.id) } : { isDefault: true },
      order: { createdAt: "DESC", id: "DESC" },
      take: 1,
    });
    if (!next) {
      const [renewing] = await tenantQuery<{ count: number }>(
        ctx,
        `SELECT count(*)::int AS count FROM subscription WHERE ${RENEWING_BY_PROVIDER}`,
      );
      if (renewing.count > 0) {
        fail(
          UserErrorCode.LAST_PAYMENT_METHOD,
          "id",
          `${renewing.count} subscription(s) renew by card or PayPal; add another payment method before removing the last one.`,
        );
      }
    }
    const moved = next
      ? await owned(ctx, Subscription).update(
          { savedPaymentMethodId: method.id },
          { savedPaymentMethodId: next.id, paymentMethod: next.kind },
        )
      : null;
    await methods.delete({ id: method.id });
    if (method.isDefault && next) {
      await methods.update({ id: next.id }, { isDefault: true });
      next.isDefault = true;
    }
    await ctx.publish("payment_method.removed", method.id, {
      paymentMethod: refOf(method),
      movedSubscriptions: moved?.affected ?? 0,
      defaultPaymentMethodId: next?.id ?? null,
    });
    return method;
  }

  /**
   * What a purchase or a change of payment is paid with. A saved method must be of the kind
   * asked for; without one, the default pays if it is of that kind, else the newest of that kind.
   * A new card is saved first, by those who manage billing only.
   */
  async choose(ctx: ServiceContext, choice: PaymentChoice, prefix = "input"): Promise<SubscriptionPayment> {
    const token = choice.newCardToken?.trim() || null;
    if (choice.newCardToken != null && !token) {
      fail(UserErrorCode.REQUIRED, `${prefix}.newCardToken`, "Choose the card to add, or leave it out.");
    }
    if (choice.paymentMethod === PaymentMethod.WIRE_TRANSFER) {
      if (choice.paymentMethodId != null || token) {
        fail(
          UserErrorCode.PAYMENT_METHOD_MISMATCH,
          `${prefix}.${token ? "newCardToken" : "paymentMethodId"}`,
          "A wire transfer is paid by bank transfer; leave the card or PayPal account out.",
        );
      }
      return { paymentMethod: PaymentMethod.WIRE_TRANSFER, savedPaymentMethodId: null };
    }
    if (choice.paymentMethodId != null && token) {
      fail(
        UserErrorCode.PAYMENT_METHOD_MISMATCH,
        `${prefix}.paymentMethodId`,
        "Pick a saved payment method or add a new card, not both.",
      );
    }
    let method: SavedPaymentMethod | null;
    if (token) {
      const field = `${prefix}.newCardToken`;
      if (choice.paymentMethod !== PaymentMethod.CARD) {
        fail(UserErrorCode.PAYMENT_METHOD_MISMATCH, field, "A new card pays by card; choose CARD.");
      }
      if (!ctx.actor.permissions.has(Permission.BILLING_MANAGE)) {
        fail(
          UserErrorCode.BILLING_OWNER_ONLY,
          field,
          "Only the account owner can add a card. Ask them to add it, or pick a saved payment method.",
        );
      }
      method = await this.addCard(ctx, { token, makeDefault: false }, field);
    } else if (choice.paymentMethodId != null) {
      method = await this.find(ctx, choice.paymentMethodId, `${prefix}.paymentMethodId`);
    } else {
      const [preferred] = await owned(ctx, SavedPaymentMethod).find({
        where: { kind: choice.paymentMethod },
        order: { isDefault: "DESC", createdAt: "DESC", id: "DESC" },
        take: 1,
      });
      method = preferred ?? null;
      if (!method) {
        fail(
          UserErrorCode.REQUIRED,
          `${prefix}.paymentMethodId`,
          choice.paymentMethod === PaymentMethod.PAYPAL
            ? "No PayPal account is saved; pick a saved payment method."
            : "No card is saved; pick a saved payment method or add a card.",
        );
      }
    }
    if (method.kind !== choice.paymentMethod) {
      fail(
        UserErrorCode.PAYMENT_METHOD_MISMATCH,
        `${prefix}.paymentMethodId`,
        `${method.label} is not paid by ${choice.paymentMethod === PaymentMethod.CARD ? "card" : "PayPal"}.`,
      );
    }
    return { paymentMethod: method.kind, savedPaymentMethodId: method.id };
  }

  /**
   * Charges an open invoice of a subscription with its saved method, else the default. With
   * `fallBack` (renewals and their retries), a declined method is followed by the default.
   */
  async charge(
    ctx: ServiceContext,
    invoice: Invoice,
    subscription: SubscriptionPayment,
    { fallBack = false }: { fallBack?: boolean } = {},
  ): Promise<ChargeOutcome> {
    if (subscription.paymentMethod === PaymentMethod.WIRE_TRANSFER) {
      return { ok: false, reason: "Wire transfers are recorded by vendor staff." };
    }
    const methods = owned(ctx, SavedPaymentMethod);
    const own = subscription.savedPaymentMethodId
      ? await methods.findOne({ id: subscription.savedPaymentMethodId })
      : null;
    const fallback = !own || fallBack ? await methods.findOne({ isDefault: true }) : null;
    const first = own ?? fallback;
    if (!first) return this.refuse(ctx, invoice, "No payment method is saved; add one under Billing.");
    const charged = await this.chargeWith(ctx, invoice, first);
    if (charged.ok || !fallback || fallback.id === first.id) return charged;
    this.log.info({ invoiceId: invoice.id, reason: charged.reason }, "declined; charging the default method");
    return this.chargeWith(ctx, invoice, fallback);
  }

  /** Tells the billing contacts once about each card that expires within 30 days; the number told. */
  async sendExpiryNotices(): Promise<number> {
    const due: ResellerRow[] = await this.work.read(SYSTEM_ACTOR).em.query(
      `SELECT id, account_id AS reseller_id FROM saved_payment_method
       WHERE kind = '${SavedPaymentMethodKind.CARD}' AND expiry_notice_sent_at IS NULL AND expiry_year IS NOT NULL
         AND make_timestamptz(expiry_year, expiry_month, 1, 0, 0, 0, 'UTC') + interval '1 month'
             BETWEEN $1::timestamptz AND $1::timestamptz + make_interval(days => $2)
       ORDER BY expiry_year, expiry_month, id`,
      [this.clock.now(), EXPIRY_NOTICE_DAYS],
    );
    const told = await eachInItsReseller(this.work, due, (ctx, id) => this.sendExpiryNotice(ctx, id));
    return told.filter(Boolean).length;
  }

  private async sendExpiryNotice(ctx: ServiceContext, id: string): Promise<boolean> {
    const [row] = await tenantQuery<{ id: string }>(
      ctx,
      `SELECT id FROM saved_payment_method WHERE account_id = $1 AND id = $2 AND expiry_notice_sent_at IS NULL
       FOR UPDATE SKIP LOCKED`,
      [id],
    );
    const card = row ? await owned(ctx, SavedPaymentMethod).findOne({ id }) : null;
    if (!card || card.expiryMonth === null || card.expiryYear === null) return false;
    await owned(ctx, SavedPaymentMethod).update({ id }, { expiryNoticeSentAt: this.clock.now() });
    const subscriptionCount = await owned(ctx, Subscription).count({
      savedPaymentMethodId: id,
      status: In([
        SubscriptionStatus.ACTIVE,
        SubscriptionStatus.PAST_DUE,
        SubscriptionStatus.PENDING_PAYMENT,
      ]),
    });
    await ctx.publish("payment_method.expiring", id, {
      paymentMethod: refOf(card),
      expiryMonth: card.expiryMonth,
      expiryYear: card.expiryYear,
      isDefault: card.isDefault,
      subscriptionCount,
    });
    return true;
  }

  private async chargeWith(
    ctx: ServiceContext,
    invoice: Invoice,
    method: SavedPaymentMethod,
  ): Promise<ChargeOutcome> {
    if (this.expiryOf(method) === CardExpiry.EXPIRED) {
      return this.refuse(
        ctx,
        invoice,
        `${method.label} expired in ${method.expiryMonth}/${method.expiryYear}.`,
      );
    }
    return this.invoices.charge(ctx, invoice, {
      paymentMethod: method.kind,
      paymentToken: method.providerToken,
    });
  }

  /** A charge that never reached the provider fails like a declined one: the reason stays on the invoice. */
  private async refuse(ctx: ServiceContext, invoice: Invoice, reason: string): Promise<ChargeOutcome> {
    const now = this.clock.now();
    Object.assign(invoice, { lastAttemptAt: now, lastPaymentError: reason });
    await owned(ctx, Invoice).update({ id: invoice.id }, { lastAttemptAt: now, lastPaymentError: reason });
    return { ok: false, reason };
  }

  private async save(
    ctx: ServiceContext,
    values: Omit<
      SavedPaymentMethod,
      "id" | "accountId" | "isDefault" | "createdAt" | "expiryNoticeSentAt" | "label" | "expiresAt"
    >,
    makeDefault: boolean,
  ): Promise<SavedPaymentMethod> {
    const methods = owned(ctx, SavedPaymentMethod);
    const first = (await methods.count()) === 0;
    const method = await methods.create({
      ...values,
      isDefault: false,
      createdAt: this.clock.now(),
      expiryNoticeSentAt: null,
    });
    await ctx.publish("payment_method.added", method.id, {
      paymentMethod: refOf(method),
      isDefault: first || makeDefault,
    });
    return first || makeDefault ? this.makeDefault(ctx, method) : method;
  }

  /** Makes a method the default; the wallet is locked by the caller. */
  private async makeDefault(ctx: ServiceContext, method: SavedPaymentMethod): Promise<SavedPaymentMethod> {
    if (method.isDefault) return method;
    const methods = owned(ctx, SavedPaymentMethod);
    const previous = await methods.findOne({ isDefault: true });
    if (previous) await methods.update({ id: previous.id }, { isDefault: false });
    await methods.update({ id: method.id }, { isDefault: true });
    method.isDefault = true;
    await ctx.publish("payment_method.default_changed", method.id, {
      paymentMethod: refOf(method),
      previousDefaultId: previous?.id ?? null,
    });
    return method;
  }

  private async find(ctx: ServiceContext, id: string, field: string): Promise<SavedPaymentMethod> {
    const method = isUuid(id) ? await owned(ctx, SavedPaymentMethod).findOne({ id }) : null;
    if (!method) fail(UserErrorCode.NOT_FOUND, field, "Payment method not found.");
    return method;
  }

  /** Wallet changes of one account happen one after the other. */
  private async lockWallet(ctx: ServiceContext): Promise<void> {
    await ctx.em.query("SELECT id FROM account WHERE id = $1 FOR NO KEY UPDATE", [tenantOf(ctx)]);
  }
}
