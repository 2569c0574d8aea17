/** What license usage brings about. */
export interface UsageEvents {
  /**
   * A reseller's customers have had more agents of a product than its licenses in force for
   * three days in a row: told once per episode.
   */
  "usage.over_licenses": {
    productCode: string;
    productName: string;
    agents: number;
    licenses: number;
    licensesToAdd: number;
    /** The episode's first day, YYYY-MM-DD. */
    since: string;
    /** The subscription to add them to: the reseller's largest active one of the product, if any. */
    subscriptionId: string | null;
    /** That subscription's quantity with the licenses added. */
    suggestedQuantity: number | null;
  };
  "ingestion_key.created": { ingestionKey: { id: string; name: string; prefix: string } };
  "ingestion_key.revoked": { ingestionKey: { id: string; name: string; prefix: string } };
}
