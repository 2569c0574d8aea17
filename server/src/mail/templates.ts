import { formatDay, formatMoney } from "../common/format.js";
import type { PeriodEnd } from "../subscription/subscription.events.js";

/** Every mail the product sends, with the data its outbox entry carries. Dates are ISO strings. */
export interface MailData {
  reseller_activation: PasswordLink & { accountName: string; tier: string };
  customer_activation: PasswordLink & { resellerName: string; companyName: string };
  sign_up_confirmation: PasswordLink & { companyName: string };
  sign_up_email_taken: { link: string };
  application_received: { link: string; accountName: string };
  application_approved: { link: string; accountName: string; tier: string };
  application_declined: { link: string; accountName: string; reason: string };
  quote_request_received: {
    link: string;
    reference: string;
    resellerName: string;
    productName: string;
    quantity: number;
    period: string;
  };
  quote_request_quoted: {
    link: string;
    reference: string;
    productName: string;
    quantity: number;
    unitPrice: number;
    currency: string;
    validUntil: string;
  };
  quote_request_declined: { link: string; reference: string; productName: string; reason: string };
  quote_request_expired: { link: string; reference: string; productName: string };
  quote_request_accepted: { link: string; reference: string; resellerName: string };
  customer_added: { link: string; resellerName: string };
  team_invitation: PasswordLink & { accountName: string; inviterName: string; role: string };
  discount_code_request: { link: string; resellerName: string; requestedBy: string; note: string };
  discount_code_issued: { link: string; resellerName: string; code: string };
  renewal_notice: PeriodEndData;
  termination_notice: PeriodEndData;
  usage_over_licenses: {
    link: string;
    productName: string;
    agents: number;
    licenses: number;
    licensesToAdd: number;
    since: string;
  };
  trial_started: { link: string; resellerName: string; productName: string; endsAt: string };
  subscription_assigned: LicenseChange;
  subscription_unassigned: LicenseChange;
  trial_ending: { link: string; productName: string; customerName: string; endsAt: string };
  payment_failed: {
    link: string;
    resellerName: string;
    productName: string;
    invoiceNumber: string;
    amount: number;
    currency: string;
    reason: string;
  };
  wire_payment_received: {
    link: string;
    /** The paid invoice, attached as a PDF; absent in entries written before receipts carried it. */
    invoiceId?: string;
    invoiceNumber: string;
    amount: number;
    currency: string;
    reference: string;
    productName: string | null;
  };
  webhook_endpoint_disabled: {
    link: string;
    url: string;
    failingSince: string;
  };
  card_expiring: {
    link: string;
    card: string;
    /** MM/YYYY */
    expiry: string;
    isDefault: boolean;
    subscriptionCount: number;
  };
  invoice_issued: {
    link: string;
    /** Attached as a PDF, rendered when the mail is sent. */
    invoiceId: string;
    invoiceNumber: string;
    issuedAt: string;
    dueAt: string;
    total: number;
    currency: string;
    paymentMethod: string;
    /** Where to wire the money; null for card and PayPal. */
    wire: { bankName: string; iban: string; bic: string; paymentReference: string } | null;
  };
  payment_receipt: {
    link: string;
    /** Attached as a PDF, rendered when the mail is sent. */
    invoiceId: string;
    invoiceNumber: string;
    amount: number;
    currency: string;
    paidAt: string;
    productName: string | null;
  };
}

/** The invoice a mail attaches as a PDF, by its id in the mail's data; null for mails without one. */
export function attachedInvoiceOf(data: MailData[MailTemplate]): string | null {
  return "invoiceId" in data && typeof data.invoiceId === "string" ? data.invoiceId : null;
}

/** Licenses a reseller gave a customer or took back. */
interface LicenseChange {
  link: string;
  resellerName: string;
  productName: string;
  quantity: number;
}

/** A single-use link to set a password, and until when it works. */
interface PasswordLink {
  link: string;
  expiresAt: string;
}

/** The notice of a period end is its event's data, with a link to the notices. */
type PeriodEndData = PeriodEnd & { link: string };

export type MailTemplate = keyof MailData;

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** A mail's content before it is laid out: a few paragraphs and one link to the right page. */
interface MailContent {
  subject: string;
  paragraphs: string[];
  action: { label: string; url: string };
  footnote?: string;
}

const day = formatDay;

const licenseCount = (quantity: number): string => (quantity === 1 ? "1 license" : `${quantity} licenses`);

/** The button of a mail with a password link, and until when the link works. */
const passwordAction = (label: string, d: PasswordLink): Pick<MailContent, "action" | "footnote"> => ({
  action: { label, url: d.link },
  footnote: `The link works until ${day(d.expiresAt)}.`,
});

const contents: { [T in MailTemplate]: (data: MailData[T]) => MailContent } = {
  reseller_activation: (d) => ({
    subject: `Your Reseller Hub account for ${d.accountName}`,
    paragraphs: [
      `${d.accountName} is now a ${d.tier} partner on Reseller Hub.`,
      "Set your password to sign in, add your customers and buy licenses for them.",
    ],
    ...passwordAction("Activate your account", d),
  }),
  sign_up_confirmation: (d) => ({
    subject: "Confirm your email for Reseller Hub",
    paragraphs: [
      `Confirm this email to create the Reseller Hub account of ${d.companyName}.`,
      "You can then apply to resell; we review every application and answer by email.",
    ],
    action: { label: "Confirm your email", url: d.link },
    footnote: `The link works until ${day(d.expiresAt)}. If you did not sign up, ignore this mail: nothing is made without it.`,
  }),
  sign_up_email_taken: (d) => ({
    subject: "You already have a Reseller Hub account",
    paragraphs: [
      "Someone signed up to Reseller Hub with this email, which already has an account. Nothing was changed.",
      "If it was you, sign in with your password instead.",
    ],
    action: { label: "Sign in", url: d.link },
    footnote: "If it was not you, you can ignore this mail.",
  }),
  application_received: (d) => ({
    subject: "We received your application to resell",
    paragraphs: [
      `Thank you: ${d.accountName}'s application to resell is waiting for our partner team.`,
      "We answer by email, usually within two working days.",
    ],
    action: { label: "See your application", url: d.link },
  }),
  application_approved: (d) => ({
    subject: `${d.accountName} is now a ${d.tier} partner`,
    paragraphs: [
      `Your application was approved: ${d.accountName} resells on the ${d.tier} tier from now on.`,
      "Sign in to add your customers, buy licenses for them and hand out trials.",
    ],
    action: { label: "Open Reseller Hub", url: d.link },
  }),
  application_declined: (d) => ({
    subject: "About your application to resell",
    paragraphs: [
      `We could not approve ${d.accountName}'s application to resell at this time.`,
      `Our partner team's reason: ${d.reason}`,
      "You may apply again once that has changed.",
    ],
    action: { label: "See your application", url: d.link },
  }),
  quote_request_received: (d) => ({
    subject: `${d.resellerName} asks for a special price (${d.reference})`,
    paragraphs: [
      `${d.resellerName} asks for a special price: ${licenseCount(d.quantity)} of ${d.productName}, ${d.period.toLowerCase()}.`,
      "Answer with a price per license and a validity date, or decline with a reason.",
    ],
    action: { label: "Answer the request", url: d.link },
  }),
  quote_request_quoted: (d) => ({
    subject: `Your special price ${d.reference}: ${formatMoney(d.unitPrice, d.currency)} per license`,
    paragraphs: [
      `For ${licenseCount(d.quantity)} of ${d.productName}, the vendor offers ${formatMoney(d.unitPrice, d.currency)} per license and period.`,
      `You can buy at this price until ${day(d.validUntil)}, in one step from your quote requests.`,
    ],
    action: { label: "Buy at this price", url: d.link },
  }),
  quote_request_declined: (d) => ({
    subject: `No special price for ${d.reference}`,
    paragraphs: [
      `The vendor declined your request ${d.reference} for ${d.productName}.`,
      `The reason given: ${d.reason}`,
    ],
    action: { label: "See your requests", url: d.link },
  }),
  quote_request_expired: (d) => ({
    subject: `Your special price ${d.reference} has expired`,
    paragraphs: [
      `The special price ${d.reference} for ${d.productName} was not used before its date.`,
      "Ask for a new one if the deal is still on.",
    ],
    action: { label: "See your requests", url: d.link },
  }),
  quote_request_accepted: (d) => ({
    subject: `${d.resellerName} bought at the special price ${d.reference}`,
    paragraphs: [`${d.resellerName} bought the deal ${d.reference} at the quoted price.`],
    action: { label: "See the requests", url: d.link },
  }),
  customer_activation: (d) => ({
    subject: `${d.resellerName} added you on Reseller Hub`,
    paragraphs: [
      `${d.resellerName} added ${d.companyName} as a customer on Reseller Hub.`,
      "Set your password to see the licenses and trials assigned to you.",
    ],
    ...passwordAction("Activate your account", d),
  }),
  customer_added: (d) => ({
    subject: `${d.resellerName} added you to their customers`,
    paragraphs: [
      `${d.resellerName} added you to their customers on Reseller Hub.`,
      "What they assign to you shows in your account next to what you already have.",
    ],
    action: { label: "Open your account", url: d.link },
  }),
  team_invitation: (d) => ({
    subject: `${d.inviterName} invited you to ${d.accountName} on Reseller Hub`,
    paragraphs: [
      `${d.inviterName} invited you to join ${d.accountName} on Reseller Hub as ${d.role.toLowerCase()}.`,
      "Accept the invitation to set your password and sign in.",
    ],
    ...passwordAction("Accept the invitation", d),
  }),
  discount_code_request: (d) => ({
    subject: `${d.resellerName} asks for a partner discount code`,
    paragraphs: [
      `${d.requestedBy} asked for a partner discount code for ${d.resellerName}.`,
      ...(d.note ? [`Their note: “${d.note}”`] : []),
    ],
    action: { label: "Review the reseller", url: d.link },
  }),
  discount_code_issued: (d) => ({
    subject: "Your partner discount code",
    paragraphs: [
      `${d.resellerName} now has the partner discount code ${d.code}.`,
      "With it, your purchases get your tier's reselling percentage off the price.",
    ],
    action: { label: "See your prices", url: d.link },
  }),
  usage_over_licenses: (d) => ({
    subject: `${d.productName}: ${d.licensesToAdd} more licenses needed`,
    paragraphs: [
      `Since ${day(d.since)}, your customers have had ${d.agents} ${d.productName} agents registered, and your account holds ${d.licenses} valid licenses.`,
      `Add ${d.licensesToAdd} licenses so that every agent is covered. The link opens the change with its price; nothing is bought until you confirm.`,
    ],
    action: { label: `Add ${d.licensesToAdd} licenses`, url: d.link },
  }),
  renewal_notice: (d) => ({
    subject: `${d.productName} renews on ${day(d.periodEnd)}`,
    paragraphs: [
      `${d.productName} renews on ${day(d.periodEnd)} for ${d.quantity} licenses, ${formatMoney(d.amount ?? 0, d.currency)}.`,
      d.customerName ? `It is assigned to ${d.customerName}.` : "It is not assigned to a customer.",
      "To change the quantity or turn renewal off, open the subscription before that day.",
    ],
    action: { label: "Open the subscription", url: d.link },
  }),
  termination_notice: (d) => ({
    subject: `${d.productName} ends on ${day(d.periodEnd)}`,
    paragraphs: [
      `${d.productName} (${d.quantity} licenses) ends on ${day(d.periodEnd)}; renewal is off.`,
      d.customerName
        ? `It is assigned to ${d.customerName}, who loses these licenses on that day.`
        : "It is not assigned to a customer.",
      "Turn renewal on before that day to keep it.",
    ],
    action: { label: "Open the subscription", url: d.link },
  }),
  subscription_assigned: (d) => ({
    subject: `${d.resellerName} assigned you ${licenseCount(d.quantity)} of ${d.productName}`,
    paragraphs: [
      `${d.resellerName} assigned you ${licenseCount(d.quantity)} of ${d.productName}.`,
      "They are yours to use now. Your reseller manages them for you: ask them for changes.",
    ],
    action: { label: "See your licenses", url: d.link },
  }),
  subscription_unassigned: (d) => ({
    subject: `${d.resellerName} took back ${licenseCount(d.quantity)} of ${d.productName}`,
    paragraphs: [
      `${d.resellerName} took back the ${licenseCount(d.quantity)} of ${d.productName} they had assigned you.`,
      "You no longer hold them. Ask your reseller if you did not expect this.",
    ],
    action: { label: "See your licenses", url: d.link },
  }),
  trial_started: (d) => ({
    subject: `Your ${d.productName} trial from ${d.resellerName}`,
    paragraphs: [
      `${d.resellerName} gave you a free trial of ${d.productName}.`,
      `It runs until ${day(d.endsAt)}.`,
    ],
    action: { label: "Open your account", url: d.link },
  }),
  trial_ending: (d) => ({
    subject: `The ${d.productName} trial of ${d.customerName} ends on ${day(d.endsAt)}`,
    paragraphs: [
      `The free trial of ${d.productName} you gave ${d.customerName} ends on ${day(d.endsAt)}.`,
      "Buy a subscription into this customer before then and the trial converts without a gap.",
    ],
    action: { label: "Open the customer", url: d.link },
  }),
  payment_failed: (d) => ({
    subject: `Payment failed: invoice ${d.invoiceNumber}`,
    paragraphs: [
      `The payment of ${formatMoney(d.amount, d.currency)} for ${d.productName} (invoice ${d.invoiceNumber}) failed: ${d.reason}`,
      "The subscription is past due. It is charged again every day, and it ends if it stays unpaid for 14 days. Update the payment method to settle it now.",
    ],
    action: { label: "Open billing", url: d.link },
  }),
  wire_payment_received: (d) => ({
    subject: `Payment received: invoice ${d.invoiceNumber}`,
    paragraphs: [
      `We received your wire transfer of ${formatMoney(d.amount, d.currency)} for invoice ${d.invoiceNumber}${d.reference ? ` (reference ${d.reference})` : ""}.`,
      d.productName ? `${d.productName} is active.` : "The invoice is paid.",
      ...(d.invoiceId ? ["The paid invoice is attached."] : []),
    ],
    action: { label: "Open billing", url: d.link },
  }),
  invoice_issued: (d) => ({
    subject: `Invoice ${d.invoiceNumber}: ${formatMoney(d.total, d.currency)}`,
    paragraphs: [
      `Invoice ${d.invoiceNumber} of ${day(d.issuedAt)} for ${formatMoney(d.total, d.currency)} is attached.`,
      ...(d.wire
        ? [
            `Please pay it by wire transfer by ${day(d.dueAt)} to ${d.wire.bankName}, IBAN ${d.wire.iban}, BIC ${d.wire.bic}, with the payment reference ${d.wire.paymentReference}.`,
            "The subscription is active once the payment is recorded.",
          ]
        : [
            `It is charged to your ${d.paymentMethod === "PAYPAL" ? "PayPal account" : "card"} on issue; should the charge fail, you hear from us separately.`,
          ]),
    ],
    action: { label: "Open billing", url: d.link },
  }),
  payment_receipt: (d) => ({
    subject: `Payment received: invoice ${d.invoiceNumber}`,
    paragraphs: [
      `We received ${formatMoney(d.amount, d.currency)} for invoice ${d.invoiceNumber} on ${day(d.paidAt)}.`,
      d.productName ? `${d.productName} is active.` : "The invoice is paid.",
      "The paid invoice is attached.",
    ],
    action: { label: "Open billing", url: d.link },
  }),
  webhook_endpoint_disabled: (d) => ({
    subject: "A webhook endpoint was disabled",
    paragraphs: [
      `Every delivery to ${d.url} has failed since ${d.failingSince.slice(0, 10)}, so it no longer receives events.`,
      "Fix the receiver, enable the endpoint again and redeliver the events it missed from its delivery log.",
    ],
    action: { label: "Open webhooks", url: d.link },
  }),
  card_expiring: (d) => ({
    subject: `Your card ${d.card} expires ${d.expiry}`,
    paragraphs: [
      `The card ${d.card}${d.isDefault ? ", your default payment method," : ""} expires at the end of ${d.expiry}.`,
      d.subscriptionCount > 0
        ? `${d.subscriptionCount} subscription(s) renew with it. Add a new card and make it the default, or move them to another payment method, so their renewals are paid.`
        : "Add a new card, or remove this one, so that no renewal is charged to it.",
    ],
    action: { label: "Open payment methods", url: d.link },
  }),
};

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The mail for an outbox entry, as plain text and HTML with the same words and link. */
export function renderMail<T extends MailTemplate>(template: T, data: MailData[T]): RenderedMail {
  const build = contents[template] as ((data: MailData[T]) => MailContent) | undefined;
  if (!build) throw new Error(`no mail template "${template}"`);
  const content = build(data);
  const text = [
    ...content.paragraphs,
    `${content.action.label}: ${content.action.url}`,
    ...(content.footnote ? [content.footnote] : []),
    "— Reseller Hub",
  ].join("\n\n");
  const html = `<!doctype html>
<html><body style="font-family: system-ui, sans-serif; color: #1f2933; line-height: 1.5; max-width: 560px">
${content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
<p><a href="${escapeHtml(content.action.url)}" style="display: inline-block; padding: 10px 16px; background: #1c7ed6; color: #fff; border-radius: 4px; text-decoration: none">${escapeHtml(content.action.label)}</a></p>
${content.footnote ? `<p style="color: #6b7785; font-size: 13px">${escapeHtml(content.footnote)}</p>` : ""}
<p style="color: #6b7785; font-size: 13px">— Reseller Hub</p>
</body></html>`;
  return { subject: content.subject, text, html };
}
