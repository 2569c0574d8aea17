import { Field, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity } from "typeorm";
import { ExposedRow } from "../db/columns.js";

/** A partner tier. Its numbers are data that vendor staff may change. */
@ObjectType({ description: "A partner tier (Bronze, Silver, Gold) with its trial and reselling terms." })
@Entity({ name: "tier" })
export class Tier extends ExposedRow {
  @Field({ description: "Stable code, such as GOLD." })
  @Column({ type: "text", unique: true })
  code: string;

  @Field({ description: "Display name, such as Gold." })
  @Column({ type: "text" })
  name: string;

  @Field(() => Int, { description: "How many days a trial given by a reseller on this tier lasts." })
  @Column({ type: "int", name: "trial_days" })
  trialDays: number;

  @Field(() => Int, {
    description: "How many trials a reseller on this tier may give per calendar month (UTC).",
  })
  @Column({ type: "int", name: "trials_per_month" })
  trialsPerMonth: number;

  @Field(() => Int, {
    description:
      "The reselling percentage: the partner discount off retail, in basis points: 1 % = 100, 0 to 10,000.",
  })
  @Column({ type: "int", name: "reselling_bp" })
  resellingBp: number;

  @Field(() => Int, { description: "Order in which tiers are listed, lowest first." })
  @Column({ type: "int", name: "rank" })
  rank: number;

  @CreateDateColumn({ type: "timestamptz", name: "created_at" })
  createdAt: Date;
}
