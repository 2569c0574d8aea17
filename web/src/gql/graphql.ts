/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type AccountActivateInput = {
  /** The person's name, if they want to set it. */
  name?: string | null | undefined;
  /** At least 12 characters, not your email, and not a common password. */
  password: string;
  /** The token from the mailed link. */
  token: string;
};

/** A reseller's account or an end customer's. */
export type AccountKind =
  | 'CUSTOMER'
  | 'RESELLER';

/** A DISABLED account's people and API keys can no longer act for it. An APPLYING account signed up to resell and is not approved yet: its owner can apply, and nothing else. */
export type AccountStatus =
  | 'ACTIVE'
  | 'APPLYING'
  | 'DISABLED';

export type AnnexPublishInput = {
  /** The text, as Markdown; raw HTML in it shows as text. Up to 100,000 characters. */
  body: string;
  /** From when it is in force: now when left out, never in the past, and not before the latest version's date. */
  effectiveAt?: string | null | undefined;
  title: string;
};

export type ApiKeyCreateInput = {
  /** What the key is for, e.g. the integration's name. */
  name: string;
  scope: ApiKeyScope;
};

/** What an integrator's API key may do. */
export type ApiKeyScope =
  | 'READ'
  | 'READ_WRITE';

/** Who did it: a person, an API key, vendor staff, the product's scheduled work, or someone not signed in. */
export type AuditActorKind =
  | 'ANONYMOUS'
  | 'API_KEY'
  | 'STAFF'
  | 'SYSTEM'
  | 'USER';

/** Narrows the audit log; every field given must match. */
export type AuditLogFilter = {
  /** The actor's email, key prefix or id (part of the email or prefix matches). */
  actor?: string | null | undefined;
  /** Entries at or after this instant. */
  from?: string | null | undefined;
  /** The operation's exact name, such as customerUpdate. */
  operation?: string | null | undefined;
  /** The subject's id. */
  subjectId?: string | null | undefined;
  /** Entries before this instant. */
  to?: string | null | undefined;
};

/** Whether the operation did what it was asked, or refused (nothing of it was written). */
export type AuditOutcome =
  | 'REFUSED'
  | 'SUCCEEDED';

export type BillingContactAddInput = {
  email: string;
  name?: string | null | undefined;
};

/** How long a subscription period lasts. Each product is sold yearly, and may be sold quarterly and monthly too, each at its own price and minimum (Product.periods). */
export type BillingPeriod =
  /** A month at the product's monthly price, from its monthly minimum. */
  | 'MONTHLY'
  /** Three months at the product's quarterly price, from its quarterly minimum. */
  | 'QUARTERLY'
  /** A year at the yearly list price; every product offers it. */
  | 'YEARLY';

/** The whole billing profile; blank optional fields are cleared. */
export type BillingProfileInput = {
  addressLine1: string;
  addressLine2?: string | null | undefined;
  city: string;
  /** ISO 3166-1 alpha-2 code, such as DE. */
  country: string;
  legalName: string;
  postalCode: string;
  /** Printed on every invoice as your reference. */
  purchaseOrderReference?: string | null | undefined;
  /** With its country prefix, such as DE123456789 (EL for Greece); checked for EU countries. */
  vatId?: string | null | undefined;
};

/** Where a card stands against its expiry date. */
export type CardExpiry =
  /** Past its expiry month; charges to it fail. */
  | 'EXPIRED'
  /** Expires within 30 days; its billing contacts were told. */
  | 'EXPIRES_SOON'
  /** More than 30 days left (or not a card). */
  | 'VALID';

export type CustomerInviteInput = {
  /** A private note that only your team sees. */
  comment?: string;
  companyName: string;
  /** The customer's email; an account is created for it when there is none. */
  email: string;
};

/** Orders of the customer list; ties are broken by id, so pages never overlap. */
export type CustomerSort =
  | 'ADDED_AT_ASC'
  | 'ADDED_AT_DESC'
  | 'COMPANY_NAME_ASC'
  | 'COMPANY_NAME_DESC';

export type CustomerUpdateInput = {
  comment?: string;
  companyName: string;
};

export type IngestionKeyCreateInput = {
  /** What the key is for, such as the product's production reporter. */
  name: string;
};

export type InvitationStatus =
  | 'ACCEPTED'
  | 'PENDING'
  | 'REVOKED';

/** What an invoice charges for. */
export type InvoiceKind =
  | 'PURCHASE'
  | 'QUANTITY_CHANGE'
  | 'RENEWAL';

/** Whether an invoice is paid. */
export type InvoiceStatus =
  | 'OPEN'
  | 'PAID'
  | 'VOID';

/** A person's role in a reseller account. */
export type MemberRole =
  /** Customers, subscriptions, trials, quotes and invoices. */
  | 'MEMBER'
  /** Everything, and the only one who manages the team, API keys and billing contacts. */
  | 'OWNER'
  /** Read-only access to what a member sees. */
  | 'VIEWER';

/** What happens at the end of a subscription's period. */
export type NoticeKind =
  /** It renews: a new period is invoiced and charged. */
  | 'RENEWAL'
  /** Renewal is off: it ends, and its customer loses the licenses. */
  | 'TERMINATION';

export type PartnerDiscountRequestInput = {
  /** Anything vendor staff should know, such as the first order. */
  note?: string;
};

/** How a reseller pays the vendor. */
export type PaymentMethod =
  /** Paid at once. */
  | 'CARD'
  /** Paid at once. */
  | 'PAYPAL'
  /** From 100 licenses; active once vendor staff record the payment. */
  | 'WIRE_TRANSFER';

export type PaymentMethodAddCardInput = {
  /** Make it the default; the first method is the default anyway. */
  makeDefault?: boolean;
  /** The card token from the payment provider. Sandbox: tok_visa, tok_mastercard, tok_chargeDeclined (saved, but charges are declined); tok_expired is refused. */
  token: string;
};

export type PaymentMethodAddPaypalInput = {
  /** The PayPal account's email address. */
  email: string;
  /** Make it the default; the first method is the default anyway. */
  makeDefault?: boolean;
};

/** Something a caller may do. */
export type Permission =
  | 'ANNEX_ACCEPT'
  | 'API_KEYS_MANAGE'
  | 'AUDIT_LOG_READ'
  | 'BILLING_MANAGE'
  | 'CUSTOMER_PORTAL'
  | 'RESELLER_APPLY'
  | 'RESELLER_READ'
  | 'RESELLER_WRITE'
  | 'TEAM_MANAGE'
  | 'USAGE_REPORT'
  | 'VENDOR_ADMIN'
  | 'WEBHOOKS_MANAGE';

/** A new product. */
export type ProductCreateInput = {
  active: boolean;
  bands?: Array<VolumeBandInput>;
  /** Upper-case letters, digits and underscores, such as STUDIO_PRO. */
  code: string;
  /** ISO 4217 code, such as EUR. */
  currency: string;
  description?: string;
  /** Monthly list price of one license, in minor units: 0 to 100,000,000. Left out, it is the yearly price ÷ 10, rounded half away from zero; on an update, that only when the yearly price changes. */
  monthlyPrice?: number | null | undefined;
  name: string;
  /** The periods the product is sold for besides YEARLY, each with its price and minimum; a period left out is not sold (subscriptions already bought for it keep renewing at their price). Left out entirely: a new product is sold MONTHLY from 20 licenses at monthlyPrice or its default, and an update keeps the periods, the monthly price following monthlyPrice as it always has. Give either this or monthlyPrice. */
  periods?: Array<ProductPeriodInput> | null | undefined;
  trialEnabled: boolean;
  /** Yearly list price of one license, in minor units: 0 to 100,000,000. */
  yearlyPrice: number;
};

/** A period a product is sold for besides YEARLY, with its price and minimum. */
export type ProductPeriodInput = {
  /** The fewest licenses a subscription for this period holds: 1 to 100,000. */
  minimumQuantity: number;
  /** MONTHLY or QUARTERLY; YEARLY is always sold, at yearlyPrice. */
  period: BillingPeriod;
  /** List price of one license for one period, in minor units: 0 to 100,000,000. Required for QUARTERLY; left out for MONTHLY, the yearly price ÷ 10, rounded half away from zero. */
  unitPrice?: number | null | undefined;
};

/** A product's new fields and bands; the code stays. */
export type ProductUpdateInput = {
  active: boolean;
  /** Replaces every band of the product. */
  bands: Array<VolumeBandInput>;
  /** ISO 4217 code, such as EUR. */
  currency: string;
  description?: string;
  /** Monthly list price of one license, in minor units: 0 to 100,000,000. Left out, it is the yearly price ÷ 10, rounded half away from zero; on an update, that only when the yearly price changes. */
  monthlyPrice?: number | null | undefined;
  name: string;
  /** The periods the product is sold for besides YEARLY, each with its price and minimum; a period left out is not sold (subscriptions already bought for it keep renewing at their price). Left out entirely: a new product is sold MONTHLY from 20 licenses at monthlyPrice or its default, and an update keeps the periods, the monthly price following monthlyPrice as it always has. Give either this or monthlyPrice. */
  periods?: Array<ProductPeriodInput> | null | undefined;
  trialEnabled: boolean;
  /** Yearly list price of one license, in minor units: 0 to 100,000,000. */
  yearlyPrice: number;
};

/** When a quantity change takes effect. */
export type QuantityChangeEffect =
  /** A decrease: from the next period. */
  | 'NEXT_PERIOD'
  /** The quantity stays; a scheduled decrease is called off. */
  | 'NONE'
  /** An increase: at once, with a prorated charge. */
  | 'NOW';

/** What to price: a product, a period, a quantity and the discounts. */
export type QuoteInput = {
  /** Your partner discount code; without one you pay retail. */
  discountCode?: string | null | undefined;
  /** The discount you give your end customer, in basis points: 1 % = 100, from 0 to your partner discount. */
  passThroughBp?: number | null | undefined;
  /** When given, checked too: WIRE_TRANSFER needs 100 licenses. */
  paymentMethod?: PaymentMethod | null | undefined;
  period: BillingPeriod;
  /** The product's code, such as PRO. */
  productCode: string;
  /** How many licenses: a whole number from 1 to 100,000, and at least the product's minimum for the period (Product.periods). Out of range: INVALID_QUANTITY, MONTHLY_MINIMUM or QUARTERLY_MINIMUM. */
  quantity: number;
};

export type QuoteRequestAcceptInput = {
  /** The quoted request. */
  id: string | number;
  /** As in subscriptionPurchase. */
  idempotencyKey?: string | null | undefined;
  /** As in subscriptionPurchase. */
  newCardToken?: string | null | undefined;
  paymentMethod: PaymentMethod;
  /** As in subscriptionPurchase. */
  paymentMethodId?: string | number | null | undefined;
  /** Renew at the end of each period, at the same price. */
  renew?: boolean;
};

export type QuoteRequestCreateInput = {
  /** The customer of your list the deal is for, if you name one. */
  customerId?: string | number | null | undefined;
  /** The deal, in a few words; up to 2,000 characters. */
  note?: string | null | undefined;
  period: BillingPeriod;
  productCode: string;
  /** Licenses: 1 to 100,000; 20 or more for MONTHLY. */
  quantity: number;
};

/** Where a request for a special price stands. */
export type QuoteRequestStatus =
  /** Bought at the quoted price. */
  | 'ACCEPTED'
  /** The vendor gave no special price, with a reason. */
  | 'DECLINED'
  /** Quoted, and not bought before validUntil. */
  | 'EXPIRED'
  /** Waiting for the vendor's answer. */
  | 'OPEN'
  /** Priced by the vendor: it can be bought at that price until validUntil. */
  | 'QUOTED';

/** Where an application to resell stands. */
export type ResellerApplicationStatus =
  /** The account resells on the tier staff chose. */
  | 'APPROVED'
  /** Refused with a reason; the company may apply again. */
  | 'DECLINED'
  /** Waiting for vendor staff. */
  | 'PENDING';

export type ResellerApplicationSubmitInput = {
  /** The countries you sell in, as ISO 3166-1 alpha-2 codes such as DE. */
  countries: Array<string>;
  /** Licenses you expect to sell in a year: 1 to 1,000,000. */
  expectedLicensesPerYear: number;
  /** A few lines about your company and your customers; up to 2,000 characters. */
  message: string;
  /** The company's website, an http(s) address. */
  website: string;
};

export type ResellerEnableInput = {
  companyName: string;
  /** The owner's email; they get an activation link. */
  ownerEmail: string;
  ownerName?: string | null | undefined;
  /** BRONZE, SILVER or GOLD (or another tier's code). */
  tierCode: string;
};

/** What a saved payment method is. */
export type SavedPaymentMethodKind =
  | 'CARD'
  | 'PAYPAL';

export type SignInInput = {
  email: string;
  password: string;
};

export type SignUpInput = {
  companyName: string;
  /** The company's country, ISO 3166-1 alpha-2, such as DE. */
  country: string;
  /** The owner's email; the confirmation link goes there. */
  email: string;
  /** At least 12 characters, not your email, and not a common password. */
  password: string;
};

export type SubscriptionFilter = {
  /** true: assigned to a customer; false: in the pool. */
  assigned?: boolean | null | undefined;
  /** Assigned to this customer of your list. */
  customerId?: string | number | null | undefined;
  productCode?: string | null | undefined;
  status?: SubscriptionStatus | null | undefined;
};

export type SubscriptionPaymentInput = {
  /** Saves this card token to the wallet and pays with it (paymentMethod CARD); only for those who manage billing. Sandbox tokens: tok_visa, tok_mastercard, tok_chargeDeclined (declined), tok_expired (refused). */
  newCardToken?: string | null | undefined;
  /** CARD or PAYPAL pay with a saved method of the wallet (or a new card); WIRE_TRANSFER needs no method. */
  paymentMethod: PaymentMethod;
  /** A saved card or PayPal account of the wallet (see paymentMethods), of the kind paymentMethod names. Without it, a card or PayPal payment uses the default method if it is of that kind, else the newest of that kind. */
  paymentMethodId?: string | number | null | undefined;
};

export type SubscriptionPurchaseInput = {
  /** A customer of your list to assign it to at once. */
  customerId?: string | number | null | undefined;
  /** Your partner discount code; without one you pay retail. */
  discountCode?: string | null | undefined;
  /** Any unique string per intended change; resending the same request with the same key returns the first result without charging again. */
  idempotencyKey?: string | null | undefined;
  /** Saves this card token to the wallet and pays with it (paymentMethod CARD); only for those who manage billing. Sandbox tokens: tok_visa, tok_mastercard, tok_chargeDeclined (declined), tok_expired (refused). */
  newCardToken?: string | null | undefined;
  /** CARD or PAYPAL pay with a saved method of the wallet (or a new card); WIRE_TRANSFER needs no method. */
  paymentMethod: PaymentMethod;
  /** A saved card or PayPal account of the wallet (see paymentMethods), of the kind paymentMethod names. Without it, a card or PayPal payment uses the default method if it is of that kind, else the newest of that kind. */
  paymentMethodId?: string | number | null | undefined;
  period: BillingPeriod;
  productCode: string;
  /** How many licenses: a whole number from 1 to 100,000, and at least the product's minimum for the period (Product.periods). Out of range: INVALID_QUANTITY, MONTHLY_MINIMUM or QUARTERLY_MINIMUM. */
  quantity: number;
  /** Renew at the end of each period. */
  renew?: boolean;
};

/** Orders of the subscription list: by when it was bought, or by the end of its current period; ties are broken by id, so pages never overlap. */
export type SubscriptionSort =
  | 'CREATED_AT_ASC'
  | 'CREATED_AT_DESC'
  | 'PERIOD_END_ASC'
  | 'PERIOD_END_DESC';

/** Where a subscription is in its life. Its customer holds its licenses while it is ACTIVE or PAST_DUE (during the retry days). */
export type SubscriptionStatus =
  /** Paid for the current period. */
  | 'ACTIVE'
  /** Ended at a period end with renewal off. */
  | 'CANCELED'
  /** Ended because a renewal stayed unpaid. */
  | 'EXPIRED'
  /** A renewal charge failed; it is retried, and the reseller can change the payment. */
  | 'PAST_DUE'
  /** Bought by wire transfer; active once vendor staff record the payment. */
  | 'PENDING_PAYMENT';

export type TeamMemberChangeRoleInput = {
  memberId: string | number;
  /** MEMBER or VIEWER; the owner changes only by transfer. */
  role: MemberRole;
};

export type TeamMemberInviteInput = {
  email: string;
  /** How to greet them until they set their own name. */
  name?: string | null | undefined;
  /** MEMBER or VIEWER. */
  role: MemberRole;
};

/** A tier's terms. */
export type TierUpdateInput = {
  name: string;
  /** The partner discount, in basis points: 1 % = 100, 0 to 10,000. */
  resellingBp: number;
  /** 1 to 366. */
  trialDays: number;
  /** 0 to 1,000. */
  trialsPerMonth: number;
};

/** What a mailed link is for. */
export type TokenPurpose =
  | 'ACTIVATION'
  | 'INVITATION'
  | 'SIGN_UP';

/** Whether a mailed link still works. */
export type TokenStatus =
  | 'EXPIRED'
  | 'INVALID'
  | 'REVOKED'
  | 'USED'
  | 'VALID';

/** Why a trial cannot be given. None of them says which other reseller a customer deals with. */
export type TrialIneligibility =
  | 'ANNEX_NOT_ACCEPTED'
  | 'HAS_SUBSCRIPTION'
  | 'NOT_YOUR_CUSTOMER'
  | 'PRODUCT_NOT_TRIAL_ENABLED'
  | 'QUOTA_EXHAUSTED'
  | 'TRIAL_ALREADY_USED';

/** ACTIVE until its end date (EXPIRED), or until a subscription is bought for the customer (CONVERTED). */
export type TrialStatus =
  | 'ACTIVE'
  | 'CONVERTED'
  | 'EXPIRED';

/** Why a mutation refused its input. */
export type UserErrorCode =
  | 'ACCOUNT_DISABLED'
  | 'ALREADY_ASSIGNED'
  | 'ALREADY_BILLING_CONTACT'
  | 'ALREADY_CUSTOMER'
  | 'ALREADY_DISABLED'
  | 'ALREADY_INVITED'
  | 'ALREADY_MEMBER'
  | 'ALREADY_REQUESTED'
  | 'ALREADY_REVOKED'
  | 'ANNEX_NOT_ACCEPTED'
  | 'ANNEX_SUPERSEDED'
  | 'APPLICATION_DECIDED'
  | 'APPLICATION_PENDING'
  | 'BILLING_OWNER_ONLY'
  | 'CANNOT_CHANGE_OWNER'
  | 'CARD_EXPIRED'
  | 'DUPLICATE_BAND'
  | 'EFFECTIVE_DATE_TOO_EARLY'
  | 'EMAIL_BELONGS_TO_RESELLER'
  | 'EMAIL_IN_USE'
  | 'HAS_SUBSCRIPTION'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID_CARD'
  | 'INVALID_COUNTRY'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_DISCOUNT_CODE'
  | 'INVALID_EMAIL'
  | 'INVALID_INPUT'
  | 'INVALID_PERCENT'
  | 'INVALID_QUANTITY'
  | 'INVALID_VAT_ID'
  | 'INVITATION_REVOKED'
  | 'INVOICE_NOT_OPEN'
  | 'LAST_BILLING_CONTACT'
  | 'LAST_PAYMENT_METHOD'
  | 'MONTHLY_MINIMUM'
  | 'NOT_ASSIGNED'
  | 'NOT_A_MEMBER'
  | 'NOT_FOUND'
  | 'NO_DISCOUNT_CODE'
  | 'PASSWORD_IS_EMAIL'
  | 'PASSWORD_TOO_COMMON'
  | 'PASS_THROUGH_TOO_HIGH'
  | 'PAYMENT_DECLINED'
  | 'PAYMENT_METHOD_MISMATCH'
  | 'PERIOD_NOT_OFFERED'
  | 'PRODUCT_CODE_TAKEN'
  | 'PRODUCT_NOT_TRIAL_ENABLED'
  | 'QUARTERLY_MINIMUM'
  | 'QUOTA_EXHAUSTED'
  | 'QUOTE_EXPIRED'
  | 'QUOTE_NOT_OPEN'
  | 'QUOTE_NOT_QUOTED'
  | 'REQUIRED'
  | 'SUBSCRIPTION_ENDED'
  | 'SUBSCRIPTION_NOT_ACTIVE'
  | 'TOKEN_EXPIRED'
  | 'TOKEN_INVALID'
  | 'TOKEN_USED'
  | 'TOO_LONG'
  | 'TOO_MANY_ATTEMPTS'
  | 'TOO_SHORT'
  | 'TRIAL_ALREADY_USED'
  | 'UNKNOWN_CUSTOMER'
  | 'UNKNOWN_EVENT_TYPE'
  | 'UNKNOWN_PRODUCT'
  | 'UNKNOWN_TIER'
  | 'URL_NOT_ALLOWED'
  | 'WIRE_TRANSFER_MINIMUM';

/** INVITED until the person sets a password through their link; DISABLED may not sign in. */
export type UserStatus =
  | 'ACTIVE'
  | 'DISABLED'
  | 'INVITED';

/** How VAT applies to an invoice, by the EU B2B rules. */
export type VatTreatment =
  /** The vendor's rate: the reseller is in the vendor's country, or in the EU without a valid VAT ID. */
  | 'DOMESTIC'
  /** Issued before invoices carried VAT; none was charged. */
  | 'NOT_CHARGED'
  /** 0 %: the reseller is outside the EU, outside the scope of EU VAT. */
  | 'OUTSIDE_EU'
  /** 0 %: a valid VAT ID in another EU country; the reseller accounts for the VAT. */
  | 'REVERSE_CHARGE';

/** A volume discount band. */
export type VolumeBandInput = {
  /** From this many licenses on: 2 to 100,000. */
  minQuantity: number;
  /** Discount off the list price, in basis points: 1 % = 100: 0 to 10,000. Outside that: INVALID_PERCENT. */
  percentBp: number;
};

export type WebhookDeliveryFilter = {
  endpointId?: string | number | null | undefined;
  eventType?: string | null | undefined;
  status?: WebhookDeliveryStatus | null | undefined;
};

/** Where a delivery stands: still trying, received (a 2xx answer), or given up. */
export type WebhookDeliveryStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SUCCEEDED';

export type WebhookEndpointCreateInput = {
  /** What the endpoint is for. */
  description?: string | null | undefined;
  /** The event types to receive (see `webhookEventTypes`); empty or absent for all. */
  eventTypes?: Array<string> | null | undefined;
  /** Where events are posted: https (plain http only in development). */
  url: string;
};

export type WebhookEndpointUpdateInput = {
  description?: string | null | undefined;
  /** Enabling an endpoint the product disabled starts its deliveries afresh. */
  enabled?: boolean | null | undefined;
  /** Empty for all event types. */
  eventTypes?: Array<string> | null | undefined;
  id: string | number;
  url?: string | null | undefined;
};

export type BillingContactFieldsFragment = { id: string, email: string, name: string, createdAt: string };

export type BillingContactPayloadFieldsFragment = { billingContact: { id: string, email: string, name: string, createdAt: string } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> };

export type BillingContactsQueryVariables = Exact<{ [key: string]: never; }>;


export type BillingContactsQuery = { billingContacts: Array<{ id: string, email: string, name: string, createdAt: string }> };

export type BillingContactAddMutationVariables = Exact<{
  input: BillingContactAddInput;
}>;


export type BillingContactAddMutation = { billingContactAdd: { billingContact: { id: string, email: string, name: string, createdAt: string } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type BillingContactRemoveMutationVariables = Exact<{
  id: string | number;
}>;


export type BillingContactRemoveMutation = { billingContactRemove: { billingContact: { id: string, email: string, name: string, createdAt: string } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type BillingProfileFieldsFragment = { id: string, legalName: string, addressLine1: string, addressLine2: string | null, postalCode: string, city: string, country: string, vatId: string | null, purchaseOrderReference: string | null, updatedAt: string };

export type BillingProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type BillingProfileQuery = { billingProfile: { id: string, legalName: string, addressLine1: string, addressLine2: string | null, postalCode: string, city: string, country: string, vatId: string | null, purchaseOrderReference: string | null, updatedAt: string } | null };

export type BillingProfileUpdateMutationVariables = Exact<{
  input: BillingProfileInput;
}>;


export type BillingProfileUpdateMutation = { billingProfileUpdate: { billingProfile: { id: string, legalName: string, addressLine1: string, addressLine2: string | null, postalCode: string, city: string, country: string, vatId: string | null, purchaseOrderReference: string | null, updatedAt: string } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type AnnexNoticeQueryVariables = Exact<{ [key: string]: never; }>;


export type AnnexNoticeQuery = { annexStatus: { acceptedInForce: boolean, acceptedUpcoming: boolean, canAccept: boolean, inForce: { id: string, version: number, title: string, effectiveAt: string } | null, upcoming: { id: string, version: number, title: string, effectiveAt: string } | null } };

export type AnnexVersionsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AnnexVersionsQuery = { annexVersions: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, version: number, title: string, bodyHtml: string, effectiveAt: string, publishedAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AnnexPublishMutationVariables = Exact<{
  input: AnnexPublishInput;
}>;


export type AnnexPublishMutation = { annexPublish: { annexVersion: { id: string, version: number, title: string, bodyHtml: string, effectiveAt: string, publishedAt: string } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type AnnexVersionFieldsFragment = { id: string, version: number, title: string, bodyHtml: string, effectiveAt: string, publishedAt: string };

export type AnnexAcceptanceFieldsFragment = { id: string, acceptedAt: string, ip: string, userAgent: string | null, pdfUrl: string, acceptedBy: { id: string, name: string, email: string }, annexVersion: { id: string, version: number, title: string } };

export type AnnexStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type AnnexStatusQuery = { annexStatus: { acceptedInForce: boolean, acceptedUpcoming: boolean, canAccept: boolean, inForce: { id: string, version: number, title: string, bodyHtml: string, effectiveAt: string, publishedAt: string } | null, upcoming: { id: string, version: number, title: string, bodyHtml: string, effectiveAt: string, publishedAt: string } | null, acceptors: Array<{ id: string, name: string, email: string }>, acceptances: Array<{ id: string, acceptedAt: string, ip: string, userAgent: string | null, pdfUrl: string, acceptedBy: { id: string, name: string, email: string }, annexVersion: { id: string, version: number, title: string } }> } };

export type AnnexAcceptMutationVariables = Exact<{
  versionId: string | number;
}>;


export type AnnexAcceptMutation = { annexAccept: { acceptance: { id: string, acceptedAt: string, ip: string, userAgent: string | null, pdfUrl: string, acceptedBy: { id: string, name: string, email: string }, annexVersion: { id: string, version: number, title: string } } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type ApiKeyFieldsFragment = { id: string, name: string, prefix: string, scope: ApiKeyScope, createdAt: string, lastUsedAt: string | null, revokedAt: string | null };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { apiKeys: Array<{ id: string, name: string, prefix: string, scope: ApiKeyScope, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type ApiKeyRevokeMutationVariables = Exact<{
  id: string | number;
}>;


export type ApiKeyRevokeMutation = { apiKeyRevoke: { apiKey: { id: string, name: string, prefix: string, scope: ApiKeyScope, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type ApiKeyCreateMutationVariables = Exact<{
  input: ApiKeyCreateInput;
}>;


export type ApiKeyCreateMutation = { apiKeyCreate: { secret: string | null, apiKey: { id: string, name: string, prefix: string, scope: ApiKeyScope } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type AuditLogQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: AuditLogFilter | null | undefined;
  accountId?: string | number | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, occurredAt: string, actorKind: AuditActorKind, actorLabel: string | null, ip: string | null, userAgent: string | null, operation: string, outcome: AuditOutcome, refusalCodes: Array<string>, subjectType: string | null, subjectId: string | null, changes: Array<{ field: string, before: string | null, after: string | null }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type AuditLogResellersQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type AuditLogResellersQuery = { resellers: { edges: Array<{ cursor: string, node: { id: string, name: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type SignOutPayloadFieldsFragment = { signedOut: boolean, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: { signedOut: boolean, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { signOutEverywhere: { signedOut: boolean, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type TokenInfoQueryVariables = Exact<{
  token: string;
}>;


export type TokenInfoQuery = { tokenInfo: { status: TokenStatus, purpose: TokenPurpose | null, email: string | null, accountName: string | null, role: MemberRole | null, name: string | null, needsPassword: boolean } };

export type AccountActivateMutationVariables = Exact<{
  input: AccountActivateInput;
}>;


export type AccountActivateMutation = { accountActivate: { viewer: { user: { id: string, name: string } | null, account: { id: string, name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type SignUpConfirmMutationVariables = Exact<{
  token: string;
}>;


export type SignUpConfirmMutation = { signUpConfirm: { viewer: { user: { id: string, name: string } | null, account: { id: string, name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type SignInPayloadFieldsFragment = { viewer: { user: { id: string, name: string } | null, account: { id: string, name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { viewer: { user: { id: string, name: string } | null, account: { id: string, name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { email: string | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type InvoiceVatFieldsFragment = { netTotal: number, vatTreatment: VatTreatment, vatRateBp: number, vatAmount: number, dueAt: string, paymentReference: string, bankDetails: { bankName: string, iban: string, bic: string } | null };

export type InvoiceFieldsFragment = { id: string, number: string, kind: InvoiceKind, status: InvoiceStatus, issuedAt: string, paidAt: string | null, currency: string, subtotal: number, discountTotal: number, total: number, paymentMethod: PaymentMethod, lastPaymentError: string | null, pdfUrl: string, subscriptionId: string | null, netTotal: number, vatTreatment: VatTreatment, vatRateBp: number, vatAmount: number, dueAt: string, paymentReference: string, lines: Array<{ description: string, customerName: string | null, productCode: string, period: BillingPeriod, quantity: number, unitPrice: number, retailAmount: number, volumeDiscountBp: number, volumeDiscount: number, partnerDiscountBp: number, partnerDiscount: number, amount: number }>, bankDetails: { bankName: string, iban: string, bic: string } | null };

export type InvoicesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: InvoiceStatus | null | undefined;
  subscriptionId?: string | number | null | undefined;
}>;


export type InvoicesQuery = { invoices: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, number: string, kind: InvoiceKind, status: InvoiceStatus, issuedAt: string, paidAt: string | null, currency: string, subtotal: number, discountTotal: number, total: number, paymentMethod: PaymentMethod, lastPaymentError: string | null, pdfUrl: string, subscriptionId: string | null, netTotal: number, vatTreatment: VatTreatment, vatRateBp: number, vatAmount: number, dueAt: string, paymentReference: string, lines: Array<{ description: string, customerName: string | null, productCode: string, period: BillingPeriod, quantity: number, unitPrice: number, retailAmount: number, volumeDiscountBp: number, volumeDiscount: number, partnerDiscountBp: number, partnerDiscount: number, amount: number }>, bankDetails: { bankName: string, iban: string, bic: string } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type SubscriptionPurchaseMutationVariables = Exact<{
  input: SubscriptionPurchaseInput;
}>;


export type SubscriptionPurchaseMutation = { subscriptionPurchase: { subscription: { id: string, status: SubscriptionStatus, period: BillingPeriod, quantity: number, nextQuantity: number | null, nextQuantityFrom: string | null, renew: boolean, currency: string, currentPeriodStart: string, currentPeriodEnd: string, endedAt: string | null, paymentMethod: PaymentMethod, partnerDiscountBp: number, createdAt: string, assignedAt: string | null, savedPaymentMethod: { id: string, label: string } | null, product: { id: string, code: string, name: string, periods: Array<{ period: BillingPeriod, unitPrice: number, minimumQuantity: number, months: number, noticeDays: number }> }, customer: { id: string, companyName: string } | null } | null, invoice: { id: string, number: string, kind: InvoiceKind, status: InvoiceStatus, issuedAt: string, paidAt: string | null, currency: string, subtotal: number, discountTotal: number, total: number, paymentMethod: PaymentMethod, lastPaymentError: string | null, pdfUrl: string, subscriptionId: string | null, netTotal: number, vatTreatment: VatTreatment, vatRateBp: number, vatAmount: number, dueAt: string, paymentReference: string, lines: Array<{ description: string, customerName: string | null, productCode: string, period: BillingPeriod, quantity: number, unitPrice: number, retailAmount: number, volumeDiscountBp: number, volumeDiscount: number, partnerDiscountBp: number, partnerDiscount: number, amount: number }>, bankDetails: { bankName: string, iban: string, bic: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type SubscriptionFieldsFragment = { id: string, status: SubscriptionStatus, period: BillingPeriod, quantity: number, nextQuantity: number | null, nextQuantityFrom: string | null, renew: boolean, currency: string, currentPeriodStart: string, currentPeriodEnd: string, endedAt: string | null, paymentMethod: PaymentMethod, partnerDiscountBp: number, createdAt: string, assignedAt: string | null, savedPaymentMethod: { id: string, label: string } | null, product: { id: string, code: string, name: string, periods: Array<{ period: BillingPeriod, unitPrice: number, minimumQuantity: number, months: number, noticeDays: number }> }, customer: { id: string, companyName: string } | null };

export type SubscriptionPayloadFieldsFragment = { subscription: { id: string, status: SubscriptionStatus, period: BillingPeriod, quantity: number, nextQuantity: number | null, nextQuantityFrom: string | null, renew: boolean, currency: string, currentPeriodStart: string, currentPeriodEnd: string, endedAt: string | null, paymentMethod: PaymentMethod, partnerDiscountBp: number, createdAt: string, assignedAt: string | null, savedPaymentMethod: { id: string, label: string } | null, product: { id: string, code: string, name: string, periods: Array<{ period: BillingPeriod, unitPrice: number, minimumQuantity: number, months: number, noticeDays: number }> }, customer: { id: string, companyName: string } | null } | null, invoice: { id: string, number: string, kind: InvoiceKind, status: InvoiceStatus, issuedAt: string, paidAt: string | null, currency: string, subtotal: number, discountTotal: number, total: number, paymentMethod: PaymentMethod, lastPaymentError: string | null, pdfUrl: string, subscriptionId: string | null, netTotal: number, vatTreatment: VatTreatment, vatRateBp: number, vatAmount: number, dueAt: string, paymentReference: string, lines: Array<{ description: string, customerName: string | null, productCode: string, period: BillingPeriod, quantity: number, unitPrice: number, retailAmount: number, volumeDiscountBp: number, volumeDiscount: number, partnerDiscountBp: number, partnerDiscount: number, amount: number }>, bankDetails: { bankName: string, iban: string, bic: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> };

export type SubscriptionsQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: SubscriptionFilter | null | undefined;
  sort?: SubscriptionSort;
}>;


export type SubscriptionsQuery = { subscriptions: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, status: SubscriptionStatus, period: BillingPeriod, quantity: number, nextQuantity: number | null, nextQuantityFrom: string | null, renew: boolean, currency: string, currentPeriodStart: string, currentPeriodEnd: string, endedAt: string | null, paymentMethod: PaymentMethod, partnerDiscountBp: number, createdAt: string, assignedAt: string | null, savedPaymentMethod: { id: string, label: string } | null, product: { id: string, code: string, name: string, periods: Array<{ period: BillingPeriod, unitPrice: number, minimumQuantity: number, months: number, noticeDays: number }> }, customer: { id: string, companyName: string } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type LinkedSubscriptionQueryVariables = Exact<{
  id: string | number;
}>;


export type LinkedSubscriptionQuery = { subscription: { id: string, status: SubscriptionStatus, period: BillingPeriod, quantity: number, nextQuantity: number | null, nextQuantityFrom: string | null, renew: boolean, currency: string, currentPeriodStart: string, currentPeriodEnd: string, endedAt: string | null, paymentMethod: PaymentMethod, partnerDiscountBp: number, createdAt: string, assignedAt: string | null, savedPaymentMethod: { id: string, label: string } | null, product: { id: string, code: string, name: string, periods: Array<{ period: BillingPeriod, unitPrice: number, minimumQuantity: number, months: number, noticeDays: number }> }, customer: { id: string, companyName: string } | null } | null };

export type SubscriptionChangeQuoteQueryVariables = Exact<{
  id: string | number;
  quantity: number;
}>;


export type SubscriptionChangeQuoteQuery = { subscriptionChangeQuote: { changeQuote: { effect: QuantityChangeEffect, effectiveFrom: string, amountDueNow: number, totalDueNow: number, nextPeriodPrice: number, currency: string, quantity: number, remainingDays: number, periodDays: number, vatDueNow: { treatment: VatTreatment, rateBp: number, amount: number } } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type SubscriptionSetRenewalMutationVariables = Exact<{
  id: string | number;
  renew: boolean;
}>;


export type SubscriptionSetRenewalMutation = { subscriptionSetRenewal: { subscription: { id: string, status: SubscriptionStatus, period: BillingPeriod, quantity: number, nextQuantity: number | null, nextQuantityFrom: string | null, renew: boolean, currency: string, currentPeriodStart: string, currentPeriodEnd: string, endedAt: string | null, paymentMethod: PaymentMethod, partnerDiscountBp: number, createdAt: string, assignedAt: string | null, savedPaymentMethod: { id: string, label: string } | null, product: { id: string, code: string, name: string, periods: Array<{ period: BillingPeriod, unitPrice: number, minimumQuantity: number, months: number, noticeDays: number }> }, customer: { id: string, companyName: string } | null } | null, invoice: { id: string, number: string, kind: InvoiceKind, status: InvoiceStatus, issuedAt: string, paidAt: string | null, currency: string, subtotal: number, discountTotal: number, total: number, paymentMethod: PaymentMethod, lastPaymentError: string | null, pdfUrl: string, subscriptionId: string | null, netTotal: number, vatTreatment: VatTreatment, vatRateBp: number, vatAmount: number, dueAt: string, paymentReference: string, lines: Array<{ description: string, customerName: string | null, productCode: string, period: BillingPeriod, quantity: number, unitPrice: number, retailAmount: number, volumeDiscountBp: number, volumeDiscount: number, partnerDiscountBp: number, partnerDiscount: number, amount: number }>, bankDetails: { bankName: string, iban: string, bic: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type SubscriptionChangeQuantityMutationVariables = Exact<{
  id: string | number;
  quantity: number;
  idempotencyKey?: string | null | undefined;
}>;


export type SubscriptionChangeQuantityMutation = { subscriptionChangeQuantity: { subscription: { id: string, status: SubscriptionStatus, period: BillingPeriod, quantity: number, nextQuantity: number | null, nextQuantityFrom: string | null, renew: boolean, currency: string, currentPeriodStart: string, currentPeriodEnd: string, endedAt: string | null, paymentMethod: PaymentMethod, partnerDiscountBp: number, createdAt: string, assignedAt: string | null, savedPaymentMethod: { id: string, label: string } | null, product: { id: string, code: string, name: string, periods: Array<{ period: BillingPeriod, unitPrice: number, minimumQuantity: number, months: number, noticeDays: number }> }, customer: { id: string, companyName: string } | null } | null, invoice: { id: string, number: string, kind: InvoiceKind, status: InvoiceStatus, issuedAt: string, paidAt: string | null, currency: string, subtotal: number, discountTotal: number, total: number, paymentMethod: PaymentMethod, lastPaymentError: string | null, pdfUrl: string, subscriptionId: string | null, netTotal: number, vatTreatment: VatTreatment, vatRateBp: number, vatAmount: number, dueAt: string, paymentReference: string, lines: Array<{ description: string, customerName: string | null, productCode: string, period: BillingPeriod, quantity: number, unitPrice: number, retailAmount: number, volumeDiscountBp: number, volumeDiscount: number, partnerDiscountBp: number, partnerDiscount: number, amount: number }>, bankDetails: { bankName: string, iban: string, bic: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type SubscriptionUpdatePaymentMutationVariables = Exact<{
  id: string | number;
  input: SubscriptionPaymentInput;
}>;


export type SubscriptionUpdatePaymentMutation = { subscriptionUpdatePayment: { subscription: { id: string, status: SubscriptionStatus, period: BillingPeriod, quantity: number, nextQuantity: number | null, nextQuantityFrom: string | null, renew: boolean, currency: string, currentPeriodStart: string, currentPeriodEnd: string, endedAt: string | null, paymentMethod: PaymentMethod, partnerDiscountBp: number, createdAt: string, assignedAt: string | null, savedPaymentMethod: { id: string, label: string } | null, product: { id: string, code: string, name: string, periods: Array<{ period: BillingPeriod, unitPrice: number, minimumQuantity: number, months: number, noticeDays: number }> }, customer: { id: string, companyName: string } | null } | null, invoice: { id: string, number: string, kind: InvoiceKind, status: InvoiceStatus, issuedAt: string, paidAt: string | null, currency: string, subtotal: number, discountTotal: number, total: number, paymentMethod: PaymentMethod, lastPaymentError: string | null, pdfUrl: string, subscriptionId: string | null, netTotal: number, vatTreatment: VatTreatment, vatRateBp: number, vatAmount: number, dueAt: string, paymentReference: string, lines: Array<{ description: string, customerName: string | null, productCode: string, period: BillingPeriod, quantity: number, unitPrice: number, retailAmount: number, volumeDiscountBp: number, volumeDiscount: number, partnerDiscountBp: number, partnerDiscount: number, amount: number }>, bankDetails: { bankName: string, iban: string, bic: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type ProductFieldsFragment = { id: string, code: string, name: string, description: string, yearlyPrice: number, currency: string, trialEnabled: boolean, active: boolean, updatedAt: string, periods: Array<{ period: BillingPeriod, unitPrice: number, minimumQuantity: number, months: number, noticeDays: number }>, bands: Array<{ minQuantity: number, percentBp: number }> };

export type ProductPeriodFieldsFragment = { period: BillingPeriod, unitPrice: number, minimumQuantity: number, months: number, noticeDays: number };

export type ProductPayloadFieldsFragment = { product: { id: string, code: string, name: string, description: string, yearlyPrice: number, currency: string, trialEnabled: boolean, active: boolean, updatedAt: string, periods: Array<{ period: BillingPeriod, unitPrice: number, minimumQuantity: number, months: number, noticeDays: number }>, bands: Array<{ minQuantity: number, percentBp: number }> } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> };

export type CatalogProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogProductsQuery = { products: Array<{ id: string, code: string, name: string, description: string, yearlyPrice: number, currency: string, trialEnabled: boolean, active: boolean, updatedAt: string, periods: Array<{ period: BillingPeriod, unitPrice: number, minimumQuantity: number, months: number, noticeDays: number }>, bands: Array<{ minQuantity: number, percentBp: number }> }> };

export type ProductCreateMutationVariables = Exact<{
  input: ProductCreateInput;
}>;


export type ProductCreateMutation = { productCreate: { product: { id: string, code: string, name: string, description: string, yearlyPrice: number, currency: string, trialEnabled: boolean, active: boolean, updatedAt: string, periods: Array<{ period: BillingPeriod, unitPrice: number, minimumQuantity: number, months: number, noticeDays: number }>, bands: Array<{ minQuantity: number, percentBp: number }> } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type ProductUpdateMutationVariables = Exact<{
  code: string;
  input: ProductUpdateInput;
}>;


export type ProductUpdateMutation = { productUpdate: { product: { id: string, code: string, name: string, description: string, yearlyPrice: number, currency: string, trialEnabled: boolean, active: boolean, updatedAt: string, periods: Array<{ period: BillingPeriod, unitPrice: number, minimumQuantity: number, months: number, noticeDays: number }>, bands: Array<{ minQuantity: number, percentBp: number }> } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type UnassignedSubscriptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnassignedSubscriptionsQuery = { subscriptions: { totalCount: number, edges: Array<{ node: { id: string, period: BillingPeriod, quantity: number, nextQuantity: number | null, nextQuantityFrom: string | null, status: SubscriptionStatus, renew: boolean, currentPeriodEnd: string, assignedAt: string | null, product: { id: string, code: string, name: string } } }> } };

export type CustomerSubscriptionAssignMutationVariables = Exact<{
  id: string | number;
  customerId: string | number;
}>;


export type CustomerSubscriptionAssignMutation = { subscriptionAssign: { subscription: { id: string, status: SubscriptionStatus, period: BillingPeriod, quantity: number, nextQuantity: number | null, nextQuantityFrom: string | null, renew: boolean, currency: string, currentPeriodStart: string, currentPeriodEnd: string, endedAt: string | null, paymentMethod: PaymentMethod, partnerDiscountBp: number, createdAt: string, assignedAt: string | null, savedPaymentMethod: { id: string, label: string } | null, product: { id: string, code: string, name: string, periods: Array<{ period: BillingPeriod, unitPrice: number, minimumQuantity: number, months: number, noticeDays: number }> }, customer: { id: string, companyName: string } | null } | null, invoice: { id: string, number: string, kind: InvoiceKind, status: InvoiceStatus, issuedAt: string, paidAt: string | null, currency: string, subtotal: number, discountTotal: number, total: number, paymentMethod: PaymentMethod, lastPaymentError: string | null, pdfUrl: string, subscriptionId: string | null, netTotal: number, vatTreatment: VatTreatment, vatRateBp: number, vatAmount: number, dueAt: string, paymentReference: string, lines: Array<{ description: string, customerName: string | null, productCode: string, period: BillingPeriod, quantity: number, unitPrice: number, retailAmount: number, volumeDiscountBp: number, volumeDiscount: number, partnerDiscountBp: number, partnerDiscount: number, amount: number }>, bankDetails: { bankName: string, iban: string, bic: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type CustomerSubscriptionFieldsFragment = { id: string, period: BillingPeriod, quantity: number, nextQuantity: number | null, nextQuantityFrom: string | null, status: SubscriptionStatus, renew: boolean, currentPeriodEnd: string, assignedAt: string | null, product: { id: string, code: string, name: string } };

export type CustomerQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerQuery = { customer: { comment: string, id: string, email: string, companyName: string, status: UserStatus, addedAt: string, subscriptions: Array<{ id: string, period: BillingPeriod, quantity: number, nextQuantity: number | null, nextQuantityFrom: string | null, status: SubscriptionStatus, renew: boolean, currentPeriodEnd: string, assignedAt: string | null, product: { id: string, code: string, name: string } }>, trial: { id: string, status: TrialStatus, startedAt: string, endsAt: string, endedAt: string | null, product: { id: string, code: string, name: string } } | null } | null };

export type CustomerUpdateMutationVariables = Exact<{
  id: string | number;
  input: CustomerUpdateInput;
}>;


export type CustomerUpdateMutation = { customerUpdate: { customer: { id: string, companyName: string, comment: string } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type CustomerSubscriptionUnassignMutationVariables = Exact<{
  id: string | number;
}>;


export type CustomerSubscriptionUnassignMutation = { subscriptionUnassign: { subscription: { id: string, status: SubscriptionStatus, period: BillingPeriod, quantity: number, nextQuantity: number | null, nextQuantityFrom: string | null, renew: boolean, currency: string, currentPeriodStart: string, currentPeriodEnd: string, endedAt: string | null, paymentMethod: PaymentMethod, partnerDiscountBp: number, createdAt: string, assignedAt: string | null, savedPaymentMethod: { id: string, label: string } | null, product: { id: string, code: string, name: string, periods: Array<{ period: BillingPeriod, unitPrice: number, minimumQuantity: number, months: number, noticeDays: number }> }, customer: { id: string, companyName: string } | null } | null, invoice: { id: string, number: string, kind: InvoiceKind, status: InvoiceStatus, issuedAt: string, paidAt: string | null, currency: string, subtotal: number, discountTotal: number, total: number, paymentMethod: PaymentMethod, lastPaymentError: string | null, pdfUrl: string, subscriptionId: string | null, netTotal: number, vatTreatment: VatTreatment, vatRateBp: number, vatAmount: number, dueAt: string, paymentReference: string, lines: Array<{ description: string, customerName: string | null, productCode: string, period: BillingPeriod, quantity: number, unitPrice: number, retailAmount: number, volumeDiscountBp: number, volumeDiscount: number, partnerDiscountBp: number, partnerDiscount: number, amount: number }>, bankDetails: { bankName: string, iban: string, bic: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type CustomerListFieldsFragment = { id: string, email: string, companyName: string, status: UserStatus, addedAt: string };

export type CustomersQueryVariables = Exact<{
  after?: string | null | undefined;
  search?: string | null | undefined;
  sort: CustomerSort;
}>;


export type CustomersQuery = { customers: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, email: string, companyName: string, status: UserStatus, addedAt: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type CustomerRemoveMutationVariables = Exact<{
  id: string | number;
}>;


export type CustomerRemoveMutation = { customerRemove: { removedCustomerId: string | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type CustomerInviteMutationVariables = Exact<{
  input: CustomerInviteInput;
}>;


export type CustomerInviteMutation = { customerInvite: { accountCreated: boolean | null, customer: { id: string, email: string, companyName: string, status: UserStatus, addedAt: string } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type SystemStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type SystemStatusQuery = { health: { status: string, database: string, databaseVersion: string, serverTime: string, version: string } };

export type IngestionKeyFieldsFragment = { id: string, name: string, prefix: string, createdAt: string, createdBy: string | null, lastUsedAt: string | null, revokedAt: string | null };

export type IngestionKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type IngestionKeysQuery = { ingestionKeys: Array<{ id: string, name: string, prefix: string, createdAt: string, createdBy: string | null, lastUsedAt: string | null, revokedAt: string | null }> };

export type IngestionKeyCreateMutationVariables = Exact<{
  input: IngestionKeyCreateInput;
}>;


export type IngestionKeyCreateMutation = { ingestionKeyCreate: { secret: string | null, ingestionKey: { id: string, name: string, prefix: string, createdAt: string, createdBy: string | null, lastUsedAt: string | null, revokedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type IngestionKeyRevokeMutationVariables = Exact<{
  id: string | number;
}>;


export type IngestionKeyRevokeMutation = { ingestionKeyRevoke: { ingestionKey: { id: string, name: string, prefix: string, createdAt: string, createdBy: string | null, lastUsedAt: string | null, revokedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type UpcomingNoticeFieldsFragment = { kind: NoticeKind, date: string, quantity: number, amount: number | null, currency: string, noticeDate: string, noticeSentAt: string | null, subscription: { id: string, period: BillingPeriod, product: { id: string, code: string, name: string }, customer: { id: string, companyName: string } | null } };

export type UpcomingNoticesQueryVariables = Exact<{
  after?: string | null | undefined;
  withinDays?: number | null | undefined;
}>;


export type UpcomingNoticesQuery = { upcomingNotices: { totalCount: number, edges: Array<{ cursor: string, node: { kind: NoticeKind, date: string, quantity: number, amount: number | null, currency: string, noticeDate: string, noticeSentAt: string | null, subscription: { id: string, period: BillingPeriod, product: { id: string, code: string, name: string }, customer: { id: string, companyName: string } | null } } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type PartnerDiscountFieldsFragment = { code: string | null, issuedAt: string | null, requestedAt: string | null };

export type PartnerDiscountPayloadFieldsFragment = { partnerDiscount: { code: string | null, issuedAt: string | null, requestedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> };

export type PartnerDiscountQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerDiscountQuery = { partnerDiscount: { code: string | null, issuedAt: string | null, requestedAt: string | null } };

export type PartnerDiscountRequestMutationVariables = Exact<{
  input?: PartnerDiscountRequestInput | null | undefined;
}>;


export type PartnerDiscountRequestMutation = { partnerDiscountRequest: { partnerDiscount: { code: string | null, issuedAt: string | null, requestedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type SavedPaymentMethodFieldsFragment = { id: string, kind: SavedPaymentMethodKind, label: string, cardBrand: string | null, lastFour: string | null, expiryMonth: number | null, expiryYear: number | null, expiry: CardExpiry, paypalEmail: string | null, isDefault: boolean };

export type PaymentMethodPayloadFieldsFragment = { paymentMethod: { id: string, kind: SavedPaymentMethodKind, label: string, cardBrand: string | null, lastFour: string | null, expiryMonth: number | null, expiryYear: number | null, expiry: CardExpiry, paypalEmail: string | null, isDefault: boolean } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> };

export type PaymentMethodsQueryVariables = Exact<{ [key: string]: never; }>;


export type PaymentMethodsQuery = { paymentMethods: Array<{ id: string, kind: SavedPaymentMethodKind, label: string, cardBrand: string | null, lastFour: string | null, expiryMonth: number | null, expiryYear: number | null, expiry: CardExpiry, paypalEmail: string | null, isDefault: boolean }> };

export type PaymentMethodAddCardMutationVariables = Exact<{
  input: PaymentMethodAddCardInput;
}>;


export type PaymentMethodAddCardMutation = { paymentMethodAddCard: { paymentMethod: { id: string, kind: SavedPaymentMethodKind, label: string, cardBrand: string | null, lastFour: string | null, expiryMonth: number | null, expiryYear: number | null, expiry: CardExpiry, paypalEmail: string | null, isDefault: boolean } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type PaymentMethodAddPaypalMutationVariables = Exact<{
  input: PaymentMethodAddPaypalInput;
}>;


export type PaymentMethodAddPaypalMutation = { paymentMethodAddPaypal: { paymentMethod: { id: string, kind: SavedPaymentMethodKind, label: string, cardBrand: string | null, lastFour: string | null, expiryMonth: number | null, expiryYear: number | null, expiry: CardExpiry, paypalEmail: string | null, isDefault: boolean } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type PaymentMethodSetDefaultMutationVariables = Exact<{
  id: string | number;
}>;


export type PaymentMethodSetDefaultMutation = { paymentMethodSetDefault: { paymentMethod: { id: string, kind: SavedPaymentMethodKind, label: string, cardBrand: string | null, lastFour: string | null, expiryMonth: number | null, expiryYear: number | null, expiry: CardExpiry, paypalEmail: string | null, isDefault: boolean } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type PaymentMethodRemoveMutationVariables = Exact<{
  id: string | number;
}>;


export type PaymentMethodRemoveMutation = { paymentMethodRemove: { paymentMethod: { id: string, kind: SavedPaymentMethodKind, label: string, cardBrand: string | null, lastFour: string | null, expiryMonth: number | null, expiryYear: number | null, expiry: CardExpiry, paypalEmail: string | null, isDefault: boolean } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type VendorInvoicesQueryVariables = Exact<{
  after?: string | null | undefined;
  status?: InvoiceStatus | null | undefined;
}>;


export type VendorInvoicesQuery = { vendorInvoices: { totalCount: number, edges: Array<{ cursor: string, node: { dueAt: string, id: string, number: string, kind: InvoiceKind, status: InvoiceStatus, issuedAt: string, paidAt: string | null, currency: string, subtotal: number, discountTotal: number, total: number, paymentMethod: PaymentMethod, lastPaymentError: string | null, pdfUrl: string, subscriptionId: string | null, netTotal: number, vatTreatment: VatTreatment, vatRateBp: number, vatAmount: number, paymentReference: string, reseller: { id: string, name: string }, lines: Array<{ description: string, customerName: string | null, productCode: string, period: BillingPeriod, quantity: number, unitPrice: number, retailAmount: number, volumeDiscountBp: number, volumeDiscount: number, partnerDiscountBp: number, partnerDiscount: number, amount: number }>, bankDetails: { bankName: string, iban: string, bic: string } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type InvoiceRecordPaymentMutationVariables = Exact<{
  invoiceId: string | number;
  reference: string;
}>;


export type InvoiceRecordPaymentMutation = { invoiceRecordPayment: { invoice: { id: string, number: string, kind: InvoiceKind, status: InvoiceStatus, issuedAt: string, paidAt: string | null, currency: string, subtotal: number, discountTotal: number, total: number, paymentMethod: PaymentMethod, lastPaymentError: string | null, pdfUrl: string, subscriptionId: string | null, netTotal: number, vatTreatment: VatTreatment, vatRateBp: number, vatAmount: number, dueAt: string, paymentReference: string, lines: Array<{ description: string, customerName: string | null, productCode: string, period: BillingPeriod, quantity: number, unitPrice: number, retailAmount: number, volumeDiscountBp: number, volumeDiscount: number, partnerDiscountBp: number, partnerDiscount: number, amount: number }>, bankDetails: { bankName: string, iban: string, bic: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type CustomerPortalQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomerPortalQuery = { customerPortal: { companyName: string, email: string, resellers: Array<{ id: string, name: string, customerSince: string | null }>, subscriptions: Array<{ id: string, productName: string, productCode: string, period: BillingPeriod, quantity: number, currentPeriodEnd: string, resellerId: string, assignedAt: string }>, trials: Array<{ productCode: string, productName: string, status: string, endsAt: string, resellerName: string }> } };

export type PricingProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type PricingProductsQuery = { products: Array<{ id: string, code: string, name: string, currency: string, yearlyPrice: number, periods: Array<{ period: BillingPeriod, unitPrice: number, minimumQuantity: number, months: number, noticeDays: number }>, bands: Array<{ minQuantity: number, percentBp: number }> }> };

export type QuoteFieldsFragment = { currency: string, period: BillingPeriod, quantity: number, unitListPrice: number, retailPrice: number, volumeDiscountBp: number, volumeDiscount: number, priceAfterVolumeDiscount: number, partnerDiscountBp: number, partnerDiscount: number, vendorPrice: number, vendorPriceWithVat: number, passThroughBp: number, passThroughDiscount: number, endCustomerPrice: number, margin: number, discountCodeApplied: boolean, wireTransferAllowed: boolean, vat: { treatment: VatTreatment, rateBp: number, amount: number }, product: { id: string, name: string }, tier: { id: string, name: string } };

export type QuoteQueryVariables = Exact<{
  input: QuoteInput;
}>;


export type QuoteQuery = { quote: { quote: { currency: string, period: BillingPeriod, quantity: number, unitListPrice: number, retailPrice: number, volumeDiscountBp: number, volumeDiscount: number, priceAfterVolumeDiscount: number, partnerDiscountBp: number, partnerDiscount: number, vendorPrice: number, vendorPriceWithVat: number, passThroughBp: number, passThroughDiscount: number, endCustomerPrice: number, margin: number, discountCodeApplied: boolean, wireTransferAllowed: boolean, vat: { treatment: VatTreatment, rateBp: number, amount: number }, product: { id: string, name: string }, tier: { id: string, name: string } } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type QuoteRequestFieldsFragment = { id: string, reference: string, status: QuoteRequestStatus, period: BillingPeriod, quantity: number, customerId: string | null, customerName: string | null, note: string, requestedAt: string, unitPrice: number | null, currency: string | null, validUntil: string | null, answeredAt: string | null, declineReason: string | null, acceptedAt: string | null, subscriptionId: string | null, product: { id: string, code: string, name: string, currency: string } };

export type QuoteRequestPayloadFieldsFragment = { quoteRequest: { id: string, reference: string, status: QuoteRequestStatus, period: BillingPeriod, quantity: number, customerId: string | null, customerName: string | null, note: string, requestedAt: string, unitPrice: number | null, currency: string | null, validUntil: string | null, answeredAt: string | null, declineReason: string | null, acceptedAt: string | null, subscriptionId: string | null, product: { id: string, code: string, name: string, currency: string } } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> };

export type QuoteRequestsQueryVariables = Exact<{
  status?: QuoteRequestStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type QuoteRequestsQuery = { quoteRequests: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, reference: string, status: QuoteRequestStatus, period: BillingPeriod, quantity: number, customerId: string | null, customerName: string | null, note: string, requestedAt: string, unitPrice: number | null, currency: string | null, validUntil: string | null, answeredAt: string | null, declineReason: string | null, acceptedAt: string | null, subscriptionId: string | null, product: { id: string, code: string, name: string, currency: string } } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type QuoteRequestCreateMutationVariables = Exact<{
  input: QuoteRequestCreateInput;
}>;


export type QuoteRequestCreateMutation = { quoteRequestCreate: { quoteRequest: { id: string, reference: string, status: QuoteRequestStatus, period: BillingPeriod, quantity: number, customerId: string | null, customerName: string | null, note: string, requestedAt: string, unitPrice: number | null, currency: string | null, validUntil: string | null, answeredAt: string | null, declineReason: string | null, acceptedAt: string | null, subscriptionId: string | null, product: { id: string, code: string, name: string, currency: string } } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type QuoteRequestAcceptMutationVariables = Exact<{
  input: QuoteRequestAcceptInput;
}>;


export type QuoteRequestAcceptMutation = { quoteRequestAccept: { quoteRequest: { id: string, reference: string, status: QuoteRequestStatus, period: BillingPeriod, quantity: number, customerId: string | null, customerName: string | null, note: string, requestedAt: string, unitPrice: number | null, currency: string | null, validUntil: string | null, answeredAt: string | null, declineReason: string | null, acceptedAt: string | null, subscriptionId: string | null, product: { id: string, code: string, name: string, currency: string } } | null, subscription: { id: string, status: SubscriptionStatus, period: BillingPeriod, quantity: number, nextQuantity: number | null, nextQuantityFrom: string | null, renew: boolean, currency: string, currentPeriodStart: string, currentPeriodEnd: string, endedAt: string | null, paymentMethod: PaymentMethod, partnerDiscountBp: number, createdAt: string, assignedAt: string | null, savedPaymentMethod: { id: string, label: string } | null, product: { id: string, code: string, name: string, periods: Array<{ period: BillingPeriod, unitPrice: number, minimumQuantity: number, months: number, noticeDays: number }> }, customer: { id: string, companyName: string } | null } | null, invoice: { id: string, number: string, kind: InvoiceKind, status: InvoiceStatus, issuedAt: string, paidAt: string | null, currency: string, subtotal: number, discountTotal: number, total: number, paymentMethod: PaymentMethod, lastPaymentError: string | null, pdfUrl: string, subscriptionId: string | null, netTotal: number, vatTreatment: VatTreatment, vatRateBp: number, vatAmount: number, dueAt: string, paymentReference: string, lines: Array<{ description: string, customerName: string | null, productCode: string, period: BillingPeriod, quantity: number, unitPrice: number, retailAmount: number, volumeDiscountBp: number, volumeDiscount: number, partnerDiscountBp: number, partnerDiscount: number, amount: number }>, bankDetails: { bankName: string, iban: string, bic: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type VendorQuoteRequestFieldsFragment = { resellerName: string, id: string, reference: string, status: QuoteRequestStatus, period: BillingPeriod, quantity: number, customerId: string | null, customerName: string | null, note: string, requestedAt: string, unitPrice: number | null, currency: string | null, validUntil: string | null, answeredAt: string | null, declineReason: string | null, acceptedAt: string | null, subscriptionId: string | null, product: { id: string, code: string, name: string, currency: string } };

export type QuoteRequestListPriceQueryVariables = Exact<{
  code: string;
}>;


export type QuoteRequestListPriceQuery = { product: { id: string, code: string, currency: string, yearlyPrice: number, periods: Array<{ period: BillingPeriod, unitPrice: number, minimumQuantity: number, months: number, noticeDays: number }>, bands: Array<{ minQuantity: number, percentBp: number }> } | null };

export type VendorQuoteRequestsQueryVariables = Exact<{
  status?: QuoteRequestStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type VendorQuoteRequestsQuery = { vendorQuoteRequests: { totalCount: number, edges: Array<{ cursor: string, node: { resellerName: string, id: string, reference: string, status: QuoteRequestStatus, period: BillingPeriod, quantity: number, customerId: string | null, customerName: string | null, note: string, requestedAt: string, unitPrice: number | null, currency: string | null, validUntil: string | null, answeredAt: string | null, declineReason: string | null, acceptedAt: string | null, subscriptionId: string | null, product: { id: string, code: string, name: string, currency: string } } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type QuoteRequestAnswerMutationVariables = Exact<{
  id: string | number;
  unitPrice: number;
  validUntil: string;
}>;


export type QuoteRequestAnswerMutation = { quoteRequestAnswer: { quoteRequest: { resellerName: string, id: string, reference: string, status: QuoteRequestStatus, period: BillingPeriod, quantity: number, customerId: string | null, customerName: string | null, note: string, requestedAt: string, unitPrice: number | null, currency: string | null, validUntil: string | null, answeredAt: string | null, declineReason: string | null, acceptedAt: string | null, subscriptionId: string | null, product: { id: string, code: string, name: string, currency: string } } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type QuoteRequestDeclineMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type QuoteRequestDeclineMutation = { quoteRequestDecline: { quoteRequest: { resellerName: string, id: string, reference: string, status: QuoteRequestStatus, period: BillingPeriod, quantity: number, customerId: string | null, customerName: string | null, note: string, requestedAt: string, unitPrice: number | null, currency: string | null, validUntil: string | null, answeredAt: string | null, declineReason: string | null, acceptedAt: string | null, subscriptionId: string | null, product: { id: string, code: string, name: string, currency: string } } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type ResellerApplicationsQueryVariables = Exact<{
  status: ResellerApplicationStatus;
  after?: string | null | undefined;
}>;


export type ResellerApplicationsQuery = { resellerApplications: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, status: ResellerApplicationStatus, companyName: string, country: string | null, ownerEmail: string, website: string, countries: Array<string>, expectedLicensesPerYear: number, message: string, submittedAt: string, decidedAt: string | null, declineReason: string | null, tier: { id: string, code: string, name: string } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type ResellerApplicationApproveMutationVariables = Exact<{
  id: string | number;
  tierCode: string;
}>;


export type ResellerApplicationApproveMutation = { resellerApplicationApprove: { application: { id: string, status: ResellerApplicationStatus, companyName: string, country: string | null, ownerEmail: string, website: string, countries: Array<string>, expectedLicensesPerYear: number, message: string, submittedAt: string, decidedAt: string | null, declineReason: string | null, tier: { id: string, code: string, name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type ResellerApplicationDeclineMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ResellerApplicationDeclineMutation = { resellerApplicationDecline: { application: { id: string, status: ResellerApplicationStatus, companyName: string, country: string | null, ownerEmail: string, website: string, countries: Array<string>, expectedLicensesPerYear: number, message: string, submittedAt: string, decidedAt: string | null, declineReason: string | null, tier: { id: string, code: string, name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type ResellerApplicationFieldsFragment = { id: string, status: ResellerApplicationStatus, companyName: string, country: string | null, ownerEmail: string, website: string, countries: Array<string>, expectedLicensesPerYear: number, message: string, submittedAt: string, decidedAt: string | null, declineReason: string | null, tier: { id: string, code: string, name: string } | null };

export type ResellerApplicationPayloadFieldsFragment = { application: { id: string, status: ResellerApplicationStatus, companyName: string, country: string | null, ownerEmail: string, website: string, countries: Array<string>, expectedLicensesPerYear: number, message: string, submittedAt: string, decidedAt: string | null, declineReason: string | null, tier: { id: string, code: string, name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> };

export type ResellerApplicationQueryVariables = Exact<{ [key: string]: never; }>;


export type ResellerApplicationQuery = { resellerApplication: { id: string, status: ResellerApplicationStatus, companyName: string, country: string | null, ownerEmail: string, website: string, countries: Array<string>, expectedLicensesPerYear: number, message: string, submittedAt: string, decidedAt: string | null, declineReason: string | null, tier: { id: string, code: string, name: string } | null } | null };

export type ResellerApplicationSubmitMutationVariables = Exact<{
  input: ResellerApplicationSubmitInput;
}>;


export type ResellerApplicationSubmitMutation = { resellerApplicationSubmit: { application: { id: string, status: ResellerApplicationStatus, companyName: string, country: string | null, ownerEmail: string, website: string, countries: Array<string>, expectedLicensesPerYear: number, message: string, submittedAt: string, decidedAt: string | null, declineReason: string | null, tier: { id: string, code: string, name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type ResellerFieldsFragment = { id: string, name: string, status: AccountStatus, createdAt: string, owner: { id: string, name: string, email: string }, tier: { id: string, code: string, name: string }, partnerDiscount: { code: string | null, issuedAt: string | null, requestedAt: string | null } };

export type ResellerPayloadFieldsFragment = { reseller: { id: string, name: string, status: AccountStatus, createdAt: string, owner: { id: string, name: string, email: string }, tier: { id: string, code: string, name: string }, partnerDiscount: { code: string | null, issuedAt: string | null, requestedAt: string | null } } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> };

export type ResellersQueryVariables = Exact<{
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type ResellersQuery = { resellers: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string, status: AccountStatus, createdAt: string, owner: { id: string, name: string, email: string }, tier: { id: string, code: string, name: string }, partnerDiscount: { code: string | null, issuedAt: string | null, requestedAt: string | null } } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type TiersQueryVariables = Exact<{ [key: string]: never; }>;


export type TiersQuery = { tiers: Array<{ id: string, code: string, name: string, rank: number }> };

export type ResellerEnableMutationVariables = Exact<{
  input: ResellerEnableInput;
}>;


export type ResellerEnableMutation = { resellerEnable: { reseller: { id: string, name: string, status: AccountStatus, createdAt: string, owner: { id: string, name: string, email: string }, tier: { id: string, code: string, name: string }, partnerDiscount: { code: string | null, issuedAt: string | null, requestedAt: string | null } } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type ResellerSetTierMutationVariables = Exact<{
  id: string | number;
  tierCode: string;
}>;


export type ResellerSetTierMutation = { resellerSetTier: { reseller: { id: string, name: string, status: AccountStatus, createdAt: string, owner: { id: string, name: string, email: string }, tier: { id: string, code: string, name: string }, partnerDiscount: { code: string | null, issuedAt: string | null, requestedAt: string | null } } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type ResellerDisableMutationVariables = Exact<{
  id: string | number;
}>;


export type ResellerDisableMutation = { resellerDisable: { reseller: { id: string, name: string, status: AccountStatus, createdAt: string, owner: { id: string, name: string, email: string }, tier: { id: string, code: string, name: string }, partnerDiscount: { code: string | null, issuedAt: string | null, requestedAt: string | null } } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type PartnerDiscountIssueMutationVariables = Exact<{
  resellerId: string | number;
}>;


export type PartnerDiscountIssueMutation = { partnerDiscountIssue: { partnerDiscount: { code: string | null, issuedAt: string | null, requestedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type PartnerDiscountRevokeMutationVariables = Exact<{
  resellerId: string | number;
}>;


export type PartnerDiscountRevokeMutation = { partnerDiscountRevoke: { partnerDiscount: { code: string | null, issuedAt: string | null, requestedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type TeamMemberInviteMutationVariables = Exact<{
  input: TeamMemberInviteInput;
}>;


export type TeamMemberInviteMutation = { teamMemberInvite: { invitation: { id: string, email: string, name: string | null, role: MemberRole, status: InvitationStatus, createdAt: string, lastSentAt: string, expiresAt: string } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type TeamMemberFieldsFragment = { id: string, role: MemberRole, joinedAt: string, user: { id: string, name: string, email: string, status: UserStatus } };

export type TeamInvitationFieldsFragment = { id: string, email: string, name: string | null, role: MemberRole, status: InvitationStatus, createdAt: string, lastSentAt: string, expiresAt: string };

export type TeamMemberPayloadFieldsFragment = { member: { id: string, role: MemberRole, joinedAt: string, user: { id: string, name: string, email: string, status: UserStatus } } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> };

export type TeamInvitationPayloadFieldsFragment = { invitation: { id: string, email: string, name: string | null, role: MemberRole, status: InvitationStatus, createdAt: string, lastSentAt: string, expiresAt: string } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> };

export type TeamMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamMembersQuery = { teamMembers: Array<{ id: string, role: MemberRole, joinedAt: string, user: { id: string, name: string, email: string, status: UserStatus } }> };

export type TeamInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamInvitationsQuery = { teamInvitations: Array<{ id: string, email: string, name: string | null, role: MemberRole, status: InvitationStatus, createdAt: string, lastSentAt: string, expiresAt: string }> };

export type TeamMemberChangeRoleMutationVariables = Exact<{
  input: TeamMemberChangeRoleInput;
}>;


export type TeamMemberChangeRoleMutation = { teamMemberChangeRole: { member: { id: string, role: MemberRole, joinedAt: string, user: { id: string, name: string, email: string, status: UserStatus } } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type TeamMemberRemoveMutationVariables = Exact<{
  memberId: string | number;
}>;


export type TeamMemberRemoveMutation = { teamMemberRemove: { member: { id: string, role: MemberRole, joinedAt: string, user: { id: string, name: string, email: string, status: UserStatus } } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type TeamOwnershipTransferMutationVariables = Exact<{
  memberId: string | number;
}>;


export type TeamOwnershipTransferMutation = { teamOwnershipTransfer: { members: Array<{ id: string, role: MemberRole }> | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type TeamInvitationResendMutationVariables = Exact<{
  invitationId: string | number;
}>;


export type TeamInvitationResendMutation = { teamInvitationResend: { invitation: { id: string, email: string, name: string | null, role: MemberRole, status: InvitationStatus, createdAt: string, lastSentAt: string, expiresAt: string } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type TeamInvitationRevokeMutationVariables = Exact<{
  invitationId: string | number;
}>;


export type TeamInvitationRevokeMutation = { teamInvitationRevoke: { invitation: { id: string, email: string, name: string | null, role: MemberRole, status: InvitationStatus, createdAt: string, lastSentAt: string, expiresAt: string } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type TierFieldsFragment = { id: string, code: string, name: string, rank: number, trialDays: number, trialsPerMonth: number, resellingBp: number };

export type PartnerTiersQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerTiersQuery = { tiers: Array<{ id: string, code: string, name: string, rank: number, trialDays: number, trialsPerMonth: number, resellingBp: number }> };

export type TierUpdateMutationVariables = Exact<{
  code: string;
  input: TierUpdateInput;
}>;


export type TierUpdateMutation = { tierUpdate: { tier: { id: string, code: string, name: string, rank: number, trialDays: number, trialsPerMonth: number, resellingBp: number } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type TrialFieldsFragment = { id: string, status: TrialStatus, startedAt: string, endsAt: string, endedAt: string | null, product: { id: string, code: string, name: string } };

export type TrialQuotaFieldsFragment = { used: number, limit: number, remaining: number, resetsAt: string };

export type TrialProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type TrialProductsQuery = { products: Array<{ id: string, code: string, name: string, active: boolean, trialEnabled: boolean }> };

export type TrialEligibilityQueryVariables = Exact<{
  customerId: string | number;
  productCode: string;
}>;


export type TrialEligibilityQuery = { trialEligibility: { eligible: boolean, trialDays: number, reasons: Array<{ code: TrialIneligibility, message: string, resetsAt: string | null }>, quota: { used: number, limit: number, remaining: number, resetsAt: string } } };

export type TrialStartMutationVariables = Exact<{
  customerId: string | number;
  productCode: string;
}>;


export type TrialStartMutation = { trialStart: { trial: { id: string, status: TrialStatus, startedAt: string, endsAt: string, endedAt: string | null, product: { id: string, code: string, name: string } } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type TrialQuotaQueryVariables = Exact<{ [key: string]: never; }>;


export type TrialQuotaQuery = { trialQuota: { used: number, limit: number, remaining: number, resetsAt: string } };

export type ProductUsageFieldsFragment = { productCode: string, productName: string, agents: number, licenses: number, overBy: number, licensedElsewhere: boolean, reportedAt: string | null };

export type LicenseUsageQueryVariables = Exact<{ [key: string]: never; }>;


export type LicenseUsageQuery = { licenseUsage: Array<{ productCode: string, productName: string, agents: number, licenses: number, overBy: number, licensedElsewhere: boolean, reportedAt: string | null }> };

export type CustomerUsageQueryVariables = Exact<{
  customerId: string | number;
}>;


export type CustomerUsageQuery = { customerUsage: Array<{ productCode: string, productName: string, agents: number, licenses: number, overBy: number, licensedElsewhere: boolean, reportedAt: string | null }> | null };

export type CustomerUsageHistoryQueryVariables = Exact<{
  customerId: string | number;
  productCode: string;
}>;


export type CustomerUsageHistoryQuery = { customerUsageHistory: Array<{ day: string, agents: number }> | null };

export type PortalUsageQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalUsageQuery = { portalUsage: Array<{ productCode: string, productName: string, agents: number, licenses: number, overBy: number, licensedElsewhere: boolean, reportedAt: string | null }> };

export type WebhookEndpointFieldsFragment = { id: string, url: string, description: string, eventTypes: Array<string>, enabled: boolean, failingSince: string | null, disabledReason: string | null, previousSecretExpiresAt: string | null, createdAt: string };

export type WebhookDeliveryFieldsFragment = { id: string, endpointId: string, eventType: string, webhookId: string, status: WebhookDeliveryStatus, attempts: number, lastResponseStatus: number | null, durationMs: number | null, responseBody: string | null, error: string | null, nextAttemptAt: string | null, createdAt: string, updatedAt: string };

export type WebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookEndpointsQuery = { webhookEventTypes: Array<string>, webhookEndpoints: Array<{ id: string, url: string, description: string, eventTypes: Array<string>, enabled: boolean, failingSince: string | null, disabledReason: string | null, previousSecretExpiresAt: string | null, createdAt: string }> };

export type WebhookDeliveriesQueryVariables = Exact<{
  filter?: WebhookDeliveryFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, endpointId: string, eventType: string, webhookId: string, status: WebhookDeliveryStatus, attempts: number, lastResponseStatus: number | null, durationMs: number | null, responseBody: string | null, error: string | null, nextAttemptAt: string | null, createdAt: string, updatedAt: string, attemptLog: Array<{ number: number, startedAt: string, responseStatus: number | null, durationMs: number, responseBody: string | null, error: string | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type WebhookEndpointCreateMutationVariables = Exact<{
  input: WebhookEndpointCreateInput;
}>;


export type WebhookEndpointCreateMutation = { webhookEndpointCreate: { secret: string | null, endpoint: { id: string, url: string, description: string, eventTypes: Array<string>, enabled: boolean, failingSince: string | null, disabledReason: string | null, previousSecretExpiresAt: string | null, createdAt: string } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type WebhookEndpointUpdateMutationVariables = Exact<{
  input: WebhookEndpointUpdateInput;
}>;


export type WebhookEndpointUpdateMutation = { webhookEndpointUpdate: { endpoint: { id: string, url: string, description: string, eventTypes: Array<string>, enabled: boolean, failingSince: string | null, disabledReason: string | null, previousSecretExpiresAt: string | null, createdAt: string } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type WebhookEndpointDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type WebhookEndpointDeleteMutation = { webhookEndpointDelete: { deletedId: string | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type WebhookEndpointRotateSecretMutationVariables = Exact<{
  id: string | number;
}>;


export type WebhookEndpointRotateSecretMutation = { webhookEndpointRotateSecret: { secret: string | null, endpoint: { id: string, url: string, description: string, eventTypes: Array<string>, enabled: boolean, failingSince: string | null, disabledReason: string | null, previousSecretExpiresAt: string | null, createdAt: string } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type WebhookEndpointSendTestMutationVariables = Exact<{
  id: string | number;
}>;


export type WebhookEndpointSendTestMutation = { webhookEndpointSendTest: { delivery: { id: string, endpointId: string, eventType: string, webhookId: string, status: WebhookDeliveryStatus, attempts: number, lastResponseStatus: number | null, durationMs: number | null, responseBody: string | null, error: string | null, nextAttemptAt: string | null, createdAt: string, updatedAt: string } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type WebhookDeliveryRedeliverMutationVariables = Exact<{
  id: string | number;
}>;


export type WebhookDeliveryRedeliverMutation = { webhookDeliveryRedeliver: { delivery: { id: string, endpointId: string, eventType: string, webhookId: string, status: WebhookDeliveryStatus, attempts: number, lastResponseStatus: number | null, durationMs: number | null, responseBody: string | null, error: string | null, nextAttemptAt: string | null, createdAt: string, updatedAt: string } | null, userErrors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type UserErrorFieldsFragment = { code: UserErrorCode, field: string | null, message: string };

export type BusinessRulesFieldsFragment = { monthlyMinimumQuantity: number, wireTransferMinimumQuantity: number, maxQuantity: number, monthlyPriceDivisor: number, passwordMinLength: number, linkLifetimeHours: number, yearlyNoticeDays: number, quarterlyNoticeDays: number, monthlyNoticeDays: number };

export type BusinessRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type BusinessRulesQuery = { businessRules: { monthlyMinimumQuantity: number, wireTransferMinimumQuantity: number, maxQuantity: number, monthlyPriceDivisor: number, passwordMinLength: number, linkLifetimeHours: number, yearlyNoticeDays: number, quarterlyNoticeDays: number, monthlyNoticeDays: number } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { role: MemberRole | null, permissions: Array<Permission>, user: { id: string, email: string, name: string, isVendorStaff: boolean } | null, account: { id: string, name: string, kind: AccountKind, status: AccountStatus, tier: { id: string, name: string, code: string, trialDays: number, trialsPerMonth: number, resellingBp: number } | null } | null, apiKey: { id: string } | null } | null, businessRules: { monthlyMinimumQuantity: number, wireTransferMinimumQuantity: number, maxQuantity: number, monthlyPriceDivisor: number, passwordMinLength: number, linkLifetimeHours: number, yearlyNoticeDays: number, quarterlyNoticeDays: number, monthlyNoticeDays: number } };
