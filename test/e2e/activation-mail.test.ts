import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO } from "../support/accounts.js";
import { launchBrowser, screenshot, watchPageErrors } from "../support/browser.js";
import { linkIn, MailSink } from "../support/mail-sink.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { settled, signInThroughPage } from "../support/spa.js";

const CUSTOMER = { email: "it@wingtip.example", company: "Wingtip Toys", name: "Wendy Wingtip" };

describe("a new customer's activation mail, delivered over SMTP, opens the portal", () => {
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

  it("the owner adds a customer; the customer follows the mailed link, sets a password and lands in the portal", async () => {
    const owner = await (await browser.newContext()).newPage();
    const ownerErrors = watchPageErrors(owner);
    await signInThroughPage(owner, server.url, DEMO.owner, "/customers");
    await owner.getByRole("button", { name: "Add customer" }).click();
    const dialog = owner.getByRole("dialog", { name: "Add customer" });
    await dialog.getByRole("textbox", { name: "Email" }).fill(CUSTOMER.email);
    await dialog.getByRole("textbox", { name: "Company name" }).fill(CUSTOMER.company);
    await dialog.getByRole("button", { name: "Send invite" }).click();
    const added = owner.getByRole("dialog", { name: "Customer added" });
    await added
      .getByText(`We created an account for ${CUSTOMER.email} and sent an activation link.`)
      .waitFor();
    await added.getByRole("button", { name: "Done" }).click();
    await added.waitFor({ state: "hidden" });

    // The mail, as the customer's mail server received it.
    const [mail] = await sink.waitFor(1, (m) => m.to.some((to) => to.address === CUSTOMER.email));
    expect(mail.subject).toBe("Northwind IT added you on Reseller Hub");
    expect(mail.text).toContain(`Northwind IT added ${CUSTOMER.company} as a customer`);
    const link = linkIn(mail, `${server.url}/activate?token=`);

    // The customer, in a browser of their own with no session, opens the link from the mail.
    const customer = await (await browser.newContext()).newPage();
    const customerErrors = watchPageErrors(customer);
    await customer.goto(link);
    await customer.getByRole("heading", { name: `Activate your ${CUSTOMER.company} account` }).waitFor();
    expect(await customer.getByText(`For ${CUSTOMER.email}`).isVisible()).toBe(true);
    await customer.getByRole("textbox", { name: "Your name" }).fill(CUSTOMER.name);
    // The rule shows before anything is typed; what only the server knows comes back on the field.
    await customer.getByText("At least 12 characters, not your email, and not a common password.").waitFor();
    const password = customer.getByLabel(/^Password/);
    await password.fill("qwerty123456");
    await customer.getByLabel(/^Confirm password/).fill("qwerty123456");
    await customer.getByRole("button", { name: "Activate account" }).click();
    const common = "This password is one of the most common ones and easy to guess; choose another.";
    await customer.getByText(common).waitFor();
    // Shown as the password field's own error, which screen readers announce with it.
    const describedBy = (await password.getAttribute("aria-describedby"))?.split(" ") ?? [];
    const descriptions = await Promise.all(
      describedBy.map((id) => customer.locator(`[id="${id}"]`).allTextContents()),
    );
    expect(descriptions.flat()).toContain(common);
    expect(customer.url()).toBe(link);
    await password.fill("wingtip-password-2026");
    await customer.getByLabel(/^Confirm password/).fill("wingtip-password-2026");
    await settled(customer);
    await screenshot(customer, "activation-mail-1-activate");
    await customer.getByRole("button", { name: "Activate account" }).click();

    // Signed in, in the customer portal, as the customer the reseller added.
    await customer.waitForURL(`${server.url}/`);
    await customer.getByRole("heading", { level: 1, name: CUSTOMER.company }).waitFor();
    await customer.getByRole("navigation").getByRole("link", { name: "My account" }).click();
    const account = customer.getByRole("region", { name: "Your account" });
    await account.getByText(CUSTOMER.company).waitFor();
    expect(await account.getByText(CUSTOMER.email).isVisible()).toBe(true);
    // The account menu is its own chunk, so it may arrive a moment after the page.
    await customer.getByRole("button", { name: `Account menu for ${CUSTOMER.name}` }).waitFor();
    await screenshot(customer, "activation-mail-2-portal");

    // The link works once.
    const again = await (await browser.newContext()).newPage();
    await again.goto(link);
    await again.getByRole("heading", { name: "This link was already used" }).waitFor();

    // The reseller's list shows the customer as active.
    await owner.reload();
    const row = owner
      .getByRole("table", { name: "Customers" })
      .getByRole("row")
      .filter({ hasText: CUSTOMER.company });
    await row.getByText("Active", { exact: true }).waitFor();

    expect(ownerErrors).toEqual([]);
    expect(customerErrors).toEqual([]);
  });
});
