import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScheduledWork } from "../../server/src/jobs/scheduled-work.js";
import { graphql } from "../generated/index.js";
import { DEMO, signedIn } from "../support/accounts.js";
import { launchBrowser, screenshot, watchPageErrors } from "../support/browser.js";
import { present } from "../support/graphql-client.js";
import { cellsByHeader, rowWith, screenshotDialog } from "../support/page-parts.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { pageLoaded, settled, signInThroughPage } from "../support/spa.js";

const ASK = graphql(`mutation QuoteRequestsE2eAsk($input: QuoteRequestCreateInput!) {
  quoteRequestCreate(input: $input) { quoteRequest { id reference } userErrors { code field message } }
}`);

const ANSWER = graphql(`mutation QuoteRequestsE2eAnswer($id: ID!, $price: SafeInt!, $until: DateTimeISO!) {
  quoteRequestAnswer(id: $id, unitPrice: $price, validUntil: $until) { userErrors { code } }
}`);

const DAY_MS = 24 * 60 * 60 * 1000;

/** A day as the SPA writes it: "2 Jan 2027", in UTC. */
function shownDay(date: Date): string {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}

describe("special prices: a reseller asks the vendor for a price for a large deal, staff answer, the reseller buys at it", () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer({ seed: true, now: "2026-12-03T09:00:00Z" });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function staffPage(): Promise<{ page: Page; errors: string[] }> {
    const page = await (await browser.newContext()).newPage();
    const errors = watchPageErrors(page);
    await signInThroughPage(page, server.url, DEMO.staff, "/vendor-quote-requests");
    return { page, errors };
  }

  it("the owner asks for 750 Enterprise licenses for Contoso, staff quote €7.00, the owner buys at it with the saved card, and the invoice names the reference", async () => {
    const owner = await (await browser.newContext({ acceptDownloads: true })).newPage();
    const ownerErrors = watchPageErrors(owner);
    await signInThroughPage(owner, server.url, DEMO.owner, "/pricing");

    // The Pricing page leads to it, and so does the navigation.
    await owner.getByRole("link", { name: "Large deal? Ask for a special price" }).click();
    await owner.waitForURL(`${server.url}/quote-requests`);
    await owner.getByRole("heading", { level: 1, name: "Special prices" }).waitFor();
    await owner.getByRole("heading", { name: "No requests yet" }).waitFor();
    expect(
      await owner
        .getByRole("navigation", { name: "Main" })
        .getByRole("link", { name: "Special prices" })
        .count(),
    ).toBe(1);

    await owner.getByRole("button", { name: "Ask for a special price" }).first().click();
    const ask = owner.getByRole("dialog", { name: "Ask for a special price" });
    await ask.getByRole("combobox", { name: "Product" }).click();
    await owner.getByRole("option", { name: "Enterprise", exact: true }).click();
    expect(await ask.getByRole("radio", { name: "Yearly" }).isChecked()).toBe(true);
    // A monthly deal below the minimum is refused on the field before anything is sent.
    await ask.getByText("Monthly", { exact: true }).click();
    await ask.getByRole("textbox", { name: "Quantity" }).fill("5");
    await ask.getByText("A monthly subscription of this product needs at least 20 licenses.").waitFor();
    await ask.getByText("Yearly", { exact: true }).click();
    await ask.getByRole("textbox", { name: "Quantity" }).fill("750");
    // By hand: 750 × €34.95 = €26,212.50; 10 % volume off leaves €23,591.25; Gold's 75 % partner
    // discount (€17,693.44) leaves €5,897.81.
    await ask
      .getByText(
        "At list price you would pay €5,897.81 a year, after your 10 % volume discount and 75 % partner discount.",
      )
      .waitFor();
    await ask.getByRole("combobox", { name: "Customer" }).fill("Conto");
    await owner.getByRole("option", { name: "Contoso Ltd", exact: true }).click();
    const note = "Hospital group, 750 seats; a competitor offers €38 per seat.";
    await ask.getByRole("textbox", { name: "Note" }).fill(note);
    await screenshotDialog(owner, "quote-requests-1-ask");
    await ask.getByRole("button", { name: "Send request" }).click();
    await owner.getByText("Request sent").waitFor();
    await ask.waitFor({ state: "hidden" });

    const requests = owner.getByRole("table", { name: "Special price requests" });
    const row = requests.locator("tbody tr").first();
    await row.getByText("Open", { exact: true }).waitFor();
    const reference = (await row.locator("td").first().textContent()) ?? "";
    expect(reference).toMatch(/^QR-\d+$/);
    expect(await cellsByHeader(requests, row)).toMatchObject({
      Reference: reference,
      Product: "Enterprise",
      Period: "Yearly",
      Quantity: "750",
      Customer: "Contoso Ltd",
      Status: "OpenWaiting for the vendor's answer",
      "Special price": "—",
      "Valid until": "—",
      Requested: "3 Dec 2026",
    });
    // Nothing to buy until the vendor answers.
    expect(await row.getByRole("button").count()).toBe(0);
    await pageLoaded(owner);
    await screenshot(owner, "quote-requests-2-open");

    // Staff see it in their queue, with who asked and why, and quote a price valid 30 days.
    const { page: staff, errors: staffErrors } = await staffPage();
    const queue = staff.getByRole("table", { name: "Special price requests" });
    const open = rowWith(queue, reference);
    await open.waitFor();
    expect(await cellsByHeader(queue, open)).toMatchObject({
      Reference: reference,
      Reseller: "Northwind IT",
      Product: "Enterprise",
      Period: "Yearly",
      Quantity: "750",
      Customer: "Contoso Ltd",
      Note: note,
      Requested: "3 Dec 2026",
    });
    await pageLoaded(staff);
    await screenshot(staff, "quote-requests-3-staff-queue");

    await open.getByRole("button", { name: `Quote a price for ${reference}` }).click();
    const quote = staff.getByRole("dialog", { name: "Quote a price" });
    const validUntil = new Date(Date.now() + 30 * DAY_MS);
    expect(await quote.getByLabel(/^Valid until/).inputValue()).toBe(validUntil.toISOString().slice(0, 10));
    await quote
      .getByText(
        "List price €34.95 per license a year; €31.46 after the 10 % volume discount for 750 licenses.",
      )
      .waitFor();
    // A price of nothing is refused before it is sent.
    await quote.getByRole("button", { name: "Quote price" }).click();
    await quote.getByText("Enter the price of one license").waitFor();
    await quote.getByRole("textbox", { name: /^Price per license a year \(EUR\)/ }).fill("7");
    await quote.getByText("€7.00 × 750 = €5,250.00 for the first year, before VAT.").waitFor();
    await screenshotDialog(staff, "quote-requests-4-staff-quote");
    await quote.getByRole("button", { name: "Quote price" }).click();
    await staff.getByText("Price quoted").waitFor();
    await quote.waitFor({ state: "hidden" });
    await staff.getByRole("heading", { name: "No requests waiting" }).waitFor();

    // The owner sees the price, its total and its date, and buys at it.
    await owner.reload();
    const quoted = rowWith(requests, reference);
    await quoted.getByText("Quoted", { exact: true }).waitFor();
    expect(await cellsByHeader(requests, quoted)).toMatchObject({
      Status: "Quoted",
      "Special price": "€7.00 per license€5,250.00 in total",
      "Valid until": shownDay(validUntil),
    });
    await pageLoaded(owner);
    await screenshot(owner, "quote-requests-5-quoted");

    await quoted.getByRole("button", { name: `Buy at this price: ${reference}` }).click();
    const buy = owner.getByRole("dialog", { name: `Buy at this price: ${reference}` });
    const summary = buy.getByRole("table", { name: "Purchase summary" });
    await summary.getByText("€5,897.81 a year", { exact: false }).waitFor();
    const rows: Record<string, string> = {};
    for (const line of await summary.locator("tbody tr").all()) {
      rows[(await line.getByRole("rowheader").textContent()) ?? ""] =
        (await line.getByRole("cell").textContent()) ?? "";
    }
    expect(rows).toEqual({
      Product: "Enterprise",
      Period: "Yearly",
      Quantity: "750 licenses",
      Customer: "Contoso Ltd",
      "Special price": "€7.00 per license a year",
      Total: "€7.00 × 750 = €5,250.00",
      "List price you'd pay": "€5,897.81 a year, after your 10 % volume discount and 75 % partner discount",
      VAT: "no VAT: reverse charge",
      "You pay": "€5,250.00 for the first year",
    });
    // The saved default card is chosen; 750 licenses may also be paid by wire transfer.
    await expect.poll(() => buy.getByRole("radio", { name: /^Visa •••• 4242/ }).isChecked()).toBe(true);
    expect(await buy.getByRole("radio", { name: "Wire transfer" }).isDisabled()).toBe(false);
    await screenshotDialog(owner, "quote-requests-6-buy");
    await buy.getByRole("button", { name: "Buy", exact: true }).click();

    await buy.getByText("Subscription active").waitFor();
    const outcome =
      (await buy.getByText(/Invoice \d{4}-\d{6}: €5,250\.00 paid by card\./).textContent()) ?? "";
    expect(outcome).toContain("Enterprise, 750 licenses, yearly is active and assigned to Contoso Ltd.");
    const invoiceNumber = present(/Invoice (\d{4}-\d{6})/.exec(outcome)?.[1], "an invoice number");
    await settled(owner);
    await screenshot(owner, "quote-requests-7-bought");

    // The invoice PDF names the reference on its line.
    const [download] = await Promise.all([
      owner.waitForEvent("download"),
      buy.getByRole("link", { name: "Download invoice PDF" }).click(),
    ]);
    const pdf = await readFile(await download.path());
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const printed = text.replace(/\s+/g, " ");
    for (const words of [`special price ${reference}`, "Contoso Ltd", "€7.00", "€5,250.00"]) {
      expect(printed).toContain(words);
    }
    await buy.getByRole("button", { name: "Done" }).click();
    await buy.waitFor({ state: "hidden" });
    await rowWith(requests, reference).getByText("Accepted", { exact: true }).waitFor();

    // The invoice's line names the special price's reference.
    await owner.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Billing" }).click();
    await owner.getByRole("tab", { name: "Invoices" }).click();
    const invoices = owner.getByRole("table", { name: "Invoices" });
    await rowWith(invoices, invoiceNumber)
      .getByRole("button", { name: `Lines of invoice ${invoiceNumber}` })
      .click();
    const lines = owner.getByRole("dialog", { name: `Invoice ${invoiceNumber}` });
    await lines.getByText(`special price ${reference}`, { exact: false }).waitFor();
    await settled(owner);
    await screenshot(owner, "quote-requests-8-invoice-lines");

    expect(ownerErrors).toEqual([]);
    expect(staffErrors).toEqual([]);
  });

  it("staff decline a request with a reason, which the owner reads beside it", async () => {
    const api = await signedIn(server, DEMO.owner);
    const asked = await api.query(ASK, {
      input: {
        productCode: "PRO",
        period: "MONTHLY",
        quantity: 400,
        note: "School district, monthly billing.",
      },
    });
    expect(asked.quoteRequestCreate.userErrors).toEqual([]);
    const { reference } = present(asked.quoteRequestCreate.quoteRequest, "the request");

    const { page: staff, errors: staffErrors } = await staffPage();
    const open = rowWith(staff.getByRole("table", { name: "Special price requests" }), reference);
    await open.getByRole("button", { name: `Decline ${reference}` }).click();
    const decline = staff.getByRole("dialog", { name: "Decline request" });
    await decline.getByRole("button", { name: "Decline", exact: true }).click();
    await decline.getByText("Say why, so the reseller knows where it stands").waitFor();
    const reason = "Monthly licenses have no special prices; ask again for a yearly deal.";
    await decline.getByRole("textbox", { name: "Reason" }).fill(reason);
    await settled(staff);
    await screenshot(staff, "quote-requests-9-decline");
    await decline.getByRole("button", { name: "Decline", exact: true }).click();
    await staff.getByText("Request declined").waitFor();
    await decline.waitFor({ state: "hidden" });

    // The decided requests are a filter away, with their answers.
    await staff.getByText("All", { exact: true }).click();
    await staff.waitForURL(`${server.url}/vendor-quote-requests?status=ALL`);
    const all = staff.getByRole("table", { name: "Special price requests" });
    await rowWith(all, reference).getByText(reason).waitFor();
    await rowWith(all, "Accepted").getByText("€7.00 per license a year").waitFor();
    await pageLoaded(staff);
    await screenshot(staff, "quote-requests-10-staff-all");

    const owner = await (await browser.newContext()).newPage();
    const ownerErrors = watchPageErrors(owner);
    await signInThroughPage(owner, server.url, DEMO.owner, "/quote-requests");
    await owner.getByText("Declined", { exact: true }).first().click();
    await owner.waitForURL(`${server.url}/quote-requests?status=DECLINED`);
    const declined = rowWith(owner.getByRole("table", { name: "Special price requests" }), reference);
    await declined.getByText(reason).waitFor();
    await declined.getByText("Declined", { exact: true }).waitFor();
    // Asking again starts from the same deal.
    await declined.getByRole("button", { name: `Ask again: ${reference}` }).click();
    const ask = owner.getByRole("dialog", { name: "Ask for a special price" });
    expect(await ask.getByRole("textbox", { name: "Quantity" }).inputValue()).toBe("400");
    expect(await ask.getByRole("radio", { name: "Monthly" }).isChecked()).toBe(true);
    await ask.getByRole("button", { name: "Cancel" }).click();
    await ask.waitFor({ state: "hidden" });
    await pageLoaded(owner);
    await screenshot(owner, "quote-requests-11-declined");

    expect(ownerErrors).toEqual([]);
    expect(staffErrors).toEqual([]);
  });

  it("a special price past its date is refused at Buy, then shows as expired with a way to ask again", async () => {
    const api = await signedIn(server, DEMO.owner);
    const asked = await api.query(ASK, { input: { productCode: "PRO", period: "YEARLY", quantity: 300 } });
    const { id, reference } = present(asked.quoteRequestCreate.quoteRequest, "the request");
    const staffApi = await signedIn(server, DEMO.staff);
    const answered = await staffApi.query(ANSWER, {
      id,
      price: 1500,
      until: new Date(server.clock.now().getTime() + DAY_MS).toISOString(),
    });
    expect(answered.quoteRequestAnswer.userErrors).toEqual([]);

    const owner = await (await browser.newContext()).newPage();
    const errors = watchPageErrors(owner);
    await signInThroughPage(owner, server.url, DEMO.owner, "/quote-requests");
    const requests = owner.getByRole("table", { name: "Special price requests" });
    await rowWith(requests, reference)
      .getByRole("button", { name: `Buy at this price: ${reference}` })
      .click();
    const buy = owner.getByRole("dialog", { name: `Buy at this price: ${reference}` });
    await buy.getByRole("table", { name: "Purchase summary" }).waitFor();

    // Two days pass with the dialog open: the price's date is behind it, and buying is refused.
    server.clock.advance(2 * DAY_MS);
    await buy.getByRole("button", { name: "Buy", exact: true }).click();
    await buy.getByText(`${reference} was valid until 4 December 2026; ask for a new price.`).waitFor();
    await screenshotDialog(owner, "quote-requests-12-expired-refused");
    await owner.keyboard.press("Escape");
    await buy.waitFor({ state: "hidden" });

    // The scheduled work marks it expired; the list says so and offers to ask again.
    await server.services.get(ScheduledWork).run();
    await owner.reload();
    const expired = rowWith(requests, reference);
    await expired.getByText("Expired", { exact: true }).waitFor();
    await expired.getByText("Not bought in time: ask again for a new price.").waitFor();
    expect(await expired.getByRole("button", { name: `Buy at this price: ${reference}` }).count()).toBe(0);
    await expired.getByRole("button", { name: `Ask again: ${reference}` }).waitFor();
    const [row]: Array<{ status: string; subscription_id: string | null }> = await server.dataSource.query(
      "SELECT status, subscription_id FROM quote_request WHERE id = $1",
      [id],
    );
    expect(row).toEqual({ status: "EXPIRED", subscription_id: null });
    expect(errors).toEqual([]);
  });
});
