/** A reseller's webhook endpoints. Never the secret. */
export interface WebhookEvents {
  "webhook_endpoint.created": { endpoint: { id: string; url: string; eventTypes: string[] } };
  "webhook_endpoint.updated": {
    endpoint: { id: string; url: string; eventTypes: string[]; enabled: boolean };
  };
  "webhook_endpoint.deleted": { endpoint: { id: string; url: string } };
  "webhook_endpoint.secret_rotated": {
    endpoint: { id: string; url: string };
    previousSecretExpiresAt: string;
  };
  /** Every delivery failed for the give-up time (3 days), so the product disabled it. */
  "webhook_endpoint.disabled": {
    endpoint: { id: string; url: string };
    failingSince: string;
    reason: string;
  };
}
