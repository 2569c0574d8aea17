import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { Membership } from "../account/membership.entity.js";
import { Permission } from "../common/auth.js";
import { actorOf, type RequestContext } from "../common/context.js";
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
@Authorized(Permission.TEAM_MANAGE)
@Resolver()
export class TeamResolver {
  constructor(private readonly team: TeamService) {}

  @Query(() => [Membership], { description: "The people on the team, owner included, oldest first." })
  teamMembers(@Ctx() ctx: RequestContext): Promise<Membership[]> {
    return this.team.listMembers(actorOf(ctx));
  }

  @Query(() => [TeamInvitation], { description: "Invitations not yet accepted or revoked, newest first." })
  teamInvitations(@Ctx() ctx: RequestContext): Promise<TeamInvitation[]> {
    return this.team.listPendingInvitations(actorOf(ctx));
  }

  @Mutation(() => TeamInvitationPayload, {
    description: "Invites a person by email; they join once they accept the mailed link (valid 72 hours).",
  })
  async teamMemberInvite(
    @Arg("input") input: TeamMemberInviteInput,
    @Ctx() ctx: RequestContext,
  ): Promise<TeamInvitationPayload> {
    return { invitation: await this.team.invite(actorOf(ctx), input), userErrors: [] };
  }

  @Mutation(() => TeamInvitationPayload, {
    description: "Mails a fresh link; the earlier one stops working.",
  })
  async teamInvitationResend(
    @Arg("invitationId", () => ID) invitationId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<TeamInvitationPayload> {
    return { invitation: await this.team.resend(actorOf(ctx), invitationId), userErrors: [] };
  }

  @Mutation(() => TeamInvitationPayload, {
    description: "Withdraws a pending invitation; its link stops working.",
  })
  async teamInvitationRevoke(
    @Arg("invitationId", () => ID) invitationId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<TeamInvitationPayload> {
    return { invitation: await this.team.revoke(actorOf(ctx), invitationId), userErrors: [] };
  }

  @Mutation(() => TeamMemberPayload, { description: "Makes a member a VIEWER or a VIEWER a MEMBER." })
  async teamMemberChangeRole(
    @Arg("input") input: TeamMemberChangeRoleInput,
    @Ctx() ctx: RequestContext,
  ): Promise<TeamMemberPayload> {
    return { member: await this.team.changeRole(actorOf(ctx), input.memberId, input.role), userErrors: [] };
  }

  @Mutation(() => TeamMemberPayload, { description: "Takes a person off the team and ends their sessions." })
  async teamMemberRemove(
    @Arg("memberId", () => ID) memberId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<TeamMemberPayload> {
    return { member: await this.team.remove(actorOf(ctx), memberId), userErrors: [] };
  }

  @Mutation(() => TeamOwnershipTransferPayload, {
    description: "Makes an active member the owner; the current owner becomes a MEMBER.",
  })
  async teamOwnershipTransfer(
    @Arg("memberId", () => ID) memberId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<TeamOwnershipTransferPayload> {
    return { members: await this.team.transferOwnership(actorOf(ctx), memberId), userErrors: [] };
  }
}
