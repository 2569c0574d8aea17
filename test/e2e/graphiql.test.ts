import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO } from "../support/accounts.js";
import { launchBrowser, screenshot, watchPageErrors } from "../support/browser.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { signInThroughPage } from "../support/spa.js";

// Where the server offers the explorer outside production.
const GRAPHIQL_PATH = "/graphiql";

/** Replaces the operation in GraphiQL's editor, runs it and gives back the result as JSON. */
async function runOperation(page: Page, operation: string): Promise<unknown> {
  const editor = page.getByRole("region", { name: "Operation Editor" }).locator(".monaco-editor");
  await editor.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  // Inserted as a whole, as a paste would be, so the editor does not close brackets on its own.
  await page.keyboard.insertText(operation);

  const request = page.waitForRequest(
    (req) => req.url().endsWith("/graphql") && (req.postData() ?? "").includes(operation),
  );
  await page.getByRole("button", { name: /^Execute query/ }).click();
  // The API refuses POSTs without a JSON content type, as possible cross-site request forgery.
  expect((await request).headers()["content-type"]).toBe("application/json");

  const result = page.getByRole("region", { name: "Result Window" });
  await result
    .getByText(/"(data|errors)"/)
    .first()
    .waitFor();
  // The editor's lines in order; Monaco draws spaces as no-break spaces.
  const text = (await result.locator(".view-lines").textContent()) ?? "";
  return JSON.parse(text.replace(/\u00a0/g, " "));
}

async function openGraphiQL(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}${GRAPHIQL_PATH}`);
  await page.getByRole("region", { name: "Operation Editor" }).locator(".monaco-editor").waitFor();
}

describe("the GraphiQL explorer for integrators", () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer({ seed: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("runs a query against /graphql and shows the API's docs", async () => {
    const page = await browser.newPage();
    const errors = watchPageErrors(page);
    const hosts = new Set<string>();
    page.on("request", (request) => hosts.add(new URL(request.url()).host));

    await openGraphiQL(page, server.url);
    expect(await runOperation(page, "{ tiers { code name } }")).toEqual({
      data: {
        tiers: [
          { code: "BRONZE", name: "Bronze" },
          { code: "SILVER", name: "Silver" },
          { code: "GOLD", name: "Gold" },
        ],
      },
    });

    // The docs come from the schema GraphiQL read through the same endpoint.
    await page.getByRole("button", { name: "Show Documentation Explorer" }).click();
    const docs = page.locator(".graphiql-doc-explorer");
    await docs.getByText("Query", { exact: true }).first().click();
    await docs.getByText("The partner tiers and their terms, lowest first.").waitFor();
    await screenshot(page, "graphiql");

    // Everything, the editor's workers included, comes from the server itself.
    expect([...hosts]).toEqual([new URL(server.url).host]);
    expect(errors).toEqual([]);
  });

  it("runs queries as the person signed in to the app", async () => {
    const page = await browser.newPage();
    const errors = watchPageErrors(page);

    await signInThroughPage(page, server.url, DEMO.owner);
    await openGraphiQL(page, server.url);
    expect(await runOperation(page, "{ viewer { user { email } role } }")).toEqual({
      data: { viewer: { user: { email: DEMO.owner.email }, role: "OWNER" } },
    });

    expect(errors).toEqual([]);
  });
});
