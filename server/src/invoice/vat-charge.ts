import { GraphQLSafeInt } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { VatTreatment } from "./vat-treatment.js";

/** The VAT on an amount the reseller pays the vendor, by the reseller's billing profile. */
@ObjectType({
  description: "The VAT on what the reseller pays, by the EU B2B rules and its billing profile.",
})
export class VatCharge {
  @Field(() => VatTreatment)
  treatment: VatTreatment;

  @Field(() => Int, { description: "The rate in basis points: 1 % = 100." })
  rateBp: number;

  @Field(() => GraphQLSafeInt, { description: "The VAT in minor units, rounded once." })
  amount: number;
}
