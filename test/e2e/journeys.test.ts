import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { DEMO, signedIn } from "../support/accounts.js";
import { launchBrowser, screenshot, watchPageErrors } from "../support/browser.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { settled, signInThroughPage } from "../support/spa.js";

const BUY = graphql(`mutation JourneyBuy($input: SubscriptionPurchaseInput!) {
  subscriptionPurchase(input: $input) { subscription { id } userErrors { code field message } }
}`);

/** The company names of the customer list's rows, in the order shown. */
function companies(table: Locator): Promise<string[]> {
  return table.locator("tbody tr td:first-child").allTextContents();
}

async function customerEntry(server: TestServer, reseller: string, company: string): Promise<string> {
  const [row] = await server.dataSource.query(
    `SELECT l.id FROM customer_link l JOIN account r ON r.id = l.reseller_id
     WHERE r.name = $1 AND l.company_name = $2 AND l.removed_at IS NULL`,
    [reseller, company],
  );
  return row.id;
}

async function ownerPage(browser: Browser, server: TestServer, path: string): Promise<[Page, string[]]> {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  const errors = watchPageErrors(page);
  await signInThroughPage(page, server.url, DEMO.owner, path);
  return [page, errors];
}

describe("journeys: confirmations, next steps, lists kept in the address, and the customer's home", () => {
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

  it("turning renewal off asks first, names the end date, and its notice ends with the page", async () => {
    const api = await signedIn(server, DEMO.owner);
    const bought = await api.query(BUY, {
      input: {
        productCode: "PRO",
        period: "YEARLY",
        quantity: 12,
        paymentMethod: "PAYPAL",
        customerId: await customerEntry(server, "Northwind IT", "Tailspin Toys"),
      },
    });
    expect(bought.subscriptionPurchase.userErrors).toEqual([]);

    const [owner, errors] = await ownerPage(browser, server, "/billing");
    const renew = owner.getByRole("switch", { name: "Renew Pro, 12 licenses, yearly" });
    await renew.waitFor();
    expect(await renew.isChecked()).toBe(true);

    // One click asks; Cancel changes nothing.
    await renew.click({ force: true });
    const dialog = owner.getByRole("dialog", { name: "Turn renewal off?" });
    await dialog
      .getByText(
        "Pro, 12 licenses, yearly will not renew. It ends on 1 Dec 2027, and Tailspin Toys loses these licenses that day.",
      )
      .waitFor();
    await settled(owner);
    await screenshot(owner, "journeys-1-renewal-off-confirm");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(await renew.isChecked()).toBe(true);
    const [{ renew: stillOn }] = await server.dataSource.query(
      "SELECT renew FROM subscription WHERE id = $1",
      [bought.subscriptionPurchase.subscription?.id],
    );
    expect(stillOn).toBe(true);

    // Confirmed, it is off, and says so until the page changes.
    await renew.click({ force: true });
    await dialog.getByRole("button", { name: "Turn renewal off" }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => renew.isChecked()).toBe(false);
    const notice = owner.getByText("Pro, 12 licenses, yearly ends on 1 Dec 2027.");
    await notice.waitFor();
    await owner.getByRole("navigation").getByRole("link", { name: "Customers" }).click();
    await owner.getByRole("heading", { name: "Customers", exact: true }).waitFor();
    await notice.waitFor({ state: "hidden" });

    // Turning it on again needs no confirmation.
    await owner.goBack();
    await renew.click({ force: true });
    await expect.poll(() => renew.isChecked()).toBe(true);
    expect(await owner.getByRole("dialog").count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("the subscriptions sort by the end of their period, soonest first, and the order is kept in the address", async () => {
    const api = await signedIn(server, DEMO.owner);
    // Bought an hour apart, after the yearly one above: a monthly one, then another yearly one.
    for (const [at, period, quantity] of [
      ["2026-12-01T10:00:00Z", "MONTHLY", 20],
      ["2026-12-01T11:00:00Z", "YEARLY", 7],
    ] as const) {
      server.clock.set(at);
      const bought = await api.query(BUY, {
        input: { productCode: "PRO", period, quantity, paymentMethod: "PAYPAL" },
      });
      expect(bought.subscriptionPurchase.userErrors).toEqual([]);
    }
    const [owner, errors] = await ownerPage(browser, server, "/billing");
    const table = owner.getByRole("table", { name: "Subscriptions" });
    const ends = () => table.locator("tbody tr td:nth-child(6)").allTextContents();
    // Newest first until a header is clicked.
    await expect.poll(ends).toEqual(["1 Dec 2027", "1 Jan 2027", "1 Dec 2027"]);
    await table.getByRole("button", { name: "Current period ends" }).click();
    await expect.poll(() => new URL(owner.url()).searchParams.get("sort")).toBe("PERIOD_END_ASC");
    await expect
      .poll(() => table.getByRole("columnheader", { name: "Current period ends" }).getAttribute("aria-sort"))
      .toBe("ascending");
    await expect.poll(ends).toEqual(["1 Jan 2027", "1 Dec 2027", "1 Dec 2027"]);
    await table.getByRole("button", { name: "Current period ends" }).click();
    await expect.poll(ends).toEqual(["1 Dec 2027", "1 Dec 2027", "1 Jan 2027"]);
    await owner.reload();
    await expect.poll(ends).toEqual(["1 Dec 2027", "1 Dec 2027", "1 Jan 2027"]);
    expect(new URL(owner.url()).searchParams.get("sort")).toBe("PERIOD_END_DESC");
    expect(errors).toEqual([]);
  });

  it("after adding a customer the dialog offers to open it, buy for it or give it a trial", async () => {
    const [owner, errors] = await ownerPage(browser, server, "/customers");
    const add = async (email: string, company: string, addedAt: string) => {
      // Added on different days, so the newest-first order below is theirs.
      server.clock.set(addedAt);
      await owner.getByRole("button", { name: "Add customer" }).first().click();
      const dialog = owner.getByRole("dialog", { name: "Add customer" });
      await dialog.getByRole("textbox", { name: "Email" }).fill(email);
      await dialog.getByRole("textbox", { name: "Company name" }).fill(company);
      await dialog.getByRole("button", { name: "Send invite" }).click();
      const added = owner.getByRole("dialog", { name: "Customer added" });
      await added.getByText(`What next for ${company}?`).waitFor();
      return added;
    };

    const first = await add("it@litware.example", "Litware Inc", "2026-12-02T09:00:00Z");
    for (const step of ["Open customer", "Add subscription", "Add trial"]) {
      expect(await first.getByRole("button", { name: step }).isVisible()).toBe(true);
    }
    await settled(owner);
    await screenshot(owner, "journeys-2-added-next-steps");
    await first.getByRole("button", { name: "Add subscription" }).click();
    await owner.getByRole("dialog", { name: "Add subscription for Litware Inc" }).waitFor();
    expect(new URL(owner.url()).pathname).toMatch(/^\/customers\/[0-9a-f-]{36}$/);
    await owner
      .getByRole("dialog", { name: "Add subscription for Litware Inc" })
      .getByRole("button", { name: "Cancel" })
      .click();
    // A reload does not open it again.
    await owner.reload();
    await owner.getByRole("heading", { name: "Litware Inc" }).waitFor();
    await settled(owner);
    expect(await owner.getByRole("dialog").count()).toBe(0);

    await owner.goto(`${server.url}/customers`);
    const second = await add("it@wingtip.example", "Wingtip Toys", "2026-12-03T09:00:00Z");
    await second.getByRole("button", { name: "Add trial" }).click();
    await owner.getByRole("dialog", { name: "Add a trial for Wingtip Toys" }).waitFor();
    await owner
      .getByRole("dialog", { name: "Add a trial for Wingtip Toys" })
      .getByRole("button", { name: "Cancel" })
      .click();

    await owner.goto(`${server.url}/customers`);
    const third = await add("it@proseware.example", "Proseware", "2026-12-04T09:00:00Z");
    await third.getByRole("button", { name: "Open customer" }).click();
    await owner.getByRole("heading", { name: "Proseware" }).waitFor();
    await settled(owner);
    expect(await owner.getByRole("dialog").count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("the customer list keeps its search and sort in the address: Back and reload restore them", async () => {
    const [owner, errors] = await ownerPage(browser, server, "/customers");
    const list = owner.getByRole("table", { name: "Customers" });
    await list.getByRole("link", { name: "Contoso Ltd" }).waitFor();

    // Sorting by a header: newest first, kept in the address and across a reload.
    await list.getByRole("button", { name: "Date added" }).click();
    await expect.poll(() => new URL(owner.url()).searchParams.get("sort")).toBe("ADDED_AT_DESC");
    // The demo customers were all added at the same moment, before these three.
    await expect
      .poll(async () => (await companies(list)).slice(0, 3))
      .toEqual(["Proseware", "Wingtip Toys", "Litware Inc"]);
    await owner.reload();
    await expect
      .poll(() => list.getByRole("columnheader", { name: "Date added" }).getAttribute("aria-sort"))
      .toBe("descending");
    await list.getByRole("button", { name: "Company" }).click();
    await expect
      .poll(() => companies(list))
      .toEqual(["Contoso Ltd", "Fourth Coffee", "Litware Inc", "Proseware", "Tailspin Toys", "Wingtip Toys"]);
    await list.getByRole("button", { name: "Company" }).click();
    await expect.poll(() => new URL(owner.url()).searchParams.get("sort")).toBe("COMPANY_NAME_DESC");

    // A search, then a customer, then Back: the search and the order are still there.
    const search = owner.getByRole("searchbox", { name: "Search" });
    await search.fill("to");
    await expect.poll(() => new URL(owner.url()).searchParams.get("search")).toBe("to");
    await expect.poll(() => companies(list)).toEqual(["Wingtip Toys", "Tailspin Toys", "Contoso Ltd"]);
    await screenshot(owner, "journeys-3-search-in-address");
    await list.getByRole("link", { name: "Tailspin Toys" }).click();
    await owner.getByRole("heading", { name: "Tailspin Toys" }).waitFor();
    await owner.goBack();
    await expect.poll(() => companies(list)).toEqual(["Wingtip Toys", "Tailspin Toys", "Contoso Ltd"]);
    expect(await search.inputValue()).toBe("to");
    expect(await list.getByRole("columnheader", { name: "Company" }).getAttribute("aria-sort")).toBe(
      "descending",
    );
    expect(errors).toEqual([]);
  });

  it("a failed request is told in plain words, and Retry loads the page", async () => {
    const [owner, errors] = await ownerPage(browser, server, "/");
    let failing = true;
    await owner.route("**/graphql", (route) =>
      failing
        ? route.fulfill({ status: 502, contentType: "text/html", body: "<html>Bad Gateway</html>" })
        : route.fallback(),
    );
    await owner.getByRole("navigation").getByRole("link", { name: "Customers" }).click();
    const alert = owner.getByRole("alert").filter({ hasText: "Could not load the customers" });
    await alert.getByText("Reseller Hub is not answering right now. Try again in a moment.").waitFor();
    expect(await owner.getByText("status code").count()).toBe(0);
    await screenshot(owner, "journeys-4-error-retry");
    failing = false;
    await alert.getByRole("button", { name: "Retry" }).click();
    await owner
      .getByRole("table", { name: "Customers" })
      .getByRole("link", { name: "Contoso Ltd" })
      .waitFor();
    // The browser logs the failed request itself; nothing else went wrong on the page.
    expect(errors.filter((error) => !error.includes("502"))).toEqual([]);
  });

  it("the customer's home shows the company, each reseller and what it assigned; My account is its own page", async () => {
    const northwind = await signedIn(server, DEMO.owner);
    const contoso = await customerEntry(server, "Northwind IT", "Contoso Ltd");
    for (const input of [
      { quantity: 30, paymentMethod: "PAYPAL" as const },
      // Unpaid: the customer must not see it.
      { quantity: 150, paymentMethod: "WIRE_TRANSFER" as const },
    ]) {
      const bought = await northwind.query(BUY, {
        input: { productCode: "PRO", period: "YEARLY", customerId: contoso, ...input },
      });
      expect(bought.subscriptionPurchase.userErrors).toEqual([]);
    }

    const customer = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    const errors = watchPageErrors(customer);
    await signInThroughPage(customer, server.url, DEMO.customer, "/");
    await customer.getByRole("heading", { level: 1, name: "Contoso Ltd" }).waitFor();
    const fromNorthwind = customer.getByRole("region", { name: "Northwind IT" });
    const licenses = fromNorthwind.getByRole("table", { name: "Licenses from Northwind IT" });
    await licenses.waitFor();
    expect(await licenses.locator("tbody tr").count()).toBe(1);
    expect(
      (await licenses.locator("tbody tr").first().getByRole("cell").allTextContents()).slice(0, 4),
    ).toEqual(["Pro", "30 licenses", "Yearly", "Active"]);
    expect(await customer.getByText("150 licenses").count()).toBe(0);
    const fromFabrikam = customer.getByRole("region", { name: "Fabrikam Solutions" });
    await fromFabrikam.getByText("Fabrikam Solutions has not assigned you any licenses yet.").waitFor();
    // The company, not the person signed in, names the account.
    expect(await customer.getByRole("main").getByText("Cora Contoso").count()).toBe(0);
    await screenshot(customer, "journeys-5-customer-home");

    expect(await customer.getByRole("navigation").getByRole("link").allTextContents()).toEqual([
      "Home",
      "My account",
      "System status",
    ]);
    await customer.getByRole("navigation").getByRole("link", { name: "My account" }).click();
    await customer.waitForURL(`${server.url}/my-account`);
    await customer.getByRole("heading", { level: 1, name: "My account" }).waitFor();
    const account = customer.getByRole("region", { name: "Your account" });
    await account.getByText("Contoso Ltd").waitFor();
    expect(await account.getByText(DEMO.customer.email).isVisible()).toBe(true);
    expect(await account.getByText("Cora Contoso").isVisible()).toBe(true);
    const resellers = customer.getByRole("region", { name: "Your resellers" });
    expect(await resellers.getByText("Northwind IT").isVisible()).toBe(true);
    expect(await resellers.getByText("Fabrikam Solutions").isVisible()).toBe(true);
    expect(await customer.getByRole("table").count()).toBe(0);
    await screenshot(customer, "journeys-6-customer-account");
    expect(errors).toEqual([]);
  });
});
