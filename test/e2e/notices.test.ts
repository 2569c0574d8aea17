import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScheduledWork } from "../../server/src/jobs/scheduled-work.js";
import type { SubscriptionPurchaseInput } from "../generated/graphql.js";
import { graphql } from "../generated/index.js";
import { DEMO, signedIn } from "../support/accounts.js";
import { launchBrowser, screenshot, watchPageErrors } from "../support/browser.js";
import type { GraphQLClient } from "../support/graphql-client.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { settled, signInThroughPage } from "../support/spa.js";

/** The year the story runs in, on the server's clock. */
const YEAR = 2026;

const PURCHASE = graphql(`mutation NoticesJourneyPurchase($input: SubscriptionPurchaseInput!) {
  subscriptionPurchase(input: $input) { subscription { id } userErrors { code field message } }
}`);
const CUSTOMERS = graphql(`query NoticesJourneyCustomers($search: String) {
  customers(first: 5, search: $search, sort: COMPANY_NAME_ASC) { nodes { id companyName } }
}`);

/** Buys a subscription through the API, as an integration of the reseller's would. */
async function buy(client: GraphQLClient, input: SubscriptionPurchaseInput): Promise<void> {
  const { subscriptionPurchase } = await client.query(PURCHASE, { input });
  expect(subscriptionPurchase.userErrors).toEqual([]);
}

/** The id of a customer of the reseller's list, by its exact company name. */
async function customerId(client: GraphQLClient, companyName: string): Promise<string> {
  const { customers } = await client.query(CUSTOMERS, { search: companyName });
  const found = customers.nodes.find((customer) => customer.companyName === companyName);
  if (!found) throw new Error(`${companyName} is not on the list`);
  return found.id;
}

function noticesTable(page: Page): Locator {
  return page.getByRole("table", { name: "Upcoming renewals and terminations" });
}

/** Every row of the list on screen, as the cells read. */
async function noticeRows(page: Page): Promise<string[][]> {
  const rows = await noticesTable(page).locator("tbody tr").all();
  return Promise.all(rows.map((row) => row.getByRole("cell").allTextContents()));
}

/** Picks how far ahead the list looks. */
async function showNext(page: Page, label: "30 days" | "90 days" | "365 days"): Promise<void> {
  await page
    .getByRole("radiogroup", { name: "Coming up in the next" })
    .getByText(label, { exact: true })
    .click();
}

// Worked out by hand. The monthly Enterprise, bought 10 Jan 09:00 with renewal off, ends 10 Feb;
// its termination notice is due 7 days before, 3 Feb. The yearly Pro ends 10 Jan a year on;
// its renewal notice is due 90 days before, 12 Oct. 40 × €24.95 = €998.00, no volume band
// below 50 licenses, Gold's 75 % off: €249.50.
const MONTHLY_END = [
  `10 Feb ${YEAR}`,
  "Ends",
  "Enterprise",
  "Monthly",
  "25",
  "—",
  "Contoso Ltd",
  `Sent 3 Feb ${YEAR}`,
];
const YEARLY_RENEWAL = [
  `10 Jan ${YEAR + 1}`,
  "Renews",
  "Pro",
  "Yearly",
  "40",
  "€249.50",
  "Not assigned",
  `Goes out 12 Oct ${YEAR}`,
];
/** Seven days before 3 Mar 2026. */
const SEVEN_DAYS_BEFORE_3_MARCH = 24;

describe("notices: what renews or ends soon, and whether the billing contacts were told", () => {
  let server: TestServer;
  let browser: Browser;
  let gold: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer({ seed: true, now: `${YEAR}-01-10T09:00:00Z` });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("says so when nothing renews or ends in the window", async () => {
    const owner = await (await browser.newContext()).newPage();
    const ownerErrors = watchPageErrors(owner);
    await signInThroughPage(owner, server.url, DEMO.owner, "/");
    // Next to Billing in the navigation.
    const nav = owner.getByRole("navigation");
    await nav.getByRole("link", { name: "Notices" }).waitFor();
    const links = await nav.getByRole("link").allTextContents();
    expect(links.slice(links.indexOf("Billing"), links.indexOf("Billing") + 2)).toEqual([
      "Billing",
      "Notices",
    ]);
    await nav.getByRole("link", { name: "Notices" }).click();
    await owner.getByRole("heading", { name: "Notices", exact: true }).waitFor();
    expect(
      await owner
        .getByText(
          "Billing contacts get a notice 90 days before a yearly period ends, 30 days before a quarterly one and 7 days before a monthly one.",
        )
        .isVisible(),
    ).toBe(true);
    await owner.getByText("Nothing renews or ends in the next 90 days.").waitFor();
    await settled(owner);
    await screenshot(owner, "notices-1-empty");
    expect(ownerErrors).toEqual([]);
  });

  it("lists the coming renewal and termination soonest first; the monthly one's notice went out 7 days ahead", async () => {
    gold = await signedIn(server, DEMO.owner);
    await buy(gold, {
      productCode: "PRO",
      period: "YEARLY",
      quantity: 40,
      paymentMethod: "CARD",
      discountCode: "PD-NWIND-GOLD1",
    });
    await buy(gold, {
      productCode: "ENTERPRISE",
      period: "MONTHLY",
      quantity: 25,
      paymentMethod: "PAYPAL",
      customerId: await customerId(gold, "Contoso Ltd"),
      renew: false,
    });

    // The scheduler's run on 3 Feb mails the monthly termination notice.
    server.clock.set(`${YEAR}-02-03T09:00:00Z`);
    const report = await server.services.get(ScheduledWork).run();
    expect(report.notices).toMatchObject({ termination: 1, renewal: 0 });

    // The owner follows the mail's link to the Notices page.
    const owner = await (await browser.newContext()).newPage();
    const ownerErrors = watchPageErrors(owner);
    await signInThroughPage(owner, server.url, DEMO.owner, "/notices");

    // 90 days ahead by default: the yearly renewal is further away.
    await expect.poll(() => noticeRows(owner)).toEqual([MONTHLY_END]);
    expect(await owner.getByText("Showing 1 of 1").isVisible()).toBe(true);

    await showNext(owner, "365 days");
    await expect.poll(() => noticeRows(owner)).toEqual([MONTHLY_END, YEARLY_RENEWAL]);
    await owner.getByText("Showing 2 of 2").waitFor();
    await settled(owner);
    await screenshot(owner, "notices-2-next-year");

    // The next 30 days hold only the monthly end; the address keeps the choice across a reload.
    await showNext(owner, "30 days");
    await expect.poll(() => noticeRows(owner)).toEqual([MONTHLY_END]);
    expect(new URL(owner.url()).search).toBe("?within=30");
    await owner.reload();
    await expect.poll(() => noticeRows(owner)).toEqual([MONTHLY_END]);
    await settled(owner);
    await screenshot(owner, "notices-3-next-30-days");

    // The customer's name opens its page.
    await noticesTable(owner).getByRole("link", { name: "Contoso Ltd" }).click();
    await owner.getByRole("heading", { name: "Contoso Ltd", exact: true }).waitFor();
    expect(new URL(owner.url()).pathname).toBe(`/customers/${await customerId(gold, "Contoso Ltd")}`);

    expect(ownerErrors).toEqual([]);
  });

  it("shows a long list a page at a time, in date order across pages", async () => {
    // 25 more monthly subscriptions, bought on 3 Feb into the pool: each ends 3 Mar.
    for (let i = 0; i < 25; i += 1) {
      await buy(gold, {
        productCode: "PRO",
        period: "MONTHLY",
        quantity: 20,
        paymentMethod: "CARD",
        discountCode: "PD-NWIND-GOLD1",
      });
    }
    const owner = await (await browser.newContext()).newPage();
    const ownerErrors = watchPageErrors(owner);
    await signInThroughPage(owner, server.url, DEMO.owner, "/notices");
    await showNext(owner, "365 days");
    await owner.getByText("Showing 25 of 27").waitFor();
    const firstPage = await noticeRows(owner);
    expect(firstPage.map((row) => row[0])).toEqual([`10 Feb ${YEAR}`, ...Array(24).fill(`3 Mar ${YEAR}`)]);
    expect(firstPage[1]).toEqual([
      `3 Mar ${YEAR}`,
      "Renews",
      "Pro",
      "Monthly",
      "20",
      // 20 × €2.50 = €50.00; Gold's 75 % of it is €37.50 off: €12.50.
      "€12.50",
      "Not assigned",
      `Goes out ${SEVEN_DAYS_BEFORE_3_MARCH} Feb ${YEAR}`,
    ]);

    await owner.getByRole("button", { name: "Load more" }).click();
    await owner.getByText("Showing 27 of 27").waitFor();
    const rows = await noticeRows(owner);
    expect(rows.map((row) => row[0])).toEqual([
      `10 Feb ${YEAR}`,
      ...Array(25).fill(`3 Mar ${YEAR}`),
      `10 Jan ${YEAR + 1}`,
    ]);
    expect(rows.at(-1)?.[5]).toBe("€249.50");
    expect(await owner.getByRole("button", { name: "Load more" }).count()).toBe(0);
    await screenshot(owner, "notices-4-all-pages");

    expect(ownerErrors).toEqual([]);
  });
});
