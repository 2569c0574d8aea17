/** A signed-up company's way to becoming a reseller. */
export interface ResellerApplicationEvents {
  /** A company applied to resell; its owner is told it was received. */
  "reseller_application.submitted": { accountName: string; ownerEmail: string };
  /** Staff approved it on a tier: the account resells from now on. */
  "reseller_application.approved": { accountName: string; ownerEmail: string; tier: string };
  /** Staff declined it, with the reason the owner is told. */
  "reseller_application.declined": { accountName: string; ownerEmail: string; reason: string };
}
