import { Field, ID, Int, ObjectType } from "type-graphql";
import { enumType } from "../common/enum-type.js";
import { payloadType } from "../common/payload.js";
import { Trial } from "./trial.entity.js";

export const TrialIneligibility = enumType(
  "TrialIneligibility",
  [
    "NOT_YOUR_CUSTOMER",
    "HAS_SUBSCRIPTION",
    "TRIAL_ALREADY_USED",
    "QUOTA_EXHAUSTED",
    "PRODUCT_NOT_TRIAL_ENABLED",
    "ANNEX_NOT_ACCEPTED",
  ],
  {
    description: "Why a trial cannot be given. None of them says which other reseller a customer deals with.",
  },
);
export type TrialIneligibility = (typeof TrialIneligibility)[keyof typeof TrialIneligibility];

@ObjectType({ description: "The caller's trials this calendar month (UTC) against its tier's limit." })
export class TrialQuota {
  @Field(() => Int)
  used: number;

  @Field(() => Int, { description: "The tier's trials per month, as the tier is now." })
  limit: number;

  @Field(() => Int)
  remaining: number;

  @Field({ description: "The start of next month (UTC), when the count starts again." })
  resetsAt: Date;
}

@ObjectType()
export class TrialReason {
  @Field(() => TrialIneligibility)
  code: TrialIneligibility;

  @Field()
  message: string;

  @Field(() => Date, { nullable: true, description: "For QUOTA_EXHAUSTED: when trials are available again." })
  resetsAt: Date | null;
}

@ObjectType({ description: "Whether a trial can be given now, and if not, why." })
export class TrialEligibility {
  @Field()
  eligible: boolean;

  @Field(() => [TrialReason])
  reasons: TrialReason[];

  @Field(() => TrialQuota)
  quota: TrialQuota;

  @Field(() => Int, { description: "How long a trial given now would last: the tier's trial days." })
  trialDays: number;
}

export const TrialPayload = payloadType<{ trial: Trial | null }>("TrialPayload", {
  trial: { type: () => Trial },
});

@ObjectType({ description: "A trial given to the signed-in customer, as the customer sees it." })
export class CustomerTrial {
  @Field()
  productCode: string;

  @Field()
  productName: string;

  @Field()
  endsAt: Date;

  @Field()
  status: string;

  @Field(() => ID, { description: "The reseller that gave it, as in `customerPortal.resellers`." })
  resellerId: string;

  @Field({ description: "The reseller that gave it." })
  resellerName: string;
}
