import { Field, ObjectType } from "type-graphql";
import { UserError } from "../common/errors.js";

@ObjectType({ description: "The caller's partner discount code, and whether one was asked for." })
export class PartnerDiscountStatus {
  @Field(() => String, { nullable: true, description: "The active code, to give when buying; null if none." })
  code: string | null;

  @Field(() => Date, { nullable: true })
  issuedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "When someone asked vendor staff for a code, while that request is open.",
  })
  requestedAt: Date | null;
}

@ObjectType()
export class PartnerDiscountPayload {
  @Field(() => PartnerDiscountStatus, { nullable: true })
  partnerDiscount: PartnerDiscountStatus | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
