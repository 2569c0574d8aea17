import type { Page } from "playwright-core";

/**
 * Signs in through the SPA's sign-in page, as a person would, starting from `path` (which,
 * signed out, sends them to sign-in first) and waits until the app took them back there.
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
  await page.waitForURL((url) => url.pathname === path);
}

/** Waits until CSS transitions (a dialog fading in, a menu opening) have finished, e.g. before a screenshot. */
export async function settled(page: Page): Promise<void> {
  // A string, as it runs in the page: the tests are compiled without the DOM's types.
  await page.waitForFunction(
    "document.getAnimations().every((animation) => animation.playState !== 'running')",
  );
}
