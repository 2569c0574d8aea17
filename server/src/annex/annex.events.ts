/** The reselling annex: published by vendor staff, accepted by each reseller's owner. */
export interface AnnexEvents {
  /** Staff published a version, in force from its date. */
  "annex.published": { version: number; title: string; effectiveAt: string };
  /** A reseller's owner accepted a version. */
  "annex.accepted": { version: number; acceptedBy: string; ip: string };
}
