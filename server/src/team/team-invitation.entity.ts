import { Field, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { User } from "../account/user.entity.js";
import { MemberRole } from "../common/auth.js";
import { enumType } from "../common/enum-type.js";
import { ExposedRow, TimestampColumn } from "../db/columns.js";

export const InvitationStatus = enumType("InvitationStatus", ["PENDING", "ACCEPTED", "REVOKED"]);
export type InvitationStatus = (typeof InvitationStatus)[keyof typeof InvitationStatus];

@ObjectType({ description: "An invitation to join a reselling team, pending until the person accepts it." })
@Entity({ name: "team_invitation" })
export class TeamInvitation extends ExposedRow {
  @Column({ type: "uuid", name: "account_id" })
  accountId: string;

  @Column({ type: "uuid", name: "user_id" })
  userId: string;

  @ManyToOne(() => User)
  @JoinColumn({ name: "user_id" })
  user: Relation<User>;

  @Field({ description: "Who is invited." })
  get email(): string {
    return this.user.email;
  }

  @Field(() => String, {
    nullable: true,
    description: "The name the inviter gave for the person, if any; they may choose another on accepting.",
  })
  @Column({ type: "text", nullable: true })
  name: string | null;

  @Field(() => MemberRole, { description: "The role the person gets on accepting." })
  @Column({ type: "text" })
  role: MemberRole;

  @Field(() => InvitationStatus)
  @Column({ type: "text" })
  status: InvitationStatus;

  @Column({ type: "uuid", name: "invited_by", nullable: true })
  invitedBy: string | null;

  @Field({ description: "When the invitation was made." })
  @TimestampColumn("created_at")
  createdAt: Date;

  @Field({ description: "When the latest link was sent." })
  @TimestampColumn("last_sent_at")
  lastSentAt: Date;

  @Field({ description: "When the latest link stops working." })
  @TimestampColumn("expires_at")
  expiresAt: Date;
}
