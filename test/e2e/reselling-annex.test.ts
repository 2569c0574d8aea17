import { readFile } from "node:fs/promises";
import type { Browser, Locator, Page } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO } from "../support/accounts.js";
import { launchBrowser, screenshot, watchPageErrors } from "../support/browser.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { pageLoaded, settled, signInThroughPage } from "../support/spa.js";

const VERSION_2 = {
  title: "Reselling Annex, with end-customer data",
  // Raw HTML in the Markdown must show as text, never as markup.
  body: `This version adds rules on the data of end customers.

## 5. Data of end customers
- The reseller keeps what it knows about each end customer private.
- It deletes that data within 30 days of a customer leaving.

Written as <b>raw HTML</b>, this shows as text.`,
};

const VERSION_3 = {
  title: "Reselling Annex, 2027 edition",
  body: `## 6. Renewals
The vendor announces price changes 60 days before a renewal.`,
};

const PAUSED_2 = "Purchases and trials are paused until the reselling annex version 2 is accepted.";

/** The banner across a reseller's pages while a version of the annex waits to be accepted. */
function banner(page: Page): Locator {
  return page
    .getByRole("main")
    .getByRole("status")
    .filter({ hasText: /reselling annex version \d+ is accepted|of the reselling annex takes effect/ });
}

/** The card of one version on the annex page. */
function versionCard(page: Page, version: number): Locator {
  return page.getByRole("region", { name: `Version ${version} of the reselling annex`, exact: true });
}

/** Publishes a version through the staff page's dialog; the timing is left as the dialog has it unless `later`. */
async function publish(
  staff: Page,
  version: { title: string; body: string },
  later = false,
): Promise<Locator> {
  await staff.getByRole("button", { name: "Publish a version" }).first().click();
  const dialog = staff.getByRole("dialog", { name: "Publish a version of the reselling annex" });
  await dialog.getByRole("textbox", { name: "Title", exact: true }).fill(version.title);
  await dialog.getByRole("textbox", { name: "Text", exact: true }).fill(version.body);
  if (later) await dialog.getByRole("radio", { name: "On a later date" }).check();
  return dialog;
}

/** A full-page screenshot from the top of the page, where the header is. */
async function screenshotFromTop(page: Page, name: string): Promise<void> {
  await page.evaluate("window.scrollTo(0, 0)");
  await settled(page);
  await screenshot(page, name);
}

/** Opens the purchase dialog on the Billing page and goes to its payment step with 100 Pro licenses. */
async function startWirePurchase(page: Page): Promise<Locator> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Billing" }).click();
  await page.getByRole("heading", { name: "Billing", exact: true }).waitFor();
  await page.getByRole("button", { name: "Add subscription" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Add subscription", exact: true });
  await dialog.getByRole("combobox", { name: "Product" }).click();
  await page.getByRole("option", { name: "Pro", exact: true }).click();
  await dialog.getByRole("textbox", { name: "Quantity" }).fill("100");
  await dialog.getByRole("table", { name: "Price breakdown" }).waitFor();
  await dialog.getByRole("button", { name: "Next", exact: true }).click();
  await dialog.getByRole("button", { name: "Next", exact: true }).click();
  // Fabrikam keeps no card or PayPal account: from 100 licenses it pays by wire transfer.
  await dialog.getByRole("radio", { name: "Wire transfer" }).check();
  await dialog.getByRole("button", { name: "Next", exact: true }).click();
  return dialog;
}

describe("the reselling annex: staff publish a version, owners accept it before buying again", () => {
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

  it("staff publish version 2 in force now, from the Reselling annex page", async () => {
    server.clock.set("2026-12-01T09:30:00Z");
    const staff = await (await browser.newContext()).newPage();
    const errors = watchPageErrors(staff);
    await signInThroughPage(staff, server.url, DEMO.staff, "/");
    await staff
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Reselling annex" })
      .click();
    await staff.waitForURL(`${server.url}/annex-versions`);
    await pageLoaded(staff);
    const versions = staff.getByRole("table", { name: "Versions of the reselling annex" });
    const row = (version: number) =>
      versions
        .locator("tbody tr")
        .filter({ has: staff.getByRole("button", { name: `Read version ${version}` }) });
    expect(await row(1).getByText("In force", { exact: true }).isVisible()).toBe(true);

    // Nothing filled in: the form says what is missing before asking the server.
    await staff.getByRole("button", { name: "Publish a version" }).first().click();
    const empty = staff.getByRole("dialog", { name: "Publish a version of the reselling annex" });
    await empty.getByRole("button", { name: "Publish", exact: true }).click();
    await empty.getByText("Enter the annex's title").waitFor();
    await empty.getByText("Enter the annex's text").waitFor();
    await empty.getByText("In Markdown:", { exact: false }).waitFor();
    await empty.getByRole("button", { name: "Cancel" }).click();
    await empty.waitFor({ state: "hidden" });

    const dialog = await publish(staff, VERSION_2);
    expect(await dialog.getByRole("radio", { name: "Now, once published" }).isChecked()).toBe(true);
    await settled(staff);
    await screenshot(staff, "reselling-annex-1-staff-publish");
    await dialog.getByRole("button", { name: "Publish", exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
    await staff.getByText("Version 2 is in force", { exact: false }).waitFor();
    await row(2).getByText("In force", { exact: true }).waitFor();
    expect(await row(1).getByText("Replaced", { exact: true }).isVisible()).toBe(true);
    expect(await row(2).getByRole("cell", { name: VERSION_2.title }).isVisible()).toBe(true);

    await settled(staff);
    await screenshot(staff, "reselling-annex-2-staff-versions");

    // The text as resellers will read it: Markdown rendered, the raw HTML as text.
    await row(2).getByRole("button", { name: "Read version 2" }).click();
    const reading = staff.getByRole("dialog", { name: `Version 2: ${VERSION_2.title}` });
    await reading.getByRole("heading", { name: "5. Data of end customers" }).waitFor();
    await reading.getByRole("listitem").filter({ hasText: "within 30 days" }).waitFor();
    await reading.getByText("Written as <b>raw HTML</b>, this shows as text.").waitFor();
    await settled(staff);
    await screenshot(staff, "reselling-annex-3-staff-read");
    await reading.getByRole("button", { name: "Close" }).click();
    expect(errors).toEqual([]);
  });

  it("Fabrikam's owner is paused, reads and accepts version 2, and buys again; the acceptance is a PDF", async () => {
    // Half an hour after version 2 took effect.
    server.clock.set("2026-12-01T10:00:00Z");
    const owner = await (await browser.newContext({ acceptDownloads: true })).newPage();
    const errors = watchPageErrors(owner);
    await signInThroughPage(owner, server.url, DEMO.otherOwner, "/");
    await banner(owner).getByText(PAUSED_2).waitFor();
    await banner(owner).getByRole("link", { name: "Review and accept version 2" }).waitFor();

    // No trial for a customer while paused: the card says why and leads to the annex.
    await owner.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Customers" }).click();
    await owner
      .getByRole("table", { name: "Customers" })
      .getByRole("link", { name: "Adventure Works Cycles", exact: true })
      .click();
    const trial = owner.getByRole("region", { name: "Trial", exact: true });
    await trial
      .getByText("Trials are paused until your account accepts the reselling annex in force.")
      .waitFor();
    expect(await trial.getByRole("button", { name: "Add trial" }).isDisabled()).toBe(true);
    await trial.getByRole("link", { name: "Review the reselling annex" }).waitFor();
    await pageLoaded(owner);
    await screenshot(owner, "reselling-annex-4-trial-paused");

    // A purchase is refused with the server's reason, and the way to the annex.
    const dialog = await startWirePurchase(owner);
    await dialog.getByRole("button", { name: "Buy", exact: true }).click();
    const refusal = dialog.getByRole("alert").filter({ hasText: "Could not buy the subscription" });
    await refusal
      .getByText("Your account has not accepted version 2 of the reselling annex", { exact: false })
      .waitFor();
    const toAnnex = refusal.getByRole("link", { name: "Review the reselling annex" });
    await toAnnex.scrollIntoViewIfNeeded();
    await settled(owner);
    await screenshot(owner, "reselling-annex-5-purchase-refused");
    await toAnnex.click();
    await owner.waitForURL(`${server.url}/account/annex`);
    await pageLoaded(owner);

    // The text in force, not yet accepted; the way back to the Account page above it.
    const inForce = versionCard(owner, 2);
    await inForce.getByRole("heading", { name: `Version 2: ${VERSION_2.title}` }).waitFor();
    expect(await inForce.getByText("Not accepted", { exact: true }).isVisible()).toBe(true);
    await inForce.getByRole("heading", { name: "5. Data of end customers" }).waitFor();
    await inForce.getByText("It deletes that data within 30 days of a customer leaving.").waitFor();
    await inForce.getByText("Written as <b>raw HTML</b>, this shows as text.").waitFor();
    await inForce
      .getByText("Read it below, then accept it on behalf of your company.", { exact: false })
      .waitFor();
    await owner.getByRole("link", { name: "← Account" }).waitFor();
    // The page tells beside the version what the banner would.
    expect(await banner(owner).count()).toBe(0);
    await screenshotFromTop(owner, "reselling-annex-6-annex-page");

    await inForce.getByRole("button", { name: "Accept version 2" }).click();
    const confirm = owner.getByRole("dialog", { name: "Accept version 2 of the reselling annex" });
    await confirm.getByText("on behalf of Fabrikam Solutions", { exact: false }).waitFor();
    await settled(owner);
    await screenshot(owner, "reselling-annex-7-confirm");
    await confirm.getByRole("button", { name: "Accept for Fabrikam Solutions" }).click();
    await confirm.waitFor({ state: "hidden" });
    await inForce.getByText("Accepted", { exact: true }).waitFor();
    await inForce
      .getByText("Accepted by Finn Fabrikam (owner@fabrikam.example) on 1 Dec 2026, 10:00 UTC", {
        exact: false,
      })
      .waitFor();
    expect(await inForce.getByRole("button", { name: "Accept version 2" }).count()).toBe(0);

    // Both acceptances, newest first, each with its record.
    const acceptances = owner.getByRole("table", { name: "Acceptances" });
    const rows = acceptances.locator("tbody tr");
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).getByRole("cell").first().textContent()).toBe(`Version 2: ${VERSION_2.title}`);
    expect(await rows.nth(1).getByRole("cell").first().textContent()).toBe(
      "Version 1: Reselling Annex to the Customer Agreement",
    );
    await screenshotFromTop(owner, "reselling-annex-8-accepted");

    // The record downloads as a PDF, with the session's cookie, naming who accepted what.
    const pdfLink = rows.nth(0).getByRole("link", { name: "Download PDF of the acceptance of version 2" });
    const href = (await pdfLink.getAttribute("href")) ?? "";
    const response = await owner.request.get(`${server.url}${href}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/pdf");
    const [download] = await Promise.all([owner.waitForEvent("download"), pdfLink.click()]);
    expect(download.suggestedFilename()).toBe("annex-v2-acceptance.pdf");
    const pdf = await readFile(await download.path());
    expect(pdf.subarray(0, 4).toString("latin1")).toBe("%PDF");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const printed = text.replace(/\s+/g, " ");
    for (const words of [VERSION_2.title, "Fabrikam Solutions", "Finn Fabrikam", "owner@fabrikam.example"]) {
      expect(printed).toContain(words);
    }

    // Buying goes through again.
    const again = await startWirePurchase(owner);
    await again.getByRole("button", { name: "Buy", exact: true }).click();
    await again.getByText(/^Awaiting your wire transfer; invoice \d{4}-\d{6}\./).waitFor();
    await settled(owner);
    await screenshot(owner, "reselling-annex-9-purchased");
    await again.getByRole("button", { name: "Done" }).click();
    await again.waitFor({ state: "hidden" });
    // The banner across the pages read the accepted status from the same cache.
    expect(await banner(owner).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("a member of Northwind sees who can accept, and has no button to accept", async () => {
    const member = await (await browser.newContext()).newPage();
    const errors = watchPageErrors(member);
    await signInThroughPage(member, server.url, DEMO.member, "/account");
    await pageLoaded(member);
    await banner(member).getByText(PAUSED_2).waitFor();
    const card = member.getByRole("region", { name: "Reselling annex", exact: true });
    await card.getByText(`Version 2: ${VERSION_2.title}, since 1 Dec 2026`).waitFor();
    await card.getByText("Not accepted", { exact: true }).waitFor();
    await banner(member).getByRole("link", { name: "See who can accept it" }).waitFor();
    await settled(member);
    await screenshot(member, "reselling-annex-10-member-account");
    await card.getByRole("link", { name: "Read the annex" }).click();
    await member.waitForURL(`${server.url}/account/annex`);
    await pageLoaded(member);

    const inForce = versionCard(member, 2);
    await inForce
      .getByText("Ask Olivia Owner (owner@northwind.example), the account owner, to accept it.")
      .waitFor();
    expect(await member.getByRole("button", { name: /^Accept/ }).count()).toBe(0);
    // Northwind's own record of version 1 is there to download, as for the owner.
    const acceptances = member.getByRole("table", { name: "Acceptances" });
    await acceptances.getByRole("link", { name: "Download PDF of the acceptance of version 1" }).waitFor();
    await screenshotFromTop(member, "reselling-annex-11-member-annex-page");
    expect(errors).toEqual([]);
  });

  it("a version published for a later date: a softer notice, and the owner accepts it ahead", async () => {
    server.clock.set("2026-12-01T11:00:00Z");
    const staff = await (await browser.newContext()).newPage();
    await signInThroughPage(staff, server.url, DEMO.staff, "/annex-versions");
    await pageLoaded(staff);
    const dialog = await publish(staff, VERSION_3, true);
    // Tomorrow at midnight UTC to begin with; the browser's clock, as the person's.
    const when = await dialog.getByLabel("Date and time (UTC)").inputValue();
    expect(when).toMatch(/^\d{4}-\d{2}-\d{2}T00:00$/);
    await dialog.getByRole("button", { name: "Publish", exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
    await staff.getByText("Version 3 takes effect on", { exact: false }).waitFor();
    const versions = staff.getByRole("table", { name: "Versions of the reselling annex" });
    await versions.locator("tbody tr").first().getByText("Upcoming", { exact: true }).waitFor();

    const owner = await (await browser.newContext()).newPage();
    const errors = watchPageErrors(owner);
    await signInThroughPage(owner, server.url, DEMO.otherOwner, "/");
    await banner(owner)
      .getByText("Version 3 of the reselling annex takes effect on", { exact: false })
      .waitFor();
    await banner(owner)
      .getByText("accept it ahead to keep buying without a pause", { exact: false })
      .waitFor();
    await settled(owner);
    await screenshot(owner, "reselling-annex-12-upcoming-notice");
    await banner(owner).getByRole("link", { name: "Review version 3" }).click();
    await owner.waitForURL(`${server.url}/account/annex`);
    await pageLoaded(owner);

    const upcoming = versionCard(owner, 3);
    await upcoming.getByText("Not accepted yet", { exact: true }).waitFor();
    await upcoming.getByRole("heading", { name: "6. Renewals" }).waitFor();
    await upcoming.getByRole("button", { name: "Accept version 3" }).click();
    const confirm = owner.getByRole("dialog", { name: "Accept version 3 of the reselling annex" });
    await confirm.getByRole("button", { name: "Accept for Fabrikam Solutions" }).click();
    await confirm.waitFor({ state: "hidden" });
    await upcoming.getByText("Accepted", { exact: true }).waitFor();
    await expect
      .poll(() => owner.getByRole("table", { name: "Acceptances" }).locator("tbody tr").count())
      .toBe(3);
    await screenshotFromTop(owner, "reselling-annex-13-accepted-ahead");
    await owner.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Home" }).click();
    await pageLoaded(owner);
    expect(await banner(owner).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
