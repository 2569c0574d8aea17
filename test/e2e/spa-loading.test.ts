import type { Browser, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO } from "../support/accounts.js";
import { launchBrowser, screenshot, watchPageErrors } from "../support/browser.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { signInThroughPage } from "../support/spa.js";

/** The GraphQL operations the page sent, by name, in order. */
function watchOperations(page: Page): string[] {
  const operations: string[] = [];
  page.on("request", (request: Request) => {
    if (!request.url().endsWith("/graphql") || request.method() !== "POST") return;
    const body = request.postDataJSON() as { operationName?: string } | null;
    operations.push(body?.operationName ?? "?");
  });
  return operations;
}

/** The scripts the page downloaded, by file name. */
function watchScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on("request", (request: Request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
}

describe("how the SPA loads", () => {
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

  it("asks who is signed in once, from index.html, and downloads a page's code only for that page", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchPageErrors(page);
    await signInThroughPage(page, server.url, DEMO.owner);
    await page.getByRole("heading", { name: "Welcome, Olivia Owner" }).waitFor();

    // A fresh load of /customers in the signed-in tab.
    const operations = watchOperations(page);
    const scripts = watchScripts(page);
    await page.goto(`${server.url}/customers`);
    await page.getByRole("heading", { name: "Customers", level: 1 }).waitFor();
    await page.getByRole("table").waitFor();

    // The viewer query went out once, before the app's code had run, and the app used its answer.
    expect(operations.filter((name) => name === "Viewer")).toHaveLength(1);
    expect(scripts.find((script) => script.includes("viewer-preload-"))).toBeDefined();
    // index.html asks for the viewer and for the page's list at once, in either order; nothing
    // the app's code asks for comes before the viewer's answer was asked for.
    expect(operations.slice(0, operations.indexOf("Viewer")).every((name) => name === "Customers")).toBe(
      true,
    );
    // The Customers page's code came, no other page's.
    expect(scripts.some((script) => /\/customers-page-[\w-]+\.js$/.test(script))).toBe(true);
    expect(scripts.some((script) => /\/billing-page-[\w-]+\.js$/.test(script))).toBe(false);

    // Pointing at a link downloads that page's code before the click.
    await page.getByRole("navigation").getByRole("link", { name: "Billing" }).hover();
    await expect.poll(() => scripts.some((script) => /\/billing-page-[\w-]+\.js$/.test(script))).toBe(true);
    // ...and focusing one with the keyboard too.
    await page.getByRole("navigation").getByRole("link", { name: "Notices" }).focus();
    await expect.poll(() => scripts.some((script) => /\/notices-page-[\w-]+\.js$/.test(script))).toBe(true);

    await page.getByRole("navigation").getByRole("link", { name: "Billing" }).click();
    await page.getByRole("heading", { name: "Billing", level: 1 }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the customers list is asked for from index.html, before the page's code has arrived, and asked once", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchPageErrors(page);
    await signInThroughPage(page, server.url, DEMO.owner);
    await page.getByRole("heading", { name: "Welcome, Olivia Owner" }).waitFor();

    // The customers page's code is held back; the list's query goes out all the same.
    let releasePageCode = () => {};
    const pageCodeHeld = new Promise<void>((release) => {
      releasePageCode = release;
    });
    await page.route(/\/assets\/customers-page-[\w-]+\.js$/, async (route) => {
      await pageCodeHeld;
      await route.continue();
    });
    const operations = watchOperations(page);
    await page.goto(`${server.url}/customers`);
    await expect.poll(() => operations.includes("Customers")).toBe(true);
    releasePageCode();

    await page.getByRole("heading", { name: "Customers", level: 1 }).waitFor();
    await page.getByRole("link", { name: "Contoso Ltd" }).first().waitFor();
    expect(operations.filter((name) => name === "Customers")).toHaveLength(1);
    // With a search in the address, the page asks for itself, with the search.
    await page.goto(`${server.url}/customers?search=fabrikam`);
    await page.getByRole("heading", { name: "Customers", level: 1 }).waitFor();
    await expect.poll(() => operations.filter((name) => name === "Customers").length).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a preloaded list that was refused (signed out then) does not stand in for the signed-in one", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const operations = watchOperations(page);
    // Opened signed out: index.html asks for the list, which is refused, and the app signs in.
    await signInThroughPage(page, server.url, DEMO.owner, "/customers");
    await page.getByRole("heading", { name: "Customers", level: 1 }).waitFor();
    await page.getByRole("link", { name: "Contoso Ltd" }).first().waitFor();
    expect(operations.filter((name) => name === "Customers")).toHaveLength(2);
    await context.close();
  });

  it("the index page of an address names that page's code, so it downloads alongside the app's", async () => {
    const preloads = async (path: string) => {
      const html = await (await fetch(`${server.url}${path}`)).text();
      return [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((m) => m[1]);
    };
    const pageChunk = (name: string) => new RegExp(`/${name}-[\\w-]+\\.js$`);

    const customers = await preloads("/customers?search=contoso");
    expect(customers.some((file) => pageChunk("customers-page").test(file ?? ""))).toBe(true);
    expect(customers.some((file) => pageChunk("billing-page").test(file ?? ""))).toBe(false);
    expect(
      (await preloads("/customers/42")).some((file) => pageChunk("customer-page").test(file ?? "")),
    ).toBe(true);
    expect((await preloads("/sign-in")).some((file) => pageChunk("sign-in-page").test(file ?? ""))).toBe(
      true,
    );
    // An address with no page gets the app's own code only.
    expect((await preloads("/no-such-page")).some((file) => /[a-z]-page-[\w-]+\.js$/.test(file ?? ""))).toBe(
      false,
    );
  });

  it("a sign-in is not undone by a preloaded answer that arrived late", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The preload's script arrives after the app has asked on its own, and its answer ("signed
    // out", as it was sent from the sign-in page) only once the person has signed in.
    await page.route(/\/assets\/viewer-preload-[\w-]+\.js$/, async (route) => {
      await new Promise((done) => setTimeout(done, 1500));
      await route.continue();
    });
    await signInThroughPage(page, server.url, DEMO.staff, "/");
    await page.getByRole("navigation").getByRole("link", { name: "Resellers" }).click();
    await page.getByRole("heading", { name: "Resellers", level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/resellers");
    await context.close();
  });

  it("says so in plain words, with a way to retry, when a page's code cannot be downloaded", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInThroughPage(page, server.url, DEMO.owner);
    await page.getByRole("heading", { name: "Welcome, Olivia Owner" }).waitFor();

    // As after a release that replaced the files this tab still asks for.
    await page.route(/\/assets\/notices-page-[\w-]+\.js$/, (route) =>
      route.fulfill({ status: 404, body: "" }),
    );
    await page.getByRole("navigation").getByRole("link", { name: "Notices" }).click();
    await page.getByRole("heading", { name: "This page could not be loaded" }).waitFor();
    expect(await page.getByText(/portal was updated since you opened it/).isVisible()).toBe(true);
    // The frame stays: the navigation still works.
    expect(await page.getByRole("navigation").getByRole("link", { name: "Customers" }).isVisible()).toBe(
      true,
    );
    await screenshot(page, "page-load-failed");

    // Once the file can be had again, Retry brings the page.
    await page.unroute(/\/assets\/notices-page-[\w-]+\.js$/);
    await page.getByRole("button", { name: "Retry" }).click();
    await page.getByRole("heading", { name: "Notices", level: 1 }).waitFor();
    await context.close();
  });
});
