import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { DEMO, latestMail, signedIn } from "../support/accounts.js";
import { launchBrowser, screenshot, watchPageErrors } from "../support/browser.js";
import type { GraphQLClient } from "../support/graphql-client.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { settled, signInThroughPage } from "../support/spa.js";

const NEW_CUSTOMER = { email: "new@litware.example", password: "litware-password-2026" };
/** The Gold demo reseller's seeded partner discount code. */
const GOLD_CODE = "PD-NWIND-GOLD1";

const PURCHASE = graphql(`mutation CustomerJourneyPurchase($input: SubscriptionPurchaseInput!) {
  subscriptionPurchase(input: $input) { subscription { id } userErrors { code field message } }
}`);

/** Buys Pro licenses by card with the partner code, into a customer of the list or into the pool. */
async function buyPro(
  client: GraphQLClient,
  terms: { period: "MONTHLY" | "YEARLY"; quantity: number; customerId?: string },
): Promise<string> {
  const { subscriptionPurchase } = await client.query(PURCHASE, {
    input: {
      productCode: "PRO",
      paymentMethod: "CARD",
      discountCode: GOLD_CODE,
      ...terms,
    },
  });
  expect(subscriptionPurchase.userErrors).toEqual([]);
  return subscriptionPurchase.subscription?.id as string;
}

/** The company names of the customer list's rows, in the order shown. */
function companies(table: Locator): Promise<string[]> {
  return table.locator("tbody tr td:first-child").allTextContents();
}

/** The licenses table of the portal, by product, once it has loaded. */
function portalRows(page: Page): Locator {
  return page.getByRole("table", { name: "Licenses from Northwind IT" }).locator("tbody tr");
}

describe("customers: the reseller's list, a customer's page, and the customer's own portal", () => {
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

  it("an owner adds a customer who activates and sees exactly what is assigned to it", async () => {
    // The owner, in a browser of their own.
    const owner = await (await browser.newContext()).newPage();
    const ownerErrors = watchPageErrors(owner);
    await signInThroughPage(owner, server.url, DEMO.owner, "/customers");
    await owner.getByRole("heading", { name: "Customers", exact: true }).waitFor();

    const list = owner.getByRole("table", { name: "Customers" });
    await list.getByRole("link", { name: "Contoso Ltd" }).waitFor();
    expect(await companies(list)).toEqual(["Contoso Ltd", "Fourth Coffee", "Tailspin Toys"]);
    expect(await owner.getByText("3 customers", { exact: true }).isVisible()).toBe(true);
    const fourthCoffee = list.getByRole("row").filter({ hasText: "Fourth Coffee" });
    // It never activated its account; Contoso did.
    expect(await fourthCoffee.getByText("Invitation sent").isVisible()).toBe(true);
    expect(
      await list.getByRole("row").filter({ hasText: "Contoso Ltd" }).getByText("Active").isVisible(),
    ).toBe(true);

    // Newest first by the date-added header, then back to company names.
    await list.getByRole("button", { name: "Date added" }).click();
    await expect
      .poll(() => list.getByRole("columnheader", { name: "Date added" }).getAttribute("aria-sort"))
      .toBe("descending");
    await list.getByRole("button", { name: "Company" }).click();
    await expect.poll(() => companies(list)).toEqual(["Contoso Ltd", "Fourth Coffee", "Tailspin Toys"]);
    await screenshot(owner, "customers-1-list");

    const search = owner.getByRole("searchbox", { name: "Search" });
    await search.fill("tail");
    await expect.poll(() => companies(list)).toEqual(["Tailspin Toys"]);
    await owner.getByText("1 customer", { exact: true }).waitFor();
    await screenshot(owner, "customers-2-search");
    await search.fill("");
    await expect.poll(() => companies(list)).toEqual(["Contoso Ltd", "Fourth Coffee", "Tailspin Toys"]);

    // Adding a customer whose email has no account yet.
    await owner.getByRole("button", { name: "Add customer" }).click();
    const addDialog = owner.getByRole("dialog", { name: "Add customer" });
    await addDialog.getByRole("textbox", { name: "Email" }).fill(NEW_CUSTOMER.email);
    await addDialog.getByRole("textbox", { name: "Company name" }).fill("Litware Inc");
    await addDialog.getByRole("textbox", { name: "Comment" }).fill("Met at the partner day.");
    expect(await addDialog.getByText("Only your team sees this.", { exact: false }).isVisible()).toBe(true);
    await settled(owner);
    await screenshot(owner, "customers-3-add-dialog");
    await addDialog.getByRole("button", { name: "Send invite" }).click();

    const added = owner.getByRole("dialog", { name: "Customer added" });
    await added
      .getByText(`We created an account for ${NEW_CUSTOMER.email} and sent an activation link.`)
      .waitFor();
    await settled(owner);
    await screenshot(owner, "customers-4-added");
    await added.getByRole("button", { name: "Done" }).click();
    await added.waitFor({ state: "hidden" });
    await expect
      .poll(() => companies(list))
      .toEqual(["Contoso Ltd", "Fourth Coffee", "Litware Inc", "Tailspin Toys"]);
    await owner.getByText("4 customers", { exact: true }).waitFor();
    expect(
      await list.getByRole("row").filter({ hasText: "Litware Inc" }).getByText("Invitation sent").isVisible(),
    ).toBe(true);

    // The same email again is refused, on the email field.
    await owner.getByRole("button", { name: "Add customer" }).click();
    await addDialog.getByRole("textbox", { name: "Email" }).fill(NEW_CUSTOMER.email.toUpperCase());
    await addDialog.getByRole("textbox", { name: "Company name" }).fill("Litware again");
    await addDialog.getByRole("button", { name: "Send invite" }).click();
    await addDialog.getByText(`${NEW_CUSTOMER.email} is already on your customer list.`).waitFor();
    await addDialog.getByRole("button", { name: "Cancel" }).click();
    await addDialog.waitFor({ state: "hidden" });

    // Its page: the private comment is edited in place.
    await list.getByRole("link", { name: "Litware Inc" }).click();
    await owner.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
    const customerId = new URL(owner.url()).pathname.split("/").at(-1) as string;
    await owner.getByRole("heading", { name: "Litware Inc", exact: true }).waitFor();
    const details = owner.getByRole("region", { name: "Details" });
    await details.getByText("Met at the partner day.").waitFor();
    await details.getByRole("button", { name: "Edit" }).click();
    const editForm = owner.getByRole("form", { name: "Edit company name and comment" });
    await editForm
      .getByRole("textbox", { name: "Comment" })
      .fill("Met at the partner day. Wants Pro for 25 seats.");
    await settled(owner);
    await screenshot(owner, "customers-5-edit-comment");
    await editForm.getByRole("button", { name: "Save" }).click();
    await editForm.waitFor({ state: "hidden" });
    await owner.reload();
    await details.getByText("Met at the partner day. Wants Pro for 25 seats.").waitFor();
    await owner.getByText("No subscriptions assigned").waitFor();
    await screenshot(owner, "customers-6-detail");

    // The customer, in a fresh browser, follows the activation link from the mail.
    const mail = await latestMail(server, NEW_CUSTOMER.email, "customer_activation");
    const customer = await (await browser.newContext()).newPage();
    const customerErrors = watchPageErrors(customer);
    await customer.goto(mail.link);
    await customer.getByRole("heading", { name: "Activate your Litware Inc account" }).waitFor();
    await customer.getByRole("textbox", { name: "Your name" }).fill("Lena Litware");
    await customer.getByLabel(/^Password/).fill(NEW_CUSTOMER.password);
    await customer.getByLabel(/^Confirm password/).fill(NEW_CUSTOMER.password);
    await customer.getByRole("button", { name: "Activate account" }).click();
    await customer.waitForURL(`${server.url}/`);

    // Signing in again lands on the portal too, and it is all a customer can open.
    await customer.getByRole("button", { name: "Account menu for Lena Litware" }).click();
    await customer.getByRole("menuitem", { name: "Sign out", exact: true }).click();
    await customer.waitForURL(`${server.url}/sign-in`);
    await customer.getByRole("textbox", { name: "Email", exact: true }).fill(NEW_CUSTOMER.email);
    await customer.getByLabel(/^Password/).fill(NEW_CUSTOMER.password);
    await customer.getByRole("button", { name: "Sign in", exact: true }).click();
    await customer.waitForURL(`${server.url}/`);
    await customer.getByRole("heading", { level: 1, name: "Litware Inc" }).waitFor();
    await customer.getByText("Northwind IT has not assigned you any licenses yet.").waitFor();
    expect(await customer.getByRole("navigation").getByRole("link").allTextContents()).toEqual([
      "Home",
      "My account",
      "System status",
    ]);
    // Nothing of the reseller's private note reaches the customer.
    expect(await customer.getByText("partner day").count()).toBe(0);
    await screenshot(customer, "customers-7-portal-empty");
    await customer.getByRole("navigation").getByRole("link", { name: "My account" }).click();
    const account = customer.getByRole("region", { name: "Your account" });
    await account.getByText("Litware Inc").waitFor();
    expect(await account.getByText(NEW_CUSTOMER.email).isVisible()).toBe(true);
    expect(await customer.getByText("partner day").count()).toBe(0);
    await customer.getByRole("navigation").getByRole("link", { name: "Home" }).click();
    await customer.getByText("Northwind IT has not assigned you any licenses yet.").waitFor();

    // The owner buys Pro straight into the customer; the customer sees it on reload.
    const ownerApi = await signedIn(server, DEMO.owner);
    await buyPro(ownerApi, { period: "MONTHLY", quantity: 25, customerId });
    await customer.reload();
    await expect
      .poll(async () => (await portalRows(customer).first().getByRole("cell").allTextContents()).slice(0, 5))
      .toEqual(["Pro", "25 licenses", "Monthly", "Active", "1 Jan 2027"]);
    expect(await customer.getByRole("region", { name: "Northwind IT" }).getByRole("table").isVisible()).toBe(
      true,
    );
    await screenshot(customer, "customers-8-portal-assigned");

    // The owner unassigns it with "-" on the customer's page; the customer no longer sees it.
    await owner.reload();
    const assigned = owner.getByRole("table", { name: "Assigned subscriptions" });
    const pro = assigned.getByRole("row").filter({ hasText: "Pro" });
    await pro.getByText("25 licenses").waitFor();
    await pro.getByRole("button", { name: "Unassign" }).click();
    const unassignDialog = owner.getByRole("dialog", { name: "Unassign subscription" });
    await unassignDialog.getByText("It returns to your pool at once", { exact: false }).waitFor();
    await settled(owner);
    await screenshot(owner, "customers-9-unassign");
    await unassignDialog.getByRole("button", { name: "Unassign" }).click();
    await unassignDialog.waitFor({ state: "hidden" });
    await owner.getByText("No subscriptions assigned").waitFor();
    await customer.reload();
    await customer.getByText("Northwind IT has not assigned you any licenses yet.").waitFor();
    expect(await portalRows(customer).count()).toBe(0);

    // Assigning an existing one: two are in the pool now, the one just unassigned and a new one.
    await buyPro(ownerApi, { period: "YEARLY", quantity: 10 });
    await owner.getByRole("button", { name: "Assign existing subscription" }).click();
    const assignDialog = owner.getByRole("dialog", { name: "Assign a subscription to Litware Inc" });
    const monthly = assignDialog.getByRole("radio", { name: "Pro · Monthly · 25 licenses" });
    const yearly = assignDialog.getByRole("radio", { name: "Pro · Yearly · 10 licenses" });
    await yearly.waitFor();
    expect(await assignDialog.getByRole("radio").count()).toBe(2);

    // A teammate gives the monthly one to Contoso while the dialog is open.
    const { customers } = await ownerApi.query(
      graphql(`query CustomerJourneyContoso { customers(search: "contoso") { nodes { id } } }`),
    );
    const { subscriptions } = await ownerApi.query(
      graphql(
        `query CustomerJourneyPool { subscriptions(filter: { assigned: false }) { nodes { id period } } }`,
      ),
    );
    const monthlyId = subscriptions.nodes.find((s) => s.period === "MONTHLY")?.id;
    const taken = await ownerApi.query(
      graphql(`mutation CustomerJourneyAssign($id: ID!, $customerId: ID!) {
        subscriptionAssign(id: $id, customerId: $customerId) { userErrors { code } }
      }`),
      { id: monthlyId as string, customerId: customers.nodes[0]?.id as string },
    );
    expect(taken.subscriptionAssign.userErrors).toEqual([]);

    await monthly.check();
    await assignDialog.getByRole("button", { name: "Assign" }).click();
    await assignDialog
      .getByText("Someone assigned this subscription to another customer a moment ago.", { exact: false })
      .waitFor();
    // The pool is asked again, without the one that went.
    await expect.poll(() => assignDialog.getByRole("radio").count()).toBe(1);
    await yearly.check();
    await settled(owner);
    await screenshot(owner, "customers-10-assign-dialog");
    await assignDialog.getByRole("button", { name: "Assign" }).click();
    await assignDialog.waitFor({ state: "hidden" });
    await assigned.getByRole("row").filter({ hasText: "Pro" }).getByText("10 licenses").waitFor();
    expect(await assigned.getByRole("cell", { name: "Yearly" }).isVisible()).toBe(true);
    await screenshot(owner, "customers-11-assigned");
    await customer.reload();
    await expect.poll(() => portalRows(customer).count()).toBe(1);
    expect(await portalRows(customer).getByText("10 licenses").isVisible()).toBe(true);

    // Removing the customer sends what it had back to the pool, and it leaves the list.
    await owner.getByRole("button", { name: "Remove customer" }).click();
    const removeDialog = owner.getByRole("dialog", { name: "Remove customer" });
    await removeDialog
      .getByText("The subscription you assigned them (10 licenses) returns to your pool", { exact: false })
      .waitFor();
    await settled(owner);
    await screenshot(owner, "customers-12-remove");
    await removeDialog.getByRole("button", { name: "Remove customer" }).click();
    await owner.waitForURL(`${server.url}/customers`);
    await expect.poll(() => companies(list)).toEqual(["Contoso Ltd", "Fourth Coffee", "Tailspin Toys"]);
    await owner.getByText("3 customers", { exact: true }).waitFor();
    // Off Northwind's list, Litware has no reseller left, and nothing from it.
    await customer.reload();
    await customer.getByText("No reseller lists you yet.").waitFor();
    expect(await customer.getByRole("region", { name: "Northwind IT" }).count()).toBe(0);

    expect(ownerErrors).toEqual([]);
    expect(customerErrors).toEqual([]);
  });

  it("a viewer on the team may look but not change, and an unknown customer is not found", async () => {
    const page = await (await browser.newContext()).newPage();
    const errors = watchPageErrors(page);
    await signInThroughPage(page, server.url, DEMO.viewer, "/customers");
    const list = page.getByRole("table", { name: "Customers" });
    await list.getByRole("link", { name: "Tailspin Toys" }).waitFor();
    expect(await page.getByRole("button", { name: "Add customer" }).count()).toBe(0);
    expect(await list.getByRole("button", { name: /^Remove/ }).count()).toBe(0);

    await list.getByRole("link", { name: "Tailspin Toys" }).click();
    await page.getByRole("region", { name: "Details" }).getByText("Pays by wire, 30 days.").waitFor();
    expect(await page.getByRole("button", { name: "Edit" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Assign existing subscription" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Remove customer" }).count()).toBe(0);
    await screenshot(page, "customers-13-viewer");

    await page.goto(`${server.url}/customers/00000000-0000-4000-8000-000000000000`);
    await page.getByRole("heading", { name: "Customer not found" }).waitFor();
    await page.getByRole("link", { name: "Go to Customers" }).waitFor();

    expect(errors).toEqual([]);
  });
});
