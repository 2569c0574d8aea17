/** Free trials given to customers. */
export interface TrialEvents {
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
}
