import type { Browser } from "playwright-core";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO } from "../support/accounts.js";
import { launchBrowser, screenshot, watchPageErrors } from "../support/browser.js";
import { MailSink } from "../support/mail-sink.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { settled, signInThroughPage } from "../support/spa.js";
import { WebhookReceiver } from "../support/webhook-receiver.js";

describe("Settings → Webhooks", () => {
  let server: TestServer;
  let sink: MailSink;
  let receiver: WebhookReceiver;
  let browser: Browser;

  beforeAll(async () => {
    sink = await MailSink.start();
    receiver = await WebhookReceiver.start();
    server = await startTestServer({
      seed: true,
      now: "2026-12-01T09:00:00Z",
      smtpUrl: sink.smtpUrl,
      jobs: { pollingIntervalSeconds: 0.5 },
    });
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await receiver?.stop();
    await sink?.down();
  });

  it("the owner adds an endpoint, copies its secret once, sends a test event and reads the delivery log", async () => {
    const owner = await (await browser.newContext()).newPage();
    const errors = watchPageErrors(owner);
    await signInThroughPage(owner, server.url, DEMO.owner, "/settings/webhooks");
    await owner.getByText("No webhook endpoints yet").waitFor();
    await owner.getByRole("button", { name: "Add endpoint" }).first().click();
    const dialog = owner.getByRole("dialog", { name: "Add endpoint" });
    await dialog.getByRole("textbox", { name: "URL" }).fill("ftp://example.com/hooks");
    await dialog.getByRole("button", { name: "Add endpoint" }).click();
    await dialog.getByText("The URL must start with https://.").waitFor();
    await dialog.getByRole("textbox", { name: "URL" }).fill(receiver.url);
    await dialog.getByRole("textbox", { name: "Description" }).fill("Our PSA");
    await dialog.getByRole("button", { name: "Add endpoint" }).click();

    const secretDialog = owner.getByRole("dialog", { name: "Your endpoint's signing secret" });
    const secret = (await secretDialog.getByLabel("Signing secret").textContent()) ?? "";
    expect(secret).toMatch(/^whsec_/);
    await secretDialog.getByRole("button", { name: "Copy secret" }).waitFor();
    await settled(owner);
    await screenshot(owner, "webhooks-1-secret");
    await secretDialog.getByRole("button", { name: "Done" }).click();

    const table = owner.getByRole("table", { name: "Webhook endpoints" });
    await table.getByText(receiver.url).waitFor();
    await table.getByText("All events").waitFor();
    await table.getByRole("button", { name: "Send test" }).click();
    // It receives every event, its own creation included, and then the test event.
    const requests = await receiver.waitFor(2);
    const bodies = requests.map(
      (r) => new Webhook(secret).verify(r.body, WebhookReceiver.signatureHeaders(r)) as { type: string },
    );
    expect(bodies.map((b) => b.type).sort()).toEqual(["webhook.test", "webhook_endpoint.created"]);
    const request = requests[bodies.findIndex((b) => b.type === "webhook.test")];

    const log = owner.getByRole("table", { name: "Deliveries" });
    await expect.poll(() => log.getByText("Delivered").count(), { timeout: 15_000 }).toBe(2);
    await log.getByText(String(request.headers["webhook-id"])).waitFor();
    await log
      .getByRole("row")
      .filter({ hasText: "webhook.test" })
      .getByRole("button", { name: "Details" })
      .click();
    await owner.getByRole("dialog").getByText("thanks").waitFor();
    await settled(owner);
    await screenshot(owner, "webhooks-2-delivery-log");
    expect(errors).toEqual([]);
  });
});
