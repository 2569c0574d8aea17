import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { DEMO, signedIn } from "../support/accounts.js";
import { launchBrowser, screenshot, watchPageErrors } from "../support/browser.js";
import { MailSink } from "../support/mail-sink.js";
import { overflow } from "../support/page-parts.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { OWNER_PAGES, pageLoaded, settled, signInThroughPage } from "../support/spa.js";
import { WebhookReceiver } from "../support/webhook-receiver.js";

const PURCHASE = graphql(`mutation PhoneRowActionsPurchase($input: SubscriptionPurchaseInput!) {
  subscriptionPurchase(input: $input) { subscription { id } userErrors { code field message } }
}`);

/** A small phone, held upright. */
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } as const;

/**
 * The controls of the page that are smaller than 44 px to the touch, as "name (w×h)". Links inside
 * a sentence are exempt, as WCAG's target-size rule exempts them.
 */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(`[...document.querySelectorAll("button, a[href], input:not([type=hidden]), [role=button], [role=checkbox], [role=switch], [role=combobox]")]
    .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden")
    .filter((el) => !el.closest("[inert]"))
    .filter((el) => !(el.tagName === "A" && el.closest("p, li, dd, figcaption, footer")))
    .filter((el) => !el.classList.contains("rh-skip-link"))
    .map((el) => {
      // What a finger hits: a checkbox or switch with the label around it, a text field with its frame.
      const area = el.closest("label, .mantine-Checkbox-body, .mantine-Radio-body, .mantine-Switch-body, .mantine-Input-wrapper, .mantine-SegmentedControl-control") || el;
      const box = area.getBoundingClientRect();
      return { name: (el.getAttribute("aria-label") || el.textContent || el.tagName).trim().slice(0, 40), w: box.width, h: box.height };
    })
    // Inputs drawn by their label alone (a segmented control's radios) have no size of their own.
    .filter((t) => t.w > 0 && t.h > 0)
    .filter((t) => t.w < 43.5 || t.h < 43.5)
    .map((t) => t.name + " (" + Math.round(t.w) + "x" + Math.round(t.h) + ")")`) as Promise<string[]>;
}

/**
 * What inside `scope` (the open dialog, the page's main area) is wider than its box, as "what
 * (scroll width > width)": the tables, the boxes that scroll (a table's scroll container, a
 * dialog's body and frame, a card), and the page itself. Also each table row whose cells still sit
 * side by side rather than one under the other, as "row N of table: side by side".
 */
function sideways(page: Page, scope: "main" | "[role=dialog]"): Promise<string[]> {
  return page.evaluate(`(() => {
    const scope = document.querySelector(${JSON.stringify(scope)});
    const found = [];
    const name = (el) => el.getAttribute("aria-label") || el.className.toString().split(" ").find((c) => c.startsWith("mantine-")) || el.tagName.toLowerCase();
    const boxes = [scope, ...scope.querySelectorAll("table, [role=table], .mantine-ScrollArea-viewport, .mantine-Modal-body, .mantine-Modal-content, .mantine-Card-root")];
    for (const el of boxes) {
      if (el.getClientRects().length === 0) continue;
      if (el.scrollWidth > el.clientWidth + 1) found.push(name(el) + " (" + el.scrollWidth + " > " + el.clientWidth + ")");
      if (el.getBoundingClientRect().right > window.innerWidth + 1) found.push(name(el) + " reaches past the screen");
    }
    for (const table of scope.querySelectorAll("table")) {
      [...table.querySelectorAll("tbody tr")].forEach((row, index) => {
        const cells = [...row.children].filter((cell) => cell.getClientRects().length > 0).map((cell) => cell.getBoundingClientRect());
        if (cells.some((cell, i) => i > 0 && cell.top < cells[i - 1].bottom - 1)) found.push("row " + (index + 1) + " of " + name(table) + ": side by side");
      });
    }
    if (document.documentElement.scrollWidth > window.innerWidth) found.push("the page (" + document.documentElement.scrollWidth + " > " + window.innerWidth + ")");
    return found;
  })()`) as Promise<string[]>;
}

/**
 * A screenshot of the whole page and of the whole of an open dialog, however long: for the picture
 * the screen grows as tall as the dialog's content, at the same width.
 */
async function screenshotWhole(page: Page, name: string): Promise<void> {
  const height = (await page.evaluate(
    `Math.max(0, ...[...document.querySelectorAll(".mantine-Modal-content")].map((el) => el.scrollHeight + 240))`,
  )) as number;
  if (height > PHONE.viewport.height) await page.setViewportSize({ ...PHONE.viewport, height });
  await settled(page);
  await screenshot(page, name);
  await page.setViewportSize(PHONE.viewport);
}

/** Whether any of the element shows within the 360 px wide screen. */
async function onScreen(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  return box !== null && box.x + box.width > 0 && box.x < PHONE.viewport.width;
}

describe("phone: at 360 px no page scrolls sideways, the menu is a burger, row actions stay on screen", () => {
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

  async function phoneAs(person?: { email: string; password: string }, path = "/"): Promise<Page> {
    const page = await (await browser.newContext(PHONE)).newPage();
    if (person) await signInThroughPage(page, server.url, person, path);
    return page;
  }

  /** Visits each path and records what sticks out sideways and which controls are too small. */
  async function check(page: Page, paths: readonly string[]): Promise<Record<string, string[]>> {
    const found: Record<string, string[]> = {};
    for (const path of paths) {
      if (new URL(page.url()).pathname !== path) await page.goto(`${server.url}${path}`);
      await pageLoaded(page);
      const problems = await smallTargets(page);
      const wider = await overflow(page);
      if (wider > 0) problems.unshift(`scrolls sideways by ${wider} px`);
      if (problems.length > 0) found[path] = problems;
    }
    return found;
  }

  it("signed out, the customer and vendor staff: every page fits and every control is 44 px", async () => {
    const signedOut = await phoneAs();
    await signedOut.goto(`${server.url}/sign-in`);
    const found = await check(signedOut, ["/sign-in", "/status"]);
    await signedOut.goto(`${server.url}/activate?token=not-a-real-token`);
    Object.assign(found, await check(signedOut, ["/activate"]));

    const customer = await phoneAs(DEMO.customer, "/my-account");
    Object.assign(found, await check(customer, ["/my-account", "/"]));

    const staff = await phoneAs(DEMO.staff);
    const staffFound = await check(staff, [
      "/",
      "/resellers",
      "/payments",
      "/catalog",
      "/tiers",
      "/ingestion-keys",
      "/resellers-audit-log",
    ]);
    for (const [path, problems] of Object.entries(staffFound)) found[`staff ${path}`] = problems;
    expect(found).toEqual({});
  });

  it("the owner and a viewer: every page fits and every control is 44 px", async () => {
    const owner = await phoneAs(DEMO.owner);
    const errors = watchPageErrors(owner);
    const found = await check(owner, [...OWNER_PAGES, "/status"]);
    await owner.goto(`${server.url}/customers`);
    await owner.getByRole("link", { name: "Contoso Ltd" }).click();
    Object.assign(found, await check(owner, [new URL(owner.url()).pathname]));

    const viewer = await phoneAs(DEMO.viewer);
    const viewerFound = await check(viewer, ["/", "/customers", "/billing"]);
    for (const [path, problems] of Object.entries(viewerFound)) found[`viewer ${path}`] = problems;
    expect(found).toEqual({});
    expect(errors).toEqual([]);
  });

  it("the navigation is a burger menu that opens, navigates and closes", async () => {
    const page = await phoneAs(DEMO.owner);
    await pageLoaded(page);
    const nav = page.getByRole("navigation", { name: "Main" });
    const burger = page.getByRole("button", { name: "Navigation" });
    const billing = nav.getByRole("link", { name: "Billing" });
    expect(await onScreen(billing)).toBe(false);
    expect(await burger.getAttribute("aria-expanded")).toBe("false");
    // Closed, the menu is out of the Tab order: Tab goes from the skip link to the burger.
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement.textContent")).toBe("Skip to content");
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement.getAttribute('aria-label')")).toBe("Navigation");

    await burger.click();
    await expect.poll(() => onScreen(billing)).toBe(true);
    expect(await burger.getAttribute("aria-expanded")).toBe("true");
    await billing.click();
    await page.waitForURL((url) => url.pathname === "/billing");
    // The page's code arrives after the address changes; its heading says it is there.
    await page.getByRole("heading", { level: 1, name: "Billing" }).waitFor();
    await pageLoaded(page);
    // Having taken the person there, the menu is out of the way again.
    await expect.poll(() => onScreen(billing)).toBe(false);
    expect(await burger.getAttribute("aria-expanded")).toBe("false");
  });

  it("a row's actions are on screen and work: a subscription's quantity, a customer's Unassign", async () => {
    // Pro licenses bought straight into Contoso, so that both lists have a row with actions.
    const page = await phoneAs(DEMO.owner, "/customers");
    await page.getByRole("link", { name: "Contoso Ltd" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/customers/"));
    const customerId = new URL(page.url()).pathname.split("/").at(-1) as string;
    const api = await signedIn(server, DEMO.owner);
    const { subscriptionPurchase } = await api.query(PURCHASE, {
      input: { productCode: "PRO", period: "YEARLY", quantity: 5, paymentMethod: "CARD", customerId },
    });
    expect(subscriptionPurchase.userErrors).toEqual([]);

    await page.goto(`${server.url}/billing`);
    await pageLoaded(page);
    const subscriptions = page.getByRole("table", { name: "Subscriptions" });
    const change = subscriptions.getByRole("button", { name: /^Change quantity of / }).first();
    await change.waitFor();
    const box = await change.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
    await change.click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    expect(await dialog.getByRole("heading").first().textContent()).toMatch(/quantity/i);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    // Focus goes back to the button that opened the dialog.
    await expect
      .poll(() => page.evaluate("document.activeElement.getAttribute('aria-label')"))
      .toMatch(/^Change quantity of /);

    await page.goto(`${server.url}/customers`);
    await page.getByRole("link", { name: "Contoso Ltd" }).click();
    await pageLoaded(page);
    const unassign = page
      .getByRole("table", { name: "Assigned subscriptions" })
      .getByRole("button", { name: "Unassign" })
      .first();
    const unassignBox = await unassign.boundingBox();
    expect(unassignBox && unassignBox.x + unassignBox.width <= 360 && unassignBox.height >= 44).toBe(true);
    await unassign.click();
    await page.getByRole("dialog", { name: "Unassign subscription" }).waitFor();
  });
});

describe("phone: at 360 px the tables in dialogs and breakdowns are cards, and nothing scrolls sideways", () => {
  let server: TestServer;
  let sink: MailSink;
  let receiver: WebhookReceiver;
  let browser: Browser;

  beforeAll(async () => {
    // Webhook deliveries are made by the job queue's workers, which run when the server has mail to send.
    sink = await MailSink.start();
    receiver = await WebhookReceiver.start();
    server = await startTestServer({
      seed: true,
      now: "2026-12-01T09:00:00Z",
      smtpUrl: sink.smtpUrl,
      jobs: { pollingIntervalSeconds: 0.5 },
    });
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await receiver?.stop();
    await sink?.down();
  });

  async function phoneAs(person: { email: string; password: string }, path: string): Promise<Page> {
    const page = await (await browser.newContext(PHONE)).newPage();
    await signInThroughPage(page, server.url, person, path);
    await pageLoaded(page);
    return page;
  }

  it("the owner: the price breakdown and volume bands, the purchase wizard, an invoice's lines, a delivery's attempts", async () => {
    const found: Record<string, string[]> = {};
    const look = async (page: Page, what: string, scope: "main" | "[role=dialog]") => {
      await settled(page);
      const problems = await sideways(page, scope);
      if (problems.length > 0) found[what] = problems;
      await screenshotWhole(page, `phone-table-${what}`);
    };

    const page = await phoneAs(DEMO.owner, "/pricing");
    const errors = watchPageErrors(page);
    await page.getByRole("combobox", { name: "Product" }).click();
    await page.getByRole("option", { name: "Pro", exact: true }).click();
    await page.getByRole("textbox", { name: "Quantity" }).fill("100");
    const breakdown = page.getByRole("table", { name: "Price breakdown" });
    await breakdown.getByRole("rowheader", { name: "Volume discount (10 %)" }).waitFor();
    await page.getByRole("table", { name: "Volume discounts for Pro" }).waitFor();
    await look(page, "pricing-breakdown", "main");

    // The purchase wizard: the breakdown in its first step, the summary in its last.
    await page.goto(`${server.url}/billing`);
    await pageLoaded(page);
    await page.getByRole("button", { name: "Add subscription" }).first().click();
    const wizard = page.getByRole("dialog", { name: "Add subscription", exact: true });
    await wizard.getByRole("textbox", { name: "Quantity" }).fill("60");
    await wizard.getByRole("table", { name: "Price breakdown" }).getByText("licenses, for a year").waitFor();
    await look(page, "purchase-licenses", "[role=dialog]");
    await wizard.getByRole("button", { name: "Next", exact: true }).click();
    await wizard.getByRole("textbox", { name: "Partner discount code" }).waitFor();
    await wizard.getByRole("button", { name: "Next", exact: true }).click();
    await wizard.getByRole("radio", { name: /^Visa •••• 4242/ }).check();
    await wizard.getByRole("button", { name: "Next", exact: true }).click();
    await wizard.getByRole("table", { name: "Purchase summary" }).waitFor();
    await look(page, "purchase-summary", "[role=dialog]");
    await wizard.getByRole("button", { name: "Cancel" }).click();
    await wizard.waitFor({ state: "detached" });

    // An invoice to read, from a purchase made through the API.
    const api = await signedIn(server, DEMO.owner);
    const { subscriptionPurchase } = await api.query(PURCHASE, {
      input: { productCode: "PRO", period: "YEARLY", quantity: 60, paymentMethod: "CARD" },
    });
    expect(subscriptionPurchase.userErrors).toEqual([]);
    await page.reload();
    await pageLoaded(page);
    await page.getByRole("tab", { name: "Invoices" }).click();
    await page
      .getByRole("button", { name: /^Lines of invoice / })
      .first()
      .click();
    const invoice = page.getByRole("dialog", { name: /^Invoice / });
    await invoice.getByRole("table", { name: /^Lines of invoice / }).waitFor();
    await look(page, "invoice-lines", "[role=dialog]");
    await page.keyboard.press("Escape");
    await invoice.waitFor({ state: "detached" });

    // A webhook endpoint, whose creation is its first delivery, and that delivery's attempts.
    await page.goto(`${server.url}/settings/webhooks`);
    await pageLoaded(page);
    await page.getByRole("button", { name: "Add endpoint" }).first().click();
    const add = page.getByRole("dialog", { name: "Add endpoint" });
    await add.getByRole("textbox", { name: "URL" }).fill(receiver.url);
    await add.getByRole("button", { name: "Add endpoint" }).click();
    await page
      .getByRole("dialog", { name: "Your endpoint's signing secret" })
      .getByRole("button", { name: "Done" })
      .click();
    const log = page.getByRole("table", { name: "Deliveries" });
    await page
      .getByRole("table", { name: "Webhook endpoints" })
      .getByRole("button", { name: "Deliveries" })
      .click();
    await log.getByText("Delivered").first().waitFor({ timeout: 15_000 });
    await log.getByRole("button", { name: "Details" }).first().click();
    const attempts = page.getByRole("dialog", { name: "webhook_endpoint.created" });
    await attempts.getByText("thanks").waitFor();
    await look(page, "delivery-attempts", "[role=dialog]");

    expect(found).toEqual({});
    expect(errors).toEqual([]);
  });

  it("vendor staff: a product's volume bands in its form", async () => {
    const page = await phoneAs(DEMO.staff, "/catalog");
    await page.getByRole("button", { name: "Edit Pro" }).click();
    const dialog = page.getByRole("dialog", { name: "Edit Pro" });
    await dialog.getByRole("table", { name: "Volume bands" }).waitFor();
    await screenshotWhole(page, "phone-table-product-bands");
    expect(await sideways(page, "[role=dialog]")).toEqual([]);
    // Removing a band and adding one are within reach of a finger too.
    expect(await smallTargets(page)).toEqual([]);
  });
});
