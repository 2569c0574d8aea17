import { readFile } from "node:fs/promises";
import type { Browser, Locator } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO } from "../support/accounts.js";
import { launchBrowser, screenshot, watchPageErrors } from "../support/browser.js";
import { rowWith, summaryRows } from "../support/page-parts.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { settled, signInThroughPage } from "../support/spa.js";

/** The Gold demo reseller's seeded partner discount code. */
const GOLD_CODE = "PD-NWIND-GOLD1";

/** Each line of a breakdown table, by its row header, with its amount. */
async function breakdownAmounts(breakdown: Locator): Promise<Record<string, string>> {
  await breakdown.waitFor();
  const lines: Record<string, string> = {};
  for (const row of await breakdown.locator("tbody tr").all()) {
    const label = (await row.getByRole("rowheader").textContent()) ?? "";
    lines[label] = (await row.getByRole("cell").last().textContent()) ?? "";
  }
  return lines;
}

describe("billing: buying subscriptions, invoices, and recording wire payments", () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer({ seed: true, now: "2026-12-01T09:00:00Z" });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("a Gold reseller adds a card, buys 25 monthly Pro licenses with it into Contoso, downloads the invoice, the customer sees them until unassigned", async () => {
    const owner = await (await browser.newContext({ acceptDownloads: true })).newPage();
    const ownerErrors = watchPageErrors(owner);
    await signInThroughPage(owner, server.url, DEMO.owner, "/billing");

    // Billing → Payment methods: the demo's Visa is the default; the owner adds the sandbox
    // Mastercard and makes it the default.
    await owner.getByRole("tab", { name: "Payment methods" }).click();
    const methods = owner.getByRole("table", { name: "Payment methods" });
    await rowWith(methods, "Visa •••• 4242").getByText("Default", { exact: true }).waitFor();
    await rowWith(methods, "PayPal: owner@northwind.example").waitFor();
    await owner.getByRole("button", { name: "Add card" }).click();
    const addCard = owner.getByRole("dialog", { name: "Add a card" });
    await addCard.getByText("Sandbox: there is no card form here.", { exact: false }).waitFor();
    await addCard.getByRole("combobox", { name: "Sandbox test card" }).click();
    await owner.getByRole("option", { name: /^Mastercard •••• 4444/ }).click();
    await addCard.getByRole("checkbox", { name: "Make it the default" }).check();
    await addCard.getByRole("button", { name: "Add card" }).click();
    await addCard.waitFor({ state: "hidden" });
    const mastercard = rowWith(methods, "Mastercard •••• 4444");
    await mastercard.getByText("Default", { exact: true }).waitFor();
    expect(await mastercard.getByRole("cell").nth(1).textContent()).toBe("08/2031");
    expect(await rowWith(methods, "Visa •••• 4242").getByText("Default", { exact: true }).count()).toBe(0);
    await settled(owner);
    await screenshot(owner, "billing-0-payment-methods");

    await owner.getByRole("navigation").getByRole("link", { name: "Customers" }).click();
    await owner.getByRole("link", { name: "Contoso Ltd", exact: true }).click();
    await owner.getByRole("heading", { name: "Contoso Ltd", exact: true }).waitFor();
    await owner.getByText("No subscriptions assigned").waitFor();

    await owner.getByRole("button", { name: "Add subscription" }).click();
    const dialog = owner.getByRole("dialog", { name: "Add subscription for Contoso Ltd" });

    // Step 1: the licenses, priced as they are typed.
    await dialog.getByRole("combobox", { name: "Product" }).click();
    await owner.getByRole("option", { name: "Pro", exact: true }).click();
    await dialog.getByText("Monthly", { exact: true }).click();
    await dialog.getByRole("textbox", { name: "Quantity" }).fill("25");
    // Worked out by hand: 25 × €2.50 (the monthly price) = €62.50; no volume band below 50; no
    // partner discount code is entered yet, so the reseller would pay retail.
    const breakdown = dialog.getByRole("table", { name: "Price breakdown" });
    await expect
      .poll(() => breakdownAmounts(breakdown), { timeout: 10_000 })
      .toEqual({
        "Retail list price": "€62.50",
        "Volume discount (0 %)": "€0.00",
        "Price after volume discount": "€62.50",
        "Partner discount (0 %)": "€0.00",
        "You pay the vendor": "€62.50",
        "Your margin": "€0.00",
      });
    await settled(owner);
    await screenshot(owner, "billing-1-purchase-licenses");
    await dialog.getByRole("button", { name: "Next", exact: true }).click();

    // Step 2: the partner discount code, left empty, with the active code one click away.
    const code = dialog.getByRole("textbox", { name: "Partner discount code" });
    expect(await code.inputValue()).toBe("");
    await dialog
      .getByText("Without a partner discount code you pay the retail price", { exact: false })
      .waitFor();
    await dialog.getByRole("button", { name: `Use your code ${GOLD_CODE}` }).click();
    expect(await code.inputValue()).toBe(GOLD_CODE);
    // Gold's 75 % of €62.50 is €46.875, so €46.88 rounded half away from zero; the reseller pays €15.62.
    await dialog.getByText("you pay €15.62 instead of €62.50", { exact: false }).waitFor();
    await dialog.getByRole("button", { name: "Next", exact: true }).click();

    // Step 3: the saved methods first, the new default chosen; 25 licenses are too few for a wire transfer.
    const wire = dialog.getByRole("radio", { name: "Wire transfer" });
    expect(await wire.isDisabled()).toBe(true);
    await dialog.getByText("Only for 100 licenses or more: pay fewer by card or PayPal.").waitFor();
    await expect
      .poll(() => dialog.getByRole("radio", { name: /^Mastercard •••• 4444/ }).isChecked())
      .toBe(true);
    expect(await dialog.getByRole("radio", { name: /^Visa •••• 4242/ }).isChecked()).toBe(false);
    expect(await dialog.getByRole("radio", { name: /PayPal/ }).count()).toBe(1);
    expect(await dialog.getByRole("textbox", { name: "Card token" }).count()).toBe(0);
    await settled(owner);
    await screenshot(owner, "billing-2-purchase-payment");
    await dialog.getByRole("button", { name: "Next", exact: true }).click();

    // Step 4: what is bought, for whom, at what price.
    const summary = dialog.getByRole("table", { name: "Purchase summary" });
    expect(await summaryRows(summary)).toEqual({
      Product: "Pro",
      Period: "Monthly",
      Quantity: "25 licenses",
      Customer: "Contoso Ltd",
      "Partner discount": `${GOLD_CODE} (75 %)`,
      Payment: "Mastercard •••• 4444",
      VAT: "no VAT: reverse charge",
      "You pay": "€15.62 for the first month, charged now",
    });
    expect(await dialog.getByRole("switch", { name: "Renew at the end of each period" }).isChecked()).toBe(
      true,
    );
    await settled(owner);
    await screenshot(owner, "billing-3-purchase-confirm");
    await dialog.getByRole("button", { name: "Buy", exact: true }).click();

    await dialog.getByText("Subscription active").waitFor();
    const outcome =
      (await dialog.getByText(/Invoice \d{4}-\d{6}: €15\.62 paid by card\./).textContent()) ?? "";
    const invoiceNumber = /Invoice (\d{4}-\d{6})/.exec(outcome)?.[1] ?? "";
    expect(outcome).toContain("Pro, 25 licenses, monthly is active and assigned to Contoso Ltd.");
    await screenshot(owner, "billing-4-purchased");

    // The invoice PDF comes with the reseller's session, as a file.
    const [download] = await Promise.all([
      owner.waitForEvent("download"),
      dialog.getByRole("link", { name: "Download invoice PDF" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`invoice-${invoiceNumber}.pdf`);
    const pdf = await readFile(await download.path());
    expect(pdf.subarray(0, 4).toString("latin1")).toBe("%PDF");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const printed = text.replace(/\s+/g, " ");
    // The line as bought: 25 × €2.50 = €62.50, Gold's 75 % off, for Contoso, with the totals.
    for (const words of [
      "Bill to Northwind IT B.V.",
      "Contoso Ltd",
      "€2.50",
      "€62.50",
      "€15.62",
      "Reverse charge",
    ]) {
      expect(printed).toContain(words);
    }

    await dialog.getByRole("button", { name: "Done" }).click();
    await dialog.waitFor({ state: "hidden" });
    const assigned = owner.getByRole("table", { name: "Assigned subscriptions" });
    await rowWith(assigned, "Pro").getByText("25 licenses").waitFor();
    await screenshot(owner, "billing-5-customer-page");

    // The customer, in a browser of their own, sees the licenses and who assigned them.
    const customer = await (await browser.newContext()).newPage();
    const customerErrors = watchPageErrors(customer);
    await signInThroughPage(customer, server.url, DEMO.customer, "/");
    // Under the reseller that assigned them.
    const licenses = customer
      .getByRole("region", { name: "Northwind IT" })
      .getByRole("table", { name: "Licenses from Northwind IT" });
    const pro = rowWith(licenses, "Pro");
    await pro.waitFor();
    expect(await pro.getByRole("cell").nth(1).textContent()).toBe("25 licenses");
    await screenshot(customer, "billing-6-customer-sees-it");

    // Half-way through the month the reseller adds five licenses on the Billing page. By hand:
    // 16 of 31 days left: one license for them is €2.50 × 16 / 31 = €1.2903, €1.29; 5 × €1.29 =
    // €6.45; Gold's 75 % (€4.8375, €4.84) off leaves €1.61.
    // The next full month: 30 × €2.50 = €75.00, less 75 % (€56.25) = €18.75.
    server.clock.set("2026-12-16T09:00:00Z");
    await owner.getByRole("navigation").getByRole("link", { name: "Billing" }).click();
    const subscriptions = owner.getByRole("table", { name: "Subscriptions" });
    const row = rowWith(subscriptions, "Contoso Ltd");
    await row.waitFor();
    expect(await row.getByRole("cell").allTextContents()).toEqual([
      "Pro",
      "Monthly",
      "25",
      "Active",
      "Contoso Ltd",
      "1 Jan 2027",
      "Mastercard •••• 4444",
      "",
      "Change quantity",
    ]);
    expect(await row.getByRole("switch", { name: "Renew Pro, 25 licenses, monthly" }).isChecked()).toBe(true);
    await screenshot(owner, "billing-7-subscriptions");

    await row.getByRole("button", { name: "Change quantity of Pro, 25 licenses, monthly" }).click();
    const change = owner.getByRole("dialog", { name: "Change quantity: Pro" });
    await change.getByRole("textbox", { name: "Licenses" }).fill("30");
    await change
      .getByText(
        "Adds 5 licenses now. Charged now: €1.61, no VAT: reverse charge (prorated for 16 of 31 days).",
        { exact: true },
      )
      .waitFor();
    await change.getByText("Next period price: €18.75 a month for 30 licenses.", { exact: true }).waitFor();
    await settled(owner);
    await screenshot(owner, "billing-8-change-quantity");
    // Fewer licenses apply from the next period and cost nothing now.
    await change.getByRole("textbox", { name: "Licenses" }).fill("20");
    await change.getByText("20 licenses from 1 Jan 2027. Nothing is charged now.", { exact: true }).waitFor();
    await change.getByRole("textbox", { name: "Licenses" }).fill("30");
    await change.getByText("Charged now: €1.61", { exact: false }).waitFor();
    await change.getByRole("button", { name: "Change quantity" }).click();
    await change.waitFor({ state: "hidden" });
    await owner.getByText("€1.61 charged on invoice", { exact: false }).waitFor();
    await row.getByRole("cell", { name: "30", exact: true }).waitFor();

    // Both charges are invoices, each with its lines and PDF.
    await owner.getByRole("tab", { name: "Invoices" }).click();
    const invoices = owner.getByRole("table", { name: "Invoices" });
    await rowWith(invoices, "Quantity change").waitFor();
    const purchaseInvoice = rowWith(invoices, invoiceNumber);
    expect(await purchaseInvoice.getByRole("cell").allTextContents()).toEqual([
      invoiceNumber,
      "1 Dec 2026",
      "Purchase",
      "Paid",
      "Card",
      "€15.62",
      "LinesPDF",
    ]);
    expect(
      await purchaseInvoice
        .getByRole("link", { name: `Download invoice ${invoiceNumber} as PDF` })
        .getAttribute("href"),
    ).toMatch(/^\/invoices\/[0-9a-f-]+\.pdf$/);
    await purchaseInvoice.getByRole("button", { name: `Lines of invoice ${invoiceNumber}` }).click();
    const lines = owner
      .getByRole("dialog", { name: `Invoice ${invoiceNumber}` })
      .getByRole("table", { name: `Lines of invoice ${invoiceNumber}` });
    const line = lines.locator("tbody tr").first();
    await line.waitFor();
    expect(await line.getByRole("cell").first().textContent()).toContain("For Contoso Ltd");
    expect((await line.getByRole("cell").allTextContents()).slice(1)).toEqual([
      "25",
      "€2.50",
      "€62.50",
      "—",
      "-€46.88 (75 %)",
      "€15.62",
    ]);
    await settled(owner);
    await screenshot(owner, "billing-9-invoice-lines");
    await owner.keyboard.press("Escape");

    // Back on the customer's page, the reseller unassigns it ("-"), and the customer loses it.
    await owner.getByRole("tab", { name: "Subscriptions" }).click();
    await row.getByRole("link", { name: "Contoso Ltd" }).click();
    await rowWith(assigned, "Pro").getByText("30 licenses").waitFor();
    await rowWith(assigned, "Pro").getByRole("button", { name: "Unassign" }).click();
    const unassign = owner.getByRole("dialog", { name: "Unassign subscription" });
    await unassign.getByRole("button", { name: "Unassign" }).click();
    await unassign.waitFor({ state: "hidden" });
    await owner.getByText("No subscriptions assigned").waitFor();

    await customer.reload();
    await customer.getByText("Northwind IT has not assigned you any licenses yet.").waitFor();
    expect(await licenses.count()).toBe(0);

    expect(ownerErrors).toEqual([]);
    expect(customerErrors).toEqual([]);
  });

  it("a declined card sends the buyer back to payment; 120 licenses by wire wait for vendor staff to record the transfer", async () => {
    server.clock.set("2026-12-16T10:00:00Z");
    const owner = await (await browser.newContext()).newPage();
    const ownerErrors = watchPageErrors(owner);
    await signInThroughPage(owner, server.url, DEMO.owner, "/billing");
    await owner.getByRole("heading", { name: "Billing", exact: true }).waitFor();

    await owner.getByRole("button", { name: "Add subscription" }).first().click();
    const dialog = owner.getByRole("dialog", { name: "Add subscription", exact: true });
    await dialog.getByRole("combobox", { name: "Product" }).click();
    await owner.getByRole("option", { name: "Pro", exact: true }).click();
    await dialog.getByRole("textbox", { name: "Quantity" }).fill("120");
    // 120 × €24.95 = €2,994.00, less the 100-license band's 10 % = €2,694.60; with the code, less 75 %.
    await dialog
      .getByRole("table", { name: "Price breakdown" })
      .getByRole("row", { name: /You pay the vendor/ })
      .getByText("€2,694.60")
      .waitFor();
    await dialog.getByRole("button", { name: "Next", exact: true }).click();
    await dialog.getByRole("button", { name: `Use your code ${GOLD_CODE}` }).click();
    await dialog.getByText("you pay €673.65 instead of €2,694.60", { exact: false }).waitFor();
    await dialog.getByRole("button", { name: "Next", exact: true }).click();

    // A card added on the way, which the sandbox declines: nothing is bought, the card is not
    // kept, and the payment step says why.
    await dialog.getByRole("radio", { name: "Add a card" }).check();
    await dialog.getByRole("combobox", { name: "Sandbox test card" }).click();
    await owner.getByRole("option", { name: /^Visa •••• 0002/ }).click();
    await dialog.getByRole("button", { name: "Next", exact: true }).click();
    expect((await summaryRows(dialog.getByRole("table", { name: "Purchase summary" }))).Payment).toBe(
      "New card: Visa •••• 0002 (saved, but charges are declined)",
    );
    await dialog.getByRole("button", { name: "Buy", exact: true }).click();
    await dialog.getByText("The card was declined.").waitFor();
    expect(await dialog.getByRole("radio", { name: "Add a card" }).isChecked()).toBe(true);
    await settled(owner);
    await screenshot(owner, "billing-10-card-declined");

    // From 100 licenses a wire transfer is possible.
    await dialog.getByRole("radio", { name: "Wire transfer" }).check();
    await dialog.getByRole("button", { name: "Next", exact: true }).click();
    expect((await summaryRows(dialog.getByRole("table", { name: "Purchase summary" })))["You pay"]).toBe(
      "€673.65 for the first year, by wire transfer",
    );
    await dialog.getByRole("button", { name: "Buy", exact: true }).click();
    const awaiting = dialog.getByText(/^Awaiting your wire transfer; invoice \d{4}-\d{6}\./);
    await awaiting.waitFor();
    const invoiceNumber = /invoice (\d{4}-\d{6})/.exec((await awaiting.textContent()) ?? "")?.[1] ?? "";
    // Where to transfer it, and by when: net 30 from the vendor's settings.
    await dialog
      .getByText(`IBAN DE89370400440532013000, BIC COBADEFFXXX, payment reference ${invoiceNumber}`)
      .waitFor();
    await screenshot(owner, "billing-11-awaiting-wire");
    await dialog.getByRole("button", { name: "Done" }).click();

    const subscriptions = owner.getByRole("table", { name: "Subscriptions" });
    const pending = rowWith(subscriptions, "Awaiting wire transfer");
    await pending.getByText("In pool").waitFor();
    expect(await pending.getByRole("button", { name: /Change quantity/ }).count()).toBe(0);

    // The filters narrow the list: it is in the pool, and not among the assigned ones.
    await owner.getByRole("search", { name: "Filter subscriptions" }).getByText("In pool").click();
    await pending.waitFor();
    for (const row of await subscriptions.locator("tbody tr").all()) {
      expect(await row.getByRole("cell").nth(4).textContent()).toBe("In pool");
    }
    await owner
      .getByRole("search", { name: "Filter subscriptions" })
      .getByText("Assigned", { exact: true })
      .click();
    // Nothing waiting for a transfer is assigned to anyone.
    await pending.waitFor({ state: "detached" });
    expect(await subscriptions.getByText("In pool").count()).toBe(0);
    await owner
      .getByRole("search", { name: "Filter subscriptions" })
      .getByText("All", { exact: true })
      .click();
    await pending.waitFor();

    // Vendor staff see the open invoice and record the transfer.
    const staff = await (await browser.newContext()).newPage();
    const staffErrors = watchPageErrors(staff);
    await signInThroughPage(staff, server.url, DEMO.staff, "/payments");
    const open = rowWith(staff.getByRole("table", { name: "Open invoices" }), invoiceNumber);
    await open.waitFor();
    const cells = await open.getByRole("cell").allTextContents();
    expect(cells[1]).toBe("Northwind IT");
    expect(cells.slice(5, 7)).toEqual(["Wire transfer", "€673.65"]);
    await screenshot(staff, "billing-12-payments");
    await open.getByRole("button", { name: `Record payment of invoice ${invoiceNumber}` }).click();
    const record = staff.getByRole("dialog", { name: "Record payment" });
    await record.getByRole("textbox", { name: "Bank reference" }).fill("BANK-2026-12-16-0042");
    await settled(staff);
    await screenshot(staff, "billing-13-record-payment");
    await record.getByRole("button", { name: "Record payment" }).click();
    await record.waitFor({ state: "hidden" });
    await staff.getByText("No invoice is waiting for a payment.").waitFor();

    // The reseller's subscription is paid and active.
    await owner.reload();
    const paid = rowWith(subscriptions, "Yearly");
    await paid.getByText("Active", { exact: true }).waitFor();
    expect(await paid.getByRole("cell").allTextContents()).toEqual([
      "Pro",
      "Yearly",
      "120",
      "Active",
      "In pool",
      "16 Dec 2027",
      "Wire transfer",
      "",
      "Change quantity",
    ]);
    await screenshot(owner, "billing-14-paid-by-wire");

    expect(ownerErrors).toEqual([]);
    expect(staffErrors).toEqual([]);
  });
  it("a member sees the payment methods read-only and buys only with saved ones", async () => {
    const member = await (await browser.newContext()).newPage();
    const memberErrors = watchPageErrors(member);
    await signInThroughPage(member, server.url, DEMO.member, "/billing");
    await member.getByRole("tab", { name: "Payment methods" }).click();
    const methods = member.getByRole("table", { name: "Payment methods" });
    await rowWith(methods, "Mastercard •••• 4444").getByText("Default", { exact: true }).waitFor();
    // The declined card tried during a purchase was never kept.
    expect(
      (await methods.locator("tbody tr").allTextContents()).map((row) => row.split(/\d{2}\/|—/)[0]).sort(),
    ).toEqual(["Mastercard •••• 4444Default", "PayPal: owner@northwind.example", "Visa •••• 4242"]);
    await member.getByText("Only the account owner can change them.", { exact: false }).waitFor();
    expect(await member.getByRole("button", { name: "Add card" }).count()).toBe(0);
    expect(await member.getByRole("button", { name: /^Remove / }).count()).toBe(0);

    await member.getByRole("button", { name: "Add subscription" }).first().click();
    const dialog = member.getByRole("dialog", { name: "Add subscription", exact: true });
    await dialog.getByRole("combobox", { name: "Product" }).click();
    await member.getByRole("option", { name: "Pro", exact: true }).click();
    await dialog.getByRole("textbox", { name: "Quantity" }).fill("3");
    await dialog.getByRole("table", { name: "Price breakdown" }).waitFor();
    await dialog.getByRole("button", { name: "Next", exact: true }).click();
    await dialog.getByRole("button", { name: "Next", exact: true }).click();
    await expect
      .poll(() => dialog.getByRole("radio", { name: /^Mastercard •••• 4444/ }).isChecked())
      .toBe(true);
    expect(await dialog.getByRole("radio", { name: "Add a card" }).count()).toBe(0);
    await settled(member);
    await screenshot(member, "billing-14-member-payment-step");
    expect(memberErrors).toEqual([]);
  });
});
