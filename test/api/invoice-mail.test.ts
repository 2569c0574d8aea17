import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PeriodEndService } from "../../server/src/subscription/period-end.service.js";
import { graphql } from "../generated/index.js";
import { DEMO, signedIn } from "../support/accounts.js";
import type { GraphQLClient } from "../support/graphql-client.js";
import { MailSink, type SinkMail } from "../support/mail-sink.js";
import { startTestServer, type TestServer } from "../support/server.js";

const ADD_CONTACT = graphql(`mutation InvoiceMailAddContact($i: BillingContactAddInput!) {
  billingContactAdd(input: $i) { userErrors { code } }
}`);
const PURCHASE = graphql(`mutation InvoiceMailPurchase($i: SubscriptionPurchaseInput!) {
  subscriptionPurchase(input: $i) { invoice { id number total dueAt } userErrors { code field } }
}`);
const RECORD = graphql(`mutation InvoiceMailRecordPayment($id: ID!) {
  invoiceRecordPayment(invoiceId: $id, reference: "BANK-42") { invoice { status } userErrors { code } }
}`);

const UPDATE_PAYMENT =
  graphql(`mutation InvoiceMailUpdatePayment($id: ID!, $input: SubscriptionPaymentInput!) {
  subscriptionUpdatePayment(id: $id, input: $input) {
    subscription { savedPaymentMethod { id } } invoice { number status } userErrors { code }
  }
}`);
const SET_DEFAULT = graphql(`mutation InvoiceMailSetDefault($id: ID!) {
  paymentMethodSetDefault(id: $id) { userErrors { code } }
}`);

const CONTACTS = [DEMO.owner.email, "accounts@northwind.example"];

describe("invoice mail", () => {
  let sink: MailSink;
  let server: TestServer;
  let owner: GraphQLClient;

  beforeAll(async () => {
    sink = await MailSink.start();
    server = await startTestServer({
      seed: true,
      now: "2026-05-04T10:00:00Z",
      smtpUrl: sink.smtpUrl,
      jobs: { pollingIntervalSeconds: 0.5 },
    });
    owner = await signedIn(server, DEMO.owner);
    await owner.query(ADD_CONTACT, { i: { email: CONTACTS[1], name: "Accounts" } });
  });
  afterAll(async () => {
    await server?.stop();
    await sink?.down();
  });

  async function buy(input: { quantity: number; wire?: boolean }) {
    const bought = await owner.query(PURCHASE, {
      i: {
        productCode: "PRO",
        period: "YEARLY",
        quantity: input.quantity,
        paymentMethod: input.wire ? "WIRE_TRANSFER" : "CARD",
        discountCode: "PD-NWIND-GOLD1",
      },
    });
    expect(bought.subscriptionPurchase.userErrors).toEqual([]);
    const invoice = bought.subscriptionPurchase.invoice;
    if (!invoice) throw new Error("no invoice");
    return invoice;
  }

  /** The attached PDF's text, after checking it is the one invoice PDF of the mail. */
  async function attachedPdfText(mail: SinkMail, number: string): Promise<string> {
    expect(mail.attachments?.map((a) => [a.fileName, a.contentType])).toEqual([
      [`invoice-${number}.pdf`, "application/pdf"],
    ]);
    const bytes = await sink.attachment(mail, mail.attachments?.[0].generatedFileName as string);
    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
    return text.replace(/\s+/g, " ");
  }

  const about = (subject: string) => (m: SinkMail) => m.subject.startsWith(subject);

  it("mails a card invoice with its PDF to every billing contact, once each", async () => {
    const invoice = await buy({ quantity: 12 });
    const mails = await sink.waitFor(CONTACTS.length, about(`Invoice ${invoice.number}:`));
    expect(mails.map((m) => m.to[0].address).sort()).toEqual([...CONTACTS].sort());
    for (const mail of mails) {
      expect(mail.text).toContain("charged to your card");
      const text = await attachedPdfText(mail, invoice.number);
      expect(text).toContain(`Invoice number: ${invoice.number}`);
      expect(text).toContain("Bill to Northwind IT B.V.");
    }
  });

  it("a wire invoice's mail says where to pay; recording the payment mails a receipt with the paid invoice", async () => {
    const invoice = await buy({ quantity: 100, wire: true });
    const mails = await sink.waitFor(CONTACTS.length, about(`Invoice ${invoice.number}:`));
    for (const mail of mails) {
      expect(mail.text).toContain("IBAN DE89370400440532013000");
      expect(mail.text).toContain("BIC COBADEFFXXX");
      expect(mail.text).toContain(`payment reference ${invoice.number}`);
      expect(mail.text).toContain("by 3 June 2026");
      expect(await attachedPdfText(mail, invoice.number)).toContain("Status: Open");
    }

    server.clock.set("2026-05-20T08:00:00Z");
    const staff = await signedIn(server, DEMO.staff);
    const recorded = await staff.query(RECORD, { id: invoice.id });
    expect(recorded.invoiceRecordPayment.userErrors).toEqual([]);
    const receipts = await sink.waitFor(
      CONTACTS.length,
      about(`Payment received: invoice ${invoice.number}`),
    );
    expect(receipts.map((m) => m.to[0].address).sort()).toEqual([...CONTACTS].sort());
    for (const receipt of receipts) {
      expect(receipt.text).toContain("(reference BANK-42)");
      expect(await attachedPdfText(receipt, invoice.number)).toContain("Status: Paid on 20 May 2026");
    }
    // The invoice mails went out once each, however long the workers ran since.
    expect((await sink.mails()).filter(about(`Invoice ${invoice.number}:`))).toHaveLength(CONTACTS.length);
  });

  it("a past-due renewal paid at last mails a receipt; an invoice charged on issue gets none", async () => {
    server.clock.set("2026-06-01T10:00:00Z");
    owner = await signedIn(server, DEMO.owner);
    const monthly = await owner.query(PURCHASE, {
      i: {
        productCode: "PRO",
        period: "MONTHLY",
        quantity: 20,
        paymentMethod: "CARD",
        discountCode: "PD-NWIND-GOLD1",
      },
    });
    expect(monthly.subscriptionPurchase.userErrors).toEqual([]);
    const subscriptions: Array<{ id: string }> = await server.dataSource.query(
      "SELECT subscription_id AS id FROM invoice WHERE id = $1",
      [monthly.subscriptionPurchase.invoice?.id],
    );
    const id = subscriptions[0].id;
    // The renewal goes to a card that is declined, and that card is the default too, so nothing
    // rescues it.
    const visa = (await owner.query(UPDATE_PAYMENT, { id, input: { paymentMethod: "CARD" } }))
      .subscriptionUpdatePayment.subscription?.savedPaymentMethod?.id as string;
    const declining = await owner.query(UPDATE_PAYMENT, {
      id,
      input: { paymentMethod: "CARD", newCardToken: "tok_chargeDeclined" },
    });
    expect(declining.subscriptionUpdatePayment.userErrors).toEqual([]);
    await owner.query(SET_DEFAULT, {
      id: declining.subscriptionUpdatePayment.subscription?.savedPaymentMethod?.id as string,
    });
    server.clock.set("2026-07-01T10:00:00Z");
    expect((await server.services.get(PeriodEndService).run()).pastDue).toBe(1);
    owner = await signedIn(server, DEMO.owner);
    const fixed = await owner.query(UPDATE_PAYMENT, {
      id,
      input: { paymentMethod: "CARD", paymentMethodId: visa },
    });
    const renewal = fixed.subscriptionUpdatePayment.invoice;
    expect(renewal?.status).toBe("PAID");
    const receipts = await sink.waitFor(
      CONTACTS.length,
      about(`Payment received: invoice ${renewal?.number}`),
    );
    expect(receipts.map((m) => m.to[0].address).sort()).toEqual([...CONTACTS].sort());
    expect(receipts[0].text).toContain("Pro is active.");
    expect(await attachedPdfText(receipts[0], renewal?.number as string)).toContain(
      "Status: Paid on 1 July 2026",
    );
    // The purchase was charged on issue: its invoice mail was the receipt.
    const first = monthly.subscriptionPurchase.invoice?.number;
    expect((await sink.mails()).filter(about(`Payment received: invoice ${first}`))).toEqual([]);
  });
});
