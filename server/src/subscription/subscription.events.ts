import type { BillingPeriod } from "../catalog/catalog.types.js";
import type { PaymentMethod } from "../payment/payment-method.js";
import type { SubscriptionStatus } from "./subscription.entity.js";
import type { QuantityChangeEffect } from "./subscription.types.js";

/** A subscription's period, as its events name it. */
interface Period {
  quantity: number;
  periodStart: string;
  periodEnd: string;
  /** The invoice of the period. */
  invoiceId: string;
}

/** A running subscription's coming period end, as its notice tells it. */
export interface PeriodEnd {
  productName: string;
  periodEnd: string;
  quantity: number;
  /** What the renewal costs; null for a subscription that ends. */
  amount: number | null;
  currency: string;
  customerName: string | null;
}

/** A subscription's life; the subject is the subscription. */
export interface SubscriptionEvents {
  /** A running subscription's period ends soon and it renews (renewal on) or ends (renewal off). */
  "subscription.period_ending": PeriodEnd & { renews: boolean };
  /** A reseller bought licenses: ACTIVE when paid at once, PENDING_PAYMENT awaiting a wire transfer. */
  "subscription.purchased": {
    productCode: string;
    productName: string;
    period: BillingPeriod;
    quantity: number;
    status: SubscriptionStatus;
    renew: boolean;
    paymentMethod: PaymentMethod;
    currentPeriodEnd: string;
    invoiceId: string;
    /** The customer of the reseller's list it went to at once, if any. */
    customer: { id: string; companyName: string } | null;
  };
  /** Given to a customer of the list; its status says whether the customer holds it yet (once paid). */
  "subscription.assigned": { customer: { id: string; companyName: string }; status: SubscriptionStatus };
  /** Back in the pool; the customer is null when it is off the reseller's list. */
  "subscription.unassigned": { customer: { id: string } | null; status: SubscriptionStatus };
  /** More licenses now (with an invoice), fewer from the next period, or a scheduled decrease called off. */
  "subscription.quantity_changed": {
    effect: QuantityChangeEffect;
    quantity: number;
    nextQuantity: number | null;
    previousQuantity: number;
    effectiveFrom: string;
    invoiceId: string | null;
  };
  "subscription.renewal_changed": { renew: boolean };
  /** A new period began and its renewal was paid. */
  "subscription.renewed": Period;
  /** A new period began but its renewal is unpaid: retried daily, ended after the grace days. */
  "subscription.past_due": Period;
  /** It ended: CANCELED at a period end with renewal off, EXPIRED after a renewal stayed unpaid. */
  "subscription.canceled": {
    status: typeof SubscriptionStatus.CANCELED | typeof SubscriptionStatus.EXPIRED;
    endedAt: string;
  };
}
