import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, latestMail } from "../support/accounts.js";
import { type AxeViolation, seriousViolations } from "../support/axe.js";
import { launchBrowser, watchPageErrors } from "../support/browser.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { OWNER_PAGES, pageLoaded, settled, signInThroughPage } from "../support/spa.js";

type Person = { email: string; password: string };

/** The serious and critical violations of each page state, keyed by its name; empty when none. */
type Findings = Record<string, string[]>;

function summary(violations: AxeViolation[]): string[] {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.slice(0, 3).join(" | ")}`);
}

describe("accessibility: axe-core finds no serious or critical violation on any role's pages", () => {
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

  /** A page of a fresh browser context (axe is injected, which the CSP would refuse otherwise). */
  async function freshPage(options: BrowserContextOptions = {}): Promise<Page> {
    const context = await browser.newContext({ bypassCSP: true, ...options });
    return context.newPage();
  }

  /** Opens each path in turn, by the navigation's link when it has one, and audits it once loaded. */
  async function audit(page: Page, paths: readonly string[], findings: Findings): Promise<void> {
    for (const path of paths) {
      if (new URL(page.url()).pathname !== path) {
        const link = page.getByRole("navigation", { name: "Main" }).locator(`a[href="${path}"]`);
        // As a person would, by the menu: quicker than loading the whole app again.
        if ((await link.count()) > 0) await link.first().click();
        else await page.goto(`${server.url}${path}`);
        await page.waitForURL((url) => url.pathname === path);
      }
      await pageLoaded(page);
      findings[path] = [...(await landmarkProblems(page)), ...summary(await seriousViolations(page))];
    }
  }

  /** Every page has one main landmark and a header (banner), whatever its layout. */
  async function landmarkProblems(page: Page): Promise<string[]> {
    const problems: string[] = [];
    const mains = await page.getByRole("main").count();
    if (mains !== 1) problems.push(`${mains} main landmarks`);
    if ((await page.getByRole("banner").count()) === 0) problems.push("no header landmark");
    return problems;
  }

  async function signIn(person: Person, path: string, options?: BrowserContextOptions): Promise<Page> {
    const page = await freshPage(options);
    await signInThroughPage(page, server.url, person, path);
    return page;
  }

  function clean(findings: Findings): Findings {
    return Object.fromEntries(Object.entries(findings).filter(([, found]) => found.length > 0));
  }

  it("signed out: sign-in, sign-up, activation and system status", async () => {
    const page = await freshPage();
    const errors = watchPageErrors(page);
    const findings: Findings = {};
    await audit(page, ["/sign-in", "/sign-up", "/status"], findings);
    await page.goto(`${server.url}/activate?token=not-a-real-token`);
    await pageLoaded(page);
    findings["/activate"] = summary(await seriousViolations(page));
    expect(clean(findings)).toEqual({});
    expect(errors.filter((e) => !e.includes("status of 4"))).toEqual([]);
  });

  it("the Gold owner: every page of the reseller account, a dialog open", async () => {
    const page = await signIn(DEMO.owner, "/");
    const findings: Findings = {};
    await audit(page, OWNER_PAGES, findings);
    // The reselling annex, below Account.
    await audit(page, ["/account/annex"], findings);
    await page.goto(`${server.url}/customers`);
    await page.getByRole("link", { name: "Contoso Ltd" }).click();
    await pageLoaded(page);
    findings["a customer's page"] = summary(await seriousViolations(page));
    await page
      .getByRole("button", { name: "Give a trial" })
      .or(page.getByRole("button", { name: "Assign" }))
      .first()
      .waitFor();
    await page.goto(`${server.url}/customers`);
    await pageLoaded(page);
    await page.getByRole("button", { name: "Add customer" }).click();
    await page.getByRole("dialog").waitFor();
    await settled(page);
    findings["the add-customer dialog"] = summary(await seriousViolations(page));
    expect(clean(findings)).toEqual({});
  });

  it("the team's member and viewer, and the Bronze owner", async () => {
    const findings: Findings = {};
    for (const [who, person] of Object.entries({
      member: DEMO.member,
      viewer: DEMO.viewer,
      bronze: DEMO.otherOwner,
    })) {
      const page = await signIn(person, "/");
      const found: Findings = {};
      await audit(page, ["/", "/customers", "/billing", "/account/annex"], found);
      for (const [path, list] of Object.entries(found)) findings[`${who} ${path}`] = list;
      await page.context().close();
    }
    expect(clean(findings)).toEqual({});
  });

  it("vendor staff: resellers, applications, payments, catalog, tiers, the annex, ingestion keys and the audit log", async () => {
    const page = await signIn(DEMO.staff, "/");
    const findings: Findings = {};
    await audit(
      page,
      ["/", "/resellers", "/applications", "/payments", "/catalog", "/tiers", "/resellers-audit-log"],
      findings,
    );
    await audit(page, ["/annex-versions"], findings);
    await page.getByRole("button", { name: "Publish a version" }).first().click();
    await page.getByRole("dialog").waitFor();
    await settled(page);
    findings["the publish-annex dialog"] = summary(await seriousViolations(page));
    await page.keyboard.press("Escape");
    await audit(page, ["/ingestion-keys"], findings);
    await page.getByRole("button", { name: "New ingestion key" }).first().click();
    await page.getByRole("dialog").waitFor();
    await settled(page);
    findings["the new-ingestion-key dialog"] = summary(await seriousViolations(page));
    expect(clean(findings)).toEqual({});
  });

  it("special prices: the owner's requests and ask dialog, staff's queue and quote dialog", async () => {
    const findings: Findings = {};
    const owner = await signIn(DEMO.owner, "/quote-requests");
    await audit(owner, ["/quote-requests"], findings);
    await owner.getByRole("button", { name: "Ask for a special price" }).first().click();
    const ask = owner.getByRole("dialog", { name: "Ask for a special price" });
    await ask.getByRole("textbox", { name: "Quantity" }).fill("300");
    await ask.getByText("At list price you would pay", { exact: false }).waitFor();
    await settled(owner);
    findings["the ask-for-a-special-price dialog"] = summary(await seriousViolations(owner));
    await ask.getByRole("button", { name: "Send request" }).click();
    await ask.waitFor({ state: "hidden" });
    await owner.getByRole("table", { name: "Special price requests" }).waitFor();
    await pageLoaded(owner);
    findings["/quote-requests with a request"] = summary(await seriousViolations(owner));

    const staff = await signIn(DEMO.staff, "/vendor-quote-requests");
    await audit(staff, ["/vendor-quote-requests"], findings);
    await staff
      .getByRole("button", { name: /^Quote a price for QR-/ })
      .first()
      .click();
    await staff.getByRole("dialog", { name: "Quote a price" }).waitFor();
    await settled(staff);
    findings["the quote-a-price dialog"] = summary(await seriousViolations(staff));
    expect(clean(findings)).toEqual({});
  });

  it("a company applying: sign-up, confirmation and its application; staff's applications and approve dialog", async () => {
    const page = await freshPage();
    const errors = watchPageErrors(page);
    const findings: Findings = {};
    const email = "owner@adatum.example";
    await page.goto(`${server.url}/sign-up`);
    await page.getByRole("textbox", { name: "Email" }).fill(email);
    await page.getByLabel(/^Password/).fill("adatum-password-2026");
    await page.getByRole("textbox", { name: "Company name" }).fill("Adatum Corporation");
    await page.getByRole("combobox", { name: "Country" }).fill("Denm");
    await page.getByRole("option", { name: "Denmark", exact: true }).click();
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("heading", { name: "Check your email" }).waitFor();
    findings["sign-up: check your email"] = summary(await seriousViolations(page));

    await page.goto((await latestMail(server, email, "sign_up_confirmation")).link);
    await pageLoaded(page);
    findings["/activate: confirm your email"] = summary(await seriousViolations(page));
    await page.getByRole("button", { name: "Confirm email" }).click();
    await page.waitForURL((url) => url.pathname === "/apply");
    await audit(page, ["/apply"], findings);
    const form = page.getByRole("form", { name: "Application to resell" });
    await form.getByRole("textbox", { name: "Website" }).fill("https://adatum.example");
    await form.getByRole("combobox", { name: "Countries served" }).fill("Denm");
    await page.getByRole("option", { name: "Denmark", exact: true }).click();
    await form.getByRole("textbox", { name: "Expected licenses per year" }).fill("150");
    await form.getByRole("textbox", { name: "About your company" }).fill("IT services for architects.");
    await form.getByRole("button", { name: "Send application" }).click();
    await page.getByRole("heading", { name: "Your application is being reviewed" }).waitFor();
    await pageLoaded(page);
    findings["/apply: pending"] = summary(await seriousViolations(page));
    await audit(page, ["/"], findings);
    expect(errors).toEqual([]);

    const staff = await signIn(DEMO.staff, "/applications");
    await audit(staff, ["/applications"], findings);
    await staff.getByRole("button", { name: "Approve Adatum Corporation" }).click();
    await staff.getByRole("dialog").waitFor();
    await settled(staff);
    findings["the approve-application dialog"] = summary(await seriousViolations(staff));
    expect(clean(findings)).toEqual({});
  });

  it("the customer: their portal", async () => {
    const page = await signIn(DEMO.customer, "/my-account");
    const findings: Findings = {};
    await audit(page, ["/my-account", "/"], findings);
    expect(clean(findings)).toEqual({});
  });

  it("the skip link is the first Tab stop and leads past the navigation to the page", async () => {
    const page = await signIn(DEMO.owner, "/customers");
    await pageLoaded(page);
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement.textContent")).toBe("Skip to content");
    expect(await page.getByRole("link", { name: "Skip to content" }).isVisible()).toBe(true);
    await page.keyboard.press("Enter");
    expect(await page.evaluate("document.activeElement.tagName")).toBe("MAIN");
    // The next stop is the page's own first control, not the header's or the navigation's.
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement.textContent")).toBe("Add customer");

    const signedOut = await freshPage();
    await signedOut.goto(`${server.url}/sign-in`);
    await pageLoaded(signedOut);
    await signedOut.keyboard.press("Tab");
    expect(await signedOut.evaluate("document.activeElement.textContent")).toBe("Skip to content");
  });

  it("in the dark colour scheme: the owner's main pages and sign-in", async () => {
    const page = await freshPage({ colorScheme: "dark" });
    const findings: Findings = {};
    await page.goto(`${server.url}/sign-in`);
    await pageLoaded(page);
    // The system's setting decides until the person uses the switch.
    expect(await page.evaluate("document.documentElement.dataset.mantineColorScheme")).toBe("dark");
    await audit(page, ["/sign-in"], findings);
    await signInThroughPage(page, server.url, DEMO.owner, "/");
    await audit(page, ["/", "/customers", "/billing", "/team"], findings);
    expect(clean(findings)).toEqual({});

    // The header's switch overrides the system, and the choice outlives a reload.
    const scheme = () => page.evaluate("document.documentElement.dataset.mantineColorScheme");
    const toggle = page.getByRole("button", { name: "Dark mode" });
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    await toggle.click();
    await expect.poll(scheme).toBe("light");
    expect(await toggle.getAttribute("aria-pressed")).toBe("false");
    await page.reload();
    await pageLoaded(page);
    expect(await scheme()).toBe("light");
  });
});
