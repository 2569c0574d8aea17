import { enumType } from "../common/enum-type.js";
import { UserErrorCode } from "../common/errors.js";

export const PaymentMethod = enumType("PaymentMethod", ["CARD", "PAYPAL", "WIRE_TRANSFER"], {
  description: "How a reseller pays the vendor.",
  values: {
    CARD: { description: "Paid at once." },
    PAYPAL: { description: "Paid at once." },
    WIRE_TRANSFER: {
      description: "From 100 licenses; active once vendor staff record the payment.",
    },
  },
});
export type PaymentMethod = (typeof PaymentMethod)[keyof typeof PaymentMethod];

/** Picking a saved method, or adding a card, to pay with. */
export const PAYMENT_CHOICE_REFUSALS = [
  UserErrorCode.REQUIRED,
  UserErrorCode.NOT_FOUND,
  UserErrorCode.PAYMENT_METHOD_MISMATCH,
  UserErrorCode.BILLING_OWNER_ONLY,
  UserErrorCode.INVALID_CARD,
  UserErrorCode.CARD_EXPIRED,
];
