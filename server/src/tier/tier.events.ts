/** Vendor staff's changes to the partner tiers; they apply at once. */
export interface TierEvents {
  "tier.updated": {
    tier: {
      id: string;
      code: string;
      name: string;
      trialDays: number;
      trialsPerMonth: number;
      resellingBp: number;
    };
  };
}
