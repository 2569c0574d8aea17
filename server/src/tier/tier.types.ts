import { Max, MaxLength, Min } from "class-validator";
import { Field, InputType, Int } from "type-graphql";
import { FULL_BP } from "../catalog/pricing.js";
import { UserErrorCode } from "../common/errors.js";
import { payloadType } from "../common/payload.js";
import { IsNotBlank } from "../common/validation.js";
import { Tier } from "./tier.entity.js";

@InputType({ description: "A tier's terms." })
export class TierUpdateInput {
  @Field()
  @IsNotBlank("Enter the tier name")
  @MaxLength(60)
  name: string;

  @Field(() => Int, { description: "1 to 366." })
  @Min(1, { message: "A trial lasts at least one day" })
  @Max(366, { message: "A trial lasts a year at most" })
  trialDays: number;

  @Field(() => Int, { description: "0 to 1,000." })
  @Min(0, { message: "Trials per month cannot be negative" })
  @Max(1000, { message: "Allow 1,000 trials per month at most" })
  trialsPerMonth: number;

  @Field(() => Int, { description: "The partner discount, in basis points: 1 % = 100, 0 to 10,000." })
  @Min(0, {
    message: "The reselling percentage cannot be negative",
    context: { code: UserErrorCode.INVALID_PERCENT },
  })
  @Max(FULL_BP, {
    message: "The reselling percentage is 100 % at most",
    context: { code: UserErrorCode.INVALID_PERCENT },
  })
  resellingBp: number;
}

export const TierPayload = payloadType<{ tier: Tier | null }>("TierPayload", {
  tier: { type: () => Tier },
});
