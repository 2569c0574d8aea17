import type { Browser, Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO } from "../support/accounts.js";
import { launchBrowser, screenshot, watchPageErrors } from "../support/browser.js";
import { lineDetail } from "../support/page-parts.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { settled, signInThroughPage } from "../support/spa.js";

/** The Gold demo reseller's seeded partner discount code. */
const GOLD_CODE = "PD-NWIND-GOLD1";

/** Each line of the breakdown table, by its row header, with its amount. */
async function breakdownAmounts(breakdown: Locator): Promise<Record<string, string>> {
  const lines: Record<string, string> = {};
  for (const row of await breakdown.locator("tbody tr").all()) {
    const label = (await row.getByRole("rowheader").textContent()) ?? "";
    lines[label] = (await row.getByRole("cell").last().textContent()) ?? "";
  }
  return lines;
}

describe("pricing: the reseller's calculator and the vendor's catalog", () => {
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

  it("a Gold owner prices 100 Pro licenses with the partner code, then hears of the monthly minimum", async () => {
    const page = await (await browser.newContext()).newPage();
    const errors = watchPageErrors(page);

    await signInThroughPage(page, server.url, DEMO.owner, "/pricing");
    await page.getByRole("heading", { name: "Pricing", exact: true }).waitFor();

    // The seeded code is on its card, and the calculator starts with it.
    const card = page.getByRole("region", { name: "Partner discount code" });
    await card.getByText(GOLD_CODE, { exact: true }).waitFor();
    expect(await card.getByText("Issued on 1 Dec 2026.").isVisible()).toBe(true);
    const codeInput = page.getByRole("textbox", { name: "Partner discount code" });
    expect(await codeInput.inputValue()).toBe(GOLD_CODE);

    await page.getByRole("combobox", { name: "Product" }).click();
    await page.getByRole("option", { name: "Pro", exact: true }).click();
    await page.getByText("Yearly", { exact: true }).click();
    await page.getByRole("textbox", { name: "Quantity" }).fill("100");
    await page.getByRole("textbox", { name: "Pass-through discount" }).fill("0");

    // Worked out by hand: 100 × €24.95 = €2,495.00; the 100-license band takes 10 % off;
    // Gold's 75 % of €2,245.50 is €1,684.125, rounded half away from zero.
    const breakdown = page.getByRole("table", { name: "Price breakdown" });
    await expect
      .poll(() => breakdownAmounts(breakdown), { timeout: 10_000 })
      .toEqual({
        "Retail list price": "€2,495.00",
        "Volume discount (10 %)": "-€249.50",
        "Price after volume discount": "€2,245.50",
        "Partner discount (75 %)": "-€1,684.13",
        "You pay the vendor": "€561.37",
        "Pass-through discount (0 %)": "€0.00",
        "End-customer price": "€2,245.50",
        "Your margin": "€1,684.13",
      });
    expect(await lineDetail(page, breakdown, "Retail list price").textContent()).toBe(
      "€24.95 × 100 = €2,495.00: 100 licenses, for a year",
    );
    expect(await lineDetail(page, breakdown, "Your margin").textContent()).toBe(
      "the end-customer price less what you pay the vendor",
    );
    // The band the quantity reached is the one marked in the product's volume discounts.
    const bands = page.getByRole("table", { name: "Volume discounts for Pro" });
    expect(await bands.locator('tr[aria-current="true"]').getByRole("cell").allTextContents()).toEqual([
      "100 licenses",
      "10 %",
    ]);
    await settled(page);
    await screenshot(page, "pricing-1-breakdown");

    // Ten monthly licenses are too few: the server says so, under the quantity.
    await page.getByText("Monthly", { exact: true }).click();
    const quantity = page.getByRole("textbox", { name: "Quantity" });
    await quantity.fill("10");
    const minimum = "A monthly subscription of this product needs at least 20 licenses.";
    await page.getByText(minimum).waitFor();
    expect(await quantity.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await quantity.getAttribute("aria-describedby")) ?? "";
    const descriptions = await Promise.all(
      describedBy
        .split(" ")
        .filter(Boolean)
        .map((id) => page.locator(`[id="${id}"]`).textContent()),
    );
    expect(descriptions).toContain(minimum);
    await page.getByText("No price for this input").waitFor();
    expect(await breakdown.count()).toBe(0);
    await screenshot(page, "pricing-2-monthly-minimum");

    // Twenty is enough again, and the error goes: 20 at the monthly €2.50 is €50.00, to the cent.
    await quantity.fill("20");
    await breakdown.waitFor();
    await page.getByText(minimum).waitFor({ state: "detached" });
    expect(await quantity.getAttribute("aria-invalid")).not.toBe("true");
    await expect
      .poll(() => lineDetail(page, breakdown, "Retail list price").textContent(), { timeout: 10_000 })
      .toBe("€2.50 × 20 = €50.00: 20 licenses, for a month");
    expect((await breakdownAmounts(breakdown))["Retail list price"]).toBe("€50.00");

    expect(errors).toEqual([]);
  });

  it("vendor staff see the whole catalog, the tiers and each reseller's code", async () => {
    const page = await (await browser.newContext()).newPage();
    const errors = watchPageErrors(page);

    await signInThroughPage(page, server.url, DEMO.staff, "/catalog");
    const products = page.getByRole("table", { name: "Products" });
    await products.waitFor();
    // By name, as the catalog lists them.
    expect(await products.locator("tbody tr td:first-child").allTextContents()).toEqual([
      "ENTERPRISE",
      "ORCHESTRATOR_SAAS",
      "PRO",
      "STUDIO_PRO",
    ]);
    const pro = products
      .getByRole("row")
      .filter({ has: page.getByRole("cell", { name: "PRO", exact: true }) });
    expect(await pro.getByRole("cell", { name: "€24.95", exact: true }).count()).toBe(1);
    expect(await pro.getByText("50+: 5 % · 100+: 10 % · 500+: 15 % · 1000+: 20 %").isVisible()).toBe(true);
    await screenshot(page, "pricing-3-catalog");

    await page.getByRole("button", { name: "Edit Pro" }).click();
    const dialog = page.getByRole("dialog", { name: "Edit Pro" });
    expect(await dialog.getByRole("textbox", { name: "Band 2: percent off" }).inputValue()).toBe("10 %");
    // Pro's monthly price is the default, so its field is empty and shows it: €24.95 ÷ 10, rounded once.
    const monthly = dialog.getByRole("textbox", { name: "Monthly price per license" });
    expect(await monthly.inputValue()).toBe("");
    expect(await monthly.getAttribute("placeholder")).toBe("€2.50");
    await settled(page);
    await screenshot(page, "pricing-4-edit-product");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "hidden" });

    await page.getByRole("navigation").getByRole("link", { name: "Partner tiers" }).click();
    const gold = page
      .getByRole("table", { name: "Partner tiers" })
      .getByRole("row")
      .filter({ hasText: "Gold" });
    await gold.waitFor();
    expect(await gold.getByRole("cell").allTextContents()).toEqual(["Gold", "45 days", "10", "75 %", "Edit"]);

    await page.getByRole("navigation").getByRole("link", { name: "Resellers" }).click();
    const northwind = page
      .getByRole("table", { name: "Resellers" })
      .getByRole("row")
      .filter({ hasText: "Northwind IT" });
    await northwind.getByText(GOLD_CODE, { exact: true }).waitFor();
    await screenshot(page, "pricing-5-resellers");

    expect(errors).toEqual([]);
  });

  it("a reseller without a code asks for one; vendor staff issue it, then revoke it", async () => {
    const owner = await (await browser.newContext()).newPage();
    const ownerErrors = watchPageErrors(owner);
    await signInThroughPage(owner, server.url, DEMO.otherOwner, "/pricing");
    const card = owner.getByRole("region", { name: "Partner discount code" });
    await card.getByText("You have no partner discount code yet.", { exact: false }).waitFor();
    // Without a code the calculator shows retail: no partner discount.
    const breakdown = owner.getByRole("table", { name: "Price breakdown" });
    await breakdown.getByRole("rowheader", { name: "Partner discount (0 %)", exact: true }).waitFor();

    await card.getByRole("button", { name: "Request a code" }).click();
    const dialog = owner.getByRole("dialog", { name: "Request a partner discount code" });
    await dialog.getByRole("textbox", { name: "Note" }).fill("First order: 120 Pro licenses.");
    await dialog.getByRole("button", { name: "Send request" }).click();
    await dialog.waitFor({ state: "hidden" });
    await card.getByText("Requested on 1 Dec 2026; vendor staff will mail the code.").waitFor();
    expect(await card.getByRole("button", { name: "Request a code" }).count()).toBe(0);
    await screenshot(owner, "pricing-6-code-requested");

    const staff = await (await browser.newContext()).newPage();
    const staffErrors = watchPageErrors(staff);
    await signInThroughPage(staff, server.url, DEMO.staff, "/resellers");
    const fabrikam = staff
      .getByRole("table", { name: "Resellers" })
      .getByRole("row")
      .filter({ hasText: "Fabrikam Solutions" });
    await fabrikam.getByText("Requested 1 Dec 2026").waitFor();

    await fabrikam
      .getByRole("button", { name: "Issue a partner discount code to Fabrikam Solutions" })
      .click();
    const confirm = staff.getByRole("dialog", { name: "Issue partner discount code" });
    await confirm.getByText("This answers its request of 1 Dec 2026.").waitFor();
    await confirm.getByRole("button", { name: "Issue code" }).click();
    await confirm.waitFor({ state: "hidden" });
    const issued = fabrikam.getByText(/^PD-[A-Z0-9]{5}-[A-Z0-9]{5}$/);
    await issued.waitFor();
    const code = (await issued.textContent()) ?? "";
    await staff.getByText(`Fabrikam Solutions's code is ${code}`, { exact: false }).waitFor();
    await screenshot(staff, "pricing-7-code-issued");

    // The reseller sees it, and the calculator takes it.
    await owner.reload();
    await card.getByText(code, { exact: true }).waitFor();
    expect(await owner.getByRole("textbox", { name: "Partner discount code" }).inputValue()).toBe(code);
    // Bronze's reselling percentage.
    await breakdown.getByRole("rowheader", { name: "Partner discount (10 %)", exact: true }).waitFor();

    await fabrikam
      .getByRole("button", { name: "Revoke the partner discount code of Fabrikam Solutions" })
      .click();
    const revoke = staff.getByRole("dialog", { name: "Revoke partner discount code" });
    await revoke.getByRole("button", { name: "Revoke code" }).click();
    await revoke.waitFor({ state: "hidden" });
    await fabrikam.getByText(code).waitFor({ state: "detached" });
    expect(await fabrikam.getByText("—", { exact: true }).isVisible()).toBe(true);

    expect(ownerErrors).toEqual([]);
    expect(staffErrors).toEqual([]);
  });
});
