import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { DEMO, signedIn } from "../support/accounts.js";
import { launchBrowser, screenshot, watchPageErrors } from "../support/browser.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { signInThroughPage } from "../support/spa.js";

const CREATE_KEY = graphql(`mutation DevelopersApiKeyCreate($input: ApiKeyCreateInput!) {
  apiKeyCreate(input: $input) { secret userErrors { code field message } }
}`);

const CUSTOMER_COUNT = graphql(`query DevelopersCustomerCount { customers(first: 1) { totalCount } }`);

/** The parts of a `curl -s URL -H '…' -d '…'` command as the page shows it. */
function parseCurl(command: string): { url: string; headers: Record<string, string>; body: string } {
  const url = /^curl -s (\S+)/.exec(command)?.[1];
  const body = /-d '(.*)'\s*$/s.exec(command)?.[1];
  if (!url || body === undefined) throw new Error(`not a curl command as expected:\n${command}`);
  const headers: Record<string, string> = {};
  for (const [, header] of command.matchAll(/-H '([^']*)'/g)) {
    const colon = header.indexOf(":");
    headers[header.slice(0, colon).trim()] = header.slice(colon + 1).trim();
  }
  return { url, headers, body };
}

describe("the For developers page", () => {
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

  it("shows a member this server's endpoint, and its copied curl query works with a real key", async () => {
    const context = await browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    const page = await context.newPage();
    const errors = watchPageErrors(page);

    await signInThroughPage(page, server.url, DEMO.member, "/developers");
    await page.getByRole("heading", { name: "For developers", exact: true }).waitFor();
    const nav = page.getByRole("navigation", { name: "Main" });
    expect(await nav.getByRole("link", { name: "For developers" }).getAttribute("aria-current")).toBe("page");

    for (const topic of [
      "The endpoint",
      "Create an API key",
      "A first query",
      "Paging",
      "Errors",
      "Rate limits",
      "Idempotency keys",
      "Verifying webhooks",
      "Explore the API",
    ]) {
      expect(await page.getByRole("region", { name: topic }).isVisible(), topic).toBe(true);
    }
    // A member does not manage keys, so the page names who does.
    expect(await page.getByText("The account owner creates keys on the API keys page").isVisible()).toBe(
      true,
    );
    expect(await page.getByRole("link", { name: "GraphQL explorer" }).first().getAttribute("href")).toBe(
      "/graphiql",
    );
    const verify = page.getByRole("figure", { name: "Verify a webhook in Python" });
    expect(await verify.textContent()).toContain("from standardwebhooks.webhooks import Webhook");

    const example = page.getByRole("figure", { name: "First query with curl" });
    const shown = (await example.locator("pre").textContent()) ?? "";
    expect(shown).toContain(`curl -s ${server.url}/graphql`);

    await example.getByRole("button", { name: "Copy: First query with curl" }).click();
    await example.getByRole("button", { name: "Copy: First query with curl" }).getByText("Copied").waitFor();
    const copied = String(await page.evaluate("navigator.clipboard.readText()"));
    expect(copied).toBe(shown);
    await screenshot(page, "developers-page");
    expect(errors).toEqual([]);

    // The owner makes a read-only key; the copied command, with it in place of the placeholder, answers.
    const owner = await signedIn(server, DEMO.owner);
    const created = await owner.query(CREATE_KEY, { input: { name: "PSA sync", scope: "READ" } });
    expect(created.apiKeyCreate.userErrors).toEqual([]);
    const secret = created.apiKeyCreate.secret;
    if (!secret) throw new Error("no key secret");

    const curl = parseCurl(copied);
    expect(curl.headers.authorization).toBe("Bearer YOUR_API_KEY");
    const response = await fetch(curl.url, {
      method: "POST",
      headers: { ...curl.headers, authorization: `Bearer ${secret}` },
      body: curl.body,
    });
    expect(response.status).toBe(200);
    expect(Number(response.headers.get("ratelimit-limit"))).toBeGreaterThan(0);
    const answer = (await response.json()) as {
      errors?: unknown;
      data: {
        customers: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean };
          nodes: Array<{ id: string; companyName: string; email: string; status: string }>;
        };
      };
    };
    expect(answer.errors).toBeUndefined();
    const { customers } = await owner.query(CUSTOMER_COUNT);
    expect(answer.data.customers.totalCount).toBe(customers.totalCount);
    expect(answer.data.customers.nodes.length).toBe(Math.min(10, customers.totalCount));
    expect(answer.data.customers.nodes.map((c) => c.email)).toContain(DEMO.customer.email);
  });
});
