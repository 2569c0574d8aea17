import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO } from "../support/accounts.js";
import { seriousViolations } from "../support/axe.js";
import { launchBrowser, screenshot, watchPageErrors } from "../support/browser.js";
import {
  cellsByHeader,
  lineDetail,
  overflow,
  rowWith,
  screenshotDialog,
  summaryRows,
} from "../support/page-parts.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { pageLoaded, settled, signInThroughPage } from "../support/spa.js";

/** The Gold demo reseller's seeded partner discount code. */
const GOLD_CODE = "PD-NWIND-GOLD1";

/** A small phone, held upright, as the phone suite uses it. */
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } as const;

describe("quarterly terms: staff sell a product quarterly, a reseller buys it so", () => {
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

  it("vendor staff sell Enterprise quarterly at €950.00 from 10 licenses, and the catalog lists it", async () => {
    // axe is injected into the page, which its Content-Security-Policy would refuse otherwise.
    const page = await (await browser.newContext({ bypassCSP: true })).newPage();
    const errors = watchPageErrors(page);
    await signInThroughPage(page, server.url, DEMO.staff, "/catalog");

    const products = page.getByRole("table", { name: "Products" });
    const enterprise = rowWith(products, "ENTERPRISE");
    await enterprise.waitFor();
    // Studio Pro is sold quarterly from the demo data; Enterprise yearly and monthly only.
    expect(await cellsByHeader(products, rowWith(products, "STUDIO_PRO"))).toMatchObject({
      "Yearly price": "€1,200.00",
      "Quarterly price": "€330.00from 1 license",
      "Monthly price": "€120.00from 20 licenses",
    });
    expect(await cellsByHeader(products, enterprise)).toMatchObject({
      "Yearly price": "€34.95",
      "Quarterly price": "Not sold",
      "Monthly price": "€3.50from 20 licenses",
    });

    await page.getByRole("button", { name: "Edit Enterprise" }).click();
    const dialog = page.getByRole("dialog", { name: "Edit Enterprise" });
    const quarterly = dialog.getByRole("checkbox", { name: "Quarterly" });
    const quarterlyPrice = dialog.getByRole("textbox", { name: "Quarterly price per license" });
    const quarterlyMinimum = dialog.getByRole("textbox", { name: "Quarterly minimum licenses" });
    const monthlyMinimum = dialog.getByRole("textbox", { name: "Monthly minimum licenses" });
    expect(await quarterly.isChecked()).toBe(false);
    expect(await quarterlyPrice.isDisabled()).toBe(true);
    expect(await dialog.getByRole("checkbox", { name: "Monthly" }).isChecked()).toBe(true);
    // The monthly price is the default, so it stays empty and shows it: €34.95 ÷ 10, rounded once.
    const monthlyPrice = dialog.getByRole("textbox", { name: "Monthly price per license" });
    expect(await monthlyPrice.inputValue()).toBe("");
    expect(await monthlyPrice.getAttribute("placeholder")).toBe("€3.50");
    expect(await monthlyMinimum.inputValue()).toBe("20");
    await screenshotDialog(page, "quarterly-1-edit-product");

    // The server's objection to the monthly row lands on it, though only the monthly row was sent.
    await monthlyMinimum.fill("200000");
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await dialog.getByText("The minimum can be 100,000 licenses at most").waitFor();
    expect(await monthlyMinimum.getAttribute("aria-invalid")).toBe("true");
    await monthlyMinimum.fill("20");

    // A quarterly price is needed: there is no default for it.
    await quarterly.check();
    expect(await quarterlyPrice.isDisabled()).toBe(false);
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await dialog.getByText("Enter the quarterly price of one license").waitFor();
    await quarterlyPrice.fill("950.00");
    await quarterlyMinimum.fill("10");
    await screenshotDialog(page, "quarterly-2-quarterly-ticked");
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByText("Product saved").waitFor();

    await expect
      .poll(async () => (await cellsByHeader(products, enterprise))["Quarterly price"])
      .toBe("€950.00from 10 licenses");
    expect((await cellsByHeader(products, enterprise))["Monthly price"]).toBe("€3.50from 20 licenses");
    await pageLoaded(page);
    await screenshot(page, "quarterly-3-catalog");

    // The form opens again on what was saved.
    await page.getByRole("button", { name: "Edit Enterprise" }).click();
    expect(await quarterly.isChecked()).toBe(true);
    expect(await quarterlyPrice.inputValue()).toBe("950");
    expect(await quarterlyMinimum.inputValue()).toBe("10");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "hidden" });

    expect(errors).toEqual([]);
  });

  it("the Gold owner prices Studio Pro quarterly, is held to Orchestrator SaaS's minimum of 2, and buys 3 quarterly licenses with the saved card", async () => {
    const owner = await (await browser.newContext()).newPage();
    const errors = watchPageErrors(owner);
    await signInThroughPage(owner, server.url, DEMO.owner, "/pricing");

    // The calculator offers the periods the product is sold for, each with its list price.
    await owner.getByRole("combobox", { name: "Product" }).click();
    await owner.getByRole("option", { name: "Studio Pro", exact: true }).click();
    await owner
      .getByText("List price €1,200.00 per license a year, €330.00 a quarter, or €120.00 a month.")
      .waitFor();
    await owner.getByText("Quarterly", { exact: true }).click();
    const quantity = owner.getByRole("textbox", { name: "Quantity" });
    await quantity.fill("3");
    await owner.getByText("Licenses: 1 or more a quarter.").waitFor();
    // By hand: 3 × €330.00 = €990.00, no volume band below 5.
    const breakdown = owner.getByRole("table", { name: "Price breakdown" });
    await expect
      .poll(() => lineDetail(owner, breakdown, "Retail list price").textContent(), { timeout: 10_000 })
      .toBe("€330.00 × 3 = €990.00: 3 licenses, for a quarter");
    await settled(owner);
    await screenshot(owner, "quarterly-4-pricing");

    // Pro is not sold quarterly: choosing it goes back to yearly, and quarterly is not offered.
    await owner.getByRole("combobox", { name: "Product" }).click();
    await owner.getByRole("option", { name: "Pro", exact: true }).click();
    expect(await owner.getByRole("radio", { name: "Yearly" }).isChecked()).toBe(true);
    expect(await owner.getByRole("radio", { name: "Quarterly" }).count()).toBe(0);
    expect(await owner.getByRole("radio", { name: "Monthly" }).count()).toBe(1);

    await owner.getByRole("navigation").getByRole("link", { name: "Billing" }).click();
    await owner.getByRole("heading", { name: "Billing", exact: true }).waitFor();
    await owner.getByRole("button", { name: "Add subscription" }).first().click();
    const dialog = owner.getByRole("dialog", { name: "Add subscription", exact: true });

    // One Orchestrator SaaS license a quarter is too few: the server says so, naming the minimum.
    await dialog.getByRole("combobox", { name: "Product" }).click();
    await owner.getByRole("option", { name: "Orchestrator SaaS", exact: true }).click();
    await dialog.getByText("Quarterly", { exact: true }).click();
    const licenses = dialog.getByRole("textbox", { name: "Quantity" });
    await licenses.fill("1");
    await dialog.getByText("Licenses: 2 or more a quarter.").waitFor();
    await dialog.getByText("A quarterly subscription of this product needs at least 2 licenses.").waitFor();
    expect(await licenses.getAttribute("aria-invalid")).toBe("true");
    expect(await dialog.getByRole("button", { name: "Next", exact: true }).isDisabled()).toBe(true);
    await settled(owner);
    await screenshotDialog(owner, "quarterly-5-quarterly-minimum");

    // Studio Pro is sold quarterly too, so the period stays.
    await dialog.getByRole("combobox", { name: "Product" }).click();
    await owner.getByRole("option", { name: "Studio Pro", exact: true }).click();
    expect(await dialog.getByRole("radio", { name: "Quarterly" }).isChecked()).toBe(true);
    await licenses.fill("3");
    await dialog
      .getByRole("table", { name: "Price breakdown" })
      .getByRole("row", { name: /Retail list price/ })
      .getByText("€990.00", { exact: true })
      .waitFor();
    await dialog.getByRole("button", { name: "Next", exact: true }).click();

    // Gold's 75 % of €990.00 is €742.50, which leaves €247.50.
    await dialog.getByRole("button", { name: `Use your code ${GOLD_CODE}` }).click();
    await dialog.getByText("you pay €247.50 instead of €990.00", { exact: false }).waitFor();
    await dialog.getByRole("button", { name: "Next", exact: true }).click();

    await expect.poll(() => dialog.getByRole("radio", { name: /^Visa •••• 4242/ }).isChecked()).toBe(true);
    await dialog.getByRole("button", { name: "Next", exact: true }).click();

    expect(await summaryRows(dialog.getByRole("table", { name: "Purchase summary" }))).toMatchObject({
      Product: "Studio Pro",
      Period: "Quarterly",
      Quantity: "3 licenses",
      Payment: "Visa •••• 4242",
      "You pay": "€247.50 for the first quarter, charged now",
    });
    await screenshotDialog(owner, "quarterly-6-purchase-confirm");
    await dialog.getByRole("button", { name: "Buy", exact: true }).click();
    await dialog.getByText("Subscription active").waitFor();
    await dialog
      .getByText("Studio Pro, 3 licenses, quarterly is active and in your pool, ready to assign.", {
        exact: false,
      })
      .waitFor();
    await dialog.getByRole("button", { name: "Done" }).click();
    await dialog.waitFor({ state: "hidden" });

    // A quarter on: it ends 1 Mar 2027.
    const subscriptions = owner.getByRole("table", { name: "Subscriptions" });
    const row = rowWith(subscriptions, "Studio Pro");
    await row.waitFor();
    expect((await row.getByRole("cell").allTextContents()).slice(0, 7)).toEqual([
      "Studio Pro",
      "Quarterly",
      "3",
      "Active",
      "In pool",
      "1 Mar 2027",
      "Visa •••• 4242",
    ]);
    await pageLoaded(owner);
    await screenshot(owner, "quarterly-7-subscriptions");

    // A change of quantity is priced by the quarter, and held to the product's quarterly minimum.
    await row.getByRole("button", { name: "Change quantity of Studio Pro, 3 licenses, quarterly" }).click();
    const change = owner.getByRole("dialog", { name: "Change quantity: Studio Pro" });
    await change.getByText("1 or more for a quarterly subscription.").waitFor();
    await change.getByText("Next period price: €247.50 a quarter for 3 licenses.", { exact: true }).waitFor();
    await change.getByRole("button", { name: "Cancel" }).click();
    await change.waitFor({ state: "hidden" });

    // Its invoice line names the period it bills.
    await owner.getByRole("tab", { name: "Invoices" }).click();
    const invoices = owner.getByRole("table", { name: "Invoices" });
    const invoice = rowWith(invoices, "€247.50");
    await invoice.waitFor();
    const invoiceNumber = (await invoice.getByRole("cell").first().textContent()) ?? "";
    await invoice.getByRole("button", { name: `Lines of invoice ${invoiceNumber}` }).click();
    const line = owner
      .getByRole("dialog", { name: `Invoice ${invoiceNumber}` })
      .getByRole("table", { name: `Lines of invoice ${invoiceNumber}` })
      .locator("tbody tr")
      .first();
    await line.waitFor();
    const cells = await line.getByRole("cell").allTextContents();
    expect(cells[0]).toBe("Studio Pro, quarterly, 2026-12-01 to 2027-03-01");
    expect(cells.slice(1)).toEqual(["3", "€330.00", "€990.00", "—", "-€742.50 (75 %)", "€247.50"]);
    await screenshotDialog(owner, "quarterly-8-invoice-line");

    expect(errors).toEqual([]);
  });

  it("on a phone the three periods fit beside each other", async () => {
    const page = await (await browser.newContext(PHONE)).newPage();
    const errors = watchPageErrors(page);
    await signInThroughPage(page, server.url, DEMO.owner, "/pricing");
    await page.getByRole("combobox", { name: "Product" }).click();
    await page.getByRole("option", { name: "Studio Pro", exact: true }).click();
    await page.getByText("Quarterly", { exact: true }).click();
    await page.getByRole("textbox", { name: "Quantity" }).fill("3");
    await page.getByText("€330.00 × 3 = €990.00: 3 licenses, for a quarter").waitFor();
    await pageLoaded(page);
    await screenshot(page, "quarterly-9-phone-pricing");
    expect(await overflow(page)).toBe(0);
    expect(errors).toEqual([]);
  });
});
