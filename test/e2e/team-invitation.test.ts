import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { DEMO, latestMail, signedIn, signInRequest } from "../support/accounts.js";
import { launchBrowser, screenshot, watchPageErrors } from "../support/browser.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { settled } from "../support/spa.js";

const NEWBIE = "newbie@northwind.example";

describe("inviting a member to the reselling team", () => {
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

  it("the owner invites by email; the invitee sets a password, joins as a member, and cannot manage the team", async () => {
    // The owner, in a browser of their own.
    const owner = await (await browser.newContext()).newPage();
    const ownerErrors = watchPageErrors(owner);

    await owner.goto(server.url);
    await owner.waitForURL(`${server.url}/sign-in`);
    await owner.getByRole("heading", { name: "Sign in" }).waitFor();
    await screenshot(owner, "team-invitation-1-sign-in");
    await owner.getByRole("textbox", { name: "Email", exact: true }).fill(DEMO.owner.email);
    await owner.getByLabel(/^Password/).fill(DEMO.owner.password);
    await owner.getByRole("button", { name: "Sign in", exact: true }).click();
    await owner.getByRole("heading", { name: "Welcome, Olivia Owner" }).waitFor();

    await owner.getByRole("navigation").getByRole("link", { name: "Team" }).click();
    await owner.waitForURL(`${server.url}/team`);
    const members = owner.getByRole("table", { name: "Team members" });
    await members.getByRole("row", { name: /Max Member/ }).waitFor();

    await owner.getByRole("button", { name: "Invite member" }).click();
    const dialog = owner.getByRole("dialog", { name: "Invite member" });
    await dialog.getByRole("textbox", { name: "Email", exact: true }).fill(NEWBIE);
    await dialog.getByRole("textbox", { name: "Name" }).fill("Nora Newbie");
    // MEMBER is what an owner usually wants, so it is already chosen.
    expect(await dialog.getByRole("combobox", { name: "Role" }).inputValue()).toBe("Member");
    await settled(owner);
    await screenshot(owner, "team-invitation-2-dialog");
    await dialog.getByRole("button", { name: "Send invitation" }).click();
    await dialog.waitFor({ state: "hidden" });

    const pending = owner
      .getByRole("table", { name: "Pending invitations" })
      .getByRole("row", { name: /newbie@/ });
    await pending.waitFor();
    expect(await pending.getByRole("cell").nth(0).textContent()).toBe("Nora Newbie");
    expect(await pending.getByRole("cell").nth(2).textContent()).toBe("Member");
    await screenshot(owner, "team-invitation-3-pending");

    // The mail the invitee gets, as the outbox holds it.
    const [mail]: Array<{ link: string }> = await server.dataSource.query(
      `SELECT data->>'link' AS link FROM outbox WHERE recipient = $1 AND template = 'team_invitation'
        ORDER BY created_at DESC LIMIT 1`,
      [NEWBIE],
    );
    expect(new URL(mail.link).origin).toBe(new URL(server.url).origin);
    expect(new URL(mail.link).pathname).toBe("/activate");

    // The invitee, in a fresh browser with no session.
    const invitee = await (await browser.newContext()).newPage();
    const inviteeErrors = watchPageErrors(invitee);
    await invitee.goto(mail.link);
    await invitee.getByRole("heading", { name: "Join Northwind IT as Member" }).waitFor();
    expect(await invitee.getByText(`For ${NEWBIE}`).isVisible()).toBe(true);

    // The name the owner gave is offered; the invitee may change it.
    expect(await invitee.getByRole("textbox", { name: "Your name" }).inputValue()).toBe("Nora Newbie");
    await invitee.getByLabel(/^Password/).fill("newbie-password-2026");
    await invitee.getByLabel(/^Confirm password/).fill("newbie-password-2062");
    await invitee.getByRole("button", { name: "Join the team" }).click();
    // Checked before anything is sent.
    await invitee.getByText("The passwords do not match").waitFor();
    await screenshot(invitee, "team-invitation-4-activate");

    await invitee.getByLabel(/^Confirm password/).fill("newbie-password-2026");
    await invitee.getByRole("button", { name: "Join the team" }).click();
    await invitee.waitForURL(`${server.url}/`);
    await invitee.getByRole("heading", { name: "Welcome, Nora Newbie" }).waitFor();
    // The account menu is its own chunk, so it may arrive a moment after the page.
    await invitee.getByRole("button", { name: "Account menu for Nora Newbie" }).waitFor();

    // A member works with customers; the team is the owner's.
    const nav = invitee.getByRole("navigation");
    await nav.getByRole("link", { name: "Home" }).waitFor();
    expect(await nav.getByRole("link", { name: "Team" }).count()).toBe(0);
    await screenshot(invitee, "team-invitation-5-member-home");

    await invitee.goto(`${server.url}/team`);
    await invitee.getByText("You don't have access to this page.").waitFor();
    expect(await invitee.getByRole("table", { name: "Team members" }).count()).toBe(0);
    await screenshot(invitee, "team-invitation-6-no-access");

    // Back with the owner: the invitation became a membership.
    await owner.reload();
    await members.getByRole("row", { name: /Nora Newbie/ }).waitFor();
    await owner.getByText("No pending invitations").waitFor();
    await screenshot(owner, "team-invitation-7-joined");

    expect(ownerErrors).toEqual([]);
    expect(inviteeErrors).toEqual([]);
  });

  it("someone who left the team and is invited back accepts with the password they have, which stays", async () => {
    const owner = await signedIn(server, DEMO.owner);
    const { teamMembers } = await owner.query(
      graphql(`query ReturningTeam { teamMembers { id user { email } } }`),
    );
    const nora = teamMembers.find((m) => m.user.email === NEWBIE);
    await owner.query(
      graphql(
        `mutation ReturningRemove($id: ID!) { teamMemberRemove(memberId: $id) { userErrors { code } } }`,
      ),
      { id: nora?.id as string },
    );
    await owner.query(
      graphql(`mutation ReturningInvite($i: TeamMemberInviteInput!) {
        teamMemberInvite(input: $i) { userErrors { code } }
      }`),
      { i: { email: NEWBIE, role: "VIEWER" } },
    );
    const { link } = await latestMail(server, NEWBIE, "team_invitation");

    const page = await (await browser.newContext()).newPage();
    const errors = watchPageErrors(page);
    await page.goto(link);
    await page.getByRole("heading", { name: "Join Northwind IT as Viewer" }).waitFor();
    await page.getByText("You already have a Reseller Hub password").waitFor();
    expect(await page.getByLabel(/^Confirm password/).count()).toBe(0);
    await page.getByLabel(/^Your password/).fill("not-noras-password");
    await page.getByRole("button", { name: "Sign in and join" }).click();
    await page.getByText("This is not your Reseller Hub password.").waitFor();
    await screenshot(page, "team-invitation-8-returning-wrong-password");

    await page.getByLabel(/^Your password/).fill("newbie-password-2026");
    await page.getByRole("button", { name: "Sign in and join" }).click();
    await page.waitForURL(`${server.url}/`);
    await page.getByRole("heading", { name: "Welcome, Nora Newbie" }).waitFor();
    expect(
      (await signInRequest(server.client(), NEWBIE, "newbie-password-2026")).data?.signIn.userErrors,
    ).toEqual([]);
    expect(errors).toEqual([]);
  });
});
