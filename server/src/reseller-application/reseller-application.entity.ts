import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { enumType } from "../common/enum-type.js";
import { ExposedRow, TimestampColumn } from "../db/columns.js";
import { Tier } from "../tier/tier.entity.js";

export const ResellerApplicationStatus = enumType(
  "ResellerApplicationStatus",
  ["PENDING", "APPROVED", "DECLINED"],
  {
    description: "Where an application to resell stands.",
    values: {
      PENDING: { description: "Waiting for vendor staff." },
      APPROVED: { description: "The account resells on the tier staff chose." },
      DECLINED: { description: "Refused with a reason; the company may apply again." },
    },
  },
);
export type ResellerApplicationStatus =
  (typeof ResellerApplicationStatus)[keyof typeof ResellerApplicationStatus];

@ObjectType({ description: "A signed-up company's application to resell, and staff's decision." })
@Entity({ name: "reseller_application" })
export class ResellerApplication extends ExposedRow {
  @Column({ type: "uuid", name: "account_id" })
  accountId: string;

  @Column({ type: "uuid", name: "submitted_by" })
  submittedBy: string;

  @Field({ description: "The company's website." })
  @Column({ type: "text" })
  website: string;

  @Field(() => [String], { description: "The countries it sells in (ISO 3166-1 alpha-2)." })
  @Column({ type: "text", array: true })
  countries: string[];

  @Field(() => Int, { description: "How many licenses it expects to sell in a year." })
  @Column({ type: "int", name: "expected_licenses_per_year" })
  expectedLicensesPerYear: number;

  @Field({ description: "What the company wrote about itself." })
  @Column({ type: "text" })
  message: string;

  @Field(() => ResellerApplicationStatus)
  @Column({ type: "text" })
  status: ResellerApplicationStatus;

  @Field()
  @TimestampColumn("submitted_at")
  submittedAt: Date;

  @Field(() => Date, { nullable: true })
  @TimestampColumn("decided_at", { nullable: true })
  decidedAt: Date | null;

  @Column({ type: "uuid", name: "decided_by", nullable: true })
  decidedBy: string | null;

  @Column({ type: "uuid", name: "tier_id", nullable: true })
  tierId: string | null;

  @Field(() => Tier, { nullable: true, description: "The tier it was approved on." })
  @ManyToOne(() => Tier, { nullable: true })
  @JoinColumn({ name: "tier_id" })
  tier: Relation<Tier> | null;

  @Field(() => String, { nullable: true, description: "Why it was declined." })
  @Column({ type: "text", name: "decline_reason", nullable: true })
  declineReason: string | null;

  /** The applying account's company name; filled by the service. */
  @Field({ description: "The applying company." })
  companyName: string;

  /** Filled by the service. */
  @Field(() => String, { nullable: true, description: "The applying company's country, from its sign-up." })
  country: string | null;

  /** The account owner's email; filled by the service. */
  @Field({ description: "The email of the applying account's owner." })
  ownerEmail: string;
}
