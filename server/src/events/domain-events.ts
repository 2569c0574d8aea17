import type { AnnexEvents } from "../annex/annex.events.js";
import type { ApiKeyEvents } from "../api-key/api-key.events.js";
import type { BillingContactEvents } from "../billing-contact/billing-contact.events.js";
import type { BillingProfileEvents } from "../billing-profile/billing-profile.events.js";
import type { CatalogEvents } from "../catalog/catalog.events.js";
import type { CustomerEvents } from "../customer/customer.events.js";
import type { InvoiceEvents } from "../invoice/invoice.events.js";
import type { PartnerDiscountEvents } from "../partner-discount/partner-discount.events.js";
import type { PaymentEvents } from "../payment/payment.events.js";
import type { QuoteRequestEvents } from "../quote-request/quote-request.events.js";
import type { ResellerEvents } from "../reseller/reseller.events.js";
import type { ResellerApplicationEvents } from "../reseller-application/reseller-application.events.js";
import type { SignUpEvents } from "../sign-up/sign-up.events.js";
import type { SubscriptionEvents } from "../subscription/subscription.events.js";
import type { TeamEvents } from "../team/team.events.js";
import type { TierEvents } from "../tier/tier.events.js";
import type { TrialEvents } from "../trial/trial.events.js";
import type { UsageEvents } from "../usage/usage.events.js";
import type { WebhookEvents } from "../webhook/webhook.events.js";

/**
 * Every fact the domain publishes, by type, with its payload. Each domain keeps its own list;
 * subscribers (mail today, webhooks and the audit log next) switch on the type.
 */
export type EventPayloads = CustomerEvents &
  ResellerEvents &
  SignUpEvents &
  ResellerApplicationEvents &
  AnnexEvents &
  QuoteRequestEvents &
  TeamEvents &
  CatalogEvents &
  PartnerDiscountEvents &
  TierEvents &
  ApiKeyEvents &
  BillingContactEvents &
  BillingProfileEvents &
  SubscriptionEvents &
  TrialEvents &
  InvoiceEvents &
  PaymentEvents &
  UsageEvents &
  WebhookEvents;

export type EventType = keyof EventPayloads;

/** The payload format of every event type; a change that is not additive raises it. */
export const EVENT_VERSION = 1;

/** Who caused an event: a person, an integrator's key, or the product itself. */
export interface EventActor {
  kind: "USER" | "API_KEY" | "SYSTEM";
  /** The person's or the key's id; null for the system. */
  id: string | null;
}

/** One stored fact, as subscribers receive it. */
export interface DomainEvent<T extends EventType = EventType> {
  id: string;
  type: T;
  version: number;
  occurredAt: Date;
  /** The account the fact belongs to; null for the vendor's own. */
  accountId: string | null;
  actor: EventActor;
  /** The id of the thing the event is about, as the API names it. */
  subjectId: string;
  payload: EventPayloads[T];
}
