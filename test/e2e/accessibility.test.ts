import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO } from "../support/accounts.js";
import { type AxeViolation, seriousViolations } from "../support/axe.js";
import { launchBrowser, watchPageErrors } from "../support/browser.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { settled, signInThroughPage } from "../support/spa.js";

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

  /** Opens each path in turn, waits for its main heading, and audits it. */
  async function audit(page: Page, paths: readonly string[], findings: Findings): Promise<void> {
    for (const path of paths) {
      if (new URL(page.url()).pathname !== path) {
        // Navigating inside the SPA (as a person would, by its links) keeps the session warm.
        await page.goto(`${server.url}${path}`);
      }
      await loaded(page);
      findings[path] = summary(await seriousViolations(page));
    }
  }

  /** Waits until the page shows its heading and no loader. */
  async function loaded(page: Page): Promise<void> {
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    await page.waitForLoadState("networkidle");
    await settled(page);
  }

  async function signIn(person: Person, path: string, options?: BrowserContextOptions): Promise<Page> {
    const page = await freshPage(options);
    await signInThroughPage(page, server.url, person, path);
    return page;
  }

  function clean(findings: Findings): Findings {
    return Object.fromEntries(Object.entries(findings).filter(([, found]) => found.length > 0));
  }

  it("signed out: sign-in, activation and system status", async () => {
    const page = await freshPage();
    const errors = watchPageErrors(page);
    const findings: Findings = {};
    await audit(page, ["/sign-in", "/status"], findings);
    await page.goto(`${server.url}/activate?token=not-a-real-token`);
    await loaded(page);
    findings["/activate"] = summary(await seriousViolations(page));
    expect(clean(findings)).toEqual({});
    expect(errors.filter((e) => !e.includes("status of 4"))).toEqual([]);
  });

  it("the Gold owner: every page of the reseller account, a dialog open", async () => {
    const page = await signIn(DEMO.owner, "/");
    const findings: Findings = {};
    await audit(
      page,
      [
        "/",
        "/pricing",
        "/customers",
        "/billing",
        "/notices",
        "/team",
        "/api-keys",
        "/settings/webhooks",
        "/audit-log",
        "/account",
        "/developers",
      ],
      findings,
    );
    await page.goto(`${server.url}/customers`);
    await page.getByRole("link", { name: "Contoso Ltd" }).click();
    await loaded(page);
    findings["a customer's page"] = summary(await seriousViolations(page));
    await page
      .getByRole("button", { name: "Give a trial" })
      .or(page.getByRole("button", { name: "Assign" }))
      .first()
      .waitFor();
    await page.goto(`${server.url}/customers`);
    await loaded(page);
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
      await audit(page, ["/", "/customers", "/billing"], found);
      for (const [path, list] of Object.entries(found)) findings[`${who} ${path}`] = list;
      await page.context().close();
    }
    expect(clean(findings)).toEqual({});
  });

  it("vendor staff: resellers, payments, catalog, tiers and the audit log", async () => {
    const page = await signIn(DEMO.staff, "/");
    const findings: Findings = {};
    await audit(
      page,
      ["/", "/resellers", "/payments", "/catalog", "/tiers", "/resellers-audit-log"],
      findings,
    );
    expect(clean(findings)).toEqual({});
  });

  it("the customer: their portal", async () => {
    const page = await signIn(DEMO.customer, "/my-account");
    const findings: Findings = {};
    await audit(page, ["/my-account"], findings);
    expect(clean(findings)).toEqual({});
  });

  it("in the dark colour scheme: the owner's main pages and sign-in", async () => {
    const page = await freshPage({ colorScheme: "dark" });
    const findings: Findings = {};
    await audit(page, ["/sign-in"], findings);
    await signInThroughPage(page, server.url, DEMO.owner, "/");
    await audit(page, ["/", "/customers", "/billing", "/team"], findings);
    expect(clean(findings)).toEqual({});
  });
});
