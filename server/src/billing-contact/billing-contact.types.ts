import { MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";
import { payloadType } from "../common/payload.js";
import { IsEmailAddress } from "../common/validation.js";
import { BillingContact } from "./billing-contact.entity.js";

@InputType()
export class BillingContactAddInput {
  @Field()
  @IsEmailAddress("Enter an email address such as billing@company.com")
  email: string;

  @Field(() => String, { nullable: true })
  @MaxLength(120)
  name?: string | null;
}

export const BillingContactPayload = payloadType<{ billingContact: BillingContact | null }>(
  "BillingContactPayload",
  { billingContact: { type: () => BillingContact } },
);
