/** What vendor staff do to reseller accounts. */
export interface ResellerEvents {
  /** Staff enabled a reseller; its owner gets an activation link, or a sign-in link if active. */
  "reseller.enabled": {
    accountName: string;
    tier: string;
    owner: { userId: string; email: string; activationNeeded: boolean };
  };
  /** Staff moved a reseller to another tier, effective at once. */
  "reseller.tier_changed": { tierCode: string; previousTierCode: string };
  /** Staff disabled a reseller: its people and API keys can no longer act. */
  "reseller.disabled": { accountName: string };
}
