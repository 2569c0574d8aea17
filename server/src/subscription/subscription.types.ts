import { Length, MaxLength } from "class-validator";
import { GraphQLSafeInt } from "graphql-scalars";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { BillingPeriod, QUANTITY_DESCRIPTION } from "../catalog/catalog.types.js";
import { enumType } from "../common/enum-type.js";
import { connectionType } from "../common/pagination.js";
import { payloadType } from "../common/payload.js";
import { Invoice } from "../invoice/invoice.entity.js";
import { VatCharge } from "../invoice/vat-charge.js";
import { PaymentMethod } from "../payment/payment-method.js";
import { Subscription, SubscriptionStatus } from "./subscription.entity.js";

export const SubscriptionConnection = connectionType(Subscription, "Subscription");

const IDEMPOTENCY_KEY_DESCRIPTION =
  "Any unique string per intended change; resending the same request with the same key returns the first result without charging again.";

export const SubscriptionSort = enumType(
  "SubscriptionSort",
  ["CREATED_AT_DESC", "CREATED_AT_ASC", "PERIOD_END_ASC", "PERIOD_END_DESC"],
  {
    description:
      "Orders of the subscription list: by when it was bought, or by the end of its current period; ties are broken by id, so pages never overlap.",
  },
);
export type SubscriptionSort = (typeof SubscriptionSort)[keyof typeof SubscriptionSort];

@InputType()
export class SubscriptionPurchaseInput {
  @Field()
  productCode: string;

  @Field(() => BillingPeriod)
  period: BillingPeriod;

  @Field(() => Int, { description: QUANTITY_DESCRIPTION })
  quantity: number;

  @Field(() => PaymentMethod, {
    description:
      "CARD or PAYPAL pay with a saved method of the wallet (or a new card); WIRE_TRANSFER needs no method.",
  })
  paymentMethod: PaymentMethod;

  @Field(() => ID, {
    nullable: true,
    description:
      "A saved card or PayPal account of the wallet (see paymentMethods), of the kind paymentMethod names. Without it, a card or PayPal payment uses the default method if it is of that kind, else the newest of that kind.",
  })
  paymentMethodId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Saves this card token to the wallet and pays with it (paymentMethod CARD); only for those who manage billing. Sandbox tokens: tok_visa, tok_mastercard, tok_chargeDeclined (declined), tok_expired (refused).",
  })
  @MaxLength(200)
  newCardToken?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Your partner discount code; without one you pay retail.",
  })
  discountCode?: string | null;

  @Field(() => ID, { nullable: true, description: "A customer of your list to assign it to at once." })
  customerId?: string | null;

  @Field({ defaultValue: true, description: "Renew at the end of each period." })
  renew: boolean;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  @Length(1, 200)
  idempotencyKey?: string | null;
}

export const SubscriptionPayload = payloadType<{
  subscription: Subscription | null;
  invoice?: Invoice | null;
}>("SubscriptionPayload", {
  subscription: { type: () => Subscription },
  invoice: { type: () => Invoice, description: "The invoice the change made, if it made one." },
});

@InputType()
export class SubscriptionFilter {
  @Field(() => SubscriptionStatus, { nullable: true })
  status?: SubscriptionStatus | null;

  @Field(() => Boolean, { nullable: true, description: "true: assigned to a customer; false: in the pool." })
  assigned?: boolean | null;

  @Field(() => String, { nullable: true })
  productCode?: string | null;

  @Field(() => ID, { nullable: true, description: "Assigned to this customer of your list." })
  customerId?: string | null;
}

export const QuantityChangeEffect = enumType("QuantityChangeEffect", ["NOW", "NEXT_PERIOD", "NONE"], {
  description: "When a quantity change takes effect.",
  values: {
    NOW: { description: "An increase: at once, with a prorated charge." },
    NEXT_PERIOD: { description: "A decrease: from the next period." },
    NONE: { description: "The quantity stays; a scheduled decrease is called off." },
  },
});
export type QuantityChangeEffect = (typeof QuantityChangeEffect)[keyof typeof QuantityChangeEffect];

@ObjectType({ description: "What a quantity change would cost and when it would apply." })
export class SubscriptionChangeQuote {
  @Field(() => QuantityChangeEffect)
  effect: QuantityChangeEffect;

  @Field({ description: "When the new quantity applies." })
  effectiveFrom: Date;

  @Field(() => Int, { description: "Licenses after the change: 1 to 100,000; 20 or more for MONTHLY." })
  quantity: number;

  @Field()
  currency: string;

  @Field(() => GraphQLSafeInt, {
    description: "Charged now for the added licenses, prorated; 0 for a decrease.",
  })
  amountDueNow: number;

  @Field(() => VatCharge, { description: "The VAT on the amount due now, by the billing profile." })
  vatDueNow: VatCharge;

  @Field(() => GraphQLSafeInt, { description: "What is charged now: the amount due plus VAT." })
  totalDueNow: number;

  @Field(() => Int, { description: "Days left in the current period, a started day counting in full." })
  remainingDays: number;

  @Field(() => Int)
  periodDays: number;

  @Field(() => GraphQLSafeInt, { description: "What the next full period costs at the new quantity." })
  nextPeriodPrice: number;
}

export const SubscriptionChangeQuotePayload = payloadType<{ changeQuote: SubscriptionChangeQuote | null }>(
  "SubscriptionChangeQuotePayload",
  { changeQuote: { type: () => SubscriptionChangeQuote } },
);

@InputType()
export class SubscriptionPaymentInput {
  @Field(() => PaymentMethod, {
    description:
      "CARD or PAYPAL pay with a saved method of the wallet (or a new card); WIRE_TRANSFER needs no method.",
  })
  paymentMethod: PaymentMethod;

  @Field(() => ID, {
    nullable: true,
    description:
      "A saved card or PayPal account of the wallet (see paymentMethods), of the kind paymentMethod names. Without it, a card or PayPal payment uses the default method if it is of that kind, else the newest of that kind.",
  })
  paymentMethodId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Saves this card token to the wallet and pays with it (paymentMethod CARD); only for those who manage billing. Sandbox tokens: tok_visa, tok_mastercard, tok_chargeDeclined (declined), tok_expired (refused).",
  })
  @MaxLength(200)
  newCardToken?: string | null;
}

@ObjectType({ description: "A subscription assigned to the signed-in customer, as the customer sees it." })
export class AssignedSubscription {
  @Field(() => ID)
  id: string;

  @Field()
  productCode: string;

  @Field()
  productName: string;

  @Field(() => BillingPeriod)
  period: BillingPeriod;

  @Field(() => Int, { description: "Licenses: 1 to 100,000; 20 or more for MONTHLY." })
  quantity: number;

  @Field(() => SubscriptionStatus, {
    description:
      "Always ACTIVE: the customer sees only licenses in force, a renewal being retried included, and nothing of how they are paid.",
  })
  status: SubscriptionStatus;

  @Field()
  currentPeriodEnd: Date;

  @Field(() => ID, { description: "The reseller that assigned it, as in `customerPortal.resellers`." })
  resellerId: string;

  @Field({ description: "The reseller that assigned it." })
  resellerName: string;

  @Field()
  assignedAt: Date;
}

@ObjectType({ description: "What period-end processing did." })
export class PeriodEndReport {
  @Field(() => Int)
  renewed: number;

  @Field(() => Int)
  canceled: number;

  @Field(() => Int, { description: "Renewals whose charge failed: now PAST_DUE." })
  pastDue: number;

  @Field(() => Int, { description: "PAST_DUE subscriptions whose retried charge went through." })
  recovered: number;

  @Field(() => Int, { description: "PAST_DUE subscriptions that stayed unpaid too long." })
  expired: number;

  @Field(() => Int, { description: "Trials that reached their end date." })
  trialsExpired: number;
}
