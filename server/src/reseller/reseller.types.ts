import { MaxLength } from "class-validator";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { AccountStatus } from "../account/account.entity.js";
import { User } from "../account/user.entity.js";
import { connectionType } from "../common/pagination.js";
import { payloadType } from "../common/payload.js";
import { IsEmailAddress, IsNotBlank } from "../common/validation.js";
import { PartnerDiscountStatus } from "../partner-discount/partner-discount.types.js";
import { Tier } from "../tier/tier.entity.js";

@ObjectType({ description: "A reseller account as vendor staff see it." })
export class Reseller {
  @Field(() => ID)
  id: string;

  @Field({ description: "The company name." })
  name: string;

  @Field(() => AccountStatus)
  status: AccountStatus;

  @Field(() => Tier)
  tier: Tier;

  @Field(() => User, { description: "The account owner." })
  owner: User;

  @Field()
  createdAt: Date;

  @Field(() => PartnerDiscountStatus, { description: "Its partner discount code, and any open request." })
  partnerDiscount: PartnerDiscountStatus;
}

export const ResellerConnection = connectionType(Reseller, "Reseller");

@InputType()
export class ResellerEnableInput {
  @Field({ description: "The owner's email; they get an activation link." })
  @IsEmailAddress("Enter an email address such as owner@company.com")
  ownerEmail: string;

  @Field(() => String, { nullable: true })
  @MaxLength(120)
  ownerName?: string | null;

  @Field()
  @IsNotBlank("Enter the company name")
  @MaxLength(200)
  companyName: string;

  @Field({ description: "BRONZE, SILVER or GOLD (or another tier's code)." })
  tierCode: string;
}

export const ResellerPayload = payloadType<{ reseller: Reseller | null }>("ResellerPayload", {
  reseller: { type: () => Reseller },
});
