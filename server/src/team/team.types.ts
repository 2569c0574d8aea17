import { IsIn, MaxLength } from "class-validator";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { Membership } from "../account/membership.entity.js";
import { MemberRole } from "../common/auth.js";
import { UserError } from "../common/errors.js";
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

@ObjectType()
export class TeamInvitationPayload {
  @Field(() => TeamInvitation, { nullable: true })
  invitation: TeamInvitation | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class TeamMemberPayload {
  @Field(() => Membership, { nullable: true })
  member: Membership | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class TeamOwnershipTransferPayload {
  @Field(() => [Membership], { nullable: true, description: "The team after the transfer." })
  members: Membership[] | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
