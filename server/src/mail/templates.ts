import { formatDay, formatMoney } from "../common/format.js";

/** Every mail the product sends; an outbox entry names one and carries its data. */
export type MailTemplate =
  | "reseller_activation"
  | "customer_activation"
  | "customer_added"
  | "team_invitation"
  | "discount_code_request"
  | "discount_code_issued"
  | "renewal_notice"
  | "termination_notice"
  | "trial_started"
  | "trial_ending"
  | "payment_failed"
  | "wire_payment_received";

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

type Data = Record<string, unknown>;

const str = (data: Data, key: string): string => {
  const value = data[key];
  return value === undefined || value === null ? "" : String(value);
};
const num = (data: Data, key: string): number => Number(data[key] ?? 0);
const day = (data: Data, key: string): string => formatDay(str(data, key));
const money = (data: Data, amountKey: string): string =>
  formatMoney(num(data, amountKey), str(data, "currency"));
const validUntil = (data: Data): string => `The link works until ${day(data, "expiresAt")}.`;

const contents: Record<MailTemplate, (data: Data) => MailContent> = {
  reseller_activation: (d) => ({
    subject: `Your Reseller Hub account for ${str(d, "accountName")}`,
    paragraphs: [
      `${str(d, "accountName")} is now a ${str(d, "tier")} partner on Reseller Hub.`,
      "Set your password to sign in, add your customers and buy licenses for them.",
    ],
    action: { label: "Activate your account", url: str(d, "link") },
    footnote: validUntil(d),
  }),
  customer_activation: (d) => ({
    subject: `${str(d, "resellerName")} added you on Reseller Hub`,
    paragraphs: [
      `${str(d, "resellerName")} added ${str(d, "companyName")} as a customer on Reseller Hub.`,
      "Set your password to see the licenses and trials assigned to you.",
    ],
    action: { label: "Activate your account", url: str(d, "link") },
    footnote: validUntil(d),
  }),
  customer_added: (d) => ({
    subject: `${str(d, "resellerName")} added you to their customers`,
    paragraphs: [
      `${str(d, "resellerName")} added you to their customers on Reseller Hub.`,
      "What they assign to you shows in your account next to what you already have.",
    ],
    action: { label: "Open your account", url: str(d, "link") },
  }),
  team_invitation: (d) => ({
    subject: `${str(d, "inviterName")} invited you to ${str(d, "accountName")} on Reseller Hub`,
    paragraphs: [
      `${str(d, "inviterName")} invited you to join ${str(d, "accountName")} on Reseller Hub as ${str(d, "role").toLowerCase()}.`,
      "Accept the invitation to set your password and sign in.",
    ],
    action: { label: "Accept the invitation", url: str(d, "link") },
    footnote: validUntil(d),
  }),
  discount_code_request: (d) => ({
    subject: `${str(d, "resellerName")} asks for a partner discount code`,
    paragraphs: [
      `${str(d, "requestedBy")} asked for a partner discount code for ${str(d, "resellerName")}.`,
      ...(str(d, "note") ? [`Their note: “${str(d, "note")}”`] : []),
    ],
    action: { label: "Review the reseller", url: str(d, "link") },
  }),
  discount_code_issued: (d) => ({
    subject: "Your partner discount code",
    paragraphs: [
      `${str(d, "resellerName")} now has the partner discount code ${str(d, "code")}.`,
      "With it, your purchases get your tier's reselling percentage off the price.",
    ],
    action: { label: "See your prices", url: str(d, "link") },
  }),
  renewal_notice: (d) => ({
    subject: `${str(d, "productName")} renews on ${day(d, "periodEnd")}`,
    paragraphs: [
      `${str(d, "productName")} renews on ${day(d, "periodEnd")} for ${num(d, "quantity")} licenses, ${money(d, "amount")}.`,
      str(d, "customerName")
        ? `It is assigned to ${str(d, "customerName")}.`
        : "It is not assigned to a customer.",
      "To change the quantity or turn renewal off, open the subscription before that day.",
    ],
    action: { label: "Open the subscription", url: str(d, "link") },
  }),
  termination_notice: (d) => ({
    subject: `${str(d, "productName")} ends on ${day(d, "periodEnd")}`,
    paragraphs: [
      `${str(d, "productName")} (${num(d, "quantity")} licenses) ends on ${day(d, "periodEnd")}; renewal is off.`,
      str(d, "customerName")
        ? `It is assigned to ${str(d, "customerName")}, who loses these licenses on that day.`
        : "It is not assigned to a customer.",
      "Turn renewal on before that day to keep it.",
    ],
    action: { label: "Open the subscription", url: str(d, "link") },
  }),
  trial_started: (d) => ({
    subject: `Your ${str(d, "productName")} trial from ${str(d, "resellerName")}`,
    paragraphs: [
      `${str(d, "resellerName")} gave you a free trial of ${str(d, "productName")}.`,
      `It runs until ${day(d, "endsAt")}.`,
    ],
    action: { label: "Open your account", url: str(d, "link") },
  }),
  trial_ending: (d) => ({
    subject: `The ${str(d, "productName")} trial of ${str(d, "customerName")} ends on ${day(d, "endsAt")}`,
    paragraphs: [
      `The free trial of ${str(d, "productName")} you gave ${str(d, "customerName")} ends on ${day(d, "endsAt")}.`,
      "Buy a subscription into this customer before then and the trial converts without a gap.",
    ],
    action: { label: "Open the customer", url: str(d, "link") },
  }),
  payment_failed: (d) => ({
    subject: `Payment failed: invoice ${str(d, "invoiceNumber")}`,
    paragraphs: [
      `The payment of ${money(d, "amount")} for ${str(d, "productName")} (invoice ${str(d, "invoiceNumber")}) failed: ${str(d, "reason")}`,
      "The subscription is past due. It is charged again every day, and it ends if it stays unpaid for 14 days. Update the payment method to settle it now.",
    ],
    action: { label: "Open billing", url: str(d, "link") },
  }),
  wire_payment_received: (d) => ({
    subject: `Payment received: invoice ${str(d, "invoiceNumber")}`,
    paragraphs: [
      `We received your wire transfer of ${money(d, "amount")} for invoice ${str(d, "invoiceNumber")}${str(d, "reference") ? ` (reference ${str(d, "reference")})` : ""}.`,
      str(d, "productName") ? `${str(d, "productName")} is active.` : "The invoice is paid.",
    ],
    action: { label: "Open billing", url: str(d, "link") },
  }),
};

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The mail for an outbox entry, as plain text and HTML with the same words and link. */
export function renderMail(template: MailTemplate, data: Data): RenderedMail {
  const build = contents[template];
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
