import type { LinkSender, TokenService } from "../auth/token.service.js";
import { TokenPurpose } from "../auth/user-token.entity.js";
import { billingContactEmails } from "../billing-contact/billing-contact.service.js";
import type { Links } from "../common/links.js";
import type { ServiceContext } from "../db/unit-of-work.js";
import type { DomainEvent, EventType } from "../events/domain-events.js";
import type { EventSubscriber } from "../events/event-bus.js";
import type { InvoiceSeller } from "../invoice/invoice.entity.js";
import type { MailData, MailTemplate } from "../mail/templates.js";
import { PaymentMethod } from "../payment/payment-method.js";
import type { SignUpService } from "../sign-up/sign-up.service.js";
import { IN_FORCE } from "../subscription/subscription.entity.js";
import type { OutboxService } from "./outbox.service.js";

/** One mail to write: its recipient, its template and that template's data. */
interface Mail<T extends MailTemplate = MailTemplate> {
  to: string;
  template: T;
  data: MailData[T];
}

function mail<T extends MailTemplate>(to: string, template: T, data: MailData[T]): Mail<T> {
  return { to, template, data };
}

type MailsOf<T extends EventType> = (ctx: ServiceContext, event: DomainEvent<T>) => Promise<Mail[]>;

/**
 * The mail subscriber: for each domain event, who hears of it, with which template and data.
 * Domain services only state what happened; this is the one place that knows about mail, links
 * and activation tokens.
 */
export class MailNotifications implements EventSubscriber {
  readonly name = "mail";

  constructor(
    private readonly links: Links,
    private readonly tokens: TokenService,
    private readonly signUps: SignUpService,
    private readonly outbox: OutboxService,
  ) {}

  async handle(ctx: ServiceContext, event: DomainEvent): Promise<void> {
    const mailsOf = this.mails[event.type] as MailsOf<EventType> | undefined;
    if (!mailsOf) return;
    for (const { to, template, data } of await mailsOf(ctx, event)) {
      await this.outbox.enqueue(ctx.em, to, template, data);
    }
  }

  /**
   * A fresh single-use link for a person to set a password; the sender's earlier one stops
   * working, other senders' links do not.
   */
  private async activationLink(
    ctx: ServiceContext,
    userId: string,
    purpose: TokenPurpose,
    from: LinkSender,
  ): Promise<{ link: string; expiresAt: string }> {
    const { token, expiresAt } = await this.tokens.issue(ctx.em, userId, purpose, from);
    return { link: this.links.activation(token), expiresAt: expiresAt.toISOString() };
  }

  /** Every active vendor staff member: they answer requests for special prices. */
  private async staffEmails(ctx: ServiceContext): Promise<string[]> {
    const rows: Array<{ email: string }> = await ctx.em.query(
      "SELECT email FROM app_user WHERE is_vendor_staff AND status = 'ACTIVE' ORDER BY email",
    );
    return rows.map((r) => r.email);
  }

  private async billingContacts<T extends MailTemplate>(
    ctx: ServiceContext,
    accountId: string | null,
    template: T,
    data: MailData[T],
  ): Promise<Mail[]> {
    if (!accountId) return [];
    return (await billingContactEmails(ctx.em, accountId)).map((to) => mail(to, template, data));
  }

  /**
   * The mail telling a customer that licenses were assigned to it or taken back: to the owner
   * of the customer account, found by its entry on the reseller's list (or the account itself).
   */
  private async licenseMail(
    ctx: ServiceContext,
    template: "subscription_assigned" | "subscription_unassigned",
    customer: { entryId: string } | { accountId: string },
    subscriptionId: string,
  ): Promise<Mail[]> {
    const rows: Array<{ email: string; product_name: string; quantity: number; reseller_name: string }> =
      await ctx.em.query(
        `SELECT u.email, p.name AS product_name, s.quantity, r.name AS reseller_name
         FROM subscription s
         JOIN product p ON p.id = s.product_id
         JOIN account r ON r.id = s.reseller_id
         JOIN membership m ON m.role = 'OWNER' AND m.account_id = ${
           "entryId" in customer
             ? "(SELECT customer_id FROM customer_link WHERE id = $2 AND reseller_id = s.reseller_id)"
             : "$2"
         }
         JOIN app_user u ON u.id = m.user_id
         WHERE s.id = $1`,
        [subscriptionId, "entryId" in customer ? customer.entryId : customer.accountId],
      );
    return rows.map((row) =>
      mail(row.email, template, {
        link: this.links.page("/"),
        resellerName: row.reseller_name,
        productName: row.product_name,
        quantity: row.quantity,
      }),
    );
  }

  private readonly mails: { [T in EventType]?: MailsOf<T> } = {
    "sign_up.requested": async (ctx, { payload: p }) => {
      const { token, expiresAt } = await this.signUps.issueLink(ctx, p.requestId);
      return [
        mail(p.email, "sign_up_confirmation", {
          link: this.links.activation(token),
          expiresAt: expiresAt.toISOString(),
          companyName: p.companyName,
        }),
      ];
    },
    "sign_up.email_taken": async (_ctx, { payload: p }) => [
      mail(p.email, "sign_up_email_taken", { link: this.links.page("/sign-in") }),
    ],
    "reseller_application.submitted": async (_ctx, { payload: p }) => [
      mail(p.ownerEmail, "application_received", {
        link: this.links.page("/apply"),
        accountName: p.accountName,
      }),
    ],
    "quote_request.created": async (ctx, { payload: p }) =>
      (await this.staffEmails(ctx)).map((to) =>
        mail(to, "quote_request_received", { link: this.links.page("/vendor-quote-requests"), ...p }),
      ),
    "quote_request.quoted": async (ctx, { accountId, payload: p }) =>
      this.billingContacts(ctx, accountId, "quote_request_quoted", {
        link: this.links.page("/quote-requests"),
        ...p,
      }),
    "quote_request.declined": async (ctx, { accountId, payload: p }) =>
      this.billingContacts(ctx, accountId, "quote_request_declined", {
        link: this.links.page("/quote-requests"),
        ...p,
      }),
    "quote_request.expired": async (ctx, { accountId, payload: p }) =>
      this.billingContacts(ctx, accountId, "quote_request_expired", {
        link: this.links.page("/quote-requests"),
        ...p,
      }),
    "quote_request.accepted": async (ctx, { payload: p }) =>
      (await this.staffEmails(ctx)).map((to) =>
        mail(to, "quote_request_accepted", {
          link: this.links.page("/vendor-quote-requests"),
          reference: p.reference,
          resellerName: p.resellerName,
        }),
      ),
    "reseller_application.approved": async (_ctx, { payload: p }) => [
      mail(p.ownerEmail, "application_approved", {
        link: this.links.page("/"),
        accountName: p.accountName,
        tier: p.tier,
      }),
    ],
    "reseller_application.declined": async (_ctx, { payload: p }) => [
      mail(p.ownerEmail, "application_declined", {
        link: this.links.page("/apply"),
        accountName: p.accountName,
        reason: p.reason,
      }),
    ],
    "reseller.enabled": async (ctx, { payload: p }) => {
      const activation = await this.activationLink(ctx, p.owner.userId, TokenPurpose.ACTIVATION, {});
      return [
        mail(p.owner.email, "reseller_activation", {
          link: p.owner.activationNeeded ? activation.link : this.links.page("/sign-in"),
          accountName: p.accountName,
          tier: p.tier,
          expiresAt: activation.expiresAt,
        }),
      ];
    },
    "customer.invited": async (ctx, { accountId, payload: p }) => {
      if (!p.activationNeeded) {
        return [
          mail(p.customer.email, "customer_added", {
            link: this.links.page("/"),
            resellerName: p.resellerName,
          }),
        ];
      }
      // Not activated yet: this reseller's newest link works, and so do other resellers' links.
      const activation = await this.activationLink(ctx, p.customerUserId, TokenPurpose.ACTIVATION, {
        accountId,
      });
      return [
        mail(p.customer.email, "customer_activation", {
          ...activation,
          resellerName: p.resellerName,
          companyName: p.customer.companyName,
        }),
      ];
    },
    "usage.over_licenses": (ctx, { accountId, payload: p }) =>
      this.billingContacts(ctx, accountId, "usage_over_licenses", {
        // The change with its quote, one click away; without a subscription, the purchase.
        link:
          p.subscriptionId && p.suggestedQuantity
            ? this.links.page(`/billing?change=${p.subscriptionId}&quantity=${p.suggestedQuantity}`)
            : this.links.page(
                `/billing?buy=${encodeURIComponent(p.productCode)}&quantity=${p.licensesToAdd}`,
              ),
        productName: p.productName,
        agents: p.agents,
        licenses: p.licenses,
        licensesToAdd: p.licensesToAdd,
        since: p.since,
      }),
    "team.member_invited": async (ctx, { accountId, payload: p }) => {
      const activation = await this.activationLink(ctx, p.userId, TokenPurpose.INVITATION, {
        accountId,
        invitationId: p.invitationId,
      });
      return [
        mail(p.email, "team_invitation", {
          ...activation,
          accountName: p.accountName,
          inviterName: p.inviterName,
          role: p.role,
        }),
      ];
    },
    "partner_discount.requested": async (ctx, { payload: p }) => {
      const staff: Array<{ email: string }> = await ctx.em.query(
        "SELECT email FROM app_user WHERE is_vendor_staff ORDER BY email",
      );
      const link = this.links.page(`/resellers?search=${encodeURIComponent(p.resellerName)}`);
      return staff.map(({ email }) =>
        mail(email, "discount_code_request", {
          link,
          resellerName: p.resellerName,
          requestedBy: p.requestedBy,
          note: p.note,
        }),
      );
    },
    "partner_discount.issued": async (ctx, { accountId, subjectId, payload: p }) => {
      const [{ code }]: Array<{ code: string }> = await ctx.em.query(
        "SELECT code FROM partner_discount_code WHERE id = $1",
        [subjectId],
      );
      return this.billingContacts(ctx, accountId, "discount_code_issued", {
        link: this.links.page("/pricing"),
        resellerName: p.resellerName,
        code,
      });
    },
    "subscription.period_ending": (ctx, { accountId, payload: { renews, ...p } }) =>
      this.billingContacts(ctx, accountId, renews ? "renewal_notice" : "termination_notice", {
        ...p,
        link: this.links.page("/notices"),
      }),
    // The customer hears of licenses once they are in force: paid, or a renewal being retried. An
    // unpaid wire transfer's are told when staff record the payment (see invoice.paid).
    "subscription.purchased": async (ctx, { subjectId, payload: p }) =>
      p.customer && IN_FORCE.includes(p.status)
        ? this.licenseMail(ctx, "subscription_assigned", { entryId: p.customer.id }, subjectId)
        : [],
    "subscription.assigned": async (ctx, { subjectId, payload: p }) =>
      IN_FORCE.includes(p.status)
        ? this.licenseMail(ctx, "subscription_assigned", { entryId: p.customer.id }, subjectId)
        : [],
    // Also when the customer is taken off the list. One never told of an unpaid subscription is not
    // told it went either.
    "subscription.unassigned": async (ctx, { subjectId, payload: p }) =>
      p.customer && IN_FORCE.includes(p.status)
        ? this.licenseMail(ctx, "subscription_unassigned", { entryId: p.customer.id }, subjectId)
        : [],
    "trial.started": async (_ctx, { payload: p }) => [
      mail(p.customer.email, "trial_started", {
        link: this.links.page("/"),
        resellerName: p.resellerName,
        productName: p.productName,
        endsAt: p.endsAt,
      }),
    ],
    "trial.ending": (ctx, { accountId, payload: p }) =>
      this.billingContacts(ctx, accountId, "trial_ending", {
        link: this.links.page(p.customer ? `/customers/${p.customer.id}` : "/customers"),
        productName: p.productName,
        customerName: p.customer?.companyName ?? "a former customer",
        endsAt: p.endsAt,
      }),
    "invoice.payment_failed": (ctx, { accountId, payload: p }) =>
      this.billingContacts(ctx, accountId, "payment_failed", {
        resellerName: p.resellerName,
        productName: p.productName,
        invoiceNumber: p.invoiceNumber,
        amount: p.amount,
        currency: p.currency,
        reason: p.reason,
        link: this.links.page("/billing"),
      }),
    // Every billing contact gets the invoice with its PDF; a wire transfer's says where to pay.
    "invoice.issued": async (ctx, { accountId, subjectId, payload: p }) => {
      const [invoice]: Array<{ seller: InvoiceSeller; issued_at: Date }> = await ctx.em.query(
        "SELECT seller, issued_at FROM invoice WHERE id = $1",
        [subjectId],
      );
      if (!invoice) return [];
      const { bank } = invoice.seller;
      return this.billingContacts(ctx, accountId, "invoice_issued", {
        invoiceId: subjectId,
        invoiceNumber: p.invoiceNumber,
        issuedAt: invoice.issued_at.toISOString(),
        dueAt: p.dueAt,
        total: p.total,
        currency: p.currency,
        paymentMethod: p.paymentMethod,
        wire:
          p.paymentMethod === PaymentMethod.WIRE_TRANSFER
            ? { ...bank, paymentReference: p.invoiceNumber }
            : null,
        link: this.links.page("/billing"),
      });
    },
    // A payment that comes after the invoice mail is news: a wire transfer staff recorded, or a
    // past-due invoice charged at last. Charges on issue are in the invoice mail already.
    "invoice.paid": async (ctx, { accountId, subjectId, occurredAt, payload: p }) => {
      if (p.recordedByStaff) {
        // A purchase paid by wire brings its licenses into force: its customer, if any, hears now.
        const [assigned]: Array<{ customer_id: string }> = await ctx.em.query(
          `SELECT s.customer_id FROM invoice i JOIN subscription s ON s.id = i.subscription_id
           WHERE i.id = $1 AND i.kind = 'PURCHASE' AND s.customer_id IS NOT NULL`,
          [subjectId],
        );
        const customerMails =
          assigned && p.subscriptionId
            ? await this.licenseMail(
                ctx,
                "subscription_assigned",
                { accountId: assigned.customer_id },
                p.subscriptionId,
              )
            : [];
        const contactMails = await this.billingContacts(ctx, accountId, "wire_payment_received", {
          invoiceId: subjectId,
          invoiceNumber: p.invoiceNumber,
          amount: p.amount,
          currency: p.currency,
          reference: p.reference ?? "",
          productName: p.productName,
          link: this.links.page("/billing"),
        });
        return [...contactMails, ...customerMails];
      }
      const [failedBefore] = await ctx.em.query(
        "SELECT 1 FROM domain_event WHERE type = 'invoice.payment_failed' AND subject_id = $1 LIMIT 1",
        [subjectId],
      );
      if (!failedBefore) return [];
      return this.billingContacts(ctx, accountId, "payment_receipt", {
        invoiceId: subjectId,
        invoiceNumber: p.invoiceNumber,
        amount: p.amount,
        currency: p.currency,
        paidAt: new Date(occurredAt).toISOString(),
        productName: p.productName,
        link: this.links.page("/billing"),
      });
    },
    "webhook_endpoint.disabled": async (ctx, { accountId, payload: p }) => {
      const owners: Array<{ email: string }> = await ctx.em.query(
        `SELECT u.email FROM membership m JOIN app_user u ON u.id = m.user_id
         WHERE m.account_id = $1 AND m.role = 'OWNER' ORDER BY u.email`,
        [accountId],
      );
      return owners.map(({ email }) =>
        mail(email, "webhook_endpoint_disabled", {
          url: p.endpoint.url,
          failingSince: p.failingSince,
          link: this.links.page("/settings/webhooks"),
        }),
      );
    },
    "payment_method.expiring": (ctx, { accountId, payload: p }) =>
      this.billingContacts(ctx, accountId, "card_expiring", {
        card: p.paymentMethod.label,
        expiry: `${String(p.expiryMonth).padStart(2, "0")}/${p.expiryYear}`,
        isDefault: p.isDefault,
        subscriptionCount: p.subscriptionCount,
        link: this.links.page("/billing?tab=payment-methods"),
      }),
  };
}
