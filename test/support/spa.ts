import type { Page } from "playwright-core";

/**
 * Signs in through the SPA's sign-in page, as a person would, starting from `path` (which,
 * signed out, sends them to sign-in first) and waits until the app took them back there, with
 * the path's query, such as a link's.
 */
export async function signInThroughPage(
  page: Page,
  baseUrl: string,
  person: { email: string; password: string },
  path = "/",
): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.waitForURL((url) => url.pathname === "/sign-in");
  // Labels of required fields end in an asterisk, hidden from screen readers but not from getByLabel.
  await page.getByRole("textbox", { name: "Email", exact: true }).fill(person.email);
  await page.getByLabel(/^Password/).fill(person.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  const target = new URL(path, baseUrl);
  await page.waitForURL((url) => url.pathname === target.pathname && url.search === target.search);
}

/** Waits until CSS transitions (a dialog fading in, a menu opening) have finished, e.g. before a screenshot. */
export async function settled(page: Page, timeoutMs = 10_000): Promise<void> {
  // Polled with `evaluate`, which the page's Content-Security-Policy allows (a string given to
  // `waitForFunction` is compiled in the page, and the policy forbids that); a string, as it runs
  // in the page and the tests are compiled without the DOM's types.
  const until = Date.now() + timeoutMs;
  while (await page.evaluate("document.getAnimations().some((a) => a.playState === 'running')")) {
    if (Date.now() > until) throw new Error("animations still running after the timeout");
    await page.waitForTimeout(50);
  }
}

/** Waits until a page of the SPA shows its heading and has nothing left loading. */
export async function pageLoaded(page: Page): Promise<void> {
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  await page.locator('[aria-busy="true"], [aria-label="Loading"]').first().waitFor({ state: "detached" });
  await settled(page);
}

/** Every page of a reseller account's owner, as the navigation lists them. */
export const OWNER_PAGES = [
  "/",
  "/pricing",
  "/customers",
  "/billing",
  "/quote-requests",
  "/notices",
  "/team",
  "/api-keys",
  "/settings/webhooks",
  "/audit-log",
  "/account",
  "/developers",
] as const;
