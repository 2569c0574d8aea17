/** A subscription's life. */
export interface SubscriptionEvents {
  /** A running subscription's period ends soon and it renews (renewal on) or ends (renewal off). */
  "subscription.period_ending": {
    renews: boolean;
    productName: string;
    periodEnd: string;
    quantity: number;
    /** What the renewal costs; null for a subscription that ends. */
    amount: number | null;
    currency: string;
    customerName: string | null;
  };
}
