import { readFile } from "node:fs/promises";
import type { Browser } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { DEMO, signedIn } from "../support/accounts.js";
import { launchBrowser, screenshot, watchPageErrors } from "../support/browser.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { settled, signInThroughPage } from "../support/spa.js";

const WIRE_PURCHASE = graphql(`mutation BillingProfileE2eWire {
  subscriptionPurchase(input: { productCode: "PRO", period: YEARLY, quantity: 100, paymentMethod: WIRE_TRANSFER }) {
    invoice { number }
    userErrors { code }
  }
}`);

describe("billing profile and who owes", () => {
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

  it("the owner saves the billing profile on the Account page, told what is wrong first; a viewer reads it", async () => {
    const owner = await (await browser.newContext()).newPage();
    const errors = watchPageErrors(owner);
    await signInThroughPage(owner, server.url, DEMO.owner, "/account");
    const form = owner.getByRole("form", { name: "Billing profile" });
    const legalName = form.getByRole("textbox", { name: "Legal name" });
    await expect.poll(() => legalName.inputValue()).toBe("Northwind IT B.V.");

    await legalName.fill("Northwind IT GmbH");
    await form.getByRole("textbox", { name: "Address", exact: true }).fill("Hauptstraße 5");
    await form.getByRole("textbox", { name: "Postal code" }).fill("80331");
    await form.getByRole("textbox", { name: "City" }).fill("München");
    await form.getByRole("combobox", { name: "Country" }).fill("Germ");
    await owner.getByRole("option", { name: "Germany", exact: true }).click();
    // Still the Dutch VAT ID: not one of Germany's.
    await form.getByRole("button", { name: "Save billing profile" }).click();
    await form.getByText("is not a valid VAT ID of DE").waitFor();
    await settled(owner);
    await screenshot(owner, "billing-profile-1-invalid-vat-id");

    await form.getByRole("textbox", { name: "VAT ID" }).fill("de 136 695 976");
    await form.getByRole("textbox", { name: "Purchase-order reference" }).fill("PO-2026-12");
    await form.getByRole("button", { name: "Save billing profile" }).click();
    await owner.getByText("Invoices issued from now on bill to this profile.").waitFor();
    // The saved ID comes back as invoices print it.
    await expect.poll(() => form.getByRole("textbox", { name: "VAT ID" }).inputValue()).toBe("DE136695976");
    await settled(owner);
    await screenshot(owner, "billing-profile-2-saved");

    await owner.reload();
    await expect.poll(() => legalName.inputValue()).toBe("Northwind IT GmbH");
    expect(await form.getByRole("combobox", { name: "Country" }).inputValue()).toBe("Germany");
    expect(errors).toEqual([]);

    const viewer = await (await browser.newContext()).newPage();
    await signInThroughPage(viewer, server.url, DEMO.viewer, "/account");
    const section = viewer.getByRole("region", { name: "Billing profile" });
    await section.getByText("Northwind IT GmbH").waitFor();
    await section.getByText("Hauptstraße 5, 80331 München").waitFor();
    await section.getByText("DE136695976").waitFor();
    expect(await viewer.getByRole("button", { name: "Save billing profile" }).count()).toBe(0);
  });

  it("staff's Payments page names the reseller that owes each open invoice", async () => {
    const fabrikam = await signedIn(server, DEMO.otherOwner);
    const bought = await fabrikam.query(WIRE_PURCHASE);
    const number = bought.subscriptionPurchase.invoice?.number as string;

    const staff = await (await browser.newContext({ acceptDownloads: true })).newPage();
    const errors = watchPageErrors(staff);
    await signInThroughPage(staff, server.url, DEMO.staff, "/payments");
    const table = staff.getByRole("table", { name: "Open invoices" });
    const row = table.locator("tbody tr").filter({ hasText: number });
    await row.waitFor();
    await row.getByText("Fabrikam Solutions", { exact: true }).waitFor();
    // Wire transfers are due 30 days after issue.
    await row.getByText("31 Dec 2026").waitFor();
    await screenshot(staff, "billing-profile-3-payments");

    // Staff download the invoice they are about to record, billed to Fabrikam.
    const [download] = await Promise.all([
      staff.waitForEvent("download"),
      row.getByRole("link", { name: `Download invoice ${number} as PDF` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`invoice-${number}.pdf`);
    const pdf = new Uint8Array(await readFile(await download.path()));
    const { text } = await extractText(await getDocumentProxy(pdf), { mergePages: true });
    expect(text.replace(/\s+/g, " ")).toContain("Bill to Fabrikam Solutions GmbH");
    expect(errors).toEqual([]);
  });
});
