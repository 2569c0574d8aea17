/** The reseller's billing profile; the subject is the profile. */
export interface BillingProfileEvents {
  /** The owner saved the billing profile; invoices issued from now on bill to it. */
  "billing_profile.updated": {
    legalName: string;
    country: string;
    vatId: string | null;
    /** The profile did not exist before. */
    created: boolean;
  };
}
