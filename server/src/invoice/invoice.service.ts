import { type EntityManager, In } from "typeorm";
import { Account } from "../account/account.entity.js";
import { billingProfileOf } from "../billing-profile/billing-profile.service.js";
import { Permission } from "../common/auth.js";
import type { Clock } from "../common/clock.js";
import { addDays } from "../common/dates.js";
import { fail, UserErrorCode } from "../common/errors.js";
import { isUuid } from "../common/ids.js";
import {
  countOfQuery,
  type KeysetOrder,
  keysetPage,
  type Page,
  type PageArgs,
} from "../common/pagination.js";
import type { BillingConfig } from "../config/config.js";
import { owned, tenantOf, tenantQuery } from "../db/tenant.js";
import type { ServiceContext } from "../db/unit-of-work.js";
import { PaymentMethod } from "../payment/payment-method.js";
import type { PaymentProvider } from "../payment/payment-provider.js";
import { Subscription, SubscriptionStatus } from "../subscription/subscription.entity.js";
import { Invoice, type InvoiceKind, InvoiceLine, InvoiceStatus, Payment } from "./invoice.entity.js";
import { billToOf, sellerOf } from "./invoice-parties.js";
import { renderInvoicePdf } from "./invoice-pdf.js";
import { vatAmount, vatFor } from "./vat.js";

/** A line as the pricing makes it; the invoice adds the subscription's end customer. */
export type NewInvoiceLine = Omit<InvoiceLine, "id" | "invoiceId" | "invoice" | "position" | "customerName">;

/** A bank's transfer reference is short; anything longer is not one. */
const MAX_REFERENCE_LENGTH = 200;

interface InvoiceFilter extends PageArgs {
  status?: InvoiceStatus | null;
  subscriptionId?: string | null;
}

const NEWEST_FIRST: KeysetOrder<Invoice> = {
  key: "i.issued_at",
  id: "i.id",
  part: "timestamp",
  descending: true,
  cursor: (i) => [i.issuedAt.toISOString(), i.id],
};

/**
 * One page of invoices, newest first, lines included: two statements for the ids and the count,
 * one for the page. Limited to one reseller when `resellerId` is given, else every reseller's.
 */
async function invoicePage(
  em: EntityManager,
  args: InvoiceFilter & { resellerId?: string },
): Promise<Page<Invoice>> {
  const page = keysetPage(args, NEWEST_FIRST);
  const base = () => {
    const qb = em.getRepository(Invoice).createQueryBuilder("i").where("true");
    if (args.resellerId) qb.andWhere("i.reseller_id = :reseller", { reseller: args.resellerId });
    if (args.status) qb.andWhere("i.status = :status", { status: args.status });
    if (args.subscriptionId) {
      if (!isUuid(args.subscriptionId)) qb.andWhere("false");
      else qb.andWhere("i.subscription_id = :subscription", { subscription: args.subscriptionId });
    }
    return qb;
  };
  const ids = page.query(base().select("i.id", "id"));
  const rows = await ids.getRawMany<{ id: string }>();
  const invoices = rows.length
    ? await em
        .getRepository(Invoice)
        .createQueryBuilder("i")
        .leftJoinAndSelect("i.lines", "l")
        .where("i.id IN (:...ids)", { ids: rows.map((r) => r.id) })
        .orderBy("i.issued_at", "DESC")
        .addOrderBy("i.id", "DESC")
        .addOrderBy("l.position", "ASC")
        .getMany()
    : [];
  return page.of(invoices, countOfQuery(em, base().select("i.id")));
}

/**
 * Invoices: gapless numbers, lines rounded once, charging them, and recording payments. Every
 * statement is scoped to the context's reseller account, but for vendor staff's list of all.
 */
export class InvoiceService {
  constructor(
    private readonly clock: Clock,
    private readonly payments: PaymentProvider,
    private readonly billing: BillingConfig,
  ) {}

  /**
   * Makes an OPEN invoice of the context's account for a subscription, in the currency and with
   * the payment method it was bought with, numbered next in the year. The counter row stays
   * locked until the caller's transaction ends, so numbers are handed out in order, and a
   * rolled-back transaction (a declined card) gives its number back: no gaps. It bills the
   * reseller's billing profile as it is now, with VAT by its country and VAT ID, and names the end
   * customer the subscription is assigned to.
   */
  async create(
    ctx: ServiceContext,
    subscription: Pick<Subscription, "id" | "priceSnapshot" | "paymentMethod" | "customerId">,
    kind: InvoiceKind,
    lines: NewInvoiceLine[],
  ): Promise<Invoice> {
    const { em } = ctx;
    const now = this.clock.now();
    const year = now.getUTCFullYear();
    const [{ last_number: sequence }]: Array<{ last_number: number }> = await em.query(
      `INSERT INTO invoice_counter (year, last_number) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last_number = invoice_counter.last_number + 1
       RETURNING last_number`,
      [year],
    );
    const subtotal = lines.reduce((sum, line) => sum + line.retailAmount, 0);
    const netTotal = lines.reduce((sum, line) => sum + line.amount, 0);
    const account = await em.findOneByOrFail(Account, { id: tenantOf(ctx) });
    const profile = await billingProfileOf(em, account.id);
    const customerName = await this.customerNameOf(ctx, subscription.customerId);
    const vat = vatFor(profile, this.billing);
    const vatOnNet = vatAmount(netTotal, vat.rateBp);
    const invoice = await owned(ctx, Invoice).create({
      number: `${year}-${String(sequence).padStart(6, "0")}`,
      year,
      sequence,
      subscriptionId: subscription.id,
      kind,
      status: InvoiceStatus.OPEN,
      currency: subscription.priceSnapshot.currency,
      subtotal,
      discountTotal: subtotal - netTotal,
      netTotal,
      vatTreatment: vat.treatment,
      vatRateBp: vat.rateBp,
      vatAmount: vatOnNet,
      total: netTotal + vatOnNet,
      seller: sellerOf(this.billing.vendor),
      billTo: billToOf(profile, account.name),
      paymentMethod: subscription.paymentMethod,
      issuedAt: now,
      // Card and PayPal are charged on issue; a wire transfer has the payment terms.
      dueAt:
        subscription.paymentMethod === PaymentMethod.WIRE_TRANSFER
          ? addDays(now, this.billing.wirePaymentTermsDays)
          : now,
      paidAt: null,
      lastPaymentError: null,
      lastAttemptAt: null,
    });
    invoice.lines = await em.save(
      lines.map((line, position) =>
        em.create(InvoiceLine, { ...line, customerName, invoiceId: invoice.id, position }),
      ),
    );
    await ctx.publish("invoice.issued", invoice.id, {
      invoiceNumber: invoice.number,
      kind: invoice.kind,
      subscriptionId: invoice.subscriptionId,
      total: invoice.total,
      currency: invoice.currency,
      paymentMethod: invoice.paymentMethod,
      dueAt: invoice.dueAt.toISOString(),
    });
    return invoice;
  }

  /** The company name the reseller gave the customer; null for none (the pool). */
  private async customerNameOf(ctx: ServiceContext, customerId: string | null): Promise<string | null> {
    if (!customerId) return null;
    const [entry] = await tenantQuery<{ company_name: string }>(
      ctx,
      "SELECT company_name FROM customer_link WHERE reseller_id = $1 AND customer_id = $2 AND removed_at IS NULL",
      [customerId],
    );
    return entry?.company_name ?? null;
  }

  /**
   * Charges an open invoice by a saved card or PayPal account. A declined charge leaves it OPEN
   * with the reason; the provider charges one invoice at most once, however often this is retried.
   */
  async charge(
    ctx: ServiceContext,
    invoice: Invoice,
    {
      paymentMethod: method,
      paymentToken: token,
    }: { paymentMethod: PaymentMethod; paymentToken: string | null },
  ): Promise<{ ok: true } | { ok: false; reason: string }> {
    const now = this.clock.now();
    if (method === PaymentMethod.WIRE_TRANSFER)
      return { ok: false, reason: "Wire transfers are recorded by vendor staff." };
    const result =
      invoice.total === 0
        ? ({ ok: true, reference: "zero-amount" } as const)
        : await this.payments.charge({
            method,
            token,
            amount: invoice.total,
            currency: invoice.currency,
            description: `Invoice ${invoice.number}`,
            idempotencyKey: `invoice:${invoice.id}`,
          });
    invoice.lastAttemptAt = now;
    if (!result.ok) {
      invoice.lastPaymentError = result.reason;
      await owned(ctx, Invoice).update(
        { id: invoice.id },
        { lastAttemptAt: now, lastPaymentError: result.reason },
      );
      return result;
    }
    await this.markPaid(ctx, invoice, { method, reference: result.reference, recordedByStaff: false });
    return { ok: true };
  }

  /**
   * Vendor staff record a wire transfer (or any payment outside the provider) against an open
   * invoice of the context's account; its subscription is active once nothing is left open.
   */
  async recordPayment(ctx: ServiceContext, invoiceId: string, reference: string): Promise<Invoice> {
    if (reference.length > MAX_REFERENCE_LENGTH) {
      fail(
        UserErrorCode.TOO_LONG,
        "reference",
        `The reference has ${MAX_REFERENCE_LENGTH} characters at most.`,
      );
    }
    const invoice = await this.lockOpen(ctx, invoiceId);
    await this.markPaid(ctx, invoice, {
      method: invoice.paymentMethod,
      reference: reference.trim() || null,
      recordedByStaff: true,
    });
    if (invoice.subscriptionId && !(await this.hasOpen(ctx, invoice.subscriptionId))) {
      await owned(ctx, Subscription).update(
        {
          id: invoice.subscriptionId,
          status: In([SubscriptionStatus.PENDING_PAYMENT, SubscriptionStatus.PAST_DUE]),
        },
        { status: SubscriptionStatus.ACTIVE },
      );
    }
    return invoice;
  }

  /** Resellers' ids and names, for the invoices that bill them. */
  async resellersByIds(
    ctx: ServiceContext,
    ids: readonly string[],
  ): Promise<Map<string, { id: string; name: string }>> {
    const accounts = await ctx.em.find(Account, {
      where: { id: In([...ids]) },
      select: { id: true, name: true },
    });
    return new Map(accounts.map((a) => [a.id, { id: a.id, name: a.name }]));
  }

  /** The reseller an invoice belongs to, for vendor staff acting on it; null for no invoice. */
  async resellerOf(ctx: ServiceContext, id: string): Promise<string | null> {
    if (!isUuid(id)) return null;
    const invoice = await ctx.em.findOne(Invoice, { where: { id }, select: { id: true, resellerId: true } });
    return invoice?.resellerId ?? null;
  }

  private async markPaid(
    ctx: ServiceContext,
    invoice: Invoice,
    payment: { method: PaymentMethod; reference: string | null; recordedByStaff: boolean },
  ): Promise<void> {
    const now = this.clock.now();
    await ctx.em.insert(Payment, {
      invoiceId: invoice.id,
      method: payment.method,
      amount: invoice.total,
      reference: payment.reference ?? "wire transfer",
      recordedBy: payment.recordedByStaff ? ctx.actor.userId : null,
      createdAt: now,
    });
    Object.assign(invoice, {
      status: InvoiceStatus.PAID,
      paidAt: now,
      lastPaymentError: null,
      lastAttemptAt: now,
    });
    await owned(ctx, Invoice).update(
      { id: invoice.id },
      { status: InvoiceStatus.PAID, paidAt: now, lastPaymentError: null, lastAttemptAt: now },
    );
    const subscription = invoice.subscriptionId
      ? await owned(ctx, Subscription).findOne({ id: invoice.subscriptionId }, { product: true })
      : null;
    await ctx.publish("invoice.paid", invoice.id, {
      invoiceNumber: invoice.number,
      subscriptionId: invoice.subscriptionId,
      amount: invoice.total,
      currency: invoice.currency,
      method: payment.method,
      recordedByStaff: payment.recordedByStaff,
      reference: payment.reference,
      productName: subscription?.product.name ?? null,
    });
  }

  /** Voids an open invoice whose subscription ended unpaid. */
  async markVoid(ctx: ServiceContext, invoice: Invoice): Promise<void> {
    invoice.status = InvoiceStatus.VOID;
    await owned(ctx, Invoice).update({ id: invoice.id }, { status: InvoiceStatus.VOID });
  }

  /** The context's invoices, newest first, lines included. */
  list(ctx: ServiceContext, args: InvoiceFilter): Promise<Page<Invoice>> {
    return invoicePage(ctx.em, { ...args, resellerId: tenantOf(ctx) });
  }

  /** Every reseller's invoices, for vendor staff. */
  listAll(ctx: ServiceContext, args: Omit<InvoiceFilter, "subscriptionId">): Promise<Page<Invoice>> {
    return invoicePage(ctx.em, args);
  }

  /**
   * An invoice as the caller may see it: the reseller's people and keys that read its business see
   * its own invoices, vendor staff every reseller's; for anyone else, customers included, none exists.
   */
  async getForActor(ctx: ServiceContext, id: string): Promise<Invoice | null> {
    const { actor } = ctx;
    if (actor.permissions.has(Permission.VENDOR_ADMIN)) return this.getAny(ctx.em, id);
    if (actor.accountKind !== "RESELLER" || !actor.permissions.has(Permission.RESELLER_READ)) return null;
    return this.get(ctx, id);
  }

  /** One of the context's invoices with its lines in order; null for anyone else's. */
  async get(ctx: ServiceContext, id: string): Promise<Invoice | null> {
    const invoice = isUuid(id) ? await owned(ctx, Invoice).findOne({ id }, { lines: true }) : null;
    invoice?.lines.sort((a, b) => a.position - b.position);
    return invoice;
  }

  /** Any reseller's invoice with its lines in order, for vendor staff and for mail; null for none. */
  async getAny(em: EntityManager, id: string): Promise<Invoice | null> {
    if (!isUuid(id)) return null;
    const invoice = await em.findOne(Invoice, { where: { id }, relations: { lines: true } });
    invoice?.lines.sort((a, b) => a.position - b.position);
    return invoice;
  }

  /** The invoice as a PDF, as it was issued, with its payment status now. */
  pdf(invoice: Invoice): Promise<Buffer> {
    return renderInvoicePdf(invoice);
  }

  /**
   * Locks an open invoice of the context's account for a payment; refuses paid or void ones, and
   * anything else. A context without an account, as vendor staff naming no invoice, has none.
   */
  async lockOpen(ctx: ServiceContext, id: string): Promise<Invoice> {
    const invoice = isUuid(id) && ctx.accountId ? await owned(ctx, Invoice).lock({ id }) : null;
    if (!invoice) fail(UserErrorCode.NOT_FOUND, "invoiceId", "Invoice not found.");
    if (invoice.status !== InvoiceStatus.OPEN) {
      fail(
        UserErrorCode.INVOICE_NOT_OPEN,
        "invoiceId",
        `Invoice ${invoice.number} is ${invoice.status.toLowerCase()}.`,
      );
    }
    invoice.lines = await ctx.em.find(InvoiceLine, {
      where: { invoiceId: invoice.id },
      order: { position: "ASC" },
    });
    return invoice;
  }

  /** The oldest open invoice of a subscription, locked for a payment; null when none is open. */
  async lockOldestOpen(ctx: ServiceContext, subscriptionId: string): Promise<Invoice | null> {
    const [oldest] = await owned(ctx, Invoice).find({
      where: { subscriptionId, status: InvoiceStatus.OPEN },
      order: { issuedAt: "ASC" },
      take: 1,
    });
    return oldest ? this.lockOpen(ctx, oldest.id) : null;
  }

  private hasOpen(ctx: ServiceContext, subscriptionId: string): Promise<boolean> {
    return owned(ctx, Invoice).exists({ subscriptionId, status: InvoiceStatus.OPEN });
  }
}
