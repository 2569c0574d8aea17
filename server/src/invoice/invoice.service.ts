import type { DataSource, EntityManager } from "typeorm";
import { Account } from "../account/account.entity.js";
import { billingContactEmails } from "../billing-contact/billing-contact.service.js";
import { Permission } from "../common/auth.js";
import type { Clock } from "../common/clock.js";
import { type Actor, accountOf } from "../common/context.js";
import { fail, UserErrorCode } from "../common/errors.js";
import { isUuid } from "../common/ids.js";
import type { Links } from "../common/links.js";
import { decodeCursor, type Page, pageSize, toPage } from "../common/pagination.js";
import { owned } from "../db/tenant.js";
import type { ServiceContext } from "../db/unit-of-work.js";
import type { OutboxService } from "../notifications/outbox.service.js";
import type { PaymentMethod } from "../payment/payment-method.js";
import type { PaymentProvider } from "../payment/payment-provider.js";
import { Invoice, type InvoiceKind, InvoiceLine, InvoiceStatus, Payment } from "./invoice.entity.js";
import { renderInvoicePdf } from "./invoice-pdf.js";

export type NewInvoiceLine = Omit<
  InvoiceLine,
  "id" | "invoiceId" | "invoice" | "position" | "volumeDiscountPercent" | "partnerDiscountPercent"
>;

/** A bank's transfer reference is short; anything longer is not one. */
const MAX_REFERENCE_LENGTH = 200;

/** Invoices: gapless numbers, lines rounded once, charging them, and recording payments. */
export class InvoiceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly payments: PaymentProvider,
    private readonly outbox: OutboxService,
    private readonly links: Links,
  ) {}

  /**
   * Makes an OPEN invoice with the next number of the year. The counter row stays locked until
   * the caller's transaction ends, so numbers are handed out in order, and a rolled-back
   * transaction (a declined card) gives its number back: no gaps.
   */
  async create(
    em: EntityManager,
    input: {
      resellerId: string;
      subscriptionId: string;
      kind: InvoiceKind;
      currency: string;
      paymentMethod: PaymentMethod;
      lines: NewInvoiceLine[];
    },
  ): Promise<Invoice> {
    const now = this.clock.now();
    const year = now.getUTCFullYear();
    const [{ last_number: sequence }]: Array<{ last_number: number }> = await em.query(
      `INSERT INTO invoice_counter (year, last_number) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last_number = invoice_counter.last_number + 1
       RETURNING last_number`,
      [year],
    );
    const subtotal = input.lines.reduce((sum, line) => sum + line.retailAmount, 0);
    const total = input.lines.reduce((sum, line) => sum + line.amount, 0);
    const invoice = await em.save(
      em.create(Invoice, {
        number: `${year}-${String(sequence).padStart(6, "0")}`,
        year,
        sequence,
        resellerId: input.resellerId,
        subscriptionId: input.subscriptionId,
        kind: input.kind,
        status: InvoiceStatus.OPEN,
        currency: input.currency,
        subtotal,
        discountTotal: subtotal - total,
        total,
        paymentMethod: input.paymentMethod,
        issuedAt: now,
        paidAt: null,
        lastPaymentError: null,
        lastAttemptAt: null,
      }),
    );
    invoice.lines = await em.save(
      input.lines.map((line, position) =>
        em.create(InvoiceLine, { ...line, invoiceId: invoice.id, position }),
      ),
    );
    return invoice;
  }

  /**
   * Charges an open invoice by card or PayPal. A declined charge leaves it OPEN with the reason;
   * the provider charges one invoice at most once, however often this is retried.
   */
  async charge(
    em: EntityManager,
    invoice: Invoice,
    method: PaymentMethod,
    token: string | null,
  ): Promise<{ ok: true } | { ok: false; reason: string }> {
    const now = this.clock.now();
    if (method === "WIRE_TRANSFER")
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
      await em.update(Invoice, { id: invoice.id }, { lastAttemptAt: now, lastPaymentError: result.reason });
      return result;
    }
    await this.markPaid(em, invoice, method, result.reference, null);
    return { ok: true };
  }

  async markPaid(
    em: EntityManager,
    invoice: Invoice,
    method: PaymentMethod,
    reference: string,
    recordedBy: string | null,
  ): Promise<void> {
    const now = this.clock.now();
    await em.insert(Payment, {
      invoiceId: invoice.id,
      method,
      amount: invoice.total,
      reference,
      recordedBy,
      createdAt: now,
    });
    Object.assign(invoice, {
      status: InvoiceStatus.PAID,
      paidAt: now,
      lastPaymentError: null,
      lastAttemptAt: now,
    });
    await em.update(
      Invoice,
      { id: invoice.id },
      { status: InvoiceStatus.PAID, paidAt: now, lastPaymentError: null, lastAttemptAt: now },
    );
  }

  /** Vendor staff record a wire transfer (or any payment outside the provider) against an open invoice. */
  recordPayment(actor: Actor, invoiceId: string, reference: string): Promise<Invoice> {
    if (reference.length > MAX_REFERENCE_LENGTH) {
      fail(
        UserErrorCode.TOO_LONG,
        "reference",
        `The reference has ${MAX_REFERENCE_LENGTH} characters at most.`,
      );
    }
    return this.dataSource.transaction(async (em) => {
      const invoice = await this.lockOpen(em, invoiceId);
      await this.markPaid(
        em,
        invoice,
        invoice.paymentMethod,
        reference.trim() || "wire transfer",
        actor.userId,
      );
      if (invoice.subscriptionId) {
        const [stillOpen] = await em.query(
          "SELECT 1 FROM invoice WHERE subscription_id = $1 AND status = 'OPEN'",
          [invoice.subscriptionId],
        );
        if (!stillOpen) {
          await em.query(
            `UPDATE subscription SET status = 'ACTIVE'
             WHERE id = $1 AND status IN ('PENDING_PAYMENT', 'PAST_DUE')`,
            [invoice.subscriptionId],
          );
        }
      }
      await this.notifyPaymentReceived(em, invoice, reference.trim());
      return invoice;
    });
  }

  /** Tells the reseller's billing contacts that a wire transfer came in. */
  private async notifyPaymentReceived(em: EntityManager, invoice: Invoice, reference: string): Promise<void> {
    const [product]: Array<{ name: string }> = invoice.subscriptionId
      ? await em.query(
          "SELECT p.name FROM subscription s JOIN product p ON p.id = s.product_id WHERE s.id = $1",
          [invoice.subscriptionId],
        )
      : [];
    for (const email of await billingContactEmails(em, invoice.resellerId)) {
      await this.outbox.enqueue(em, email, "wire_payment_received", {
        invoiceNumber: invoice.number,
        amount: invoice.total,
        currency: invoice.currency,
        reference,
        productName: product?.name ?? null,
        link: this.links.page("/billing"),
      });
    }
  }

  /** The reseller's invoices, newest first, lines included: two statements per page. */
  async list(
    actor: Actor,
    args: {
      first?: number | null;
      after?: string | null;
      status?: InvoiceStatus | null;
      subscriptionId?: string | null;
    },
  ): Promise<Page<Invoice>> {
    return this.page({ ...args, resellerId: accountOf(actor) });
  }

  /** Every reseller's invoices, for vendor staff. */
  listAll(args: {
    first?: number | null;
    after?: string | null;
    status?: InvoiceStatus | null;
  }): Promise<Page<Invoice>> {
    return this.page(args);
  }

  private async page(args: {
    resellerId?: string;
    first?: number | null;
    after?: string | null;
    status?: InvoiceStatus | null;
    subscriptionId?: string | null;
  }): Promise<Page<Invoice>> {
    const size = pageSize(args.first);
    const base = () => {
      const qb = this.dataSource.getRepository(Invoice).createQueryBuilder("i").where("true");
      if (args.resellerId) qb.andWhere("i.reseller_id = :reseller", { reseller: args.resellerId });
      if (args.status) qb.andWhere("i.status = :status", { status: args.status });
      if (args.subscriptionId) {
        if (!isUuid(args.subscriptionId)) qb.andWhere("false");
        else qb.andWhere("i.subscription_id = :subscription", { subscription: args.subscriptionId });
      }
      return qb;
    };
    const ids = base()
      .select("i.id", "id")
      .orderBy("i.issued_at", "DESC")
      .addOrderBy("i.id", "DESC")
      .limit(size + 1);
    if (args.after) {
      const [issuedAt, id] = decodeCursor(args.after, ["timestamp", "uuid"]);
      ids.andWhere("(i.issued_at, i.id) < (:issuedAt::timestamptz, :id::uuid)", { issuedAt, id });
    }
    const [rows, totalCount] = await Promise.all([ids.getRawMany<{ id: string }>(), base().getCount()]);
    const invoices = rows.length
      ? await this.dataSource
          .getRepository(Invoice)
          .createQueryBuilder("i")
          .leftJoinAndSelect("i.lines", "l")
          .where("i.id IN (:...ids)", { ids: rows.map((r) => r.id) })
          .orderBy("i.issued_at", "DESC")
          .addOrderBy("i.id", "DESC")
          .addOrderBy("l.position", "ASC")
          .getMany()
      : [];
    return toPage(invoices, size, Boolean(args.after), (i) => [i.issuedAt.toISOString(), i.id], totalCount);
  }

  /**
   * An invoice as the caller may see it: the reseller's people and keys that read its business see
   * its own invoices; for anyone else, customers and vendor staff included, none exists.
   */
  async getForActor(ctx: ServiceContext, id: string): Promise<Invoice | null> {
    const { actor } = ctx;
    if (actor.accountKind !== "RESELLER" || !actor.permissions.has(Permission.RESELLER_READ)) return null;
    return this.get(ctx, id);
  }

  /** One of the context's invoices with its lines in order; null for anyone else's. */
  async get(ctx: ServiceContext, id: string): Promise<Invoice | null> {
    const invoice = isUuid(id) ? await owned(ctx, Invoice).findOne({ id }, { lines: true }) : null;
    invoice?.lines.sort((a, b) => a.position - b.position);
    return invoice;
  }

  /** The invoice as a PDF, billed to its reseller. */
  async pdf(ctx: ServiceContext, invoice: Invoice): Promise<Buffer> {
    const reseller = await ctx.em.findOneByOrFail(Account, { id: invoice.resellerId });
    return renderInvoicePdf(invoice, reseller.name);
  }

  async getIn(em: EntityManager, accountId: string, id: string): Promise<Invoice | null> {
    if (!isUuid(id)) return null;
    return em.getRepository(Invoice).findOne({
      where: { id, resellerId: accountId },
      relations: { lines: true },
      order: { lines: { position: "ASC" } },
    });
  }

  /** Locks an open invoice for recording a payment; refuses paid or void ones. */
  async lockOpen(em: EntityManager, id: string): Promise<Invoice> {
    const invoice = isUuid(id)
      ? await em.findOne(Invoice, { where: { id }, lock: { mode: "pessimistic_write" } })
      : null;
    if (!invoice) fail(UserErrorCode.NOT_FOUND, "invoiceId", "Invoice not found.");
    if (invoice.status !== InvoiceStatus.OPEN) {
      fail(
        UserErrorCode.INVOICE_NOT_OPEN,
        "invoiceId",
        `Invoice ${invoice.number} is ${invoice.status.toLowerCase()}.`,
      );
    }
    invoice.lines = await em.find(InvoiceLine, {
      where: { invoiceId: invoice.id },
      order: { position: "ASC" },
    });
    return invoice;
  }
}
