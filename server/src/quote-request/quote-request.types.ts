import { Length, MaxLength } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { BillingPeriod } from "../catalog/catalog.types.js";
import { connectionType } from "../common/pagination.js";
import { payloadType } from "../common/payload.js";
import { Invoice } from "../invoice/invoice.entity.js";
import { PaymentMethod } from "../payment/payment-method.js";
import { Subscription } from "../subscription/subscription.entity.js";
import { QuoteRequest } from "./quote-request.entity.js";

@InputType()
export class QuoteRequestCreateInput {
  @Field()
  productCode: string;

  @Field(() => BillingPeriod)
  period: BillingPeriod;

  @Field(() => Int, { description: "Licenses: 1 to 100,000; 20 or more for MONTHLY." })
  quantity: number;

  @Field(() => ID, {
    nullable: true,
    description: "The customer of your list the deal is for, if you name one.",
  })
  customerId?: string | null;

  @Field(() => String, { nullable: true, description: "The deal, in a few words; up to 2,000 characters." })
  @MaxLength(2000)
  note?: string | null;
}

@InputType()
export class QuoteRequestAcceptInput {
  @Field(() => ID, { description: "The quoted request." })
  id: string;

  @Field(() => PaymentMethod)
  paymentMethod: PaymentMethod;

  @Field(() => ID, { nullable: true, description: "As in subscriptionPurchase." })
  paymentMethodId?: string | null;

  @Field(() => String, { nullable: true, description: "As in subscriptionPurchase." })
  @MaxLength(200)
  newCardToken?: string | null;

  @Field({ defaultValue: true, description: "Renew at the end of each period, at the same price." })
  renew: boolean;

  @Field(() => String, { nullable: true, description: "As in subscriptionPurchase." })
  @Length(1, 200)
  idempotencyKey?: string | null;
}

export const QuoteRequestConnection = connectionType(QuoteRequest, "QuoteRequest");

export const QuoteRequestPayload = payloadType<{ quoteRequest: QuoteRequest | null }>("QuoteRequestPayload", {
  quoteRequest: { type: () => QuoteRequest },
});

export const QuoteRequestAcceptPayload = payloadType<{
  quoteRequest: QuoteRequest | null;
  subscription: Subscription | null;
  invoice: Invoice | null;
}>("QuoteRequestAcceptPayload", {
  quoteRequest: { type: () => QuoteRequest },
  subscription: { type: () => Subscription },
  invoice: {
    type: () => Invoice,
    description: "The purchase's invoice, its line naming the special-price reference.",
  },
});
