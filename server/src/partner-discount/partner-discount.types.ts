import { MaxLength } from "class-validator";
import { Field, InputType, ObjectType } from "type-graphql";
import { payloadType } from "../common/payload.js";

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

@InputType()
export class PartnerDiscountRequestInput {
  @Field({ defaultValue: "", description: "Anything vendor staff should know, such as the first order." })
  @MaxLength(1000)
  note: string;
}

export const PartnerDiscountPayload = payloadType<{ partnerDiscount: PartnerDiscountStatus | null }>(
  "PartnerDiscountPayload",
  { partnerDiscount: { type: () => PartnerDiscountStatus } },
);
