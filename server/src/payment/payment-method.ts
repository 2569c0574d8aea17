import { enumType } from "../common/enum-type.js";

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
