import { Account } from "../account/account.entity.js";
import { Membership } from "../account/membership.entity.js";
import { User } from "../account/user.entity.js";
import { AnnexAcceptance, AnnexVersion } from "../annex/annex.entity.js";
import { ApiKey } from "../api-key/api-key.entity.js";
import { Session } from "../auth/session.entity.js";
import { UserToken } from "../auth/user-token.entity.js";
import { BillingContact } from "../billing-contact/billing-contact.entity.js";
import { BillingProfile } from "../billing-profile/billing-profile.entity.js";
import { Product, VolumeBand } from "../catalog/product.entity.js";
import { CustomerLink } from "../customer/customer-link.entity.js";
import { Invoice, InvoiceLine, Payment } from "../invoice/invoice.entity.js";
import { OutboxMessage } from "../notifications/outbox.entity.js";
import {
  PartnerDiscountCode,
  PartnerDiscountCodeRequest,
} from "../partner-discount/partner-discount.entity.js";
import { SavedPaymentMethod } from "../payment/saved-payment-method.entity.js";
import { QuoteRequest } from "../quote-request/quote-request.entity.js";
import { ResellerApplication } from "../reseller-application/reseller-application.entity.js";
import { SignUpRequest } from "../sign-up/sign-up-request.entity.js";
import { Subscription } from "../subscription/subscription.entity.js";
import { TeamInvitation } from "../team/team-invitation.entity.js";
import { Tier } from "../tier/tier.entity.js";
import { Trial } from "../trial/trial.entity.js";
import { WebhookAttempt, WebhookDelivery, WebhookEndpoint } from "../webhook/webhook.entity.js";

/** Every TypeORM entity of the product. */
export const entities = [
  Tier,
  User,
  Account,
  Membership,
  Session,
  UserToken,
  TeamInvitation,
  BillingContact,
  BillingProfile,
  ApiKey,
  OutboxMessage,
  Product,
  VolumeBand,
  PartnerDiscountCode,
  PartnerDiscountCodeRequest,
  CustomerLink,
  SavedPaymentMethod,
  Subscription,
  Invoice,
  InvoiceLine,
  Payment,
  Trial,
  WebhookEndpoint,
  WebhookDelivery,
  WebhookAttempt,
  SignUpRequest,
  ResellerApplication,
  AnnexVersion,
  AnnexAcceptance,
  QuoteRequest,
];
