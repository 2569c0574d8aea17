import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO } from "../support/accounts.js";
import { launchBrowser, screenshot, watchPageErrors } from "../support/browser.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { signInThroughPage } from "../support/spa.js";

describe("the SPA served by the server", () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer({ seed: true, now: "2026-12-01T14:05:00Z" });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows the health answer from /graphql on the System status page", async () => {
    const page = await browser.newPage();
    const errors = watchPageErrors(page);

    await signInThroughPage(page, server.url, DEMO.owner);
    await page.getByRole("heading", { name: "Welcome, Olivia Owner" }).waitFor();
    await page.getByRole("navigation").getByRole("link", { name: "System status" }).click();
    await page.waitForURL(`${server.url}/status`);

    const card = page.getByText("API server").locator("xpath=ancestor::div[contains(@class,'Card')][1]");
    await card.getByText("ok", { exact: true }).waitFor();
    expect(await card.getByText("external", { exact: true }).isVisible()).toBe(true);
    // The server's clock, through the SPA's one date formatter.
    expect(await card.getByText("1 Dec 2026, 14:05 UTC").isVisible()).toBe(true);
    await screenshot(page, "system-status");

    expect(errors).toEqual([]);
  });

  it("shows the status to anyone, and sends strangers to sign in before anything else", async () => {
    const page = await browser.newPage();
    const errors = watchPageErrors(page);

    // Public: no sign-in needed to see whether the service is up.
    await page.goto(`${server.url}/status`);
    await page.getByText("API server").waitFor();
    expect(await page.getByRole("navigation").getByRole("link").allTextContents()).toEqual(["System status"]);

    // Any other address asks for sign-in first and returns there after it.
    await signInThroughPage(page, server.url, DEMO.owner, "/no-such-page");
    await page
      .getByText(/not found/i)
      .first()
      .waitFor();
    await screenshot(page, "not-found");

    expect(errors).toEqual([]);
  });
});
