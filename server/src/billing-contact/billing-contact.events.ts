/** Who receives an account's billing notices. */
export interface BillingContactEvents {
  "billing_contact.added": { billingContact: { id: string; email: string; name: string } };
  "billing_contact.removed": { billingContact: { id: string; email: string } };
}
