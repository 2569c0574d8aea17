import type { DataSource, EntityManager } from "typeorm";
import { Account } from "../account/account.entity.js";
import { Membership } from "../account/membership.entity.js";
import { User, UserStatus } from "../account/user.entity.js";
import { TokenService } from "../auth/token.service.js";
import { TokenPurpose } from "../auth/user-token.entity.js";
import { MemberRole } from "../common/auth.js";
import type { Clock } from "../common/clock.js";
import { type Actor, accountOf } from "../common/context.js";
import { isUniqueViolation } from "../common/db-errors.js";
import { normalizeEmail } from "../common/email.js";
import { fail, UserErrorCode } from "../common/errors.js";
import { isUuid } from "../common/ids.js";
import type { Links } from "../common/links.js";
import type { OutboxService } from "../notifications/outbox.service.js";
import { InvitationStatus, TeamInvitation } from "./team-invitation.entity.js";

/** A name to greet someone by before they chose one. */
export function nameFromEmail(email: string): string {
  return email.split("@")[0] ?? email;
}

const ROLE_ORDER: Record<MemberRole, number> = { OWNER: 0, MEMBER: 1, VIEWER: 2 };

function sortMembers(members: Membership[]): Membership[] {
  return members.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
}

/** The reselling team of a reseller account: members, roles, invitations and ownership. */
export class TeamService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly tokens: TokenService,
    private readonly outbox: OutboxService,
    private readonly links: Links,
  ) {}

  /** The owner first, then members and viewers, each by when they joined. */
  async listMembers(actor: Actor): Promise<Membership[]> {
    return sortMembers(
      await this.dataSource.getRepository(Membership).find({
        where: { accountId: accountOf(actor) },
        relations: { user: true },
        order: { createdAt: "ASC", id: "ASC" },
      }),
    );
  }

  listPendingInvitations(actor: Actor): Promise<TeamInvitation[]> {
    return this.dataSource.getRepository(TeamInvitation).find({
      where: { accountId: accountOf(actor), status: InvitationStatus.PENDING },
      relations: { user: true },
      order: { createdAt: "DESC", id: "ASC" },
    });
  }

  /** Invites a person by email; they are created as INVITED if new, and join only once they accept. */
  async invite(
    actor: Actor,
    input: { email: string; role: MemberRole; name?: string | null },
  ): Promise<TeamInvitation> {
    const accountId = accountOf(actor);
    const email = normalizeEmail(input.email);
    if (input.role === MemberRole.OWNER) {
      fail(
        UserErrorCode.CANNOT_CHANGE_OWNER,
        "input.role",
        "Invite as MEMBER or VIEWER; transfer ownership later.",
      );
    }
    try {
      return await this.dataSource.transaction(async (em) => {
        const now = this.clock.now();
        await em.query(
          `INSERT INTO app_user (email, name, status, created_at) VALUES ($1, $2, 'INVITED', $3)
           ON CONFLICT (email) DO NOTHING`,
          [email, input.name?.trim() || nameFromEmail(email), now],
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
        const inserted = await em.save(
          em.create(TeamInvitation, {
            accountId,
            userId: user.id,
            role: input.role,
            status: InvitationStatus.PENDING,
            invitedBy: actor.userId,
            createdAt: now,
            lastSentAt: now,
            expiresAt: now,
          }),
        );
        return this.send(em, inserted.id, actor);
      });
    } catch (error) {
      if (isUniqueViolation(error, "team_invitation_one_pending")) {
        fail(
          UserErrorCode.ALREADY_INVITED,
          "input.email",
          `${email} is already invited; resend the invitation instead.`,
        );
      }
      throw error;
    }
  }

  /** Sends a fresh link; the earlier one stops working. */
  resend(actor: Actor, invitationId: string): Promise<TeamInvitation> {
    return this.dataSource.transaction(async (em) => {
      await this.pendingInvitation(em, actor, invitationId);
      return this.send(em, invitationId, actor);
    });
  }

  revoke(actor: Actor, invitationId: string): Promise<TeamInvitation> {
    return this.dataSource.transaction(async (em) => {
      const invitation = await this.pendingInvitation(em, actor, invitationId);
      invitation.status = InvitationStatus.REVOKED;
      await em.save(invitation);
      await this.tokens.voidInvitation(em, invitation.id);
      return invitation;
    });
  }

  changeRole(actor: Actor, memberId: string, role: MemberRole): Promise<Membership> {
    return this.dataSource.transaction(async (em) => {
      const member = await this.member(em, actor, memberId);
      if (member.role === MemberRole.OWNER || role === MemberRole.OWNER) {
        fail(
          UserErrorCode.CANNOT_CHANGE_OWNER,
          "input.role",
          "The owner's role changes only by transferring ownership.",
        );
      }
      member.role = role;
      return em.save(member);
    });
  }

  /** Takes a person off the team; their sessions end, so they lose access at once. */
  remove(actor: Actor, memberId: string): Promise<Membership> {
    return this.dataSource.transaction(async (em) => {
      const member = await this.member(em, actor, memberId);
      if (member.role === MemberRole.OWNER) {
        fail(
          UserErrorCode.CANNOT_CHANGE_OWNER,
          "memberId",
          "The owner cannot be removed; transfer ownership first.",
        );
      }
      await em.delete(Membership, { id: member.id });
      await em.query("DELETE FROM session WHERE user_id = $1", [member.userId]);
      return member;
    });
  }

  /** Makes a member the owner; the current owner becomes a MEMBER. */
  transferOwnership(actor: Actor, memberId: string): Promise<Membership[]> {
    return this.dataSource.transaction(async (em) => {
      const accountId = accountOf(actor);
      await em.findOne(Account, { where: { id: accountId }, lock: { mode: "pessimistic_write" } });
      const target = await this.member(em, actor, memberId);
      if (target.role === MemberRole.OWNER) {
        fail(UserErrorCode.CANNOT_CHANGE_OWNER, "memberId", "This person already owns the account.");
      }
      if (target.user.status !== UserStatus.ACTIVE) {
        fail(UserErrorCode.NOT_A_MEMBER, "memberId", "Only an active member can become the owner.");
      }
      await em.update(Membership, { accountId, role: MemberRole.OWNER }, { role: MemberRole.MEMBER });
      await em.update(Membership, { id: target.id }, { role: MemberRole.OWNER });
      return sortMembers(
        await em.find(Membership, {
          where: { accountId },
          relations: { user: true },
          order: { createdAt: "ASC", id: "ASC" },
        }),
      );
    });
  }

  private async send(em: EntityManager, invitationId: string, actor: Actor): Promise<TeamInvitation> {
    const invitation = await em.findOneOrFail(TeamInvitation, {
      where: { id: invitationId },
      relations: { user: true },
    });
    const { token, expiresAt } = await this.tokens.issue(
      em,
      invitation.userId,
      TokenPurpose.INVITATION,
      invitation.id,
    );
    invitation.lastSentAt = this.clock.now();
    invitation.expiresAt = expiresAt;
    await em.save(invitation);
    const account = await em.findOneByOrFail(Account, { id: invitation.accountId });
    const inviter = actor.userId ? await em.findOneBy(User, { id: actor.userId }) : null;
    await this.outbox.enqueue(em, invitation.user.email, "team_invitation", {
      link: this.links.activation(token),
      accountName: account.name,
      inviterName: inviter?.name ?? account.name,
      role: invitation.role,
      expiresAt: expiresAt.toISOString(),
    });
    return invitation;
  }

  private async pendingInvitation(em: EntityManager, actor: Actor, id: string): Promise<TeamInvitation> {
    if (!isUuid(id)) fail(UserErrorCode.NOT_FOUND, "invitationId", "Invitation not found.");
    const invitation = await em.findOne(TeamInvitation, {
      where: { id, accountId: accountOf(actor), status: InvitationStatus.PENDING },
      lock: { mode: "pessimistic_write" },
    });
    return invitation ?? fail(UserErrorCode.NOT_FOUND, "invitationId", "Invitation not found.");
  }

  private async member(em: EntityManager, actor: Actor, id: string): Promise<Membership> {
    if (!isUuid(id)) fail(UserErrorCode.NOT_FOUND, "memberId", "Team member not found.");
    const member = await em.findOne(Membership, {
      where: { id, accountId: accountOf(actor) },
      relations: { user: true },
      lock: { mode: "pessimistic_write", tables: ["membership"] },
    });
    return member ?? fail(UserErrorCode.NOT_FOUND, "memberId", "Team member not found.");
  }
}
