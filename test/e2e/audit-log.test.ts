import { readFile } from "node:fs/promises";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { DEMO, signedIn } from "../support/accounts.js";
import { launchBrowser, screenshot, watchPageErrors } from "../support/browser.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { settled, signInThroughPage } from "../support/spa.js";

const CUSTOMERS = graphql(`query AuditE2eCustomers { customers(first: 1) { nodes { id companyName } } }`);
const UPDATE = graphql(`mutation AuditE2eCustomerUpdate($id: ID!, $i: CustomerUpdateInput!) {
  customerUpdate(id: $id, input: $i) { userErrors { code } }
}`);

describe("audit log page", () => {
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

  it("the owner reads the log, filters it by operation and downloads it as CSV", async () => {
    const member = await signedIn(server, DEMO.member);
    const [customer] = (await member.query(CUSTOMERS)).customers.nodes;
    server.clock.advance(60_000);
    await member.query(UPDATE, {
      id: customer.id,
      i: { companyName: "Contoso Audited", comment: "Checked" },
    });
    server.clock.advance(60_000);

    const owner = await (await browser.newContext({ acceptDownloads: true })).newPage();
    const errors = watchPageErrors(owner);
    await signInThroughPage(owner, server.url, DEMO.owner, "/");
    await owner.getByRole("link", { name: "Audit log" }).click();
    const table = owner.getByRole("table", { name: "Audit log" });
    await table.getByText("signIn", { exact: true }).first().waitFor();
    await screenshot(owner, "audit-log-1-all");

    await owner.getByRole("textbox", { name: "Operation" }).fill("customerUpdate");
    await owner.getByRole("button", { name: "Apply filters" }).click();
    await owner.getByText("Showing 1 of 1").waitFor();
    const row = table.getByRole("row").nth(1);
    await row.getByText(DEMO.member.email).waitFor();
    await row.getByText(`${customer.companyName} → Contoso Audited`).waitFor();
    await settled(owner);
    await screenshot(owner, "audit-log-2-filtered");

    const [download] = await Promise.all([
      owner.waitForEvent("download"),
      owner.getByRole("link", { name: "Export CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("audit-log.csv");
    const lines = (await readFile(await download.path(), "utf8")).trim().split("\n");
    expect(lines[0]).toMatch(/^occurredAt,actorKind,actor,/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("customerUpdate");
    expect(lines[1]).toContain(DEMO.member.email);
    expect(errors).toEqual([]);
  });

  it("vendor staff pick a reseller and read its log", async () => {
    const staff = await (await browser.newContext()).newPage();
    const errors = watchPageErrors(staff);
    await signInThroughPage(staff, server.url, DEMO.staff, "/");
    await staff.getByRole("link", { name: "Audit log" }).click();
    await staff.getByText("Pick a reseller").waitFor();
    await staff.getByRole("combobox", { name: "Reseller" }).fill("North");
    await staff.getByRole("option", { name: "Northwind IT" }).click();
    const table = staff.getByRole("table", { name: "Audit log" });
    await table.getByText("customerUpdate").first().waitFor();
    await settled(staff);
    await screenshot(staff, "audit-log-3-staff");
    expect(errors).toEqual([]);
  });
});
