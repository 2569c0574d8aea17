import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { DEMO, latestMail, signedIn, signInRequest, tokenOf } from "../support/accounts.js";
import type { GraphQLClient } from "../support/graphql-client.js";
import { startTestServer, type TestServer } from "../support/server.js";

const ACTIVATE = graphql(`mutation LinksActivate($i: AccountActivateInput!) {
  accountActivate(input: $i) { viewer { user { email name } account { name } role } userErrors { code field message } }
}`);
const INVITE = graphql(`mutation TeamInvite($i: TeamMemberInviteInput!) {
  teamMemberInvite(input: $i) { invitation { id email role status expiresAt } userErrors { code field message } }
}`);
const TEAM = graphql(
  `query Team { teamMembers { id role user { email status } } teamInvitations { id email role } }`,
);
const TOKEN_STATUS = graphql(`query LinksTokenStatus($t: String!) { tokenInfo(token: $t) { status } }`);

describe("activation and invitation links", () => {
  let server: TestServer;
  let staff: GraphQLClient;
  let owner: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer({ seed: true, now: "2026-11-22T10:00:00Z" });
    staff = await signedIn(server, DEMO.staff);
    owner = await signedIn(server, DEMO.owner);
  });
  afterAll(() => server?.stop());

  /** Tries a short, a blank, the email and a common password on a link; each must be refused alone. */
  async function refusedPasswords(token: string, email: string): Promise<Array<[string, string | null]>> {
    const refused: Array<[string, string | null]> = [];
    for (const password of ["short-pass1", " ".repeat(16), email.toUpperCase(), "qwerty123456"]) {
      const result = await server.client().request(ACTIVATE, { i: { token, password } });
      expect(result.data?.accountActivate.viewer).toBeNull();
      expect(result.data?.accountActivate.userErrors).toHaveLength(1);
      const [error] = result.data?.accountActivate.userErrors ?? [];
      expect(error?.message).toMatch(/\w/);
      refused.push([error?.code ?? "NONE", error?.field ?? null]);
    }
    const [row]: Array<{ used: boolean }> = await server.dataSource.query(
      "SELECT used_at IS NOT NULL AS used FROM user_token WHERE token_hash = $1",
      [createHash("sha256").update(token).digest("hex")],
    );
    expect(row).toEqual({ used: false });
    return refused;
  }

  async function enableReseller(email: string, company: string) {
    return staff.request(
      graphql(`mutation LinksResellerEnable($i: ResellerEnableInput!) {
        resellerEnable(input: $i) { reseller { id tier { code } owner { email status } } userErrors { code field } }
      }`),
      { i: { ownerEmail: email, ownerName: "Ada Admin", companyName: company, tierCode: "silver" } },
    );
  }

  it("enables a reseller whose owner activates through the mailed link, once", async () => {
    const enabled = await enableReseller("Ada@Contoso.example", "Contoso Services");
    expect(enabled.data?.resellerEnable).toMatchObject({
      reseller: { tier: { code: "SILVER" }, owner: { email: "ada@contoso.example", status: "INVITED" } },
      userErrors: [],
    });
    const mail = await latestMail(server, "ada@contoso.example", "reseller_activation");
    expect(mail.link).toMatch(new RegExp(`^${server.url}/activate\\?token=`));
    const token = tokenOf(mail.link);

    const info = await server
      .client()
      .query(
        graphql(
          `query LinksTokenInfo($t: String!) { tokenInfo(token: $t) { status purpose email accountName needsPassword } }`,
        ),
        { t: token },
      );
    expect(info.tokenInfo).toEqual({
      status: "VALID",
      purpose: "ACTIVATION",
      email: "ada@contoso.example",
      accountName: "Contoso Services",
      needsPassword: true,
    });

    expect(await refusedPasswords(token, "ada@contoso.example")).toEqual([
      ["TOO_SHORT", "input.password"],
      ["REQUIRED", "input.password"],
      ["PASSWORD_IS_EMAIL", "input.password"],
      ["PASSWORD_TOO_COMMON", "input.password"],
    ]);
    expect(
      await server.dataSource.query("SELECT status, password_hash FROM app_user WHERE email = $1", [
        "ada@contoso.example",
      ]),
    ).toEqual([{ status: "INVITED", password_hash: null }]);

    const holder = server.client();
    const done = await holder.request(ACTIVATE, {
      i: { token, password: "contoso-secret-1", name: "Ada Lovelace" },
    });
    expect(done.data?.accountActivate).toEqual({
      viewer: {
        user: { email: "ada@contoso.example", name: "Ada Lovelace" },
        account: { name: "Contoso Services" },
        role: "OWNER",
      },
      userErrors: [],
    });
    expect(holder.cookie("rh_session")).toBeDefined();
    expect(
      (await signInRequest(server.client(), "ada@contoso.example", "contoso-secret-1")).data?.signIn
        .userErrors,
    ).toEqual([]);

    const again = await server.client().request(ACTIVATE, { i: { token, password: "another-secret-2" } });
    expect(again.data?.accountActivate.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["TOKEN_USED", "input.token"],
    ]);
    const billing = await server.dataSource.query(
      "SELECT b.email FROM billing_contact b JOIN account a ON a.id = b.account_id WHERE a.name = 'Contoso Services'",
    );
    expect(billing).toEqual([{ email: "ada@contoso.example" }]);
  });

  it("lets a link work only once when it is used many times at once", async () => {
    await enableReseller("race@tailspin.example", "Tailspin Toys");
    const token = tokenOf((await latestMail(server, "race@tailspin.example", "reseller_activation")).link);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        server.client().request(ACTIVATE, { i: { token, password: `parallel-password-${i}` } }),
      ),
    );
    const ok = results.filter((r) => r.data?.accountActivate.userErrors.length === 0);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => r.data?.accountActivate.userErrors[0]?.code === "TOKEN_USED")).toHaveLength(
      9,
    );
    const sessions = await server.dataSource.query(
      "SELECT count(*)::int AS n FROM session s JOIN app_user u ON u.id = s.user_id WHERE u.email = 'race@tailspin.example'",
    );
    expect(sessions).toEqual([{ n: 1 }]);
  });

  it("expires a link after 72 hours", async () => {
    await enableReseller("late@woodgrove.example", "Woodgrove");
    const token = tokenOf((await latestMail(server, "late@woodgrove.example", "reseller_activation")).link);
    server.clock.advance(72 * 60 * 60 * 1000 + 1);
    const info = await server.client().query(TOKEN_STATUS, { t: token });
    expect(info.tokenInfo.status).toBe("EXPIRED");
    const late = await server.client().request(ACTIVATE, { i: { token, password: "too-late-password" } });
    expect(late.data?.accountActivate.userErrors[0]).toMatchObject({
      code: "TOKEN_EXPIRED",
      field: "input.token",
    });
  });

  it("refuses to make an email that already belongs to an account a reseller owner, or an unknown tier", async () => {
    const taken = await enableReseller(DEMO.member.email, "Member's Own Shop");
    expect(taken.data?.resellerEnable.userErrors).toEqual([
      { code: "EMAIL_IN_USE", field: "input.ownerEmail" },
    ]);
    const tier = await staff.request(
      graphql(
        `mutation LinksUnknownTier { resellerEnable(input: { ownerEmail: "x@y.example", companyName: "X", tierCode: "PLATINUM" }) { userErrors { code field } } }`,
      ),
    );
    expect(tier.data?.resellerEnable.userErrors).toEqual([{ code: "UNKNOWN_TIER", field: "input.tierCode" }]);
    expect(
      await server.dataSource.query("SELECT count(*)::int AS n FROM app_user WHERE email = 'x@y.example'"),
    ).toEqual([{ n: 0 }]);
  });

  it("invites a member, who joins only after accepting; a resent link replaces the old one", async () => {
    const invited = await owner.request(INVITE, { i: { email: "Newbie@Northwind.example", role: "MEMBER" } });
    const invitation = invited.data?.teamMemberInvite.invitation;
    expect(invitation).toMatchObject({
      email: "newbie@northwind.example",
      role: "MEMBER",
      status: "PENDING",
    });
    const before = await owner.query(TEAM);
    expect(before.teamMembers.map((m) => m.user.email)).not.toContain("newbie@northwind.example");
    expect(before.teamInvitations.map((i) => i.email)).toContain("newbie@northwind.example");

    const first = tokenOf((await latestMail(server, "newbie@northwind.example", "team_invitation")).link);
    await owner.query(
      graphql(
        `mutation TeamInvitationResend($id: ID!) { teamInvitationResend(invitationId: $id) { invitation { id } } }`,
      ),
      { id: invitation?.id as string },
    );
    const second = tokenOf((await latestMail(server, "newbie@northwind.example", "team_invitation")).link);
    expect(second).not.toBe(first);
    expect(await refusedPasswords(second, "newbie@northwind.example")).toEqual([
      ["TOO_SHORT", "input.password"],
      ["REQUIRED", "input.password"],
      ["PASSWORD_IS_EMAIL", "input.password"],
      ["PASSWORD_TOO_COMMON", "input.password"],
    ]);
    expect((await owner.query(TEAM)).teamMembers.map((m) => m.user.email)).not.toContain(
      "newbie@northwind.example",
    );
    const old = await server.client().request(ACTIVATE, { i: { token: first, password: "newbie-password" } });
    expect(old.data?.accountActivate.userErrors[0]?.code).toBe("TOKEN_USED");

    const joined = await server
      .client()
      .request(ACTIVATE, { i: { token: second, password: "newbie-password" } });
    expect(joined.data?.accountActivate.viewer).toMatchObject({
      account: { name: "Northwind IT" },
      role: "MEMBER",
    });
    const after = await owner.query(TEAM);
    expect(after.teamMembers.find((m) => m.user.email === "newbie@northwind.example")).toMatchObject({
      role: "MEMBER",
      user: { status: "ACTIVE" },
    });
    expect(after.teamInvitations.map((i) => i.email)).not.toContain("newbie@northwind.example");
  });

  it("keeps the name the inviter gave: listed with the invitation, offered on the link, and taken when none is chosen", async () => {
    const invited = await owner.query(
      graphql(`mutation TeamInviteNamed($i: TeamMemberInviteInput!) {
        teamMemberInvite(input: $i) { invitation { email name } userErrors { code } }
      }`),
      { i: { email: "nia@northwind.example", role: "VIEWER", name: "  Nia Newman " } },
    );
    expect(invited.teamMemberInvite).toEqual({
      invitation: { email: "nia@northwind.example", name: "Nia Newman" },
      userErrors: [],
    });
    const pending = await owner.query(
      graphql(`query TeamInvitationNames { teamInvitations { email name } }`),
    );
    expect(pending.teamInvitations).toContainEqual({ email: "nia@northwind.example", name: "Nia Newman" });
    const token = tokenOf((await latestMail(server, "nia@northwind.example", "team_invitation")).link);
    const info = await server
      .client()
      .query(
        graphql(`query LinksInviteeName($t: String!) { tokenInfo(token: $t) { name needsPassword role } }`),
        { t: token },
      );
    expect(info.tokenInfo).toEqual({ name: "Nia Newman", needsPassword: true, role: "VIEWER" });
    const joined = await server.client().request(ACTIVATE, { i: { token, password: "nia-newman-pass-1" } });
    expect(joined.data?.accountActivate.viewer?.user).toEqual({
      email: "nia@northwind.example",
      name: "Nia Newman",
    });
  });

  it("lets a person who already has a password accept by entering it, keeping it; a wrong one changes nothing", async () => {
    // Someone who joined, left the team, and is invited back.
    await owner.query(INVITE, { i: { email: "back@northwind.example", role: "MEMBER" } });
    const first = tokenOf((await latestMail(server, "back@northwind.example", "team_invitation")).link);
    await server.client().query(ACTIVATE, { i: { token: first, password: "back-again-pass-1" } });
    const { teamMembers } = await owner.query(TEAM);
    const member = teamMembers.find((m) => m.user.email === "back@northwind.example");
    expect(member).toBeDefined();
    await owner.query(
      graphql(
        `mutation LinksRemoveMember($id: ID!) { teamMemberRemove(memberId: $id) { userErrors { code } } }`,
      ),
      { id: member?.id as string },
    );
    await owner.query(INVITE, { i: { email: "back@northwind.example", role: "VIEWER" } });
    const token = tokenOf((await latestMail(server, "back@northwind.example", "team_invitation")).link);
    const info = await server
      .client()
      .query(graphql(`query LinksReturning($t: String!) { tokenInfo(token: $t) { status needsPassword } }`), {
        t: token,
      });
    expect(info.tokenInfo).toEqual({ status: "VALID", needsPassword: false });

    const wrong = await server.client().request(ACTIVATE, { i: { token, password: "not-my-password-9" } });
    expect(wrong.data?.accountActivate.viewer).toBeNull();
    expect(wrong.data?.accountActivate.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["INVALID_CREDENTIALS", "input.password"],
    ]);
    expect((await owner.query(TEAM)).teamInvitations.map((i) => i.email)).toContain("back@northwind.example");

    const accepted = await server.client().request(ACTIVATE, {
      i: { token, password: "back-again-pass-1", name: "Not Applied" },
    });
    expect(accepted.data?.accountActivate).toMatchObject({
      viewer: { role: "VIEWER", account: { name: "Northwind IT" } },
      userErrors: [],
    });
    expect(accepted.data?.accountActivate.viewer?.user?.name).not.toBe("Not Applied");
    const signIn = await signInRequest(server.client(), "back@northwind.example", "back-again-pass-1");
    expect(signIn.data?.signIn.userErrors).toEqual([]);
  });

  it("answers duplicates, people of other accounts and bad emails with userErrors on the email field", async () => {
    const codes = async (email: string) =>
      (await owner.query(INVITE, { i: { email, role: "VIEWER" } })).teamMemberInvite.userErrors.map((e) => [
        e.code,
        e.field,
      ]);
    expect(await codes(DEMO.member.email)).toEqual([["ALREADY_MEMBER", "input.email"]]);
    expect(await codes(DEMO.otherOwner.email)).toEqual([["EMAIL_IN_USE", "input.email"]]);
    expect(await codes("twice@northwind.example")).toEqual([]);
    expect(await codes("TWICE@northwind.example")).toEqual([["ALREADY_INVITED", "input.email"]]);
    expect(await codes("no-at-sign")).toEqual([["INVALID_EMAIL", "input.email"]]);
  });

  it("revokes an invitation, so its link no longer works", async () => {
    const invited = await owner.query(INVITE, { i: { email: "maybe@northwind.example", role: "VIEWER" } });
    const token = tokenOf((await latestMail(server, "maybe@northwind.example", "team_invitation")).link);
    await owner.query(
      graphql(
        `mutation TeamInvitationRevoke($id: ID!) { teamInvitationRevoke(invitationId: $id) { invitation { status } } }`,
      ),
      { id: invited.teamMemberInvite.invitation?.id as string },
    );
    const info = await server.client().query(TOKEN_STATUS, { t: token });
    expect(info.tokenInfo.status).toBe("REVOKED");
    const used = await server.client().request(ACTIVATE, { i: { token, password: "maybe-password" } });
    expect(used.data?.accountActivate.userErrors[0]?.code).toBe("TOKEN_USED");
    expect((await owner.query(TEAM)).teamInvitations.map((i) => i.email)).not.toContain(
      "maybe@northwind.example",
    );
  });
});

describe("managing the team", () => {
  let server: TestServer;
  let owner: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer({ seed: true });
    owner = await signedIn(server, DEMO.owner);
  });
  afterAll(() => server?.stop());

  const memberId = async (email: string) =>
    (await owner.query(TEAM)).teamMembers.find((m) => m.user.email === email)?.id as string;

  it("changes roles of members but never the owner's", async () => {
    const CHANGE_ROLE = graphql(
      `mutation TeamChangeRole($i: TeamMemberChangeRoleInput!) { teamMemberChangeRole(input: $i) { member { role } userErrors { code } } }`,
    );
    const changed = await owner.query(CHANGE_ROLE, {
      i: { memberId: await memberId(DEMO.viewer.email), role: "MEMBER" },
    });
    expect(changed.teamMemberChangeRole.member?.role).toBe("MEMBER");
    const self = await owner.query(
      graphql(
        `mutation TeamChangeOwnerRole($i: TeamMemberChangeRoleInput!) { teamMemberChangeRole(input: $i) { userErrors { code } } }`,
      ),
      { i: { memberId: await memberId(DEMO.owner.email), role: "VIEWER" } },
    );
    expect(self.teamMemberChangeRole.userErrors).toEqual([{ code: "CANNOT_CHANGE_OWNER" }]);
  });

  it("removes a member, whose sessions end at once", async () => {
    const viewer = await signedIn(server, DEMO.viewer);
    const removed = await owner.query(
      graphql(
        `mutation TeamMemberRemove($id: ID!) { teamMemberRemove(memberId: $id) { userErrors { code } } }`,
      ),
      { id: await memberId(DEMO.viewer.email) },
    );
    expect(removed.teamMemberRemove.userErrors).toEqual([]);
    expect(await viewer.query(graphql(`query TeamRemovedViewer { viewer { role } }`))).toEqual({
      viewer: null,
    });
    expect((await owner.query(TEAM)).teamMembers.map((m) => m.user.email)).not.toContain(DEMO.viewer.email);
  });

  it("transfers ownership: exactly one owner, and the former owner loses team management", async () => {
    const member = await signedIn(server, DEMO.member);
    const transferred = await owner.query(
      graphql(
        `mutation TeamOwnershipTransfer($id: ID!) { teamOwnershipTransfer(memberId: $id) { members { role user { email } } userErrors { code } } }`,
      ),
      { id: await memberId(DEMO.member.email) },
    );
    expect(transferred.teamOwnershipTransfer.members?.filter((m) => m.role === "OWNER")).toEqual([
      { role: "OWNER", user: { email: DEMO.member.email } },
    ]);
    const denied = await owner.request(TEAM);
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await member.query(TEAM)).teamMembers[0]).toMatchObject({
      role: "OWNER",
      user: { email: DEMO.member.email },
    });
  });
});
