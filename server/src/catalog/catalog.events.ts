/** Partner discount codes between resellers and vendor staff. */
export interface CatalogEvents {
  /** A reseller asked vendor staff for a partner discount code. */
  "partner_discount.requested": { resellerName: string; requestedBy: string; note: string };
  /** Staff issued a code; the reseller's billing contacts get it. */
  "partner_discount.issued": { resellerName: string; code: string };
}
