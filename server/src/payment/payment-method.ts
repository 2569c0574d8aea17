import { registerEnumType } from "type-graphql";

export enum PaymentMethod {
  CARD = "CARD",
  PAYPAL = "PAYPAL",
  WIRE_TRANSFER = "WIRE_TRANSFER",
}

registerEnumType(PaymentMethod, {
  name: "PaymentMethod",
  description: "How a reseller pays the vendor.",
  valuesConfig: {
    CARD: { description: "Paid at once." },
    PAYPAL: { description: "Paid at once." },
    WIRE_TRANSFER: {
      description: "From 100 licenses; active once vendor staff record the payment.",
    },
  },
});
