import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BillingProfileInput, SubscriptionPurchaseInput } from "../generated/graphql.js";
import { graphql } from "../generated/index.js";
import { DEMO, errorCode, signedIn } from "../support/accounts.js";
import type { GraphQLClient } from "../support/graphql-client.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { countStatements } from "../support/statements.js";

graphql(`fragment CompleteInvoice on Invoice {
  id number status total netTotal vatAmount vatRateBp vatTreatment subtotal discountTotal
  issuedAt dueAt paidAt paymentReference pdfUrl
  seller { name addressLines country vatId bank { iban } }
  billTo { name addressLines country vatId purchaseOrderReference }
  bankDetails { bankName iban bic }
  lines { description quantity unitPrice amount periodStart periodEnd customerName }
}`);
const PROFILE = graphql(`query InvoicesBillingProfile {
  billingProfile { legalName addressLine1 addressLine2 postalCode city country vatId purchaseOrderReference }
}`);
const UPDATE = graphql(`mutation InvoicesBillingProfileUpdate($input: BillingProfileInput!) {
  billingProfileUpdate(input: $input) {
    billingProfile { legalName country vatId purchaseOrderReference }
    userErrors { code field message }
  }
}`);
const PURCHASE = graphql(`mutation InvoicesPurchase($i: SubscriptionPurchaseInput!) {
  subscriptionPurchase(input: $i) { invoice { ...CompleteInvoice } userErrors { code field message } }
}`);
const QUOTE = graphql(`query InvoicesQuote($input: QuoteInput!) {
  quote(input: $input) {
    quote { vendorPrice vendorPriceWithVat vat { treatment rateBp amount } }
    userErrors { code }
  }
}`);
const CHANGE_QUOTE = graphql(`query InvoicesChangeQuote($id: ID!, $quantity: Int!) {
  subscriptionChangeQuote(id: $id, quantity: $quantity) {
    changeQuote { amountDueNow totalDueNow vatDueNow { treatment rateBp amount } }
    userErrors { code }
  }
}`);
const CHANGE = graphql(`mutation InvoicesChangeQuantity($id: ID!, $quantity: Int!) {
  subscriptionChangeQuantity(id: $id, quantity: $quantity) {
    invoice { ...CompleteInvoice }
    userErrors { code field }
  }
}`);
const SUBSCRIPTION_OF = graphql(`query InvoicesSubscriptionOf($id: ID!) {
  invoice(id: $id) { subscriptionId }
}`);
const CUSTOMERS = graphql(`query InvoicesCustomers { customers(first: 5) { nodes { id companyName } } }`);
const VENDOR_INVOICES = graphql(`query InvoicesVendorList {
  vendorInvoices(first: 50) { nodes { id number reseller { id name } } }
}`);
const INVOICE = graphql(`query InvoicesOne($id: ID!) { invoice(id: $id) { number reseller { name } } }`);

const FRANCE: BillingProfileInput = {
  legalName: "Northwind IT SARL",
  addressLine1: "12 rue de la Paix",
  addressLine2: "Bâtiment B",
  postalCode: "75002",
  city: "Paris",
  country: "FR",
  vatId: "FR 40 303 265 045",
  purchaseOrderReference: "PO-7731",
};
const GERMANY: BillingProfileInput = {
  ...FRANCE,
  legalName: "Northwind IT GmbH",
  addressLine1: "Hauptstraße 5",
  addressLine2: null,
  postalCode: "80331",
  city: "München",
  country: "DE",
  vatId: "DE136695976",
};
const USA: BillingProfileInput = {
  ...FRANCE,
  legalName: "Northwind IT Inc.",
  addressLine1: "1 Main Street",
  postalCode: "98101",
  city: "Seattle",
  country: "US",
  vatId: null,
};

/** VAT at a rate in basis points, rounded half away from zero, as a tax office would check it. */
function expectedVat(net: number, bp: number): number {
  return Math.round((net * bp) / 10_000);
}

async function pdfText(client: GraphQLClient, url: string): Promise<string> {
  const response = await client.get(url);
  expect(response.status).toBe(200);
  const pdf = await getDocumentProxy(new Uint8Array(await response.arrayBuffer()));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/g, " ");
}

describe("billing profile", () => {
  let server: TestServer;
  let owner: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer({ seed: true, now: "2026-03-10T09:00:00Z" });
    owner = await signedIn(server, DEMO.owner);
  });
  afterAll(() => server?.stop());

  async function refused(input: Partial<BillingProfileInput>) {
    const answer = await owner.query(UPDATE, { input: { ...FRANCE, ...input } });
    expect(answer.billingProfileUpdate.billingProfile).toBeNull();
    return answer.billingProfileUpdate.userErrors.map(({ code, field }) => ({ code, field }));
  }

  it("the owner saves it; VAT IDs are kept without spaces; the team reads it", async () => {
    const saved = await owner.query(UPDATE, { input: FRANCE });
    expect(saved.billingProfileUpdate).toEqual({
      billingProfile: {
        legalName: "Northwind IT SARL",
        country: "FR",
        vatId: "FR40303265045",
        purchaseOrderReference: "PO-7731",
      },
      userErrors: [],
    });
    const viewer = await signedIn(server, DEMO.viewer);
    expect((await viewer.query(PROFILE)).billingProfile).toMatchObject({
      legalName: "Northwind IT SARL",
      addressLine2: "Bâtiment B",
      city: "Paris",
    });
  });

  it("only the owner may change it", async () => {
    for (const person of [DEMO.member, DEMO.viewer]) {
      const client = await signedIn(server, person);
      expect(errorCode(await client.request(UPDATE, { input: GERMANY }))).toBe("FORBIDDEN");
    }
    expect((await owner.query(PROFILE)).billingProfile?.country).toBe("FR");
  });

  it("refuses missing fields, long ones and unknown countries, naming the field, and writes nothing", async () => {
    expect(await refused({ legalName: "  " })).toEqual([{ code: "REQUIRED", field: "input.legalName" }]);
    expect(await refused({ city: "" })).toEqual([{ code: "REQUIRED", field: "input.city" }]);
    expect(await refused({ postalCode: "1".repeat(21) })).toEqual([
      { code: "TOO_LONG", field: "input.postalCode" },
    ]);
    expect(await refused({ country: "XX", vatId: null })).toEqual([
      { code: "INVALID_COUNTRY", field: "input.country" },
    ]);
    // East Germany's withdrawn code is no country to bill to.
    expect(await refused({ country: "DD", vatId: null })).toEqual([
      { code: "INVALID_COUNTRY", field: "input.country" },
    ]);
    expect(await refused({ country: "Germany", vatId: null })).toEqual([
      { code: "INVALID_COUNTRY", field: "input.country" },
    ]);
    expect((await owner.query(PROFILE)).billingProfile?.legalName).toBe("Northwind IT SARL");
  });

  it("checks an EU VAT ID's format per country, and that it is the profile country's", async () => {
    // A French VAT ID with a wrong check key, a German one too short, and the right ID of another country.
    expect(await refused({ vatId: "FR00303265045" })).toEqual([
      { code: "INVALID_VAT_ID", field: "input.vatId" },
    ]);
    expect(await refused({ ...GERMANY, vatId: "DE12345" })).toEqual([
      { code: "INVALID_VAT_ID", field: "input.vatId" },
    ]);
    expect(await refused({ ...GERMANY, vatId: "FR40303265045" })).toEqual([
      { code: "INVALID_VAT_ID", field: "input.vatId" },
    ]);
    // Greece's VAT IDs start with EL, not its country code.
    expect(await refused({ country: "GR", vatId: "GR094259216" })).toEqual([
      { code: "INVALID_VAT_ID", field: "input.vatId" },
    ]);
    const greek = await owner.query(UPDATE, { input: { ...FRANCE, country: "GR", vatId: "EL094259216" } });
    expect(greek.billingProfileUpdate.userErrors).toEqual([]);
    // Outside the EU there is no EU format to check.
    const american = await owner.query(UPDATE, { input: { ...USA, vatId: "ein 12-3456789" } });
    expect(american.billingProfileUpdate).toMatchObject({
      billingProfile: { vatId: "EIN123456789" },
      userErrors: [],
    });
    expect(await refused({ ...USA, vatId: "12/345#6" })).toEqual([
      { code: "INVALID_VAT_ID", field: "input.vatId" },
    ]);
    expect((await owner.query(UPDATE, { input: USA })).billingProfileUpdate.userErrors).toEqual([]);
  });

  it("another reseller has its own profile and never sees this one", async () => {
    const other = await signedIn(server, DEMO.otherOwner);
    const theirs = (await other.query(PROFILE)).billingProfile;
    expect(theirs?.legalName).toBe("Fabrikam Solutions GmbH");
    await other.query(UPDATE, { input: { ...GERMANY, legalName: "Fabrikam Deutschland GmbH" } });
    expect((await owner.query(PROFILE)).billingProfile?.legalName).toBe("Northwind IT Inc.");
  });
});

describe("complete invoices", () => {
  let server: TestServer;
  let owner: GraphQLClient;
  let staff: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer({ seed: true, now: "2026-03-10T09:00:00Z" });
    owner = await signedIn(server, DEMO.owner);
    staff = await signedIn(server, DEMO.staff);
  });
  afterAll(() => server?.stop());

  async function buy(profile: BillingProfileInput, input: Partial<SubscriptionPurchaseInput> = {}) {
    const saved = await owner.query(UPDATE, { input: profile });
    expect(saved.billingProfileUpdate.userErrors).toEqual([]);
    const bought = await owner.query(PURCHASE, {
      i: {
        productCode: "PRO",
        period: "YEARLY",
        quantity: 40,
        paymentMethod: "CARD",
        discountCode: "PD-NWIND-GOLD1",
        ...input,
      },
    });
    expect(bought.subscriptionPurchase.userErrors).toEqual([]);
    const invoice = bought.subscriptionPurchase.invoice;
    if (!invoice) throw new Error("no invoice");
    return invoice;
  }

  it("bills a reseller in the vendor's country at 19 %, and charges the gross", async () => {
    const invoice = await buy(GERMANY);
    // 40 × €24.95 = €998.00, Gold 75 % off: €249.50 net, €47.405 VAT → €47.41.
    expect(invoice).toMatchObject({
      status: "PAID",
      subtotal: 99800,
      netTotal: 24950,
      vatTreatment: "DOMESTIC",
      vatRateBp: 1900,
      vatAmount: 4741,
      total: 29691,
    });
    const [charged]: Array<{ amount: string }> = await server.dataSource.query(
      "SELECT amount FROM payment WHERE invoice_id = $1",
      [invoice.id],
    );
    expect(Number(charged.amount)).toBe(29691);
  });

  it("the quote and the quantity change state the VAT and the gross the invoice then charges", async () => {
    await owner.query(UPDATE, { input: GERMANY });
    const quoted = await owner.query(QUOTE, {
      input: { productCode: "PRO", period: "YEARLY", quantity: 40, discountCode: "PD-NWIND-GOLD1" },
    });
    expect(quoted.quote.quote).toEqual({
      vendorPrice: 24950,
      vat: { treatment: "DOMESTIC", rateBp: 1900, amount: 4741 },
      vendorPriceWithVat: 29691,
    });
    const invoice = await buy(GERMANY);
    expect(invoice.total).toBe(quoted.quote.quote?.vendorPriceWithVat);

    const { invoice: bought } = await owner.query(SUBSCRIPTION_OF, { id: invoice.id });
    const id = bought?.subscriptionId as string;
    const change = await owner.query(CHANGE_QUOTE, { id, quantity: 45 });
    const due = change.subscriptionChangeQuote.changeQuote;
    expect(due?.vatDueNow).toMatchObject({ treatment: "DOMESTIC", rateBp: 1900 });
    expect(due?.totalDueNow).toBe((due?.amountDueNow ?? 0) + (due?.vatDueNow.amount ?? 0));
    const changed = await owner.query(CHANGE, { id, quantity: 45 });
    expect(changed.subscriptionChangeQuantity.userErrors).toEqual([]);
    expect(changed.subscriptionChangeQuantity.invoice).toMatchObject({
      netTotal: due?.amountDueNow,
      vatAmount: due?.vatDueNow.amount,
      total: due?.totalDueNow,
    });

    // With a valid VAT ID in another EU country the quote says reverse charge.
    await owner.query(UPDATE, { input: FRANCE });
    const french = await owner.query(QUOTE, {
      input: { productCode: "PRO", period: "YEARLY", quantity: 40, discountCode: "PD-NWIND-GOLD1" },
    });
    expect(french.quote.quote).toEqual({
      vendorPrice: 24950,
      vat: { treatment: "REVERSE_CHARGE", rateBp: 0, amount: 0 },
      vendorPriceWithVat: 24950,
    });
  });

  it("reverse-charges a valid VAT ID in another EU country at 0 %", async () => {
    const invoice = await buy(FRANCE, { quantity: 7 });
    expect(invoice).toMatchObject({ vatTreatment: "REVERSE_CHARGE", vatRateBp: 0, vatAmount: 0 });
    expect(invoice.total).toBe(invoice.netTotal);
    expect(invoice.billTo).toEqual({
      name: "Northwind IT SARL",
      addressLines: ["12 rue de la Paix", "Bâtiment B", "75002 Paris"],
      country: "FR",
      vatId: "FR40303265045",
      purchaseOrderReference: "PO-7731",
    });
  });

  it("charges nothing outside the EU, and the vendor's rate in the EU without a VAT ID", async () => {
    const american = await buy(USA, { quantity: 3 });
    expect(american).toMatchObject({ vatTreatment: "OUTSIDE_EU", vatRateBp: 0, vatAmount: 0 });
    const french = await buy({ ...FRANCE, vatId: null }, { quantity: 3 });
    expect(french).toMatchObject({
      vatTreatment: "DOMESTIC",
      vatRateBp: 1900,
      vatAmount: expectedVat(french.netTotal, 1900),
    });
    expect(french.total).toBe(french.netTotal + french.vatAmount);
  });

  it("card invoices are due on issue; wire ones on net 30, with bank details and the number as reference", async () => {
    const card = await buy(GERMANY, { quantity: 2 });
    expect(card.dueAt).toBe(card.issuedAt);
    expect(card.bankDetails).toBeNull();
    const wire = await buy(GERMANY, { quantity: 100, paymentMethod: "WIRE_TRANSFER" });
    expect(wire).toMatchObject({ status: "OPEN", issuedAt: "2026-03-10T09:00:00.000Z" });
    expect(wire.dueAt).toBe("2026-04-09T09:00:00.000Z");
    expect(wire.paymentReference).toBe(wire.number);
    expect(wire.bankDetails).toEqual({
      bankName: "Commerzbank",
      iban: "DE89370400440532013000",
      bic: "COBADEFFXXX",
    });
    expect(wire.seller).toMatchObject({
      name: "Reseller Hub Software GmbH",
      country: "DE",
      vatId: "DE136695976",
    });
  });

  it("lines carry the period covered and the end customer, when assigned", async () => {
    const { customers } = await owner.query(CUSTOMERS);
    const customer = customers.nodes[0];
    const assigned = await buy(GERMANY, { quantity: 4, customerId: customer.id });
    expect(assigned.lines).toEqual([
      expect.objectContaining({
        quantity: 4,
        periodStart: "2026-03-10T09:00:00.000Z",
        periodEnd: "2027-03-10T09:00:00.000Z",
        customerName: customer.companyName,
      }),
    ]);
    const pooled = await buy(GERMANY, { quantity: 4 });
    expect(pooled.lines[0].customerName).toBeNull();
  });

  it("the PDF shows seller, bill-to with VAT ID and PO, dates, the lines and the reverse-charge note", async () => {
    const { customers } = await owner.query(CUSTOMERS);
    const customer = customers.nodes[0];
    const invoice = await buy(FRANCE, { quantity: 40, customerId: customer.id });
    const text = await pdfText(owner, invoice.pdfUrl);
    for (const expected of [
      "Reseller Hub Software GmbH",
      "Friedrichstraße 100",
      "VAT ID: DE136695976",
      "Bill to",
      "Northwind IT SARL",
      "12 rue de la Paix",
      "75002 Paris",
      "France",
      "VAT ID: FR40303265045",
      "Purchase order: PO-7731",
      `Invoice number: ${invoice.number}`,
      "Issue date: 10 March 2026",
      "Due date: 10 March 2026",
      "Status: Paid on 10 March 2026",
      "Period: 10 March 2026 to 10 March 2027",
      `End customer: ${customer.companyName}`,
      "Partner discount 75 %: -€748.50",
      "€998.00",
      "Total net €249.50",
      "VAT 0 % €0.00",
      "Reverse charge: VAT to be accounted for by the recipient (Art. 196 Directive 2006/112/EC)",
      "Total gross €249.50",
    ]) {
      expect(text).toContain(expected);
    }
    // Discounts that do not apply are left out, rather than printed as nothing.
    expect(text).not.toContain("Volume discount");
    expect(text).not.toContain("-€0.00");
    expect(text).not.toContain("IBAN");
  });

  it("a wire invoice's PDF says where and by when to pay; outside the EU it says so", async () => {
    const wire = await buy(USA, { quantity: 100, paymentMethod: "WIRE_TRANSFER" });
    const text = await pdfText(owner, wire.pdfUrl);
    for (const expected of [
      "Due date: 9 April 2026",
      "Status: Open",
      "Payment by wire transfer",
      "Bank: Commerzbank",
      "IBAN: DE89370400440532013000",
      "BIC: COBADEFFXXX",
      `Payment reference: ${wire.number}`,
      "Outside the scope of EU VAT",
      "United States",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("the vendor's rate is printed with the VAT and the gross", async () => {
    const invoice = await buy(GERMANY);
    const text = await pdfText(owner, invoice.pdfUrl);
    expect(text).toContain("VAT 19 % €47.41");
    expect(text).toContain("Total gross €296.91");
    expect(text).not.toContain("Reverse charge");
  });

  it("staff see which reseller each invoice bills, and may read and download any", async () => {
    const invoice = await buy(GERMANY, { quantity: 5 });
    const listed = await staff.query(VENDOR_INVOICES);
    expect(listed.vendorInvoices.nodes.find((i) => i.id === invoice.id)?.reseller.name).toBe("Northwind IT");
    expect((await staff.query(INVOICE, { id: invoice.id })).invoice).toEqual({
      number: invoice.number,
      reseller: { name: "Northwind IT" },
    });
    expect(await pdfText(staff, invoice.pdfUrl)).toContain(`Invoice number: ${invoice.number}`);
  });

  it("staff's list of every reseller's invoices takes as many statements for 12 as for 2", async () => {
    for (let i = 0; i < 12; i++) await buy(FRANCE, { quantity: 1 + i });
    const LIST = graphql(`query InvoicesVendorPage($first: Int) {
      vendorInvoices(first: $first) { nodes { number reseller { name } billTo { name } lines { amount customerName } } }
    }`);
    const two = await countStatements(server.dataSource, () => staff.query(LIST, { first: 2 }));
    const twelve = await countStatements(server.dataSource, () => staff.query(LIST, { first: 12 }));
    expect(twelve).toBe(two);
    const page = await staff.query(LIST, { first: 12 });
    expect(page.vendorInvoices.nodes).toHaveLength(12);
    expect(page.vendorInvoices.nodes.every((i) => i.reseller.name === "Northwind IT")).toBe(true);
  });

  it("customers and other resellers get neither the invoice nor its PDF", async () => {
    const invoice = await buy(GERMANY, { quantity: 6 });
    for (const person of [DEMO.customer, DEMO.otherOwner]) {
      const client = await signedIn(server, person);
      expect((await client.get(invoice.pdfUrl)).status).toBe(404);
      expect((await client.query(INVOICE, { id: invoice.id })).invoice).toBeNull();
    }
  });
});
