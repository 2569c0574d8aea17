import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Tier } from "../tier/tier.entity.js";

export enum AccountKind {
  RESELLER = "RESELLER",
  CUSTOMER = "CUSTOMER",
}

registerEnumType(AccountKind, {
  name: "AccountKind",
  description: "A reseller's account or an end customer's.",
});

export enum AccountStatus {
  ACTIVE = "ACTIVE",
  DISABLED = "DISABLED",
}

registerEnumType(AccountStatus, {
  name: "AccountStatus",
  description: "A DISABLED account's people and API keys can no longer act for it.",
});

@ObjectType({ description: "A reseller's or a customer's account." })
@Entity({ name: "account" })
export class Account {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => AccountKind)
  @Column({ type: "text" })
  kind: AccountKind;

  @Field({ description: "The company name." })
  @Column({ type: "text" })
  name: string;

  @Field(() => AccountStatus)
  @Column({ type: "text", default: AccountStatus.ACTIVE })
  status: AccountStatus;

  @Column({ type: "uuid", name: "tier_id", nullable: true })
  tierId: string | null;

  @Field(() => Tier, { nullable: true, description: "The partner tier of a reseller; null for customers." })
  @ManyToOne(() => Tier, { nullable: true })
  @JoinColumn({ name: "tier_id" })
  tier: Relation<Tier> | null;

  @Field()
  @Column({ type: "timestamptz", name: "created_at" })
  createdAt: Date;
}
