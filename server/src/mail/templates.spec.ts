import { describe, expect, it } from "vitest";
import { type MailTemplate, renderMail } from "./templates.js";

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
  "trial_ending",
  "payment_failed",
  "wire_payment_received",
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
});
