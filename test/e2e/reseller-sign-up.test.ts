import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO } from "../support/accounts.js";
import { launchBrowser, screenshot, watchPageErrors } from "../support/browser.js";
import { linkIn, MailSink } from "../support/mail-sink.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { pageLoaded, settled, signInThroughPage } from "../support/spa.js";

interface Company {
  email: string;
  password: string;
  name: string;
  /** The country's name as the list shows it, and what to type to find it. */
  country: { name: string; typed: string };
}

const TAILSPIN: Company = {
  email: "owner@tailspin.example",
  password: "tailspin-password-2026",
  name: "Tailspin Software",
  country: { name: "Austria", typed: "Austr" },
};

const LITWARE: Company = {
  email: "owner@litware.example",
  password: "litware-password-2026",
  name: "Litware Inc",
  country: { name: "Canada", typed: "Cana" },
};

describe("a company signs up on its own, applies to resell and resells once vendor staff approve", () => {
  let sink: MailSink;
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    sink = await MailSink.start();
    server = await startTestServer({
      seed: true,
      smtpUrl: sink.smtpUrl,
      jobs: { pollingIntervalSeconds: 0.5 },
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await sink?.down();
  });

  async function fillSignUp(page: Page, company: Company, password: string): Promise<void> {
    await page.getByRole("textbox", { name: "Email" }).fill(company.email);
    await page.getByLabel(/^Password/).fill(password);
    await page.getByRole("textbox", { name: "Company name" }).fill(company.name);
    await page.getByRole("combobox", { name: "Country" }).fill(company.country.typed);
    await page.getByRole("option", { name: company.country.name, exact: true }).click();
  }

  /** Follows the link of the confirmation mail in `page`, confirms, and waits for the Apply page. */
  async function confirmFromMail(page: Page, company: Company): Promise<void> {
    const [mail] = await sink.waitFor(1, (m) => m.to.some((to) => to.address === company.email));
    expect(mail.subject).toBe("Confirm your email for Reseller Hub");
    await page.goto(linkIn(mail, `${server.url}/activate?token=`));
    await page.getByRole("heading", { name: "Confirm your email" }).waitFor();
    await page.getByRole("button", { name: "Confirm email" }).click();
    await page.waitForURL(`${server.url}/apply`);
    await page.getByRole("heading", { level: 1, name: "Apply to resell" }).waitFor();
  }

  async function apply(
    page: Page,
    application: { website: string; countries: Array<{ name: string; typed: string }>; licenses: string },
  ): Promise<void> {
    const form = page.getByRole("form", { name: "Application to resell" });
    await form.getByRole("textbox", { name: "Website" }).fill(application.website);
    const countries = form.getByRole("combobox", { name: "Countries served" });
    for (const country of application.countries) {
      await countries.fill(country.typed);
      await page.getByRole("option", { name: country.name, exact: true }).click();
    }
    await form.getByRole("textbox", { name: "Expected licenses per year" }).fill(application.licenses);
    await form
      .getByRole("textbox", { name: "About your company" })
      .fill("We run the IT of small offices in our region and sell them the software they use.");
  }

  it("signs up (a weak password first), confirms from the mail, applies, is approved as Silver, accepts the annex and buys", async () => {
    const applicant = await (await browser.newContext()).newPage();
    const applicantErrors = watchPageErrors(applicant);
    await applicant.goto(`${server.url}/sign-in`);
    await applicant.getByRole("link", { name: "Create an account" }).click();
    await applicant.waitForURL(`${server.url}/sign-up`);
    await applicant.getByRole("heading", { level: 1, name: "Create an account" }).waitFor();
    // The rule shows before anything is typed; what only the server knows comes back on the field.
    await applicant.getByText("At least 12 characters, not your email, and not a common password.").waitFor();
    await fillSignUp(applicant, TAILSPIN, "qwerty123456");
    await applicant.getByRole("button", { name: "Create account" }).click();
    const common = "This password is one of the most common ones and easy to guess; choose another.";
    await applicant.getByText(common).waitFor();
    const password = applicant.getByLabel(/^Password/);
    const describedBy = (await password.getAttribute("aria-describedby"))?.split(" ") ?? [];
    const descriptions = await Promise.all(
      describedBy.map((id) => applicant.locator(`[id="${id}"]`).allTextContents()),
    );
    expect(descriptions.flat()).toContain(common);
    await settled(applicant);
    await screenshot(applicant, "reseller-sign-up-1-weak-password");

    await password.fill(TAILSPIN.password);
    await applicant.getByRole("button", { name: "Create account" }).click();
    await applicant.getByRole("heading", { name: "Check your email" }).waitFor();
    expect(await applicant.getByText(`We sent a link to ${TAILSPIN.email}.`).isVisible()).toBe(true);
    await screenshot(applicant, "reseller-sign-up-2-check-email");

    // The confirmation page names the company and the email before anything is made.
    const [mail] = await sink.waitFor(1, (m) => m.to.some((to) => to.address === TAILSPIN.email));
    expect(mail.subject).toBe("Confirm your email for Reseller Hub");
    await applicant.goto(linkIn(mail, `${server.url}/activate?token=`));
    await applicant.getByRole("heading", { name: "Confirm your email" }).waitFor();
    expect(await applicant.getByText(`For ${TAILSPIN.email}`).isVisible()).toBe(true);
    expect(await applicant.getByText(TAILSPIN.name).isVisible()).toBe(true);
    await screenshot(applicant, "reseller-sign-up-3-confirm");
    await applicant.getByRole("button", { name: "Confirm email" }).click();
    await applicant.waitForURL(`${server.url}/apply`);
    await applicant.getByRole("heading", { level: 1, name: "Apply to resell" }).waitFor();

    // Signed in as an applicant: the Apply page, and none of the reseller pages.
    const navigation = applicant.getByRole("navigation", { name: "Main" });
    await navigation.getByRole("link", { name: "Apply to resell" }).waitFor();
    expect(await navigation.getByRole("link", { name: "Customers" }).count()).toBe(0);
    await apply(applicant, {
      website: "www.tailspin.example",
      countries: [
        { name: "Austria", typed: "Austr" },
        { name: "Germany", typed: "Germ" },
      ],
      licenses: "1200",
    });
    await settled(applicant);
    await screenshot(applicant, "reseller-sign-up-4-application-form");
    await applicant.getByRole("button", { name: "Send application" }).click();
    await applicant.getByRole("heading", { name: "Your application is being reviewed" }).waitFor();
    const sent = applicant.getByRole("region", { name: "Your application is being reviewed" });
    expect(await sent.getByRole("link", { name: "www.tailspin.example" }).getAttribute("href")).toBe(
      "https://www.tailspin.example/",
    );
    expect(await sent.getByText("Austria, Germany").isVisible()).toBe(true);
    expect(await sent.getByText("1,200").isVisible()).toBe(true);
    await settled(applicant);
    await screenshot(applicant, "reseller-sign-up-5-pending");

    // Home points the applicant to the application, not to reseller work.
    await navigation.getByRole("link", { name: "Home" }).click();
    await applicant.getByRole("heading", { name: "Your application is being reviewed" }).waitFor();
    expect(await applicant.getByRole("link", { name: "See your application" }).isVisible()).toBe(true);
    await pageLoaded(applicant);
    await screenshot(applicant, "reseller-sign-up-6-home");

    // Vendor staff approve it on the Silver tier.
    const staff = await (await browser.newContext()).newPage();
    const staffErrors = watchPageErrors(staff);
    await signInThroughPage(staff, server.url, DEMO.staff, "/applications");
    const table = staff.getByRole("table", { name: "Applications" });
    const row = table.getByRole("row").filter({ hasText: TAILSPIN.name });
    await row.waitFor();
    expect(await row.getByText(TAILSPIN.email).isVisible()).toBe(true);
    expect(await row.getByText("Austria, Germany").isVisible()).toBe(true);
    const website = row.getByRole("link", { name: "www.tailspin.example" });
    expect(await website.getAttribute("rel")).toContain("noopener");
    await pageLoaded(staff);
    await screenshot(staff, "reseller-sign-up-7-applications");

    await row.getByRole("button", { name: `Approve ${TAILSPIN.name}` }).click();
    const approve = staff.getByRole("dialog", { name: "Approve application" });
    const tier = approve.getByRole("combobox", { name: "Partner tier" });
    expect(await tier.inputValue()).toBe("Bronze");
    await tier.click();
    await staff.getByRole("option", { name: "Silver", exact: true }).click();
    await settled(staff);
    await screenshot(staff, "reseller-sign-up-8-approve");
    await approve.getByRole("button", { name: "Approve", exact: true }).click();
    await staff.getByText("Application approved").waitFor();
    await approve.waitFor({ state: "hidden" });
    await staff.getByRole("heading", { name: "No applications waiting" }).waitFor();
    await staff.getByText("Approved", { exact: true }).click();
    await staff.waitForURL(`${server.url}/applications?status=APPROVED`);
    await table.getByRole("row").filter({ hasText: TAILSPIN.name }).getByText("Silver tier").waitFor();
    await pageLoaded(staff);
    await screenshot(staff, "reseller-sign-up-9-approved");

    // The applicant's next page load knows the account resells: the reseller pages are there.
    await applicant.reload();
    await navigation.getByRole("link", { name: "Customers" }).waitFor();
    expect(await navigation.getByRole("link", { name: "Apply to resell" }).count()).toBe(0);
    await applicant.getByRole("region", { name: "Silver partner tier" }).waitFor();
    await navigation.getByRole("link", { name: "Customers" }).click();
    await applicant.waitForURL(`${server.url}/customers`);
    await applicant.getByRole("heading", { name: "No customers yet" }).waitFor();
    await pageLoaded(applicant);
    await screenshot(applicant, "reseller-sign-up-10-customers");

    // Before the first purchase the new reseller accepts the reselling annex in force.
    const paused = applicant.getByText(
      "Purchases and trials are paused until the reselling annex version 1 is accepted.",
    );
    await paused.waitFor();
    await applicant.goto(`${server.url}/account/annex`);
    const inForce = applicant.getByRole("region", { name: "Version 1 of the reselling annex", exact: true });
    await inForce.getByRole("button", { name: "Accept version 1" }).click();
    const confirm = applicant.getByRole("dialog", { name: "Accept version 1 of the reselling annex" });
    await confirm.getByRole("button", { name: `Accept for ${TAILSPIN.name}` }).click();
    await confirm.waitFor({ state: "hidden" });
    await inForce.getByText("Accepted", { exact: true }).waitFor();
    expect(await paused.count()).toBe(0);
    await screenshot(applicant, "reseller-sign-up-11-annex-accepted");

    // The first purchase: 5 Pro licenses, paid with a card added on the way.
    await navigation.getByRole("link", { name: "Billing" }).click();
    await applicant.getByRole("heading", { name: "Billing", exact: true }).waitFor();
    await applicant.getByRole("button", { name: "Add subscription" }).first().click();
    const buy = applicant.getByRole("dialog", { name: "Add subscription", exact: true });
    await buy.getByRole("combobox", { name: "Product" }).click();
    await applicant.getByRole("option", { name: "Pro", exact: true }).click();
    await buy.getByRole("textbox", { name: "Quantity" }).fill("5");
    await buy.getByRole("table", { name: "Price breakdown" }).waitFor();
    await buy.getByRole("button", { name: "Next", exact: true }).click();
    await buy.getByRole("button", { name: "Next", exact: true }).click();
    await buy.getByRole("radio", { name: "Add a card" }).check();
    await buy.getByRole("combobox", { name: "Sandbox test card" }).click();
    await applicant.getByRole("option", { name: /^Visa •••• 4242/ }).click();
    await buy.getByRole("button", { name: "Next", exact: true }).click();
    await buy.getByRole("button", { name: "Buy", exact: true }).click();
    await buy.getByText("Subscription active").waitFor();
    await settled(applicant);
    await screenshot(applicant, "reseller-sign-up-12-first-purchase");
    await buy.getByRole("button", { name: "Done" }).click();
    await applicant.getByRole("table", { name: "Subscriptions" }).getByText("Pro").first().waitFor();

    expect(applicantErrors).toEqual([]);
    expect(staffErrors).toEqual([]);
  });

  it("staff decline with a reason, which the applicant sees beside the form to apply again", async () => {
    const applicant = await (await browser.newContext()).newPage();
    const applicantErrors = watchPageErrors(applicant);
    await applicant.goto(`${server.url}/sign-up`);
    await fillSignUp(applicant, LITWARE, LITWARE.password);
    await applicant.getByRole("button", { name: "Create account" }).click();
    await applicant.getByRole("heading", { name: "Check your email" }).waitFor();
    await confirmFromMail(applicant, LITWARE);
    await apply(applicant, {
      website: "https://litware.example",
      countries: [{ name: "Canada", typed: "Cana" }],
      licenses: "40",
    });
    await applicant.getByRole("button", { name: "Send application" }).click();
    await applicant.getByRole("heading", { name: "Your application is being reviewed" }).waitFor();

    const staff = await (await browser.newContext()).newPage();
    const staffErrors = watchPageErrors(staff);
    await signInThroughPage(staff, server.url, DEMO.staff, "/applications");
    const row = staff
      .getByRole("table", { name: "Applications" })
      .getByRole("row")
      .filter({ hasText: LITWARE.name });
    await row.getByRole("button", { name: `Decline ${LITWARE.name}` }).click();
    const decline = staff.getByRole("dialog", { name: "Decline application" });
    await decline.getByRole("button", { name: "Decline", exact: true }).click();
    await decline.getByText("Say why, so the company knows what to change").waitFor();
    const reason = "Your website does not say yet which services you offer; add them and apply again.";
    await decline.getByRole("textbox", { name: "Reason" }).fill(reason);
    await settled(staff);
    await screenshot(staff, "reseller-sign-up-11-decline");
    await decline.getByRole("button", { name: "Decline", exact: true }).click();
    await staff.getByText("Application declined").waitFor();
    await decline.waitFor({ state: "hidden" });

    await applicant.reload();
    await applicant.getByText("Your application was declined").waitFor();
    await applicant.getByText(reason).waitFor();
    // The earlier answers are there to change, and the form sends a new application.
    const form = applicant.getByRole("form", { name: "Application to resell" });
    expect(await form.getByRole("textbox", { name: "Website" }).inputValue()).toBe(
      "https://litware.example/",
    );
    expect(await form.getByRole("button", { name: "Apply again" }).isVisible()).toBe(true);
    await pageLoaded(applicant);
    await screenshot(applicant, "reseller-sign-up-12-declined");

    expect(applicantErrors).toEqual([]);
    expect(staffErrors).toEqual([]);
  });
});
