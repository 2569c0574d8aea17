import { IsIn, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { Membership } from "../account/membership.entity.js";
import { MemberRole } from "../common/auth.js";
import { payloadType } from "../common/payload.js";
import { IsEmailAddress } from "../common/validation.js";
import { TeamInvitation } from "./team-invitation.entity.js";

@InputType()
export class TeamMemberInviteInput {
  @Field()
  @IsEmailAddress("Enter an email address such as name@company.com")
  email: string;

  @Field(() => MemberRole, { description: "MEMBER or VIEWER." })
  @IsIn([MemberRole.MEMBER, MemberRole.VIEWER], { message: "Invite as MEMBER or VIEWER" })
  role: MemberRole;

  @Field(() => String, { nullable: true, description: "How to greet them until they set their own name." })
  @MaxLength(120)
  name?: string | null;
}

@InputType()
export class TeamMemberChangeRoleInput {
  @Field(() => ID)
  memberId: string;

  @Field(() => MemberRole, { description: "MEMBER or VIEWER; the owner changes only by transfer." })
  role: MemberRole;
}

export const TeamInvitationPayload = payloadType<{ invitation: TeamInvitation | null }>(
  "TeamInvitationPayload",
  { invitation: { type: () => TeamInvitation } },
);

export const TeamMemberPayload = payloadType<{ member: Membership | null }>("TeamMemberPayload", {
  member: { type: () => Membership },
});

export const TeamOwnershipTransferPayload = payloadType<{ members: Membership[] | null }>(
  "TeamOwnershipTransferPayload",
  { members: { type: () => [Membership], description: "The team after the transfer." } },
);
