/** Partner discount codes between resellers and vendor staff. */
export interface PartnerDiscountEvents {
  /** A reseller asked vendor staff for a partner discount code; every staff member hears of it. */
  "partner_discount.requested": { resellerName: string; requestedBy: string; note: string };
  /**
   * Staff issued a code (the subject), replacing any earlier one; the reseller's billing contacts
   * get it. The code itself stays out of the event: it is read from its row.
   */
  "partner_discount.issued": { resellerName: string };
  /** Staff withdrew the reseller's code (the subject); its purchases pay retail until a new one. */
  "partner_discount.revoked": { resellerName: string };
}
