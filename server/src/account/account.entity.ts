import { Field, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { enumType } from "../common/enum-type.js";
import { ExposedRow, TimestampColumn } from "../db/columns.js";
import { Tier } from "../tier/tier.entity.js";

export const AccountKind = enumType("AccountKind", ["RESELLER", "CUSTOMER"], {
  description: "A reseller's account or an end customer's.",
});
export type AccountKind = (typeof AccountKind)[keyof typeof AccountKind];

export const AccountStatus = enumType("AccountStatus", ["ACTIVE", "DISABLED", "APPLYING"], {
  description:
    "A DISABLED account's people and API keys can no longer act for it. An APPLYING account signed up to resell and is not approved yet: its owner can apply, and nothing else.",
});
export type AccountStatus = (typeof AccountStatus)[keyof typeof AccountStatus];

@ObjectType({ description: "A reseller's or a customer's account." })
@Entity({ name: "account" })
export class Account extends ExposedRow {
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

  @Field(() => String, {
    nullable: true,
    description:
      "The company's country (ISO 3166-1 alpha-2) given at sign-up; null for accounts made otherwise.",
  })
  @Column({ type: "text", nullable: true })
  country: string | null;

  @Field()
  @TimestampColumn("created_at")
  createdAt: Date;
}
