import { MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";
import { payloadType } from "../common/payload.js";
import { IsEmailAddress, IsNotBlank } from "../common/validation.js";
import { SavedPaymentMethod } from "./saved-payment-method.entity.js";

@InputType()
export class PaymentMethodAddCardInput {
  @Field({
    description:
      "The card token from the payment provider. Sandbox: tok_visa, tok_mastercard, tok_chargeDeclined (saved, but charges are declined); tok_expired is refused.",
  })
  @IsNotBlank("Choose a card to add.")
  @MaxLength(200)
  token: string;

  @Field({ defaultValue: false, description: "Make it the default; the first method is the default anyway." })
  makeDefault: boolean;
}

@InputType()
export class PaymentMethodAddPaypalInput {
  @Field({ description: "The PayPal account's email address." })
  @IsEmailAddress("Enter the PayPal account's email address, such as billing@company.com")
  email: string;

  @Field({ defaultValue: false, description: "Make it the default; the first method is the default anyway." })
  makeDefault: boolean;
}

export const PaymentMethodPayload = payloadType<{ paymentMethod: SavedPaymentMethod | null }>(
  "PaymentMethodPayload",
  { paymentMethod: { type: () => SavedPaymentMethod } },
);
