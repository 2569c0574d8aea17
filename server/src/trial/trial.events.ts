/** Free trials given to customers. */
export interface TrialEvents {
  /** A reseller gave a customer of its list a trial; the customer is told. */
  "trial.started": {
    productName: string;
    endsAt: string;
    customer: { id: string; email: string; companyName: string };
    resellerName: string;
  };
  /** A trial ends in a few days; the reseller can still convert it. */
  "trial.ending": {
    productName: string;
    endsAt: string;
    /** The reseller's list entry of the customer; null if it was removed since. */
    customer: { id: string; companyName: string } | null;
  };
  /** A trial reached its end date without a subscription for the customer. */
  "trial.expired": {
    productCode: string;
    endedAt: string;
    /** The reseller's list entry of the customer; null if it was removed since. */
    customer: { id: string } | null;
  };
  /** A subscription was bought for the customer while its trial ran. */
  "trial.converted": {
    productCode: string;
    endedAt: string;
    /** The list entry, of the reseller that gave the trial, of the customer; null if removed since. */
    customer: { id: string } | null;
  };
}
