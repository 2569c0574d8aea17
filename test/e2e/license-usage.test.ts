import { print } from "graphql";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScheduledWork } from "../../server/src/jobs/scheduled-work.js";
import { graphql } from "../generated/index.js";
import { DEMO, signedIn } from "../support/accounts.js";
import { seriousViolations } from "../support/axe.js";
import { launchBrowser, screenshot, watchPageErrors } from "../support/browser.js";
import { present } from "../support/graphql-client.js";
import { cellsByHeader, overflow, rowWith, screenshotDialog } from "../support/page-parts.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { pageLoaded, settled, signInThroughPage } from "../support/spa.js";

const REPORT = graphql(`mutation LicenseUsageE2eReport($i: UsageReportInput!) {
  usageReport(input: $i) { receipt { rows currentUpdated replayed } userErrors { code field message } }
}`);

const CUSTOMERS = graphql(`query LicenseUsageE2eCustomers {
  customers(first: 50) { nodes { id companyName } }
}`);

const PURCHASE = graphql(`mutation LicenseUsageE2ePurchase($input: SubscriptionPurchaseInput!) {
  subscriptionPurchase(input: $input) { subscription { id quantity } userErrors { code field message } }
}`);

const KEY_NAME = "Production reporter";

/** The axe findings of a page, as one line each; empty when it has no serious or critical one. */
async function axeFindings(page: Page): Promise<string[]> {
  return (await seriousViolations(page)).map((v) => `${v.id}: ${v.help} — ${v.targets.join(" | ")}`);
}

describe("license usage: the product reports agents with an ingestion key, resellers and the customer see them against licenses", () => {
  let server: TestServer;
  let browser: Browser;
  let secret = "";

  beforeAll(async () => {
    server = await startTestServer({ seed: true, now: "2026-12-01T09:00:00Z" });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A page signed in as this person, open for axe (which the page's CSP would refuse otherwise). */
  async function signedInPage(
    person: { email: string; password: string },
    path: string,
  ): Promise<{ page: Page; errors: string[] }> {
    const page = await (await browser.newContext({ bypassCSP: true })).newPage();
    const errors = watchPageErrors(page);
    await signInThroughPage(page, server.url, person, path);
    return { page, errors };
  }

  /** Sends a usage report with a key, as the vendor's product does. */
  function report(key: string, reportId: string): Promise<Response> {
    return fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
      body: JSON.stringify({
        query: print(REPORT),
        variables: {
          i: {
            reportId,
            rows: [
              {
                customerEmail: DEMO.customer.email,
                productCode: "PRO",
                agentCount: 30,
                observedAt: "2026-12-01T06:00:00Z",
              },
            ],
          },
        },
      }),
    });
  }

  it("staff make an ingestion key on its page and read its secret once", async () => {
    const { page: staff, errors } = await signedInPage(DEMO.staff, "/");
    await staff
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Ingestion keys" })
      .click();
    await staff.waitForURL(`${server.url}/ingestion-keys`);
    await staff.getByRole("heading", { level: 1, name: "Ingestion keys" }).waitFor();
    await staff.getByRole("heading", { name: "No ingestion keys yet" }).waitFor();
    await pageLoaded(staff);
    await screenshot(staff, "license-usage-1-no-keys");

    // Nothing filled in: the form says so before asking the server.
    await staff.getByRole("button", { name: "New ingestion key" }).click();
    const dialog = staff.getByRole("dialog", { name: "New ingestion key" });
    await dialog.getByRole("button", { name: "Make key" }).click();
    await dialog.getByText("Give the key a name").waitFor();
    await dialog.getByRole("textbox", { name: "Name" }).fill(KEY_NAME);
    await settled(staff);
    expect(await axeFindings(staff)).toEqual([]);
    await dialog.getByRole("button", { name: "Make key" }).click();

    const made = staff.getByRole("dialog", { name: "Your new ingestion key" });
    secret = (await made.getByLabel("Ingestion key").textContent()) ?? "";
    expect(secret).toMatch(/^rh_[0-9a-f]{12}_\S+$/);
    await made.getByText("It will not be shown again", { exact: false }).waitFor();
    await made.getByRole("button", { name: "Copy key" }).waitFor();
    // The example report is ready to run with this key, against this server.
    const example =
      (await made.getByRole("figure", { name: "A usage report with curl" }).textContent()) ?? "";
    expect(example).toContain(`authorization: Bearer ${secret}`);
    expect(example).toContain(`${server.url}/graphql`);
    const body = JSON.parse(example.slice(example.indexOf("-d '") + 4, example.lastIndexOf("'")));
    expect(body.query).toContain("usageReport(input: $i)");
    expect(body.variables.i.rows).toEqual([expect.objectContaining({ productCode: "PRO", agentCount: 30 })]);
    await screenshotDialog(staff, "license-usage-2-secret");
    await made.getByRole("button", { name: "Done" }).click();
    await made.waitFor({ state: "hidden" });

    const keys = staff.getByRole("table", { name: "Ingestion keys" });
    const row = rowWith(keys, KEY_NAME);
    await row.waitFor();
    expect(await cellsByHeader(keys, row)).toMatchObject({
      Name: KEY_NAME,
      Key: `${secret.split("_").slice(0, 2).join("_")}…`,
      "Created by": DEMO.staff.email,
      Created: "1 Dec 2026",
      "Last used": "Never",
      Status: "Active",
    });
    // The secret is gone with the dialog.
    expect(await staff.getByText(secret).count()).toBe(0);
    await pageLoaded(staff);
    expect(await axeFindings(staff)).toEqual([]);
    await screenshot(staff, "license-usage-3-keys");
    expect(errors).toEqual([]);
  });

  it("the product reports 30 Pro agents of Contoso with the key", async () => {
    const response = await report(secret, "contoso-2026-12-01T06");
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: { usageReport: Record<string, unknown> } };
    expect(data.usageReport).toEqual({
      receipt: { rows: 1, currentUpdated: 1, replayed: false },
      userErrors: [],
    });
  });

  it("Northwind's owner assigns 25 Pro licenses to Contoso: its page shows 30 agents against 25 licenses, 5 over", async () => {
    const api = await signedIn(server, DEMO.owner);
    const { customers } = await api.query(CUSTOMERS);
    const contoso = present(
      customers.nodes.find((customer) => customer.companyName === "Contoso Ltd"),
      "Contoso on Northwind's list",
    );
    const { subscriptionPurchase } = await api.query(PURCHASE, {
      input: {
        productCode: "PRO",
        period: "YEARLY",
        quantity: 25,
        paymentMethod: "CARD",
        customerId: contoso.id,
      },
    });
    expect(subscriptionPurchase.userErrors).toEqual([]);

    const { page: owner, errors } = await signedInPage(DEMO.owner, `/customers/${contoso.id}`);
    await pageLoaded(owner);
    const usage = owner
      .getByRole("region", { name: "License usage", exact: true })
      .getByRole("table", { name: "License usage of Contoso Ltd" });
    const pro = rowWith(usage, "Pro");
    await pro.waitFor();
    expect(await cellsByHeader(usage, pro)).toMatchObject({
      Product: "Pro",
      Agents: "30 agents",
      "Licenses you assigned": "25 licenses",
      Coverage: "5 overAdd 5 licenses",
      "Latest count": "1 Dec 2026, 06:00 UTC",
    });
    // The last 30 days, as tiny bars, say what they show in words too.
    await pro
      .getByRole("img", {
        name: /^Agents a day over the last 30 days: 30 agents on 1 Dec, at most 30 agents/,
      })
      .waitFor();
    expect(await axeFindings(owner)).toEqual([]);
    await screenshot(owner, "license-usage-4-customer-page");
    // On a phone each product is a card, the bars within it, and nothing reaches past the screen.
    await owner.setViewportSize({ width: 360, height: 740 });
    await settled(owner);
    expect(await overflow(owner)).toBe(0);
    await screenshot(owner, "license-usage-5-customer-page-phone");
    await owner.setViewportSize({ width: 1280, height: 720 });

    // Home: all of Northwind's licenses in force against all its customers' agents.
    await owner.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Home" }).click();
    await owner.waitForURL(`${server.url}/`);
    await pageLoaded(owner);
    const card = owner.getByRole("region", { name: "Licenses and agents", exact: true });
    const book = card.getByRole("table", { name: "Licenses and agents" });
    const bookPro = rowWith(book, "Pro");
    await bookPro.waitFor();
    expect(await cellsByHeader(book, bookPro)).toMatchObject({
      Product: "Pro",
      Agents: "30 agents",
      "Licenses in force": "25 licenses",
      Coverage: "5 overAdd 5 licenses",
      "Latest count": "1 Dec 2026, 06:00 UTC",
    });
    expect(await axeFindings(owner)).toEqual([]);
    await screenshot(owner, "license-usage-6-home");
    expect(errors).toEqual([]);
  });

  it("Fabrikam, which lists Contoso too, reads that another reseller licenses its Pro agents", async () => {
    const { page: fabrikam, errors } = await signedInPage(DEMO.otherOwner, "/customers");
    await fabrikam
      .getByRole("table", { name: "Customers" })
      .getByRole("link", { name: "Contoso", exact: true })
      .click();
    await fabrikam.waitForURL((url) => url.pathname.startsWith("/customers/"));
    await pageLoaded(fabrikam);
    const usage = fabrikam.getByRole("table", { name: "License usage of Contoso" });
    const pro = rowWith(usage, "Pro");
    await pro.waitFor();
    expect(await cellsByHeader(usage, pro)).toMatchObject({
      Agents: "30 agents",
      "Licenses you assigned": "0 licenses",
      Coverage: "Licensed through another reseller",
    });
    expect(await pro.getByText(/ over$/).count()).toBe(0);
    await screenshot(fabrikam, "license-usage-7-licensed-elsewhere");

    // Its own book counts none of those agents, so nothing was reported against its licenses.
    await fabrikam.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Home" }).click();
    await pageLoaded(fabrikam);
    await fabrikam
      .getByRole("region", { name: "Licenses and agents", exact: true })
      .getByText("No usage reported yet: the product reports agents once they are registered.")
      .waitFor();
    expect(errors).toEqual([]);
  });

  it("Contoso sees its usage in the portal: 5 agents are not covered", async () => {
    const { page: customer, errors } = await signedInPage(DEMO.customer, "/");
    await pageLoaded(customer);
    const usage = customer
      .getByRole("region", { name: "Your usage", exact: true })
      .getByRole("table", { name: "Your usage" });
    const pro = rowWith(usage, "Pro");
    await pro.waitFor();
    expect(await cellsByHeader(usage, pro)).toMatchObject({
      Product: "Pro",
      Agents: "30 agents",
      "Licenses assigned": "25 licenses",
      Coverage: "5 over5 agents are not covered; ask your reseller for more licenses.",
    });
    expect(await axeFindings(customer)).toEqual([]);
    await screenshot(customer, "license-usage-8-portal");
    expect(errors).toEqual([]);
  });

  it("three days over the licenses mail the billing contacts a link that opens the change with its price", async () => {
    const run = () => server.services.get(ScheduledWork).run();
    for (const day of ["2026-12-01", "2026-12-02", "2026-12-03"]) {
      server.clock.set(`${day}T09:30:00Z`);
      await run();
    }
    const [mail]: Array<{ data: { link: string; licensesToAdd: number } }> = await server.dataSource.query(
      "SELECT data FROM outbox WHERE recipient = $1 AND template = 'usage_over_licenses'",
      [DEMO.owner.email],
    );
    expect(mail.data.licensesToAdd).toBe(5);
    const link = new URL(mail.data.link);
    expect(link.pathname).toBe("/billing");
    expect(link.searchParams.get("quantity")).toBe("30");

    const { page: owner, errors } = await signedInPage(DEMO.owner, `${link.pathname}${link.search}`);
    const change = owner.getByRole("dialog", { name: /^Change quantity/ });
    await change.waitFor();
    expect(await change.getByRole("textbox", { name: /^Licenses/ }).inputValue()).toBe("30");
    // The price of the 5 licenses for the rest of the year shows before anything is bought.
    await change.getByText("Adds 5 licenses now.", { exact: false }).waitFor();
    await screenshotDialog(owner, "license-usage-9-linked-change");
    await change.getByRole("button", { name: "Change quantity" }).click();
    await owner.getByText("Licenses added").waitFor();
    await change.waitFor({ state: "hidden" });
    // The address no longer opens the dialog.
    expect(new URL(owner.url()).search).toBe("");
    const [subscription] = await server.dataSource.query(
      "SELECT quantity FROM subscription s JOIN account a ON a.id = s.reseller_id WHERE a.name = 'Northwind IT'",
    );
    expect(subscription.quantity).toBe(30);
    expect(errors).toEqual([]);
  });

  it("staff revoke the key, and a report with it is refused with 401", async () => {
    const { page: staff, errors } = await signedInPage(DEMO.staff, "/ingestion-keys");
    await pageLoaded(staff);
    const keys = staff.getByRole("table", { name: "Ingestion keys" });
    const row = rowWith(keys, KEY_NAME);
    // The report above used it.
    expect((await cellsByHeader(keys, row))["Last used"]).toMatch(/^1 Dec 2026, \d{2}:\d{2} UTC$/);

    await row.getByRole("button", { name: `Revoke ${KEY_NAME}` }).click();
    const confirm = staff.getByRole("dialog", { name: "Revoke ingestion key" });
    await confirm.getByText("Usage reports sent with it are refused at once", { exact: false }).waitFor();
    await settled(staff);
    await screenshot(staff, "license-usage-10-revoke");
    await confirm.getByRole("button", { name: "Revoke key" }).click();
    await confirm.waitFor({ state: "hidden" });
    await staff.getByText("Ingestion key revoked").waitFor();
    await row.getByText("Revoked", { exact: true }).waitFor();
    expect(await row.getByRole("button", { name: `Revoke ${KEY_NAME}` }).count()).toBe(0);
    await settled(staff);
    await screenshot(staff, "license-usage-11-revoked");

    const refused = await report(secret, "contoso-2026-12-01T08");
    expect(refused.status).toBe(401);
    expect(errors).toEqual([]);
  });
});
