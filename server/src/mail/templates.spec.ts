import { describe, expect, it } from "vitest";
import { attachedInvoiceOf, type MailTemplate, renderMail } from "./templates.js";

const templates: MailTemplate[] = [
  "reseller_activation",
  "customer_activation",
  "customer_added",
  "team_invitation",
  "discount_code_request",
  "discount_code_issued",
  "renewal_notice",
  "termination_notice",
  "trial_started",
  "subscription_assigned",
  "subscription_unassigned",
  "trial_ending",
  "payment_failed",
  "wire_payment_received",
  "invoice_issued",
  "payment_receipt",
];

const data = {
  link: "https://hub.example/page?a=1&b=2",
  accountName: "Northwind IT",
  resellerName: "Northwind IT",
  companyName: "Contoso <Ltd>",
  customerName: "Contoso <Ltd>",
  productName: "Pro",
  tier: "Gold",
  inviterName: "Olivia Owner",
  role: "MEMBER",
  requestedBy: "Olivia Owner <owner@northwind.example>",
  note: "",
  code: "PD-1",
  periodEnd: "2027-03-01T09:00:00.000Z",
  endsAt: "2026-12-16T10:00:00.000Z",
  expiresAt: "2026-11-25T10:00:00.000Z",
  quantity: 40,
  amount: 24950,
  currency: "EUR",
  invoiceNumber: "2026-000007",
  reason: "Card declined.",
  reference: "BANK-REF-1",
  invoiceId: "3f0c6a52-5a8e-4a43-9d8e-2f8f3f0d1c11",
  issuedAt: "2026-03-10T09:00:00.000Z",
  dueAt: "2026-04-09T09:00:00.000Z",
  paidAt: "2026-03-20T09:00:00.000Z",
  total: 29691,
  paymentMethod: "CARD",
  wire: null,
};

describe("mail templates", () => {
  it.each(templates)("%s has a subject, text and HTML with the same link", (template) => {
    const mail = renderMail(template, data);
    expect(mail.subject.length).toBeGreaterThan(5);
    expect(mail.text).toContain(data.link);
    expect(mail.html).toContain('href="https://hub.example/page?a=1&#38;b=2"');
    expect(mail.html).not.toContain("<Ltd>");
  });

  it("says when and for how much a subscription renews", () => {
    expect(renderMail("renewal_notice", data).text).toContain(
      "Pro renews on 1 March 2027 for 40 licenses, €249.50.",
    );
  });

  it("names the date and the customer of a termination", () => {
    const text = renderMail("termination_notice", data).text;
    expect(text).toContain("Pro (40 licenses) ends on 1 March 2027; renewal is off.");
    expect(text).toContain("It is assigned to Contoso <Ltd>, who loses these licenses on that day.");
  });

  it("attaches the invoice a mail's data names, and nothing to others", () => {
    expect(attachedInvoiceOf(data)).toBe(data.invoiceId);
    const { invoiceId: _, ...withoutInvoice } = data;
    expect(attachedInvoiceOf(withoutInvoice)).toBeNull();
  });

  it("tells a card invoice it is charged, and a wire invoice where and by when to pay", () => {
    expect(renderMail("invoice_issued", data).text).toContain(
      "Invoice 2026-000007 of 10 March 2026 for €296.91 is attached.",
    );
    expect(renderMail("invoice_issued", data).text).toContain("charged to your card");
    const wire = renderMail("invoice_issued", {
      ...data,
      paymentMethod: "WIRE_TRANSFER",
      wire: {
        bankName: "Commerzbank",
        iban: "DE89370400440532013000",
        bic: "COBADEFFXXX",
        paymentReference: "2026-000007",
      },
    }).text;
    expect(wire).toContain(
      "by 9 April 2026 to Commerzbank, IBAN DE89370400440532013000, BIC COBADEFFXXX, with the payment reference 2026-000007.",
    );
    expect(wire).not.toContain("charged to your card");
  });
});
