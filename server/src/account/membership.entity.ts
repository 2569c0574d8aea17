import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { MemberRole } from "../common/auth.js";
import { ExposedRow, TimestampColumn } from "../db/columns.js";
import { Account } from "./account.entity.js";
import { User } from "./user.entity.js";

/** A person's place in an account. A person belongs to one account at most; an account has one owner. */
@ObjectType("TeamMember", { description: "A person on a reselling team, with their role." })
@Entity({ name: "membership" })
export class Membership extends ExposedRow {
  @Field(() => ID, { description: "The membership's id, used by the team mutations." })
  override id: string;

  @Column({ type: "uuid", name: "account_id" })
  accountId: string;

  @ManyToOne(() => Account, { onDelete: "CASCADE" })
  @JoinColumn({ name: "account_id" })
  account: Relation<Account>;

  @Column({ type: "uuid", name: "user_id" })
  userId: string;

  @Field(() => User)
  @ManyToOne(() => User)
  @JoinColumn({ name: "user_id" })
  user: Relation<User>;

  @Field(() => MemberRole)
  @Column({ type: "text" })
  role: MemberRole;

  @Field({ name: "joinedAt", description: "When the person joined the account." })
  @TimestampColumn("created_at")
  createdAt: Date;
}
