import type { EventType } from "../events/domain-events.js";

/**
 * The vendor's own events, and those of companies on their way to reselling, which cannot have
 * webhook endpoints yet: no webhook receives them.
 */
const VENDOR_ONLY = [
  "product.created",
  "product.updated",
  "tier.updated",
  "sign_up.requested",
  "sign_up.email_taken",
  "sign_up.confirmed",
  "reseller_application.submitted",
  "reseller_application.approved",
  "reseller_application.declined",
  "annex.published",
  "ingestion_key.created",
  "ingestion_key.revoked",
] as const;

/** Every event type a reseller's endpoint may receive, in the order the settings page lists them. */
export const WEBHOOK_EVENT_TYPES = [
  "customer.invited",
  "customer.updated",
  "customer.removed",
  "subscription.purchased",
  "subscription.assigned",
  "subscription.unassigned",
  "subscription.quantity_changed",
  "subscription.renewal_changed",
  "subscription.period_ending",
  "subscription.renewed",
  "subscription.past_due",
  "subscription.canceled",
  "trial.started",
  "trial.ending",
  "trial.expired",
  "trial.converted",
  "invoice.issued",
  "invoice.paid",
  "invoice.payment_failed",
  "payment_method.added",
  "payment_method.removed",
  "payment_method.default_changed",
  "payment_method.expiring",
  "billing_contact.added",
  "billing_contact.removed",
  "billing_profile.updated",
  "team.member_invited",
  "team.invitation_revoked",
  "team.role_changed",
  "team.member_removed",
  "team.ownership_transferred",
  "api_key.created",
  "api_key.revoked",
  "partner_discount.requested",
  "partner_discount.issued",
  "partner_discount.revoked",
  "reseller.enabled",
  "reseller.tier_changed",
  "reseller.disabled",
  "annex.accepted",
  "quote_request.created",
  "quote_request.quoted",
  "quote_request.declined",
  "quote_request.expired",
  "quote_request.accepted",
  "usage.over_licenses",
  "webhook_endpoint.created",
  "webhook_endpoint.updated",
  "webhook_endpoint.deleted",
  "webhook_endpoint.secret_rotated",
  "webhook_endpoint.disabled",
] as const satisfies readonly EventType[];

/** A new event type must be listed above (or be the vendor's own), or this fails to compile. */
type Unlisted = Exclude<EventType, (typeof WEBHOOK_EVENT_TYPES)[number] | (typeof VENDOR_ONLY)[number]>;
const everyTypeListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyTypeListed;

/** The type of the event `webhookEndpointSendTest` posts. */
export const TEST_EVENT_TYPE = "webhook.test";

export function isWebhookEventType(type: string): boolean {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(type);
}
