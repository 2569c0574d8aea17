import { Account } from "../account/account.entity.js";
import { Membership } from "../account/membership.entity.js";
import { User, UserStatus } from "../account/user.entity.js";
import { TOKEN_LIFETIME_MS, type TokenService } from "../auth/token.service.js";
import { MemberRole } from "../common/auth.js";
import type { Clock } from "../common/clock.js";
import { isUniqueViolation } from "../common/db-errors.js";
import { normalizeEmail } from "../common/email.js";
import { fail, UserErrorCode } from "../common/errors.js";
import { isUuid } from "../common/ids.js";
import { owned, tenantOf } from "../db/tenant.js";
import type { ServiceContext } from "../db/unit-of-work.js";
import { InvitationStatus, TeamInvitation } from "./team-invitation.entity.js";

/** A name to greet someone by before they chose one. */
export function nameFromEmail(email: string): string {
  return email.split("@")[0] ?? email;
}

const ROLE_ORDER: Record<MemberRole, number> = { OWNER: 0, MEMBER: 1, VIEWER: 2 };

function sortMembers(members: Membership[]): Membership[] {
  return members.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
}

/**
 * The reselling team of the context's account: members, roles, invitations and ownership. Every
 * statement is limited to that account's people.
 */
export class TeamService {
  constructor(
    private readonly clock: Clock,
    private readonly tokens: TokenService,
  ) {}

  /** The owner first, then members and viewers, each by when they joined. */
  async listMembers(ctx: ServiceContext): Promise<Membership[]> {
    return sortMembers(
      await owned(ctx, Membership).find({
        relations: { user: true },
        order: { createdAt: "ASC", id: "ASC" },
      }),
    );
  }

  listPendingInvitations(ctx: ServiceContext): Promise<TeamInvitation[]> {
    return owned(ctx, TeamInvitation).find({
      where: { status: InvitationStatus.PENDING },
      relations: { user: true },
      order: { createdAt: "DESC", id: "ASC" },
    });
  }

  /**
   * Invites a person by email; they are created as INVITED if new, and join only once they accept
   * the link that `team.member_invited` mails them.
   */
  async invite(
    ctx: ServiceContext,
    input: { email: string; role: MemberRole; name?: string | null },
  ): Promise<TeamInvitation> {
    const { em } = ctx;
    const accountId = tenantOf(ctx);
    const email = normalizeEmail(input.email);
    if (input.role === MemberRole.OWNER) {
      fail(
        UserErrorCode.CANNOT_CHANGE_OWNER,
        "input.role",
        "Invite as MEMBER or VIEWER; transfer ownership later.",
      );
    }
    const now = this.clock.now();
    const name = input.name?.trim() || null;
    await em.query(
      `INSERT INTO app_user (email, name, status, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (email) DO NOTHING`,
      [email, name ?? nameFromEmail(email), UserStatus.INVITED, now],
    );
    const user = await em.findOneOrFail(User, { where: { email }, lock: { mode: "pessimistic_write" } });
    const membership = await em.findOneBy(Membership, { userId: user.id });
    if (membership?.accountId === accountId) {
      fail(UserErrorCode.ALREADY_MEMBER, "input.email", `${email} is already on your team.`);
    }
    if (membership || user.isVendorStaff || user.status === UserStatus.DISABLED) {
      fail(
        UserErrorCode.EMAIL_IN_USE,
        "input.email",
        `${email} belongs to another account and cannot join yours.`,
      );
    }
    const invitation = await owned(ctx, TeamInvitation)
      .create({
        userId: user.id,
        name,
        role: input.role,
        status: InvitationStatus.PENDING,
        invitedBy: ctx.actor.userId,
        createdAt: now,
        lastSentAt: now,
        expiresAt: now,
      })
      .catch((error: unknown) =>
        isUniqueViolation(error, "team_invitation_one_pending")
          ? fail(
              UserErrorCode.ALREADY_INVITED,
              "input.email",
              `${email} is already invited; resend the invitation instead.`,
            )
          : Promise.reject(error),
      );
    return this.send(ctx, invitation.id);
  }

  /** Sends a fresh link; the earlier one stops working. */
  async resend(ctx: ServiceContext, invitationId: string): Promise<TeamInvitation> {
    await this.pendingInvitation(ctx, invitationId);
    return this.send(ctx, invitationId);
  }

  async revoke(ctx: ServiceContext, invitationId: string): Promise<TeamInvitation> {
    const invitation = await this.pendingInvitation(ctx, invitationId);
    invitation.status = InvitationStatus.REVOKED;
    await ctx.em.save(invitation);
    await this.tokens.voidInvitation(ctx.em, invitation.id);
    await ctx.publish("team.invitation_revoked", invitation.id, {
      invitationId: invitation.id,
      email: invitation.user.email,
    });
    return invitation;
  }

  async changeRole(ctx: ServiceContext, memberId: string, role: MemberRole): Promise<Membership> {
    const member = await this.member(ctx, memberId);
    if (member.role === MemberRole.OWNER || role === MemberRole.OWNER) {
      fail(
        UserErrorCode.CANNOT_CHANGE_OWNER,
        "input.role",
        "The owner's role changes only by transferring ownership.",
      );
    }
    const previousRole = member.role;
    member.role = role;
    const saved = await ctx.em.save(member);
    await ctx.publish("team.role_changed", member.id, {
      memberId: member.id,
      userId: member.userId,
      role,
      previousRole,
    });
    return saved;
  }

  /** Takes a person off the team; their sessions end, so they lose access at once. */
  async remove(ctx: ServiceContext, memberId: string): Promise<Membership> {
    const member = await this.member(ctx, memberId);
    if (member.role === MemberRole.OWNER) {
      fail(
        UserErrorCode.CANNOT_CHANGE_OWNER,
        "memberId",
        "The owner cannot be removed; transfer ownership first.",
      );
    }
    await ctx.em.delete(Membership, { id: member.id });
    await ctx.em.query("DELETE FROM session WHERE user_id = $1", [member.userId]);
    await ctx.publish("team.member_removed", member.id, {
      memberId: member.id,
      userId: member.userId,
      email: member.user.email,
      role: member.role,
    });
    return member;
  }

  /** Makes a member the owner; the current owner becomes a MEMBER. */
  async transferOwnership(ctx: ServiceContext, memberId: string): Promise<Membership[]> {
    const { em } = ctx;
    const accountId = tenantOf(ctx);
    await em.findOne(Account, { where: { id: accountId }, lock: { mode: "pessimistic_write" } });
    const target = await this.member(ctx, memberId);
    if (target.role === MemberRole.OWNER) {
      fail(UserErrorCode.CANNOT_CHANGE_OWNER, "memberId", "This person already owns the account.");
    }
    if (target.user.status !== UserStatus.ACTIVE) {
      fail(UserErrorCode.NOT_A_MEMBER, "memberId", "Only an active member can become the owner.");
    }
    const members = owned(ctx, Membership);
    const previous = await members.findOne({ role: MemberRole.OWNER });
    await members.update({ role: MemberRole.OWNER }, { role: MemberRole.MEMBER });
    await members.update({ id: target.id }, { role: MemberRole.OWNER });
    await ctx.publish("team.ownership_transferred", target.id, {
      owner: { memberId: target.id, userId: target.userId },
      previousOwner: previous ? { memberId: previous.id, userId: previous.userId } : null,
    });
    return this.listMembers(ctx);
  }

  /** Marks an invitation sent now, with a link valid from now; `team.member_invited` mails it. */
  private async send(ctx: ServiceContext, invitationId: string): Promise<TeamInvitation> {
    const { em } = ctx;
    const invitation = await owned(ctx, TeamInvitation).findOne({ id: invitationId }, { user: true });
    if (!invitation) throw new Error(`invitation ${invitationId} vanished`);
    const now = this.clock.now();
    invitation.lastSentAt = now;
    invitation.expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_MS);
    await em.save(invitation);
    const account = await em.findOneByOrFail(Account, { id: invitation.accountId });
    const inviter = ctx.actor.userId ? await em.findOneBy(User, { id: ctx.actor.userId }) : null;
    await ctx.publish("team.member_invited", invitation.id, {
      invitationId: invitation.id,
      userId: invitation.userId,
      email: invitation.user.email,
      role: invitation.role,
      accountName: account.name,
      inviterName: inviter?.name ?? account.name,
    });
    return invitation;
  }

  private async pendingInvitation(ctx: ServiceContext, id: string): Promise<TeamInvitation> {
    if (!isUuid(id)) fail(UserErrorCode.NOT_FOUND, "invitationId", "Invitation not found.");
    const invitation = await owned(ctx, TeamInvitation).lock(
      { id, status: InvitationStatus.PENDING },
      "pessimistic_write",
      { user: true },
    );
    return invitation ?? fail(UserErrorCode.NOT_FOUND, "invitationId", "Invitation not found.");
  }

  private async member(ctx: ServiceContext, id: string): Promise<Membership> {
    if (!isUuid(id)) fail(UserErrorCode.NOT_FOUND, "memberId", "Team member not found.");
    const member = await owned(ctx, Membership).lock({ id }, "pessimistic_write", { user: true });
    return member ?? fail(UserErrorCode.NOT_FOUND, "memberId", "Team member not found.");
  }
}
