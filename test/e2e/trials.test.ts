import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { DEMO, signedIn } from "../support/accounts.js";
import { launchBrowser, screenshot, watchPageErrors } from "../support/browser.js";
import { type GraphQLClient, present } from "../support/graphql-client.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { settled, signInThroughPage } from "../support/spa.js";

/** Fabrikam Solutions' owner: Bronze, so trials last 7 days and 2 may be given a month. */
const BRONZE_OWNER = DEMO.otherOwner;

const INVITE = graphql(`mutation TrialsJourneyInvite($input: CustomerInviteInput!) {
  customerInvite(input: $input) { customer { id } userErrors { code } }
}`);
const START = graphql(`mutation TrialsJourneyStart($customerId: ID!) {
  trialStart(customerId: $customerId, productCode: "PRO") { trial { id } userErrors { code message } }
}`);

/** Gives a new customer of the list a Pro trial through the API, as a teammate or integration would. */
async function trialForNewCustomer(client: GraphQLClient, email: string): Promise<void> {
  const { customerInvite } = await client.query(INVITE, { input: { email, companyName: email } });
  const { trialStart } = await client.query(START, {
    customerId: present(customerInvite.customer, "the new customer").id,
  });
  expect(trialStart.userErrors).toEqual([]);
}

/**
 * A page in a browser of its own whose clock starts at `time` and runs on from there: the
 * server's clock is the test's, and the trial dialog counts the end date it shows from the
 * browser's now.
 */
async function pageAt(browser: Browser, time: string): Promise<Page> {
  const context = await browser.newContext();
  await context.clock.install({ time });
  return context.newPage();
}

/** A description list's terms and what each says, e.g. the Trial card's "Ends". */
async function described(list: Locator): Promise<Record<string, string>> {
  await list.waitFor();
  const terms = await list.locator("dt").allTextContents();
  const values = await list.locator("dd").allTextContents();
  return Object.fromEntries(terms.map((term, i) => [term, values[i] ?? ""]));
}

/** The Trial card of the customer page on screen. */
function trialCard(page: Page): Locator {
  return page.getByRole("region", { name: "Trial", exact: true });
}

/** Opens a customer's page from the customer list. */
async function openCustomer(page: Page, companyName: string): Promise<void> {
  await page.getByRole("navigation").getByRole("link", { name: "Customers" }).click();
  await page
    .getByRole("table", { name: "Customers" })
    .getByRole("link", { name: companyName, exact: true })
    .click();
  await page.getByRole("heading", { name: companyName, exact: true }).waitFor();
}

/** Gives the customer on screen a trial through the dialog; the product is the first one when not named. */
async function giveTrial(page: Page, companyName: string, product?: string): Promise<Locator> {
  const addTrial = trialCard(page).getByRole("button", { name: "Add trial" });
  await expect.poll(() => addTrial.isEnabled()).toBe(true);
  await addTrial.click();
  const dialog = page.getByRole("dialog", { name: `Add a trial for ${companyName}` });
  if (product) {
    await dialog.getByRole("combobox", { name: "Product" }).click();
    await page.getByRole("option", { name: product, exact: true }).click();
  }
  return dialog;
}

/** The home page's quota meter, once it shows this many trials used. */
async function quotaMeter(page: Page, used: number): Promise<Locator> {
  const meter = page.getByRole("meter", { name: "Trials used this month" });
  await expect.poll(() => meter.getAttribute("aria-valuenow")).toBe(String(used));
  return meter;
}

describe("trials: a Bronze reseller gives its monthly free trials and its customers see them", () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer({ seed: true, now: "2026-11-20T10:00:00Z" });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("two customers get a trial from their pages, the home meter fills up, and a third customer has to wait for 1 Dec", async () => {
    // Contoso, which Fabrikam resells to, has had no trial yet.
    const customer = await pageAt(browser, "2026-11-20T10:00:00Z");
    const customerErrors = watchPageErrors(customer);
    await signInThroughPage(customer, server.url, DEMO.customer, "/");
    await customer.getByText("You have no free trial.").waitFor();
    expect(
      await customer
        .getByText("Your reseller can give you one, to try a product before you buy it.")
        .isVisible(),
    ).toBe(true);

    const owner = await pageAt(browser, "2026-11-20T10:00:00Z");
    const ownerErrors = watchPageErrors(owner);
    await signInThroughPage(owner, server.url, BRONZE_OWNER, "/");
    const meter = await quotaMeter(owner, 0);
    expect(await meter.getAttribute("aria-valuemax")).toBe("2");
    await owner.getByText("0 of 2 trials used this month, resets 1 Dec", { exact: true }).waitFor();

    // The first trial: Pro for Contoso, 7 days from today.
    await openCustomer(owner, "Contoso");
    await trialCard(owner).getByText("No trial given").waitFor();
    const contosoDialog = await giveTrial(owner, "Contoso", "Pro");
    await contosoDialog.getByText("Trial lasts 7 days, until 27 Nov 2026.", { exact: true }).waitFor();
    expect(await contosoDialog.getByText("2 of your 2 trials this month left.").isVisible()).toBe(true);
    await settled(owner);
    await screenshot(owner, "trials-1-dialog");
    await contosoDialog.getByRole("button", { name: "Start trial" }).click();
    await contosoDialog.waitFor({ state: "hidden" });
    await owner.getByText("Contoso can use Pro free until 27 Nov 2026.").waitFor();

    expect(await described(trialCard(owner).locator("dl"))).toEqual({
      Product: "Pro",
      Status: expect.stringMatching(/^Active/),
      Started: "20 Nov 2026",
      Ends: "27 Nov 2026",
    });
    // One trial per customer: the action stays, turned off, and says why.
    const addTrial = trialCard(owner).getByRole("button", { name: "Add trial" });
    await trialCard(owner).getByText("This customer has already had a free trial.").waitFor();
    expect(await addTrial.isDisabled()).toBe(true);
    await settled(owner);
    await screenshot(owner, "trials-2-customer-trial");

    // The second: the dialog's first product for Adventure Works.
    await openCustomer(owner, "Adventure Works Cycles");
    const adventureDialog = await giveTrial(owner, "Adventure Works Cycles");
    await adventureDialog.getByText("1 of your 2 trials this month left.").waitFor();
    await adventureDialog.getByRole("button", { name: "Start trial" }).click();
    await adventureDialog.waitFor({ state: "hidden" });
    await trialCard(owner).getByText("27 Nov 2026").waitFor();
    expect((await described(trialCard(owner).locator("dl"))).Product).toBe("Enterprise");

    // Home says the month's trials are used up, and when they come back.
    await owner.getByRole("navigation").getByRole("link", { name: "Home" }).click();
    await quotaMeter(owner, 2);
    await owner.getByText("2 of 2 trials used this month, resets 1 Dec", { exact: true }).waitFor();
    await settled(owner);
    await screenshot(owner, "trials-3-home-quota");

    // A third customer, added through the invite dialog, cannot get one this month.
    await owner.getByRole("navigation").getByRole("link", { name: "Customers" }).click();
    await owner.getByRole("button", { name: "Add customer" }).click();
    const invite = owner.getByRole("dialog", { name: "Add customer" });
    await invite.getByRole("textbox", { name: "Email" }).fill("it@litware.example");
    await invite.getByRole("textbox", { name: "Company name" }).fill("Litware Inc");
    await invite.getByRole("button", { name: "Send invite" }).click();
    await owner.getByRole("dialog", { name: "Customer added" }).getByRole("button", { name: "Done" }).click();
    await openCustomer(owner, "Litware Inc");
    await trialCard(owner).getByText("No trial given").waitFor();
    await trialCard(owner)
      .getByText("You have given all 2 trials of this month; the quota resets 1 Dec.", { exact: true })
      .waitFor();
    expect(await trialCard(owner).getByRole("button", { name: "Add trial" }).isDisabled()).toBe(true);
    await settled(owner);
    await screenshot(owner, "trials-4-quota-used");

    // Contoso sees the trial in its portal, and who gave it.
    await customer.reload();
    const trials = customer.getByRole("table", { name: "Free trials" });
    await trials.locator("tbody tr").first().waitFor();
    expect(await trials.locator("tbody tr").first().getByRole("cell").allTextContents()).toEqual([
      "Pro",
      "Active",
      "27 Nov 2026",
      "Given by Fabrikam Solutions",
    ]);
    await screenshot(customer, "trials-5-portal");

    expect(ownerErrors).toEqual([]);
    expect(customerErrors).toEqual([]);
  });

  it("on 1 Dec the quota starts again; trials given elsewhere while the dialog is open turn it down with the reason", async () => {
    server.clock.set("2026-12-01T10:00:00Z");
    const owner = await pageAt(browser, "2026-12-01T10:00:00Z");
    const ownerErrors = watchPageErrors(owner);
    await signInThroughPage(owner, server.url, BRONZE_OWNER, "/");
    await quotaMeter(owner, 0);
    await owner.getByText("0 of 2 trials used this month, resets 1 Jan", { exact: true }).waitFor();

    await openCustomer(owner, "Litware Inc");
    const dialog = await giveTrial(owner, "Litware Inc");
    await dialog.getByText("Trial lasts 7 days, until 8 Dec 2026.", { exact: true }).waitFor();
    expect(await dialog.getByText("2 of your 2 trials this month left.").isVisible()).toBe(true);
    expect(await dialog.getByRole("button", { name: "Start trial" }).isEnabled()).toBe(true);

    // Meanwhile an integration of Fabrikam's gives both of December's trials to new customers.
    const integration = await signedIn(server, BRONZE_OWNER);
    await trialForNewCustomer(integration, "one@northwind-traders.example");
    await trialForNewCustomer(integration, "two@northwind-traders.example");

    await dialog.getByRole("button", { name: "Start trial" }).click();
    await dialog
      .getByText("You have given all 2 trials of this month; the quota resets 1 Jan.", { exact: true })
      .waitFor();
    expect(await dialog.getByRole("button", { name: "Start trial" }).isDisabled()).toBe(true);
    // Said once, with the date in words, not again as a failure of the button.
    expect(await dialog.getByText("Could not start the trial").count()).toBe(0);
    await settled(owner);
    await screenshot(owner, "trials-6-refused-in-dialog");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "hidden" });

    // Nothing was given, and the page says why not.
    await trialCard(owner).getByText("No trial given").waitFor();
    await trialCard(owner).getByText("the quota resets 1 Jan", { exact: false }).waitFor();
    expect(await trialCard(owner).getByRole("button", { name: "Add trial" }).isDisabled()).toBe(true);

    expect(ownerErrors).toEqual([]);
  });
});
