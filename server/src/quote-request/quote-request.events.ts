/** Requests for a special price, from the reseller's ask to its purchase. */
export interface QuoteRequestEvents {
  /** A reseller asked for a special price; vendor staff are told. */
  "quote_request.created": {
    reference: string;
    resellerName: string;
    productName: string;
    quantity: number;
    period: string;
  };
  /** Staff priced it; the reseller's billing contacts are told. */
  "quote_request.quoted": {
    reference: string;
    productName: string;
    quantity: number;
    unitPrice: number;
    currency: string;
    validUntil: string;
  };
  /** Staff declined it, with a reason. */
  "quote_request.declined": { reference: string; productName: string; reason: string };
  /** The validity date passed without a purchase. */
  "quote_request.expired": { reference: string; productName: string };
  /** The reseller bought at the special price. */
  "quote_request.accepted": { reference: string; resellerName: string; subscriptionId: string };
}
