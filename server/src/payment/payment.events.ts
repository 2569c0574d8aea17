import type { SavedPaymentMethodKind } from "./saved-payment-method.entity.js";

/** A saved payment method as events name it: what people recognise it by. */
interface MethodRef {
  id: string;
  kind: SavedPaymentMethodKind;
  label: string;
}

/** The reseller's wallet of saved payment methods; the subject is the method. */
export interface PaymentEvents {
  "payment_method.added": { paymentMethod: MethodRef; isDefault: boolean };
  /** Removed; the subscriptions it paid for moved to the default. */
  "payment_method.removed": {
    paymentMethod: MethodRef;
    movedSubscriptions: number;
    defaultPaymentMethodId: string | null;
  };
  "payment_method.default_changed": { paymentMethod: MethodRef; previousDefaultId: string | null };
  /** A card expires within 30 days; told once per card. */
  "payment_method.expiring": {
    paymentMethod: MethodRef;
    expiryMonth: number;
    expiryYear: number;
    isDefault: boolean;
    subscriptionCount: number;
  };
}
