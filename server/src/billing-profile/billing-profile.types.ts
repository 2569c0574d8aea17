import { MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";
import { payloadType } from "../common/payload.js";
import { IsNotBlank } from "../common/validation.js";
import { BillingProfile } from "./billing-profile.entity.js";

@InputType({ description: "The whole billing profile; blank optional fields are cleared." })
export class BillingProfileInput {
  @Field()
  @IsNotBlank("Enter the company's legal name.")
  @MaxLength(200, { message: "The legal name has 200 characters at most." })
  legalName: string;

  @Field()
  @IsNotBlank("Enter the street address.")
  @MaxLength(200, { message: "The address line has 200 characters at most." })
  addressLine1: string;

  @Field(() => String, { nullable: true })
  @MaxLength(200, { message: "The address line has 200 characters at most." })
  addressLine2?: string | null;

  @Field()
  @IsNotBlank("Enter the postal code.")
  @MaxLength(20, { message: "The postal code has 20 characters at most." })
  postalCode: string;

  @Field()
  @IsNotBlank("Enter the city.")
  @MaxLength(100, { message: "The city has 100 characters at most." })
  city: string;

  @Field({ description: "ISO 3166-1 alpha-2 code, such as DE." })
  @IsNotBlank("Choose the country.")
  country: string;

  @Field(() => String, {
    nullable: true,
    description: "With its country prefix, such as DE123456789 (EL for Greece); checked for EU countries.",
  })
  @MaxLength(32, { message: "The VAT ID has 32 characters at most." })
  vatId?: string | null;

  @Field(() => String, { nullable: true, description: "Printed on every invoice as your reference." })
  @MaxLength(100, { message: "The purchase-order reference has 100 characters at most." })
  purchaseOrderReference?: string | null;
}

export const BillingProfilePayload = payloadType<{ billingProfile: BillingProfile | null }>(
  "BillingProfilePayload",
  { billingProfile: { type: () => BillingProfile } },
);
