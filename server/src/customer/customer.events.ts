/** What happens to a reseller's customer list. */
export interface CustomerEvents {
  /** A customer was put on a reseller's list; a new email got a customer account. */
  "customer.invited": {
    customer: { id: string; email: string; companyName: string };
    /** The customer owner, who gets the activation link while INVITED. */
    customerUserId: string;
    accountCreated: boolean;
    /** Whether the owner still has to set a password. */
    activationNeeded: boolean;
    resellerName: string;
  };
  "customer.updated": { customer: { id: string; companyName: string; comment: string } };
  "customer.removed": { customer: { id: string }; unassignedSubscriptions: number };
}
