import { Arg, Ctx, ID, Resolver } from "type-graphql";
import { Membership } from "../account/membership.entity.js";
import { Permission } from "../common/auth.js";
import type { RequestContext } from "../common/context.js";
import { UserErrorCode } from "../common/errors.js";
import { DomainMutation, DomainQuery } from "../common/operations.js";
import type { Success } from "../common/payload.js";
import { validationCodes } from "../common/validation.js";
import { UnitOfWork } from "../db/unit-of-work.js";
import { TeamService } from "./team.service.js";
import {
  TeamInvitationPayload,
  TeamMemberChangeRoleInput,
  TeamMemberInviteInput,
  TeamMemberPayload,
  TeamOwnershipTransferPayload,
} from "./team.types.js";
import { TeamInvitation } from "./team-invitation.entity.js";

/** Reselling team management: the account owner only, in the API as in the app. */
@Resolver()
export class TeamResolver {
  constructor(
    private readonly service: TeamService,
    private readonly work: UnitOfWork,
  ) {}

  @DomainQuery(() => [Membership], {
    access: Permission.TEAM_MANAGE,
    description: "The people on the team, owner included, oldest first.",
  })
  teamMembers(@Ctx() ctx: RequestContext): Promise<Membership[]> {
    return this.service.listMembers(this.work.read(ctx));
  }

  @DomainQuery(() => [TeamInvitation], {
    access: Permission.TEAM_MANAGE,
    description: "Invitations not yet accepted or revoked, newest first.",
  })
  teamInvitations(@Ctx() ctx: RequestContext): Promise<TeamInvitation[]> {
    return this.service.listPendingInvitations(this.work.read(ctx));
  }

  @DomainMutation(() => TeamInvitationPayload, {
    access: Permission.TEAM_MANAGE,
    refuses: [
      ...validationCodes(TeamMemberInviteInput),
      UserErrorCode.CANNOT_CHANGE_OWNER,
      UserErrorCode.ALREADY_MEMBER,
      UserErrorCode.EMAIL_IN_USE,
      UserErrorCode.ALREADY_INVITED,
    ],
    description: "Invites a person by email; they join once they accept the mailed link (valid 72 hours).",
  })
  async teamMemberInvite(
    @Arg("input") input: TeamMemberInviteInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Success<typeof TeamInvitationPayload>> {
    return { invitation: await this.work.run(ctx, (sc) => this.service.invite(sc, input)) };
  }

  @DomainMutation(() => TeamInvitationPayload, {
    access: Permission.TEAM_MANAGE,
    refuses: [UserErrorCode.NOT_FOUND],
    description: "Mails a fresh link; the earlier one stops working.",
  })
  async teamInvitationResend(
    @Arg("invitationId", () => ID) invitationId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Success<typeof TeamInvitationPayload>> {
    return { invitation: await this.work.run(ctx, (sc) => this.service.resend(sc, invitationId)) };
  }

  @DomainMutation(() => TeamInvitationPayload, {
    access: Permission.TEAM_MANAGE,
    refuses: [UserErrorCode.NOT_FOUND],
    description: "Withdraws a pending invitation; its link stops working.",
  })
  async teamInvitationRevoke(
    @Arg("invitationId", () => ID) invitationId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Success<typeof TeamInvitationPayload>> {
    return { invitation: await this.work.run(ctx, (sc) => this.service.revoke(sc, invitationId)) };
  }

  @DomainMutation(() => TeamMemberPayload, {
    access: Permission.TEAM_MANAGE,
    refuses: [
      ...validationCodes(TeamMemberChangeRoleInput),
      UserErrorCode.NOT_FOUND,
      UserErrorCode.CANNOT_CHANGE_OWNER,
    ],
    description: "Makes a member a VIEWER or a VIEWER a MEMBER.",
  })
  async teamMemberChangeRole(
    @Arg("input") input: TeamMemberChangeRoleInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Success<typeof TeamMemberPayload>> {
    return {
      member: await this.work.run(ctx, (sc) => this.service.changeRole(sc, input.memberId, input.role)),
    };
  }

  @DomainMutation(() => TeamMemberPayload, {
    access: Permission.TEAM_MANAGE,
    refuses: [UserErrorCode.NOT_FOUND, UserErrorCode.CANNOT_CHANGE_OWNER],
    description: "Takes a person off the team and ends their sessions.",
  })
  async teamMemberRemove(
    @Arg("memberId", () => ID) memberId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Success<typeof TeamMemberPayload>> {
    return { member: await this.work.run(ctx, (sc) => this.service.remove(sc, memberId)) };
  }

  @DomainMutation(() => TeamOwnershipTransferPayload, {
    access: Permission.TEAM_MANAGE,
    refuses: [UserErrorCode.NOT_FOUND, UserErrorCode.CANNOT_CHANGE_OWNER, UserErrorCode.NOT_A_MEMBER],
    description: "Makes an active member the owner; the current owner becomes a MEMBER.",
  })
  async teamOwnershipTransfer(
    @Arg("memberId", () => ID) memberId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Success<typeof TeamOwnershipTransferPayload>> {
    return { members: await this.work.run(ctx, (sc) => this.service.transferOwnership(sc, memberId)) };
  }
}
