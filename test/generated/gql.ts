/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query AuditLog($first: Int, $after: String, $filter: AuditLogFilter, $accountId: ID) {\n  auditLog(first: $first, after: $after, filter: $filter, accountId: $accountId) {\n    totalCount\n    nodes {\n      id occurredAt accountId actorKind actorId actorLabel ip userAgent operation outcome refusalCodes\n      subjectType subjectId changes { field before after }\n    }\n    pageInfo { hasNextPage endCursor }\n  }\n}": typeof types.AuditLogDocument,
    "query AuditCustomers { customers(first: 5) { nodes { id companyName comment } } }": typeof types.AuditCustomersDocument,
    "mutation AuditCustomerUpdate($id: ID!, $i: CustomerUpdateInput!) {\n  customerUpdate(id: $id, input: $i) { customer { companyName comment } userErrors { code field } }\n}": typeof types.AuditCustomerUpdateDocument,
    "mutation AuditSignOut { signOut { signedOut userErrors { code } } }": typeof types.AuditSignOutDocument,
    "mutation AuditKeyCreate($i: ApiKeyCreateInput!) {\n  apiKeyCreate(input: $i) { apiKey { id prefix } secret userErrors { code } }\n}": typeof types.AuditKeyCreateDocument,
    "mutation AuditTeamInvite($i: TeamMemberInviteInput!) {\n  teamMemberInvite(input: $i) { invitation { id } userErrors { code } }\n}": typeof types.AuditTeamInviteDocument,
    "mutation AuditActivate($i: AccountActivateInput!) {\n  accountActivate(input: $i) { viewer { user { email } } userErrors { code } }\n}": typeof types.AuditActivateDocument,
    "mutation AuditAddCard($i: PaymentMethodAddCardInput!) {\n  paymentMethodAddCard(input: $i) { paymentMethod { id } userErrors { code } }\n}": typeof types.AuditAddCardDocument,
    "mutation AuditSetTier($id: ID!, $tier: String!) {\n  resellerSetTier(id: $id, tierCode: $tier) { userErrors { code } }\n}": typeof types.AuditSetTierDocument,
    "mutation AuditPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) { subscription { id } userErrors { code } }\n}": typeof types.AuditPurchaseDocument,
    "mutation AuditCustomerInvite($i: CustomerInviteInput!) {\n  customerInvite(input: $i) { customer { id } userErrors { code } }\n}": typeof types.AuditCustomerInviteDocument,
    "mutation AuditCustomerRemove($id: ID!) {\n  customerRemove(id: $id) { userErrors { code } }\n}": typeof types.AuditCustomerRemoveDocument,
    "mutation AuditTrialStart($c: ID!) {\n  trialStart(customerId: $c, productCode: \"PRO\") { trial { id } userErrors { code } }\n}": typeof types.AuditTrialStartDocument,
    "mutation MatrixSetupInvitation($input: TeamMemberInviteInput!) { teamMemberInvite(input: $input) { invitation { id } userErrors { code } } }": typeof types.MatrixSetupInvitationDocument,
    "mutation MatrixSetupPaypal($e: String!) { paymentMethodAddPaypal(input: { email: $e }) { paymentMethod { id } } }": typeof types.MatrixSetupPaypalDocument,
    "mutation MatrixSetupTrialCustomer($i: CustomerInviteInput!) { customerInvite(input: $i) { customer { id } } }": typeof types.MatrixSetupTrialCustomerDocument,
    "mutation MatrixSetupTrial($c: ID!) { trialStart(customerId: $c, productCode: \"PRO\") { trial { id } } }": typeof types.MatrixSetupTrialDocument,
    "mutation MatrixSetupSubscription { subscriptionPurchase(input: { productCode: \"PRO\", period: YEARLY, quantity: 2, paymentMethod: PAYPAL }) { subscription { id } } }": typeof types.MatrixSetupSubscriptionDocument,
    "mutation MatrixSetupWebhook($i: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $i) { endpoint { id } } }": typeof types.MatrixSetupWebhookDocument,
    "query MatrixViewer { viewer { permissions } }": typeof types.MatrixViewerDocument,
    "query MatrixBusinessRules { businessRules { passwordMinLength } }": typeof types.MatrixBusinessRulesDocument,
    "mutation MatrixSignIn { signIn(input: { email: \"nobody@example.com\", password: \"wrong-password\" }) { userErrors { code } } }": typeof types.MatrixSignInDocument,
    "mutation MatrixAccountActivate { accountActivate(input: { token: \"unknown\", password: \"long-enough-password\" }) { userErrors { code } } }": typeof types.MatrixAccountActivateDocument,
    "mutation MatrixSignOut { signOut { signedOut } }": typeof types.MatrixSignOutDocument,
    "mutation MatrixSignOutEverywhere { signOutEverywhere { signedOut } }": typeof types.MatrixSignOutEverywhereDocument,
    "query MatrixTeamMembers { teamMembers { id } }": typeof types.MatrixTeamMembersDocument,
    "query MatrixTeamInvitations { teamInvitations { id } }": typeof types.MatrixTeamInvitationsDocument,
    "mutation MatrixTeamMemberInvite($i: TeamMemberInviteInput!) { teamMemberInvite(input: $i) { userErrors { code } } }": typeof types.MatrixTeamMemberInviteDocument,
    "mutation MatrixTeamInvitationResend($id: ID!) { teamInvitationResend(invitationId: $id) { userErrors { code } } }": typeof types.MatrixTeamInvitationResendDocument,
    "mutation MatrixTeamInvitationRevoke($id: ID!) { teamInvitationRevoke(invitationId: $id) { userErrors { code } } }": typeof types.MatrixTeamInvitationRevokeDocument,
    "mutation MatrixTeamMemberChangeRole($i: TeamMemberChangeRoleInput!) { teamMemberChangeRole(input: $i) { userErrors { code } } }": typeof types.MatrixTeamMemberChangeRoleDocument,
    "mutation MatrixTeamMemberRemove($id: ID!) { teamMemberRemove(memberId: $id) { userErrors { code } } }": typeof types.MatrixTeamMemberRemoveDocument,
    "mutation MatrixTeamOwnershipTransfer($id: ID!) { teamOwnershipTransfer(memberId: $id) { userErrors { code } } }": typeof types.MatrixTeamOwnershipTransferDocument,
    "query MatrixBillingProfile { billingProfile { legalName } }": typeof types.MatrixBillingProfileDocument,
    "mutation MatrixBillingProfileUpdate($i: BillingProfileInput!) { billingProfileUpdate(input: $i) { userErrors { code } } }": typeof types.MatrixBillingProfileUpdateDocument,
    "query MatrixBillingContacts { billingContacts { id } }": typeof types.MatrixBillingContactsDocument,
    "mutation MatrixBillingContactAdd($i: BillingContactAddInput!) { billingContactAdd(input: $i) { userErrors { code } } }": typeof types.MatrixBillingContactAddDocument,
    "mutation MatrixSetupBillingContact($i: BillingContactAddInput!) { billingContactAdd(input: $i) { billingContact { id } } }": typeof types.MatrixSetupBillingContactDocument,
    "mutation MatrixBillingContactRemove($id: ID!) { billingContactRemove(id: $id) { userErrors { code } } }": typeof types.MatrixBillingContactRemoveDocument,
    "query MatrixPaymentMethods { paymentMethods { id label } }": typeof types.MatrixPaymentMethodsDocument,
    "mutation MatrixPaymentMethodAddCard { paymentMethodAddCard(input: { token: \"tok_mastercard\" }) { userErrors { code } } }": typeof types.MatrixPaymentMethodAddCardDocument,
    "mutation MatrixPaymentMethodAddPaypal($e: String!) { paymentMethodAddPaypal(input: { email: $e }) { userErrors { code } } }": typeof types.MatrixPaymentMethodAddPaypalDocument,
    "mutation MatrixPaymentMethodSetDefault($id: ID!) { paymentMethodSetDefault(id: $id) { userErrors { code } } }": typeof types.MatrixPaymentMethodSetDefaultDocument,
    "mutation MatrixPaymentMethodRemove($id: ID!) { paymentMethodRemove(id: $id) { userErrors { code } } }": typeof types.MatrixPaymentMethodRemoveDocument,
    "query MatrixApiKeys { apiKeys { id } }": typeof types.MatrixApiKeysDocument,
    "mutation MatrixApiKeyCreate($i: ApiKeyCreateInput!) { apiKeyCreate(input: $i) { userErrors { code } } }": typeof types.MatrixApiKeyCreateDocument,
    "mutation MatrixSetupApiKey { apiKeyCreate(input: { name: \"to revoke\", scope: READ }) { apiKey { id } } }": typeof types.MatrixSetupApiKeyDocument,
    "mutation MatrixApiKeyRevoke($id: ID!) { apiKeyRevoke(id: $id) { userErrors { code } } }": typeof types.MatrixApiKeyRevokeDocument,
    "query MatrixWebhookEndpoints { webhookEndpoints { id } }": typeof types.MatrixWebhookEndpointsDocument,
    "query MatrixWebhookEventTypes { webhookEventTypes }": typeof types.MatrixWebhookEventTypesDocument,
    "query MatrixWebhookDeliveries { webhookDeliveries(first: 5) { totalCount } }": typeof types.MatrixWebhookDeliveriesDocument,
    "mutation MatrixWebhookEndpointCreate($i: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $i) { userErrors { code } } }": typeof types.MatrixWebhookEndpointCreateDocument,
    "mutation MatrixWebhookEndpointUpdate($i: WebhookEndpointUpdateInput!) { webhookEndpointUpdate(input: $i) { userErrors { code } } }": typeof types.MatrixWebhookEndpointUpdateDocument,
    "mutation MatrixWebhookEndpointDelete($id: ID!) { webhookEndpointDelete(id: $id) { userErrors { code } } }": typeof types.MatrixWebhookEndpointDeleteDocument,
    "mutation MatrixWebhookRotateSecret($id: ID!) { webhookEndpointRotateSecret(id: $id) { userErrors { code } } }": typeof types.MatrixWebhookRotateSecretDocument,
    "mutation MatrixWebhookSendTest($id: ID!) { webhookEndpointSendTest(id: $id) { userErrors { code } } }": typeof types.MatrixWebhookSendTestDocument,
    "mutation MatrixSetupWebhookTest($id: ID!) { webhookEndpointSendTest(id: $id) { delivery { id } } }": typeof types.MatrixSetupWebhookTestDocument,
    "mutation MatrixWebhookRedeliver($id: ID!) { webhookDeliveryRedeliver(id: $id) { userErrors { code } } }": typeof types.MatrixWebhookRedeliverDocument,
    "query MatrixResellers { resellers { totalCount } }": typeof types.MatrixResellersDocument,
    "mutation MatrixResellerEnable($i: ResellerEnableInput!) { resellerEnable(input: $i) { userErrors { code } } }": typeof types.MatrixResellerEnableDocument,
    "mutation MatrixResellerSetTier($id: ID!) { resellerSetTier(id: $id, tierCode: \"BRONZE\") { userErrors { code } } }": typeof types.MatrixResellerSetTierDocument,
    "mutation MatrixSetupReseller($i: ResellerEnableInput!) { resellerEnable(input: $i) { reseller { id } } }": typeof types.MatrixSetupResellerDocument,
    "mutation MatrixResellerDisable($id: ID!) { resellerDisable(id: $id) { userErrors { code } } }": typeof types.MatrixResellerDisableDocument,
    "mutation MatrixSignUp($i: SignUpInput!) { signUp(input: $i) { userErrors { code } } }": typeof types.MatrixSignUpDocument,
    "mutation MatrixSignUpConfirm { signUpConfirm(token: \"no-such-link\") { userErrors { code } } }": typeof types.MatrixSignUpConfirmDocument,
    "query MatrixResellerApplication { resellerApplication { id } }": typeof types.MatrixResellerApplicationDocument,
    "mutation MatrixApplicationSubmit($i: ResellerApplicationSubmitInput!) { resellerApplicationSubmit(input: $i) { userErrors { code } } }": typeof types.MatrixApplicationSubmitDocument,
    "query MatrixApplications { resellerApplications { totalCount } }": typeof types.MatrixApplicationsDocument,
    "mutation MatrixApplicationApprove($id: ID!) { resellerApplicationApprove(id: $id, tierCode: \"BRONZE\") { userErrors { code } } }": typeof types.MatrixApplicationApproveDocument,
    "mutation MatrixApplicationDecline($id: ID!) { resellerApplicationDecline(id: $id, reason: \"Not now\") { userErrors { code } } }": typeof types.MatrixApplicationDeclineDocument,
    "query MatrixAnnexStatus { annexStatus { acceptedInForce } }": typeof types.MatrixAnnexStatusDocument,
    "mutation MatrixAnnexAccept($id: ID!) { annexAccept(versionId: $id) { userErrors { code } } }": typeof types.MatrixAnnexAcceptDocument,
    "query MatrixAnnexVersions { annexVersions { totalCount } }": typeof types.MatrixAnnexVersionsDocument,
    "mutation MatrixAnnexPublish($i: AnnexPublishInput!) { annexPublish(input: $i) { userErrors { code } } }": typeof types.MatrixAnnexPublishDocument,
    "mutation MatrixQuoteRequestCreate($i: QuoteRequestCreateInput!) { quoteRequestCreate(input: $i) { userErrors { code } } }": typeof types.MatrixQuoteRequestCreateDocument,
    "query MatrixQuoteRequests { quoteRequests { totalCount } }": typeof types.MatrixQuoteRequestsDocument,
    "query MatrixQuoteRequest($id: ID!) { quoteRequest(id: $id) { id } }": typeof types.MatrixQuoteRequestDocument,
    "mutation MatrixQuoteRequestAccept($i: QuoteRequestAcceptInput!) { quoteRequestAccept(input: $i) { userErrors { code } } }": typeof types.MatrixQuoteRequestAcceptDocument,
    "query MatrixVendorQuoteRequests { vendorQuoteRequests { totalCount } }": typeof types.MatrixVendorQuoteRequestsDocument,
    "mutation MatrixQuoteRequestAnswer($id: ID!) { quoteRequestAnswer(id: $id, unitPrice: 1000, validUntil: \"2030-01-01T00:00:00Z\") { userErrors { code } } }": typeof types.MatrixQuoteRequestAnswerDocument,
    "mutation MatrixQuoteRequestDecline($id: ID!) { quoteRequestDecline(id: $id, reason: \"Not now\") { userErrors { code } } }": typeof types.MatrixQuoteRequestDeclineDocument,
    "query MatrixProducts { products { code } }": typeof types.MatrixProductsDocument,
    "query MatrixProduct { product(code: \"PRO\") { code } }": typeof types.MatrixProductDocument,
    "query MatrixQuote { quote(input: { productCode: \"PRO\", period: YEARLY, quantity: 5 }) { quote { retailPrice } userErrors { code } } }": typeof types.MatrixQuoteDocument,
    "query MatrixPartnerDiscount { partnerDiscount { code } }": typeof types.MatrixPartnerDiscountDocument,
    "mutation MatrixPartnerDiscountRequest { partnerDiscountRequest { userErrors { code } } }": typeof types.MatrixPartnerDiscountRequestDocument,
    "mutation MatrixPartnerDiscountIssue($id: ID!) { partnerDiscountIssue(resellerId: $id) { userErrors { code } } }": typeof types.MatrixPartnerDiscountIssueDocument,
    "mutation MatrixPartnerDiscountRevoke($id: ID!) { partnerDiscountRevoke(resellerId: $id) { userErrors { code } } }": typeof types.MatrixPartnerDiscountRevokeDocument,
    "mutation MatrixProductCreate($code: String!) { productCreate(input: { code: $code, name: \"Matrix\", yearlyPrice: 100, currency: \"EUR\", trialEnabled: false, active: false }) { userErrors { code } } }": typeof types.MatrixProductCreateDocument,
    "mutation MatrixProductUpdate { productUpdate(code: \"STUDIO_PRO\", input: { name: \"Studio Pro\", yearlyPrice: 120000, currency: \"EUR\", trialEnabled: true, active: true, bands: [] }) { userErrors { code } } }": typeof types.MatrixProductUpdateDocument,
    "mutation MatrixTierUpdate { tierUpdate(code: \"SILVER\", input: { name: \"Silver\", trialDays: 14, trialsPerMonth: 5, resellingBp: 5000 }) { userErrors { code } } }": typeof types.MatrixTierUpdateDocument,
    "query MatrixAuditLog($account: ID) { auditLog(first: 5, accountId: $account) { totalCount } }": typeof types.MatrixAuditLogDocument,
    "query MatrixCustomers { customers(first: 5) { totalCount } }": typeof types.MatrixCustomersDocument,
    "query MatrixCustomer($id: ID!) { customer(id: $id) { id } }": typeof types.MatrixCustomerDocument,
    "mutation MatrixCustomerInvite($i: CustomerInviteInput!) { customerInvite(input: $i) { userErrors { code } } }": typeof types.MatrixCustomerInviteDocument,
    "mutation MatrixCustomerUpdate($id: ID!) { customerUpdate(id: $id, input: { companyName: \"Contoso Ltd\", comment: \"kept\" }) { userErrors { code } } }": typeof types.MatrixCustomerUpdateDocument,
    "mutation MatrixSetupCustomer($i: CustomerInviteInput!) { customerInvite(input: $i) { customer { id } } }": typeof types.MatrixSetupCustomerDocument,
    "mutation MatrixCustomerRemove($id: ID!) { customerRemove(id: $id) { userErrors { code } } }": typeof types.MatrixCustomerRemoveDocument,
    "mutation MatrixUsageReport($i: UsageReportInput!) { usageReport(input: $i) { userErrors { code } } }": typeof types.MatrixUsageReportDocument,
    "query MatrixLicenseUsage { licenseUsage { productCode agents licenses } }": typeof types.MatrixLicenseUsageDocument,
    "query MatrixCustomerUsage($id: ID!) { customerUsage(customerId: $id) { agents } }": typeof types.MatrixCustomerUsageDocument,
    "query MatrixCustomerUsageHistory($id: ID!) { customerUsageHistory(customerId: $id, productCode: \"PRO\") { day } }": typeof types.MatrixCustomerUsageHistoryDocument,
    "query MatrixPortalUsage { portalUsage { productCode } }": typeof types.MatrixPortalUsageDocument,
    "query MatrixIngestionKeys { ingestionKeys { id } }": typeof types.MatrixIngestionKeysDocument,
    "mutation MatrixIngestionKeyCreate($i: IngestionKeyCreateInput!) { ingestionKeyCreate(input: $i) { userErrors { code } } }": typeof types.MatrixIngestionKeyCreateDocument,
    "mutation MatrixSetupIngestionKey($i: IngestionKeyCreateInput!) { ingestionKeyCreate(input: $i) { ingestionKey { id } } }": typeof types.MatrixSetupIngestionKeyDocument,
    "mutation MatrixIngestionKeyRevoke($id: ID!) { ingestionKeyRevoke(id: $id) { userErrors { code } } }": typeof types.MatrixIngestionKeyRevokeDocument,
    "query MatrixCustomerPortal { customerPortal { companyName } }": typeof types.MatrixCustomerPortalDocument,
    "query MatrixSubscriptions { subscriptions(first: 5) { totalCount } }": typeof types.MatrixSubscriptionsDocument,
    "mutation MatrixSubscriptionPurchase { subscriptionPurchase(input: { productCode: \"PRO\", period: YEARLY, quantity: 1, paymentMethod: PAYPAL }) { userErrors { code } } }": typeof types.MatrixSubscriptionPurchaseDocument,
    "mutation MatrixSubscriptionSetRenewal($id: ID!) { subscriptionSetRenewal(id: $id, renew: true) { userErrors { code } } }": typeof types.MatrixSubscriptionSetRenewalDocument,
    "query MatrixInvoices { invoices(first: 5) { totalCount } }": typeof types.MatrixInvoicesDocument,
    "query MatrixVendorInvoices { vendorInvoices(first: 5) { totalCount } }": typeof types.MatrixVendorInvoicesDocument,
    "mutation MatrixSetupWireInvoice { subscriptionPurchase(input: { productCode: \"PRO\", period: YEARLY, quantity: 100, paymentMethod: WIRE_TRANSFER }) { invoice { id } } }": typeof types.MatrixSetupWireInvoiceDocument,
    "mutation MatrixInvoiceRecordPayment($id: ID!) { invoiceRecordPayment(invoiceId: $id) { userErrors { code } } }": typeof types.MatrixInvoiceRecordPaymentDocument,
    "query MatrixTrial($id: ID!) { trial(id: $id) { id status } }": typeof types.MatrixTrialDocument,
    "query MatrixTrialQuota { trialQuota { used limit } }": typeof types.MatrixTrialQuotaDocument,
    "query MatrixTrialEligibility($c: ID!) { trialEligibility(customerId: $c, productCode: \"PRO\") { eligible } }": typeof types.MatrixTrialEligibilityDocument,
    "mutation MatrixTrialStart($c: ID!) { trialStart(customerId: $c, productCode: \"PRO\") { userErrors { code } } }": typeof types.MatrixTrialStartDocument,
    "query MatrixTokenInfo { tokenInfo(token: \"nope\") { status } }": typeof types.MatrixTokenInfoDocument,
    "mutation MatrixSetupKey($i: ApiKeyCreateInput!) { apiKeyCreate(input: $i) { apiKey { id } secret } }": typeof types.MatrixSetupKeyDocument,
    "mutation MatrixSetupKeyRevoke($id: ID!) { apiKeyRevoke(id: $id) { apiKey { id } } }": typeof types.MatrixSetupKeyRevokeDocument,
    "query BusinessRules { businessRules {\n  monthlyMinimumQuantity wireTransferMinimumQuantity maxQuantity monthlyPriceDivisor\n  passwordMinLength linkLifetimeHours yearlyNoticeDays monthlyNoticeDays\n} }": typeof types.BusinessRulesDocument,
    "query RulesQuote($input: QuoteInput!) {\n  quote(input: $input) { quote { quantity wireTransferAllowed } userErrors { code } }\n}": typeof types.RulesQuoteDocument,
    "query RulesProducts { products { yearlyPrice monthlyPrice } }": typeof types.RulesProductsDocument,
    "mutation RulesPurchase($input: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $input) { userErrors { code } }\n}": typeof types.RulesPurchaseDocument,
    "query RulesNotices {\n  upcomingNotices(withinDays: 366) { nodes { date noticeDate subscription { period } } }\n}": typeof types.RulesNoticesDocument,
    "mutation RulesEnable($i: ResellerEnableInput!) {\n  resellerEnable(input: $i) { userErrors { code } }\n}": typeof types.RulesEnableDocument,
    "mutation RulesActivate($i: AccountActivateInput!) {\n  accountActivate(input: $i) { userErrors { code } }\n}": typeof types.RulesActivateDocument,
    "query RulesTokenInfo($t: String!) { tokenInfo(token: $t) { status } }": typeof types.RulesTokenInfoDocument,
    "query CatalogQuote($input: QuoteInput!) {\n  quote(input: $input) {\n    quote {\n      quantity currency unitListPrice retailPrice volumeDiscountBp volumeDiscount priceAfterVolumeDiscount\n      partnerDiscountBp partnerDiscount vendorPrice passThroughBp passThroughDiscount\n      endCustomerPrice margin discountCodeApplied wireTransferAllowed tier { code }\n    }\n    userErrors { code field message }\n  }\n}": typeof types.CatalogQuoteDocument,
    "mutation CatalogSetTier($id: ID!, $tier: String!) { resellerSetTier(id: $id, tierCode: $tier) { userErrors { code } } }": typeof types.CatalogSetTierDocument,
    "mutation CatalogDiscountIssue($id: ID!) { partnerDiscountIssue(resellerId: $id) { partnerDiscount { code issuedAt requestedAt } userErrors { code field } } }": typeof types.CatalogDiscountIssueDocument,
    "mutation CatalogDiscountRequest { partnerDiscountRequest(input: { note: \"First order next week\" }) { partnerDiscount { code requestedAt } userErrors { code message } } }": typeof types.CatalogDiscountRequestDocument,
    "query CatalogDiscountCode { partnerDiscount { code } }": typeof types.CatalogDiscountCodeDocument,
    "query CatalogAllProducts { products(includeInactive: true) { code } }": typeof types.CatalogAllProductsDocument,
    "query CatalogProducts { products { code yearlyPrice monthlyPrice currency trialEnabled bands { minQuantity percentBp } } }": typeof types.CatalogProductsDocument,
    "query CatalogDiscount { partnerDiscount { code requestedAt } }": typeof types.CatalogDiscountDocument,
    "mutation CatalogProductCreate($i: ProductCreateInput!) { productCreate(input: $i) { product { code } userErrors { code field } } }": typeof types.CatalogProductCreateDocument,
    "mutation CatalogProductUpdate($code: String!, $i: ProductUpdateInput!) {\n    productUpdate(code: $code, input: $i) { product { code yearlyPrice monthlyPrice bands { minQuantity percentBp } } userErrors { code field } }\n  }": typeof types.CatalogProductUpdateDocument,
    "mutation CatalogProductCreateRefused($i: ProductCreateInput!) { productCreate(input: $i) { userErrors { code field } } }": typeof types.CatalogProductCreateRefusedDocument,
    "mutation CatalogGoldUpdate($i: TierUpdateInput!) { tierUpdate(code: \"GOLD\", input: $i) { tier { resellingBp } userErrors { code field } } }": typeof types.CatalogGoldUpdateDocument,
    "mutation CatalogProductCreateMonthly($i: ProductCreateInput!) { productCreate(input: $i) { product { monthlyPrice } userErrors { code field } } }": typeof types.CatalogProductCreateMonthlyDocument,
    "query CatalogResellerDiscounts { resellers { nodes { name partnerDiscount { code requestedAt } } } }": typeof types.CatalogResellerDiscountsDocument,
    "mutation CatalogDiscountRevoke($id: ID!) { partnerDiscountRevoke(resellerId: $id) { partnerDiscount { code } userErrors { code field } } }": typeof types.CatalogDiscountRevokeDocument,
    "query ClusterHealth { health { status } }": typeof types.ClusterHealthDocument,
    "query RestartDatabase { health { database } }": typeof types.RestartDatabaseDocument,
    "query RestartTiers { tiers { code } }": typeof types.RestartTiersDocument,
    "query PortalOverview {\n  customerPortal {\n    companyName\n    email\n    resellers { id name customerSince }\n    subscriptions { id productCode quantity status resellerId resellerName }\n    trials { productCode resellerId resellerName }\n  }\n}": typeof types.PortalOverviewDocument,
    "mutation PortalBuy($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) {\n    subscription { id status }\n    invoice { id }\n    userErrors { code field }\n  }\n}": typeof types.PortalBuyDocument,
    "mutation PortalAssign($id: ID!, $c: ID!) { subscriptionAssign(id: $id, customerId: $c) { userErrors { code field } } }": typeof types.PortalAssignDocument,
    "mutation PortalUnassign($id: ID!) { subscriptionUnassign(id: $id) { userErrors { code field } } }": typeof types.PortalUnassignDocument,
    "mutation PortalRecordWire($id: ID!) { invoiceRecordPayment(invoiceId: $id, reference: \"BANK-1\") { userErrors { code field } } }": typeof types.PortalRecordWireDocument,
    "mutation PortalDecliningCard($id: ID!) { subscriptionUpdatePayment(id: $id, input: { paymentMethod: CARD, newCardToken: \"tok_chargeDeclined\" }) { userErrors { code } } }": typeof types.PortalDecliningCardDocument,
    "mutation PortalRemoveCustomer($id: ID!) { customerRemove(id: $id) { userErrors { code field } } }": typeof types.PortalRemoveCustomerDocument,
    "query PortalResellerStatus($id: ID!) { subscription(id: $id) { status } }": typeof types.PortalResellerStatusDocument,
    "mutation CustomerInvite($i: CustomerInviteInput!) {\n  customerInvite(input: $i) {\n    customer { id email companyName comment status addedAt }\n    accountCreated\n    userErrors { code field message }\n  }\n}": typeof types.CustomerInviteDocument,
    "query Customers($first: Int, $after: String, $search: String, $sort: CustomerSort) {\n  customers(first: $first, after: $after, search: $search, sort: $sort) {\n    totalCount\n    nodes { id email companyName addedAt }\n    pageInfo { hasNextPage endCursor }\n  }\n}": typeof types.CustomersDocument,
    "query Customer($id: ID!) { customer(id: $id) { id email companyName comment } }": typeof types.CustomerDocument,
    "mutation CustomerUpdate($id: ID!, $i: CustomerUpdateInput!) {\n  customerUpdate(id: $id, input: $i) { customer { companyName comment } userErrors { code field } }\n}": typeof types.CustomerUpdateDocument,
    "mutation CustomerRemove($id: ID!) { customerRemove(id: $id) { removedCustomerId userErrors { code field } } }": typeof types.CustomerRemoveDocument,
    "query CustomerLinkStatus($t: String!) { tokenInfo(token: $t) { status } }": typeof types.CustomerLinkStatusDocument,
    "mutation CustomerActivate($i: AccountActivateInput!) { accountActivate(input: $i) { userErrors { code } } }": typeof types.CustomerActivateDocument,
    "query CustomerOwnPortal { customerPortal { companyName email } viewer { permissions } }": typeof types.CustomerOwnPortalDocument,
    "query CustomerPortalFields { __type(name: \"CustomerPortal\") { fields { name } } }": typeof types.CustomerPortalFieldsDocument,
    "query CustomersNodesOnly { customers(first: 10) { nodes { id } } }": typeof types.CustomersNodesOnlyDocument,
    "query CustomersWithCount { customers(first: 10) { totalCount nodes { id } } }": typeof types.CustomersWithCountDocument,
    "query CustomersCount($search: String) { customers(first: 1, search: $search) { totalCount } }": typeof types.CustomersCountDocument,
    "mutation EventfulInvite($i: CustomerInviteInput!) {\n  customerInvite(input: $i) { customer { id } userErrors { code } }\n}": typeof types.EventfulInviteDocument,
    "query FoundationHealth { health { status database databaseVersion serverTime } }": typeof types.FoundationHealthDocument,
    "query FoundationServerTime { health { serverTime } }": typeof types.FoundationServerTimeDocument,
    "query FoundationTiers { tiers { code trialDays trialsPerMonth resellingBp } }": typeof types.FoundationTiersDocument,
    "mutation InvoiceMailAddContact($i: BillingContactAddInput!) {\n  billingContactAdd(input: $i) { userErrors { code } }\n}": typeof types.InvoiceMailAddContactDocument,
    "mutation InvoiceMailPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) { invoice { id number total dueAt } userErrors { code field } }\n}": typeof types.InvoiceMailPurchaseDocument,
    "mutation InvoiceMailRecordPayment($id: ID!) {\n  invoiceRecordPayment(invoiceId: $id, reference: \"BANK-42\") { invoice { status } userErrors { code } }\n}": typeof types.InvoiceMailRecordPaymentDocument,
    "mutation InvoiceMailUpdatePayment($id: ID!, $input: SubscriptionPaymentInput!) {\n  subscriptionUpdatePayment(id: $id, input: $input) {\n    subscription { savedPaymentMethod { id } } invoice { number status } userErrors { code }\n  }\n}": typeof types.InvoiceMailUpdatePaymentDocument,
    "mutation InvoiceMailSetDefault($id: ID!) {\n  paymentMethodSetDefault(id: $id) { userErrors { code } }\n}": typeof types.InvoiceMailSetDefaultDocument,
    "fragment CompleteInvoice on Invoice {\n  id number status total netTotal vatAmount vatRateBp vatTreatment subtotal discountTotal\n  issuedAt dueAt paidAt paymentReference pdfUrl\n  seller { name addressLines country vatId bank { iban } }\n  billTo { name addressLines country vatId purchaseOrderReference }\n  bankDetails { bankName iban bic }\n  lines { description quantity unitPrice amount periodStart periodEnd customerName }\n}": typeof types.CompleteInvoiceFragmentDoc,
    "query InvoicesBillingProfile {\n  billingProfile { legalName addressLine1 addressLine2 postalCode city country vatId purchaseOrderReference }\n}": typeof types.InvoicesBillingProfileDocument,
    "mutation InvoicesBillingProfileUpdate($input: BillingProfileInput!) {\n  billingProfileUpdate(input: $input) {\n    billingProfile { legalName country vatId purchaseOrderReference }\n    userErrors { code field message }\n  }\n}": typeof types.InvoicesBillingProfileUpdateDocument,
    "mutation InvoicesPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) { invoice { ...CompleteInvoice } userErrors { code field message } }\n}": typeof types.InvoicesPurchaseDocument,
    "query InvoicesQuote($input: QuoteInput!) {\n  quote(input: $input) {\n    quote { vendorPrice vendorPriceWithVat vat { treatment rateBp amount } }\n    userErrors { code }\n  }\n}": typeof types.InvoicesQuoteDocument,
    "query InvoicesChangeQuote($id: ID!, $quantity: Int!) {\n  subscriptionChangeQuote(id: $id, quantity: $quantity) {\n    changeQuote { amountDueNow totalDueNow vatDueNow { treatment rateBp amount } }\n    userErrors { code }\n  }\n}": typeof types.InvoicesChangeQuoteDocument,
    "mutation InvoicesChangeQuantity($id: ID!, $quantity: Int!) {\n  subscriptionChangeQuantity(id: $id, quantity: $quantity) {\n    invoice { ...CompleteInvoice }\n    userErrors { code field }\n  }\n}": typeof types.InvoicesChangeQuantityDocument,
    "query InvoicesSubscriptionOf($id: ID!) {\n  invoice(id: $id) { subscriptionId }\n}": typeof types.InvoicesSubscriptionOfDocument,
    "query InvoicesCustomers { customers(first: 5) { nodes { id companyName } } }": typeof types.InvoicesCustomersDocument,
    "query InvoicesVendorList {\n  vendorInvoices(first: 50) { nodes { id number reseller { id name } } }\n}": typeof types.InvoicesVendorListDocument,
    "query InvoicesOne($id: ID!) { invoice(id: $id) { number reseller { name } } }": typeof types.InvoicesOneDocument,
    "query InvoicesVendorPage($first: Int) {\n      vendorInvoices(first: $first) { nodes { number reseller { name } billTo { name } lines { amount customerName } } }\n    }": typeof types.InvoicesVendorPageDocument,
    "mutation JobsPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) { subscription { id } userErrors { code field message } }\n}": typeof types.JobsPurchaseDocument,
    "mutation JobsAddContact($i: BillingContactAddInput!) { billingContactAdd(input: $i) { userErrors { code } } }": typeof types.JobsAddContactDocument,
    "mutation JobsCustomerInvite($i: CustomerInviteInput!) { customerInvite(input: $i) { userErrors { code field } } }": typeof types.JobsCustomerInviteDocument,
    "mutation KeysCreate($i: ApiKeyCreateInput!) {\n  apiKeyCreate(input: $i) { apiKey { id name scope prefix lastUsedAt revokedAt } secret userErrors { code field } }\n}": typeof types.KeysCreateDocument,
    "query KeysPermissions { viewer { permissions } }": typeof types.KeysPermissionsDocument,
    "query KeysIds { apiKeys { id } }": typeof types.KeysIdsDocument,
    "query KeysListed { apiKeys { id name prefix lastUsedAt } }": typeof types.KeysListedDocument,
    "query KeysViewer { viewer { user { email } account { name } apiKey { name scope } permissions } }": typeof types.KeysViewerDocument,
    "query KeysLastUsed { apiKeys { lastUsedAt } }": typeof types.KeysLastUsedDocument,
    "mutation KeysRevoke($id: ID!) { apiKeyRevoke(id: $id) { apiKey { revokedAt } userErrors { code } } }": typeof types.KeysRevokeDocument,
    "mutation KeysRevokeAgain($id: ID!) { apiKeyRevoke(id: $id) { userErrors { code } } }": typeof types.KeysRevokeAgainDocument,
    "mutation KeysRevokeOthers($id: ID!) { apiKeyRevoke(id: $id) { apiKey { id } userErrors { code } } }": typeof types.KeysRevokeOthersDocument,
    "mutation ContactsAdd($i: BillingContactAddInput!) { billingContactAdd(input: $i) { billingContact { id email } userErrors { code field } } }": typeof types.ContactsAddDocument,
    "mutation ContactsRemove($id: ID!) { billingContactRemove(id: $id) { billingContact { id } userErrors { code } } }": typeof types.ContactsRemoveDocument,
    "query ContactsIds { billingContacts { id } }": typeof types.ContactsIdsDocument,
    "query ContactsEmails { billingContacts { email } }": typeof types.ContactsEmailsDocument,
    "query ResellersPage($first: Int, $after: String, $search: String) {\n    resellers(first: $first, after: $after, search: $search) {\n      totalCount nodes { id name status tier { code } owner { email } } pageInfo { hasNextPage endCursor }\n    }\n  }": typeof types.ResellersPageDocument,
    "mutation ResellersEnable($i: ResellerEnableInput!) { resellerEnable(input: $i) { reseller { id } } }": typeof types.ResellersEnableDocument,
    "mutation ResellersToSilver($id: ID!) { resellerSetTier(id: $id, tierCode: \"SILVER\") { reseller { tier { code } } userErrors { code } } }": typeof types.ResellersToSilverDocument,
    "query ResellersOwnTier { viewer { account { tier { code } } } }": typeof types.ResellersOwnTierDocument,
    "mutation ResellersDisable($id: ID!) { resellerDisable(id: $id) { reseller { status } } }": typeof types.ResellersDisableDocument,
    "query ResellersOwnStatus { viewer { account { status } permissions } }": typeof types.ResellersOwnStatusDocument,
    "query ResellersTeam { teamMembers { id } }": typeof types.ResellersTeamDocument,
    "mutation UsageKeyCreate($i: IngestionKeyCreateInput!) {\n  ingestionKeyCreate(input: $i) { ingestionKey { id name prefix createdBy } secret userErrors { code field } }\n}": typeof types.UsageKeyCreateDocument,
    "mutation UsageKeyRevoke($id: ID!) {\n  ingestionKeyRevoke(id: $id) { ingestionKey { revokedAt } userErrors { code } }\n}": typeof types.UsageKeyRevokeDocument,
    "mutation UsageReport($i: UsageReportInput!) {\n  usageReport(input: $i) {\n    receipt { reportId rows currentUpdated receivedAt replayed }\n    userErrors { code field message }\n  }\n}": typeof types.UsageReportDocument,
    "query UsageBook { licenseUsage { productCode agents licenses overBy } }": typeof types.UsageBookDocument,
    "query UsageOfCustomer($id: ID!) {\n  customerUsage(customerId: $id) { productCode productName agents licenses overBy reportedAt licensedElsewhere }\n}": typeof types.UsageOfCustomerDocument,
    "query UsageHistory($id: ID!, $code: String!) {\n  customerUsageHistory(customerId: $id, productCode: $code, days: 7) { day agents }\n}": typeof types.UsageHistoryDocument,
    "query UsagePortal { portalUsage { productCode agents licenses overBy } }": typeof types.UsagePortalDocument,
    "query UsageCustomers { customers(first: 50) { nodes { id email } } }": typeof types.UsageCustomersDocument,
    "mutation UsagePurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) { subscription { id } userErrors { code } }\n}": typeof types.UsagePurchaseDocument,
    "mutation UsageChange($id: ID!, $q: Int!) {\n  subscriptionChangeQuantity(id: $id, quantity: $q) { subscription { quantity } userErrors { code } }\n}": typeof types.UsageChangeDocument,
    "query UsageKeys { ingestionKeys { id name revokedAt } }": typeof types.UsageKeysDocument,
    "mutation LinksActivate($i: AccountActivateInput!) {\n  accountActivate(input: $i) { viewer { user { email name } account { name } role } userErrors { code field message } }\n}": typeof types.LinksActivateDocument,
    "mutation TeamInvite($i: TeamMemberInviteInput!) {\n  teamMemberInvite(input: $i) { invitation { id email role status expiresAt } userErrors { code field message } }\n}": typeof types.TeamInviteDocument,
    "query Team { teamMembers { id role user { email status } } teamInvitations { id email role } }": typeof types.TeamDocument,
    "query LinksTokenStatus($t: String!) { tokenInfo(token: $t) { status } }": typeof types.LinksTokenStatusDocument,
    "mutation LinksResellerEnable($i: ResellerEnableInput!) {\n        resellerEnable(input: $i) { reseller { id tier { code } owner { email status } } userErrors { code field } }\n      }": typeof types.LinksResellerEnableDocument,
    "query LinksTokenInfo($t: String!) { tokenInfo(token: $t) { status purpose email accountName needsPassword } }": typeof types.LinksTokenInfoDocument,
    "mutation LinksUnknownTier { resellerEnable(input: { ownerEmail: \"x@y.example\", companyName: \"X\", tierCode: \"PLATINUM\" }) { userErrors { code field } } }": typeof types.LinksUnknownTierDocument,
    "mutation TeamInvitationResend($id: ID!) { teamInvitationResend(invitationId: $id) { invitation { id } } }": typeof types.TeamInvitationResendDocument,
    "mutation TeamInviteNamed($i: TeamMemberInviteInput!) {\n        teamMemberInvite(input: $i) { invitation { email name } userErrors { code } }\n      }": typeof types.TeamInviteNamedDocument,
    "query TeamInvitationNames { teamInvitations { email name } }": typeof types.TeamInvitationNamesDocument,
    "query LinksInviteeName($t: String!) { tokenInfo(token: $t) { name needsPassword role } }": typeof types.LinksInviteeNameDocument,
    "mutation LinksRemoveMember($id: ID!) { teamMemberRemove(memberId: $id) { userErrors { code } } }": typeof types.LinksRemoveMemberDocument,
    "query LinksReturning($t: String!) { tokenInfo(token: $t) { status needsPassword } }": typeof types.LinksReturningDocument,
    "mutation TeamInvitationRevoke($id: ID!) { teamInvitationRevoke(invitationId: $id) { invitation { status } } }": typeof types.TeamInvitationRevokeDocument,
    "mutation TeamChangeRole($i: TeamMemberChangeRoleInput!) { teamMemberChangeRole(input: $i) { member { role } userErrors { code } } }": typeof types.TeamChangeRoleDocument,
    "mutation TeamChangeOwnerRole($i: TeamMemberChangeRoleInput!) { teamMemberChangeRole(input: $i) { userErrors { code } } }": typeof types.TeamChangeOwnerRoleDocument,
    "mutation TeamMemberRemove($id: ID!) { teamMemberRemove(memberId: $id) { userErrors { code } } }": typeof types.TeamMemberRemoveDocument,
    "query TeamRemovedViewer { viewer { role } }": typeof types.TeamRemovedViewerDocument,
    "mutation TeamOwnershipTransfer($id: ID!) { teamOwnershipTransfer(memberId: $id) { members { role user { email } } userErrors { code } } }": typeof types.TeamOwnershipTransferDocument,
    "query BalancedViewer { viewer { user { email } } }": typeof types.BalancedViewerDocument,
    "mutation BalancedPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) { subscription { id } userErrors { code field message } }\n}": typeof types.BalancedPurchaseDocument,
    "mutation BalancedAddContact($i: BillingContactAddInput!) { billingContactAdd(input: $i) { userErrors { code } } }": typeof types.BalancedAddContactDocument,
    "mutation BalancedInvite($i: CustomerInviteInput!) { customerInvite(input: $i) { userErrors { code field } } }": typeof types.BalancedInviteDocument,
    "mutation MailCustomerInvite($i: CustomerInviteInput!) {\n  customerInvite(input: $i) { customer { id } userErrors { code field } }\n}": typeof types.MailCustomerInviteDocument,
    "mutation MalformedInputKey($i: ApiKeyCreateInput!) { apiKeyCreate(input: $i) { secret } }": typeof types.MalformedInputKeyDocument,
    "query MetricsHealth { health { status } }": typeof types.MetricsHealthDocument,
    "mutation MetricsCustomerInvite($i: CustomerInviteInput!) { customerInvite(input: $i) { userErrors { code } } }": typeof types.MetricsCustomerInviteDocument,
    "mutation NoticesPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) {\n    subscription { id currentPeriodEnd }\n    userErrors { code field message }\n  }\n}": typeof types.NoticesPurchaseDocument,
    "mutation NoticesAddContact($i: BillingContactAddInput!) { billingContactAdd(input: $i) { userErrors { code } } }": typeof types.NoticesAddContactDocument,
    "mutation NoticesTrialStart($c: ID!, $p: String!) { trialStart(customerId: $c, productCode: $p) { trial { endsAt } userErrors { code } } }": typeof types.NoticesTrialStartDocument,
    "query NoticesInvoices { invoices(first: 10) { nodes { kind status total } } }": typeof types.NoticesInvoicesDocument,
    "query UpcomingNotices($first: Int, $after: String, $within: Int) {\n  upcomingNotices(first: $first, after: $after, withinDays: $within) {\n    totalCount\n    nodes { kind date quantity amount currency noticeDate noticeSentAt subscription { id customer { companyName } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": typeof types.UpcomingNoticesDocument,
    "query LimitsCostBomb { customers(first: 100) { nodes { subscriptions { customer { subscriptions { customer {\n      subscriptions { id } } } } } } } }": typeof types.LimitsCostBombDocument,
    "query LimitsBigPage { customers(first: 100) { nodes { id } } }": typeof types.LimitsBigPageDocument,
    "query LimitsBombByVariables($first: Int) { customers(first: $first) { nodes { subscriptions { customer {\n      subscriptions { customer { id } } } } } } }": typeof types.LimitsBombByVariablesDocument,
    "query ProductionIntrospection { __schema { queryType { name } types { name } } }": typeof types.ProductionIntrospectionDocument,
    "query ProductionTierCodes { tiers { code } }": typeof types.ProductionTierCodesDocument,
    "query ProductionPermissions { viewer { permissions } }": typeof types.ProductionPermissionsDocument,
    "query ProductionTierNames { tiers { code name } }": typeof types.ProductionTierNamesDocument,
    "mutation StaffActivate($i: AccountActivateInput!) {\n  accountActivate(input: $i) { viewer { user { email } } userErrors { code field message } }\n}": typeof types.StaffActivateDocument,
    "query ProductionTiers { tiers { code } }": typeof types.ProductionTiersDocument,
    "query StaffPermissions { viewer { permissions } }": typeof types.StaffPermissionsDocument,
    "mutation StaffResellerEnable($i: ResellerEnableInput!) { resellerEnable(input: $i) { userErrors { code } } }": typeof types.StaffResellerEnableDocument,
    "query QuarterlyProducts {\n  products { code periods { period unitPrice minimumQuantity months noticeDays } }\n}": typeof types.QuarterlyProductsDocument,
    "mutation QuarterlyProductUpdate($code: String!, $i: ProductUpdateInput!) {\n  productUpdate(code: $code, input: $i) {\n    product { code monthlyPrice periods { period unitPrice minimumQuantity } }\n    userErrors { code field }\n  }\n}": typeof types.QuarterlyProductUpdateDocument,
    "query QuarterlyQuote($i: QuoteInput!) {\n  quote(input: $i) {\n    quote { period quantity unitListPrice retailPrice volumeDiscount partnerDiscount vendorPrice }\n    userErrors { code field message }\n  }\n}": typeof types.QuarterlyQuoteDocument,
    "mutation QuarterlyPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) {\n    subscription { id period quantity currentPeriodStart currentPeriodEnd }\n    invoice { total lines { description quantity unitPrice amount periodStart periodEnd } }\n    userErrors { code field message }\n  }\n}": typeof types.QuarterlyPurchaseDocument,
    "mutation QuarterlyChange($id: ID!, $q: Int!) {\n  subscriptionChangeQuantity(id: $id, quantity: $q) {\n    subscription { quantity nextQuantity }\n    invoice { total lines { description quantity unitPrice amount } }\n    userErrors { code field message }\n  }\n}": typeof types.QuarterlyChangeDocument,
    "query QuarterlyInvoices {\n  invoices(first: 5) { nodes { kind total lines { description quantity unitPrice amount periodStart periodEnd } } }\n}": typeof types.QuarterlyInvoicesDocument,
    "query QuarterlySubscriptionEnds($id: ID!) {\n  subscription(id: $id) { status quantity currentPeriodStart currentPeriodEnd }\n}": typeof types.QuarterlySubscriptionEndsDocument,
    "mutation QuarterlyAsk($i: QuoteRequestCreateInput!) {\n  quoteRequestCreate(input: $i) { quoteRequest { id period quantity } userErrors { code field } }\n}": typeof types.QuarterlyAskDocument,
    "mutation QuarterlyAnswer($id: ID!, $price: SafeInt!, $until: DateTimeISO!) {\n  quoteRequestAnswer(id: $id, unitPrice: $price, validUntil: $until) { userErrors { code } }\n}": typeof types.QuarterlyAnswerDocument,
    "mutation QuarterlyAccept($i: QuoteRequestAcceptInput!) {\n  quoteRequestAccept(input: $i) {\n    subscription { period quantity currentPeriodStart currentPeriodEnd }\n    invoice { lines { description unitPrice quantity amount } }\n    userErrors { code }\n  }\n}": typeof types.QuarterlyAcceptDocument,
    "mutation QuoteAsk($i: QuoteRequestCreateInput!) {\n  quoteRequestCreate(input: $i) {\n    quoteRequest { id reference status period quantity customerId customerName note product { code } resellerName }\n    userErrors { code field message }\n  }\n}": typeof types.QuoteAskDocument,
    "query QuoteMine($status: QuoteRequestStatus) {\n  quoteRequests(status: $status) {\n    totalCount\n    edges { node { id reference status unitPrice validUntil product { code bands { minQuantity } } } }\n  }\n}": typeof types.QuoteMineDocument,
    "query QuoteOne($id: ID!) { quoteRequest(id: $id) { id status reference } }": typeof types.QuoteOneDocument,
    "query QuoteQueue($status: QuoteRequestStatus) {\n  vendorQuoteRequests(status: $status, first: 100) { totalCount edges { node { id reference resellerName status } } }\n}": typeof types.QuoteQueueDocument,
    "mutation QuoteAnswer($id: ID!, $price: SafeInt!, $until: DateTimeISO!) {\n  quoteRequestAnswer(id: $id, unitPrice: $price, validUntil: $until) {\n    quoteRequest { id status unitPrice currency validUntil }\n    userErrors { code field message }\n  }\n}": typeof types.QuoteAnswerDocument,
    "mutation QuoteDecline($id: ID!, $reason: String!) {\n  quoteRequestDecline(id: $id, reason: $reason) { quoteRequest { id status declineReason } userErrors { code field } }\n}": typeof types.QuoteDeclineDocument,
    "mutation QuoteAccept($i: QuoteRequestAcceptInput!) {\n  quoteRequestAccept(input: $i) {\n    quoteRequest { id status subscriptionId acceptedAt }\n    subscription { id quantity period customer { companyName } }\n    invoice { id pdfUrl lines { description unitPrice quantity volumeDiscount partnerDiscount amount } }\n    userErrors { code field message }\n  }\n}": typeof types.QuoteAcceptDocument,
    "query QuoteCustomers { customers(search: \"Contoso\") { edges { node { id companyName } } } }": typeof types.QuoteCustomersDocument,
    "mutation RateKey($i: ApiKeyCreateInput!) { apiKeyCreate(input: $i) { secret } }": typeof types.RateKeyDocument,
    "query RateCheap { viewer { permissions } }": typeof types.RateCheapDocument,
    "query RateHealth { health { status } }": typeof types.RateHealthDocument,
    "query RateCustomersPage { customers(first: 100) { nodes { id } } }": typeof types.RateCustomersPageDocument,
    "mutation SignUpCompany($i: SignUpInput!) {\n  signUp(input: $i) { email userErrors { code field message } }\n}": typeof types.SignUpCompanyDocument,
    "mutation SignUpConfirmLink($t: String!) {\n  signUpConfirm(token: $t) {\n    viewer { user { email status } account { name status country tier { code } } role permissions }\n    userErrors { code field message }\n  }\n}": typeof types.SignUpConfirmLinkDocument,
    "query SignUpLinkInfo($t: String!) {\n  tokenInfo(token: $t) { status purpose email accountName needsPassword }\n}": typeof types.SignUpLinkInfoDocument,
    "mutation ApplicationSubmit($i: ResellerApplicationSubmitInput!) {\n  resellerApplicationSubmit(input: $i) {\n    application { id status website countries expectedLicensesPerYear message companyName country ownerEmail }\n    userErrors { code field message }\n  }\n}": typeof types.ApplicationSubmitDocument,
    "query ApplicationMine { resellerApplication { id status declineReason tier { code } } }": typeof types.ApplicationMineDocument,
    "query ApplicationQueue($status: ResellerApplicationStatus, $after: String) {\n  resellerApplications(status: $status, first: 2, after: $after) {\n    totalCount\n    edges { node { id companyName country ownerEmail website status submittedAt } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": typeof types.ApplicationQueueDocument,
    "mutation ApplicationApprove($id: ID!, $tier: String!) {\n  resellerApplicationApprove(id: $id, tierCode: $tier) {\n    application { id status decidedAt tier { code } }\n    userErrors { code field message }\n  }\n}": typeof types.ApplicationApproveDocument,
    "mutation ApplicationDecline($id: ID!, $reason: String!) {\n  resellerApplicationDecline(id: $id, reason: $reason) {\n    application { id status decidedAt declineReason tier { code } }\n    userErrors { code field message }\n  }\n}": typeof types.ApplicationDeclineDocument,
    "query ApplicantCustomers { customers { totalCount } }": typeof types.ApplicantCustomersDocument,
    "query ApplicationResellers($search: String) { resellers(search: $search) { totalCount } }": typeof types.ApplicationResellersDocument,
    "query AnnexStatusOf {\n  annexStatus {\n    inForce { id version title effectiveAt }\n    upcoming { id version }\n    acceptedInForce\n    acceptedUpcoming\n    canAccept\n    acceptors { email }\n    acceptances { id acceptedAt ip pdfUrl acceptedBy { email } annexVersion { version } }\n  }\n}": typeof types.AnnexStatusOfDocument,
    "mutation AnnexPublishVersion($i: AnnexPublishInput!) {\n  annexPublish(input: $i) { annexVersion { id version title effectiveAt bodyHtml } userErrors { code field message } }\n}": typeof types.AnnexPublishVersionDocument,
    "mutation AnnexAcceptVersion($id: ID!) {\n  annexAccept(versionId: $id) { acceptance { id annexVersion { version } acceptedBy { email } } userErrors { code field message } }\n}": typeof types.AnnexAcceptVersionDocument,
    "query AnnexVersionsList { annexVersions(first: 50) { totalCount edges { node { version } } } }": typeof types.AnnexVersionsListDocument,
    "mutation AnnexBuy($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) { subscription { id currentPeriodEnd status } userErrors { code field message } }\n}": typeof types.AnnexBuyDocument,
    "query AnnexSubscription($id: ID!) { subscription(id: $id) { status currentPeriodEnd } }": typeof types.AnnexSubscriptionDocument,
    "mutation AnnexCustomer($i: CustomerInviteInput!) {\n  customerInvite(input: $i) { customer { id } userErrors { code } }\n}": typeof types.AnnexCustomerDocument,
    "query AnnexTrialEligibility($c: ID!) {\n  trialEligibility(customerId: $c, productCode: \"PRO\") { eligible reasons { code message } }\n}": typeof types.AnnexTrialEligibilityDocument,
    "mutation AnnexTrial($c: ID!) {\n  trialStart(customerId: $c, productCode: \"PRO\") { trial { id } userErrors { code field message } }\n}": typeof types.AnnexTrialDocument,
    "mutation AnnexPaypal($e: String!) {\n  paymentMethodAddPaypal(input: { email: $e }) { paymentMethod { id } userErrors { code } }\n}": typeof types.AnnexPaypalDocument,
    "mutation AnnexKey($i: ApiKeyCreateInput!) { apiKeyCreate(input: $i) { secret } }": typeof types.AnnexKeyDocument,
    "query SignedInViewer { viewer { user { email } account { name } role permissions } }": typeof types.SignedInViewerDocument,
    "mutation SignInCodes($i: SignInInput!) { signIn(input: $i) { userErrors { code } } }": typeof types.SignInCodesDocument,
    "mutation SignOutHere { signOut { signedOut } }": typeof types.SignOutHereDocument,
    "mutation SignOutAll { signOutEverywhere { signedOut } }": typeof types.SignOutAllDocument,
    "query ViewerRole { viewer { user { email } role } }": typeof types.ViewerRoleDocument,
    "query StartupTiers { tiers { code } }": typeof types.StartupTiersDocument,
    "query StartupDatabase { health { database } }": typeof types.StartupDatabaseDocument,
    "fragment SubscriptionParts on Subscription {\n  id status quantity nextQuantity nextQuantityFrom renew period paymentMethod\n  currentPeriodStart currentPeriodEnd product { code } customer { id companyName } assignedAt\n}": typeof types.SubscriptionPartsFragmentDoc,
    "fragment InvoiceParts on Invoice {\n  id number status kind total subtotal discountTotal currency paidAt pdfUrl\n  lines { description quantity unitPrice retailAmount volumeDiscountBp volumeDiscount partnerDiscountBp partnerDiscount amount }\n}": typeof types.InvoicePartsFragmentDoc,
    "mutation SubscriptionsPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) {\n    subscription { ...SubscriptionParts }\n    invoice { ...InvoiceParts }\n    userErrors { code field message }\n  }\n}": typeof types.SubscriptionsPurchaseDocument,
    "mutation SubscriptionsChangeQuantity($id: ID!, $q: Int!, $key: String) {\n  subscriptionChangeQuantity(id: $id, quantity: $q, idempotencyKey: $key) {\n    subscription { ...SubscriptionParts }\n    invoice { ...InvoiceParts }\n    userErrors { code field message }\n  }\n}": typeof types.SubscriptionsChangeQuantityDocument,
    "query SubscriptionsChangeQuote($id: ID!, $q: Int!) {\n  subscriptionChangeQuote(id: $id, quantity: $q) {\n    changeQuote { effect effectiveFrom amountDueNow remainingDays periodDays nextPeriodPrice }\n    userErrors { code field }\n  }\n}": typeof types.SubscriptionsChangeQuoteDocument,
    "mutation SubscriptionsAssign($id: ID!, $c: ID!) { subscriptionAssign(id: $id, customerId: $c) { subscription { customer { companyName } } userErrors { code field } } }": typeof types.SubscriptionsAssignDocument,
    "mutation SubscriptionsUnassign($id: ID!) { subscriptionUnassign(id: $id) { subscription { customer { id } } userErrors { code field } } }": typeof types.SubscriptionsUnassignDocument,
    "mutation SubscriptionsSetRenewal($id: ID!, $r: Boolean!) { subscriptionSetRenewal(id: $id, renew: $r) { subscription { renew } userErrors { code } } }": typeof types.SubscriptionsSetRenewalDocument,
    "query SubscriptionsPortal { customerPortal { subscriptions { id productCode quantity status resellerName } } }": typeof types.SubscriptionsPortalDocument,
    "query SubscriptionsOne($id: ID!) { subscription(id: $id) { ...SubscriptionParts } }": typeof types.SubscriptionsOneDocument,
    "query SubscriptionsStatus($id: ID!) { subscription(id: $id) { status } }": typeof types.SubscriptionsStatusDocument,
    "query SubscriptionsCustomer($id: ID!) { subscription(id: $id) { customer { id } } }": typeof types.SubscriptionsCustomerDocument,
    "query SubscriptionsInvoice($id: ID!) { invoice(id: $id) { number } }": typeof types.SubscriptionsInvoiceDocument,
    "query SubscriptionsOfCustomer($id: ID!) { customer(id: $id) { subscriptions { id } } }": typeof types.SubscriptionsOfCustomerDocument,
    "query SubscriptionsOfCustomerTwice($id: ID!) {\n    first: customer(id: $id) { companyName subscriptions { id customer { id companyName } } }\n    again: customer(id: $id) { companyName subscriptions { id customer { id companyName } } }\n  }": typeof types.SubscriptionsOfCustomerTwiceDocument,
    "mutation SubscriptionsAddCard($t: String!, $d: Boolean!) { paymentMethodAddCard(input: { token: $t, makeDefault: $d }) { paymentMethod { id } userErrors { code } } }": typeof types.SubscriptionsAddCardDocument,
    "mutation SubscriptionsSetDefaultMethod($id: ID!) { paymentMethodSetDefault(id: $id) { userErrors { code } } }": typeof types.SubscriptionsSetDefaultMethodDocument,
    "query SubscriptionsOpenInvoices { vendorInvoices(status: OPEN) { nodes { id } } }": typeof types.SubscriptionsOpenInvoicesDocument,
    "mutation SubscriptionsRecordWire($id: ID!) { invoiceRecordPayment(invoiceId: $id, reference: \"BANK-REF-1\") { invoice { status } userErrors { code field } } }": typeof types.SubscriptionsRecordWireDocument,
    "mutation SubscriptionsRecordAgain($id: ID!) { invoiceRecordPayment(invoiceId: $id) { userErrors { code field } } }": typeof types.SubscriptionsRecordAgainDocument,
    "query SubscriptionsInvoiceCount { invoices { totalCount } }": typeof types.SubscriptionsInvoiceCountDocument,
    "query SubscriptionsInvoices($s: ID!) { invoices(subscriptionId: $s) { nodes { ...InvoiceParts } } }": typeof types.SubscriptionsInvoicesDocument,
    "mutation SubscriptionsUpdatePayment($id: ID!, $m: ID) { subscriptionUpdatePayment(id: $id, input: { paymentMethod: CARD, paymentMethodId: $m }) { subscription { status } invoice { status } userErrors { code field } } }": typeof types.SubscriptionsUpdatePaymentDocument,
    "query SubscriptionsPastDue { subscriptions(filter: { status: PAST_DUE }) { nodes { id } } }": typeof types.SubscriptionsPastDueDocument,
    "mutation SubscriptionsDeclineCard($id: ID!) { subscriptionUpdatePayment(id: $id, input: { paymentMethod: CARD, newCardToken: \"tok_chargeDeclined\" }) { subscription { savedPaymentMethod { id } } userErrors { code } } }": typeof types.SubscriptionsDeclineCardDocument,
    "mutation SubscriptionsRepricePro { productUpdate(code: \"PRO\", input: { name: \"Pro\", description: \"\", yearlyPrice: 9000, currency: \"EUR\", trialEnabled: true, active: true, bands: [] }) { userErrors { code } } }": typeof types.SubscriptionsRepriceProDocument,
    "query SubscriptionsInvoiceTotals($s: ID!) { invoices(subscriptionId: $s) { nodes { kind subtotal total } } }": typeof types.SubscriptionsInvoiceTotalsDocument,
    "query SubscriptionsRenewedInvoices($s: ID!) { invoices(subscriptionId: $s) { nodes { ...InvoiceParts } } }": typeof types.SubscriptionsRenewedInvoicesDocument,
    "mutation SubscriptionsCustomerRemove($id: ID!) { customerRemove(id: $id) { userErrors { code } } }": typeof types.SubscriptionsCustomerRemoveDocument,
    "mutation SubscriptionsCustomerInvite($i: CustomerInviteInput!) { customerInvite(input: $i) { customer { id } } }": typeof types.SubscriptionsCustomerInviteDocument,
    "query SubscriptionsList($first: Int, $filter: SubscriptionFilter) { subscriptions(first: $first, filter: $filter) {\n      totalCount nodes { id product { code bands { minQuantity } } customer { companyName } savedPaymentMethod { label } } } }": typeof types.SubscriptionsListDocument,
    "query SubscriptionsSorted($sort: SubscriptionSort!, $after: String) { subscriptions(sort: $sort, first: 2, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }": typeof types.SubscriptionsSortedDocument,
    "query SubscriptionsDefaultOrder { subscriptions { edges { node { id } } } }": typeof types.SubscriptionsDefaultOrderDocument,
    "query TrialsEligibility($c: ID!, $p: String!) {\n  trialEligibility(customerId: $c, productCode: $p) {\n    eligible reasons { code message resetsAt } quota { used limit remaining resetsAt } trialDays\n  }\n}": typeof types.TrialsEligibilityDocument,
    "mutation TrialsStart($c: ID!, $p: String!) {\n  trialStart(customerId: $c, productCode: $p) {\n    trial { id status startedAt endsAt product { code } }\n    userErrors { code field message }\n  }\n}": typeof types.TrialsStartDocument,
    "mutation TrialsCustomerInvite($i: CustomerInviteInput!) { customerInvite(input: $i) { customer { id } userErrors { code } } }": typeof types.TrialsCustomerInviteDocument,
    "mutation TrialsSetTier($id: ID!, $t: String!) { resellerSetTier(id: $id, tierCode: $t) { userErrors { code } } }": typeof types.TrialsSetTierDocument,
    "mutation TrialsApiKey { apiKeyCreate(input: { name: \"trials\", scope: READ_WRITE }) { secret } }": typeof types.TrialsApiKeyDocument,
    "mutation TrialsPurchaseYearly($c: ID!) { subscriptionPurchase(input: { productCode: \"PRO\", period: YEARLY, quantity: 3, paymentMethod: PAYPAL, customerId: $c }) { userErrors { code } } }": typeof types.TrialsPurchaseYearlyDocument,
    "mutation TrialsProductWithout { productCreate(input: { code: \"NO_TRIAL\", name: \"No Trial\", yearlyPrice: 100, currency: \"EUR\", trialEnabled: false, active: true }) { userErrors { code } } }": typeof types.TrialsProductWithoutDocument,
    "query TrialsQuota { trialQuota { used limit remaining } }": typeof types.TrialsQuotaDocument,
    "query TrialsOfCustomer($id: ID!) { customer(id: $id) { trial { status endsAt } } }": typeof types.TrialsOfCustomerDocument,
    "query TrialsById($id: ID!) { trial(id: $id) { id status product { code } } }": typeof types.TrialsByIdDocument,
    "mutation TrialsSaveCard { paymentMethodAddCard(input: { token: \"tok_visa\" }) { userErrors { code } } }": typeof types.TrialsSaveCardDocument,
    "mutation TrialsPurchaseMonthly($c: ID!) { subscriptionPurchase(input: { productCode: \"PRO\", period: MONTHLY, quantity: 20, paymentMethod: CARD, customerId: $c }) { userErrors { code } } }": typeof types.TrialsPurchaseMonthlyDocument,
    "query TrialsStatusOfCustomer($id: ID!) { customer(id: $id) { trial { status } } }": typeof types.TrialsStatusOfCustomerDocument,
    "mutation TrialsActivate($i: AccountActivateInput!) { accountActivate(input: $i) { userErrors { code } } }": typeof types.TrialsActivateDocument,
    "query TrialsPortal { customerPortal { trials { productCode status resellerName endsAt } } }": typeof types.TrialsPortalDocument,
    "query WalletMethods {\n  paymentMethods { id kind label cardBrand lastFour expiryMonth expiryYear paypalEmail isDefault expiry }\n}": typeof types.WalletMethodsDocument,
    "mutation WalletAddCard($i: PaymentMethodAddCardInput!) {\n  paymentMethodAddCard(input: $i) { paymentMethod { id label isDefault } userErrors { code field message } }\n}": typeof types.WalletAddCardDocument,
    "mutation WalletAddPaypal($i: PaymentMethodAddPaypalInput!) {\n  paymentMethodAddPaypal(input: $i) { paymentMethod { id label isDefault } userErrors { code field message } }\n}": typeof types.WalletAddPaypalDocument,
    "mutation WalletSetDefault($id: ID!) {\n  paymentMethodSetDefault(id: $id) { paymentMethod { id isDefault } userErrors { code field } }\n}": typeof types.WalletSetDefaultDocument,
    "mutation WalletRemove($id: ID!) {\n  paymentMethodRemove(id: $id) { paymentMethod { id } userErrors { code field message } }\n}": typeof types.WalletRemoveDocument,
    "mutation WalletPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) {\n    subscription { id status paymentMethod savedPaymentMethod { id label } }\n    invoice { status total }\n    userErrors { code field message }\n  }\n}": typeof types.WalletPurchaseDocument,
    "query WalletSubscription($id: ID!) {\n  subscription(id: $id) { status currentPeriodEnd paymentMethod savedPaymentMethod { id label } }\n}": typeof types.WalletSubscriptionDocument,
    "mutation WalletUpdatePayment($id: ID!, $i: SubscriptionPaymentInput!) {\n  subscriptionUpdatePayment(id: $id, input: $i) { subscription { savedPaymentMethod { id } } userErrors { code field } }\n}": typeof types.WalletUpdatePaymentDocument,
    "mutation WalletRenewal($id: ID!, $r: Boolean!) {\n  subscriptionSetRenewal(id: $id, renew: $r) { userErrors { code } }\n}": typeof types.WalletRenewalDocument,
    "query WalletInvoices($s: ID!) {\n  invoices(first: 10, subscriptionId: $s) { nodes { kind status total } }\n}": typeof types.WalletInvoicesDocument,
    "mutation WalletAddContact { billingContactAdd(input: { email: \"ap@northwind.example\" }) { userErrors { code } } }": typeof types.WalletAddContactDocument,
    "mutation WebhooksAcrossCreate($i: WebhookEndpointCreateInput!) {\n  webhookEndpointCreate(input: $i) { endpoint { id } secret userErrors { code field } }\n}": typeof types.WebhooksAcrossCreateDocument,
    "mutation WebhooksCreate($i: WebhookEndpointCreateInput!) {\n  webhookEndpointCreate(input: $i) {\n    endpoint { id url eventTypes enabled failingSince }\n    secret\n    userErrors { code field message }\n  }\n}": typeof types.WebhooksCreateDocument,
    "mutation WebhooksUpdate($i: WebhookEndpointUpdateInput!) {\n  webhookEndpointUpdate(input: $i) { endpoint { id url eventTypes enabled description } userErrors { code field } }\n}": typeof types.WebhooksUpdateDocument,
    "mutation WebhooksDelete($id: ID!) {\n  webhookEndpointDelete(id: $id) { deletedId userErrors { code field } }\n}": typeof types.WebhooksDeleteDocument,
    "mutation WebhooksRotate($id: ID!) {\n  webhookEndpointRotateSecret(id: $id) { endpoint { previousSecretExpiresAt } secret userErrors { code field } }\n}": typeof types.WebhooksRotateDocument,
    "mutation WebhooksSendTest($id: ID!) {\n  webhookEndpointSendTest(id: $id) { delivery { id webhookId status } userErrors { code field } }\n}": typeof types.WebhooksSendTestDocument,
    "mutation WebhooksRedeliver($id: ID!) {\n  webhookDeliveryRedeliver(id: $id) { delivery { id status } userErrors { code field } }\n}": typeof types.WebhooksRedeliverDocument,
    "query WebhooksEndpoints { webhookEndpoints { id url enabled failingSince disabledReason } }": typeof types.WebhooksEndpointsDocument,
    "query WebhooksEventTypes { webhookEventTypes }": typeof types.WebhooksEventTypesDocument,
    "query WebhooksDeliveries($f: WebhookDeliveryFilter, $first: Int, $after: String) {\n  webhookDeliveries(filter: $f, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    nodes {\n      id endpointId eventType webhookId status attempts lastResponseStatus durationMs responseBody\n      attemptLog { number responseStatus durationMs responseBody error }\n    }\n  }\n}": typeof types.WebhooksDeliveriesDocument,
    "mutation WebhooksPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) { subscription { id } userErrors { code field message } }\n}": typeof types.WebhooksPurchaseDocument,
    "mutation WebhooksAssign($id: ID!, $c: ID!) {\n  subscriptionAssign(id: $id, customerId: $c) { userErrors { code field } }\n}": typeof types.WebhooksAssignDocument,
    "mutation WebhooksChange($id: ID!, $q: Int!) {\n  subscriptionChangeQuantity(id: $id, quantity: $q) { userErrors { code field } }\n}": typeof types.WebhooksChangeDocument,
    "query WebhooksSubscription($id: ID!) {\n  subscription(id: $id) {\n    id status product { code name } period quantity nextQuantity nextQuantityFrom renew paymentMethod\n    savedPaymentMethod { id label } currency partnerDiscountBp currentPeriodStart currentPeriodEnd\n    createdAt assignedAt endedAt customer { id companyName }\n  }\n}": typeof types.WebhooksSubscriptionDocument,
    "mutation WebhooksInvite($i: CustomerInviteInput!) {\n  customerInvite(input: $i) { customer { id } userErrors { code field } }\n}": typeof types.WebhooksInviteDocument,
    "mutation WebhooksCustomerUpdate($id: ID!, $i: CustomerUpdateInput!) {\n  customerUpdate(id: $id, input: $i) { userErrors { code field } }\n}": typeof types.WebhooksCustomerUpdateDocument,
    "mutation WebhooksCustomerRemove($id: ID!) {\n  customerRemove(id: $id) { userErrors { code field } }\n}": typeof types.WebhooksCustomerRemoveDocument,
    "mutation WebhooksTrialStart($c: ID!) {\n  trialStart(customerId: $c, productCode: \"PRO\") { trial { id } userErrors { code field } }\n}": typeof types.WebhooksTrialStartDocument,
    "query WebhooksInvoice($id: ID!) {\n  invoice(id: $id) {\n    id number kind status issuedAt dueAt paidAt currency subtotal discountTotal netTotal\n    vatTreatment vatRateBp vatAmount total paymentMethod paymentReference lastPaymentError\n    subscriptionId pdfUrl\n    lines {\n      description productCode period quantity unitPrice retailAmount volumeDiscountBp volumeDiscount\n      partnerDiscountBp partnerDiscount amount periodStart periodEnd customerName\n    }\n  }\n}": typeof types.WebhooksInvoiceDocument,
    "query WebhooksTrial($id: ID!) {\n  trial(id: $id) { id status product { code name } startedAt endsAt endedAt }\n}": typeof types.WebhooksTrialDocument,
    "query AuditE2eCustomers { customers(first: 1) { nodes { id companyName } } }": typeof types.AuditE2eCustomersDocument,
    "mutation AuditE2eCustomerUpdate($id: ID!, $i: CustomerUpdateInput!) {\n  customerUpdate(id: $id, input: $i) { userErrors { code } }\n}": typeof types.AuditE2eCustomerUpdateDocument,
    "mutation BillingProfileE2eWire {\n  subscriptionPurchase(input: { productCode: \"PRO\", period: YEARLY, quantity: 100, paymentMethod: WIRE_TRANSFER }) {\n    invoice { number }\n    userErrors { code }\n  }\n}": typeof types.BillingProfileE2eWireDocument,
    "mutation CustomerJourneyPurchase($input: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $input) { subscription { id } userErrors { code field message } }\n}": typeof types.CustomerJourneyPurchaseDocument,
    "query CustomerJourneyContoso { customers(search: \"contoso\") { nodes { id } } }": typeof types.CustomerJourneyContosoDocument,
    "query CustomerJourneyPool { subscriptions(filter: { assigned: false }) { nodes { id period } } }": typeof types.CustomerJourneyPoolDocument,
    "mutation CustomerJourneyAssign($id: ID!, $customerId: ID!) {\n        subscriptionAssign(id: $id, customerId: $customerId) { userErrors { code } }\n      }": typeof types.CustomerJourneyAssignDocument,
    "mutation DevelopersApiKeyCreate($input: ApiKeyCreateInput!) {\n  apiKeyCreate(input: $input) { secret userErrors { code field message } }\n}": typeof types.DevelopersApiKeyCreateDocument,
    "query DevelopersCustomerCount { customers(first: 1) { totalCount } }": typeof types.DevelopersCustomerCountDocument,
    "mutation JourneyBuy($input: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $input) { subscription { id } userErrors { code field message } }\n}": typeof types.JourneyBuyDocument,
    "mutation LicenseUsageE2eReport($i: UsageReportInput!) {\n  usageReport(input: $i) { receipt { rows currentUpdated replayed } userErrors { code field message } }\n}": typeof types.LicenseUsageE2eReportDocument,
    "query LicenseUsageE2eCustomers {\n  customers(first: 50) { nodes { id companyName } }\n}": typeof types.LicenseUsageE2eCustomersDocument,
    "mutation LicenseUsageE2ePurchase($input: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $input) { subscription { id quantity } userErrors { code field message } }\n}": typeof types.LicenseUsageE2ePurchaseDocument,
    "mutation NoticesJourneyPurchase($input: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $input) { subscription { id } userErrors { code field message } }\n}": typeof types.NoticesJourneyPurchaseDocument,
    "query NoticesJourneyCustomers($search: String) {\n  customers(first: 5, search: $search, sort: COMPANY_NAME_ASC) { nodes { id companyName } }\n}": typeof types.NoticesJourneyCustomersDocument,
    "mutation PhoneRowActionsPurchase($input: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $input) { subscription { id } userErrors { code field message } }\n}": typeof types.PhoneRowActionsPurchaseDocument,
    "mutation QuoteRequestsE2eAsk($input: QuoteRequestCreateInput!) {\n  quoteRequestCreate(input: $input) { quoteRequest { id reference } userErrors { code field message } }\n}": typeof types.QuoteRequestsE2eAskDocument,
    "mutation QuoteRequestsE2eAnswer($id: ID!, $price: SafeInt!, $until: DateTimeISO!) {\n  quoteRequestAnswer(id: $id, unitPrice: $price, validUntil: $until) { userErrors { code } }\n}": typeof types.QuoteRequestsE2eAnswerDocument,
    "query ReturningTeam { teamMembers { id user { email } } }": typeof types.ReturningTeamDocument,
    "mutation ReturningRemove($id: ID!) { teamMemberRemove(memberId: $id) { userErrors { code } } }": typeof types.ReturningRemoveDocument,
    "mutation ReturningInvite($i: TeamMemberInviteInput!) {\n        teamMemberInvite(input: $i) { userErrors { code } }\n      }": typeof types.ReturningInviteDocument,
    "mutation TrialsJourneyInvite($input: CustomerInviteInput!) {\n  customerInvite(input: $input) { customer { id } userErrors { code } }\n}": typeof types.TrialsJourneyInviteDocument,
    "mutation TrialsJourneyStart($customerId: ID!) {\n  trialStart(customerId: $customerId, productCode: \"PRO\") { trial { id } userErrors { code message } }\n}": typeof types.TrialsJourneyStartDocument,
    "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) { viewer { user { id email } role permissions } userErrors { code field message } }\n}": typeof types.SignInDocument,
};
const documents: Documents = {
    "query AuditLog($first: Int, $after: String, $filter: AuditLogFilter, $accountId: ID) {\n  auditLog(first: $first, after: $after, filter: $filter, accountId: $accountId) {\n    totalCount\n    nodes {\n      id occurredAt accountId actorKind actorId actorLabel ip userAgent operation outcome refusalCodes\n      subjectType subjectId changes { field before after }\n    }\n    pageInfo { hasNextPage endCursor }\n  }\n}": types.AuditLogDocument,
    "query AuditCustomers { customers(first: 5) { nodes { id companyName comment } } }": types.AuditCustomersDocument,
    "mutation AuditCustomerUpdate($id: ID!, $i: CustomerUpdateInput!) {\n  customerUpdate(id: $id, input: $i) { customer { companyName comment } userErrors { code field } }\n}": types.AuditCustomerUpdateDocument,
    "mutation AuditSignOut { signOut { signedOut userErrors { code } } }": types.AuditSignOutDocument,
    "mutation AuditKeyCreate($i: ApiKeyCreateInput!) {\n  apiKeyCreate(input: $i) { apiKey { id prefix } secret userErrors { code } }\n}": types.AuditKeyCreateDocument,
    "mutation AuditTeamInvite($i: TeamMemberInviteInput!) {\n  teamMemberInvite(input: $i) { invitation { id } userErrors { code } }\n}": types.AuditTeamInviteDocument,
    "mutation AuditActivate($i: AccountActivateInput!) {\n  accountActivate(input: $i) { viewer { user { email } } userErrors { code } }\n}": types.AuditActivateDocument,
    "mutation AuditAddCard($i: PaymentMethodAddCardInput!) {\n  paymentMethodAddCard(input: $i) { paymentMethod { id } userErrors { code } }\n}": types.AuditAddCardDocument,
    "mutation AuditSetTier($id: ID!, $tier: String!) {\n  resellerSetTier(id: $id, tierCode: $tier) { userErrors { code } }\n}": types.AuditSetTierDocument,
    "mutation AuditPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) { subscription { id } userErrors { code } }\n}": types.AuditPurchaseDocument,
    "mutation AuditCustomerInvite($i: CustomerInviteInput!) {\n  customerInvite(input: $i) { customer { id } userErrors { code } }\n}": types.AuditCustomerInviteDocument,
    "mutation AuditCustomerRemove($id: ID!) {\n  customerRemove(id: $id) { userErrors { code } }\n}": types.AuditCustomerRemoveDocument,
    "mutation AuditTrialStart($c: ID!) {\n  trialStart(customerId: $c, productCode: \"PRO\") { trial { id } userErrors { code } }\n}": types.AuditTrialStartDocument,
    "mutation MatrixSetupInvitation($input: TeamMemberInviteInput!) { teamMemberInvite(input: $input) { invitation { id } userErrors { code } } }": types.MatrixSetupInvitationDocument,
    "mutation MatrixSetupPaypal($e: String!) { paymentMethodAddPaypal(input: { email: $e }) { paymentMethod { id } } }": types.MatrixSetupPaypalDocument,
    "mutation MatrixSetupTrialCustomer($i: CustomerInviteInput!) { customerInvite(input: $i) { customer { id } } }": types.MatrixSetupTrialCustomerDocument,
    "mutation MatrixSetupTrial($c: ID!) { trialStart(customerId: $c, productCode: \"PRO\") { trial { id } } }": types.MatrixSetupTrialDocument,
    "mutation MatrixSetupSubscription { subscriptionPurchase(input: { productCode: \"PRO\", period: YEARLY, quantity: 2, paymentMethod: PAYPAL }) { subscription { id } } }": types.MatrixSetupSubscriptionDocument,
    "mutation MatrixSetupWebhook($i: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $i) { endpoint { id } } }": types.MatrixSetupWebhookDocument,
    "query MatrixViewer { viewer { permissions } }": types.MatrixViewerDocument,
    "query MatrixBusinessRules { businessRules { passwordMinLength } }": types.MatrixBusinessRulesDocument,
    "mutation MatrixSignIn { signIn(input: { email: \"nobody@example.com\", password: \"wrong-password\" }) { userErrors { code } } }": types.MatrixSignInDocument,
    "mutation MatrixAccountActivate { accountActivate(input: { token: \"unknown\", password: \"long-enough-password\" }) { userErrors { code } } }": types.MatrixAccountActivateDocument,
    "mutation MatrixSignOut { signOut { signedOut } }": types.MatrixSignOutDocument,
    "mutation MatrixSignOutEverywhere { signOutEverywhere { signedOut } }": types.MatrixSignOutEverywhereDocument,
    "query MatrixTeamMembers { teamMembers { id } }": types.MatrixTeamMembersDocument,
    "query MatrixTeamInvitations { teamInvitations { id } }": types.MatrixTeamInvitationsDocument,
    "mutation MatrixTeamMemberInvite($i: TeamMemberInviteInput!) { teamMemberInvite(input: $i) { userErrors { code } } }": types.MatrixTeamMemberInviteDocument,
    "mutation MatrixTeamInvitationResend($id: ID!) { teamInvitationResend(invitationId: $id) { userErrors { code } } }": types.MatrixTeamInvitationResendDocument,
    "mutation MatrixTeamInvitationRevoke($id: ID!) { teamInvitationRevoke(invitationId: $id) { userErrors { code } } }": types.MatrixTeamInvitationRevokeDocument,
    "mutation MatrixTeamMemberChangeRole($i: TeamMemberChangeRoleInput!) { teamMemberChangeRole(input: $i) { userErrors { code } } }": types.MatrixTeamMemberChangeRoleDocument,
    "mutation MatrixTeamMemberRemove($id: ID!) { teamMemberRemove(memberId: $id) { userErrors { code } } }": types.MatrixTeamMemberRemoveDocument,
    "mutation MatrixTeamOwnershipTransfer($id: ID!) { teamOwnershipTransfer(memberId: $id) { userErrors { code } } }": types.MatrixTeamOwnershipTransferDocument,
    "query MatrixBillingProfile { billingProfile { legalName } }": types.MatrixBillingProfileDocument,
    "mutation MatrixBillingProfileUpdate($i: BillingProfileInput!) { billingProfileUpdate(input: $i) { userErrors { code } } }": types.MatrixBillingProfileUpdateDocument,
    "query MatrixBillingContacts { billingContacts { id } }": types.MatrixBillingContactsDocument,
    "mutation MatrixBillingContactAdd($i: BillingContactAddInput!) { billingContactAdd(input: $i) { userErrors { code } } }": types.MatrixBillingContactAddDocument,
    "mutation MatrixSetupBillingContact($i: BillingContactAddInput!) { billingContactAdd(input: $i) { billingContact { id } } }": types.MatrixSetupBillingContactDocument,
    "mutation MatrixBillingContactRemove($id: ID!) { billingContactRemove(id: $id) { userErrors { code } } }": types.MatrixBillingContactRemoveDocument,
    "query MatrixPaymentMethods { paymentMethods { id label } }": types.MatrixPaymentMethodsDocument,
    "mutation MatrixPaymentMethodAddCard { paymentMethodAddCard(input: { token: \"tok_mastercard\" }) { userErrors { code } } }": types.MatrixPaymentMethodAddCardDocument,
    "mutation MatrixPaymentMethodAddPaypal($e: String!) { paymentMethodAddPaypal(input: { email: $e }) { userErrors { code } } }": types.MatrixPaymentMethodAddPaypalDocument,
    "mutation MatrixPaymentMethodSetDefault($id: ID!) { paymentMethodSetDefault(id: $id) { userErrors { code } } }": types.MatrixPaymentMethodSetDefaultDocument,
    "mutation MatrixPaymentMethodRemove($id: ID!) { paymentMethodRemove(id: $id) { userErrors { code } } }": types.MatrixPaymentMethodRemoveDocument,
    "query MatrixApiKeys { apiKeys { id } }": types.MatrixApiKeysDocument,
    "mutation MatrixApiKeyCreate($i: ApiKeyCreateInput!) { apiKeyCreate(input: $i) { userErrors { code } } }": types.MatrixApiKeyCreateDocument,
    "mutation MatrixSetupApiKey { apiKeyCreate(input: { name: \"to revoke\", scope: READ }) { apiKey { id } } }": types.MatrixSetupApiKeyDocument,
    "mutation MatrixApiKeyRevoke($id: ID!) { apiKeyRevoke(id: $id) { userErrors { code } } }": types.MatrixApiKeyRevokeDocument,
    "query MatrixWebhookEndpoints { webhookEndpoints { id } }": types.MatrixWebhookEndpointsDocument,
    "query MatrixWebhookEventTypes { webhookEventTypes }": types.MatrixWebhookEventTypesDocument,
    "query MatrixWebhookDeliveries { webhookDeliveries(first: 5) { totalCount } }": types.MatrixWebhookDeliveriesDocument,
    "mutation MatrixWebhookEndpointCreate($i: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $i) { userErrors { code } } }": types.MatrixWebhookEndpointCreateDocument,
    "mutation MatrixWebhookEndpointUpdate($i: WebhookEndpointUpdateInput!) { webhookEndpointUpdate(input: $i) { userErrors { code } } }": types.MatrixWebhookEndpointUpdateDocument,
    "mutation MatrixWebhookEndpointDelete($id: ID!) { webhookEndpointDelete(id: $id) { userErrors { code } } }": types.MatrixWebhookEndpointDeleteDocument,
    "mutation MatrixWebhookRotateSecret($id: ID!) { webhookEndpointRotateSecret(id: $id) { userErrors { code } } }": types.MatrixWebhookRotateSecretDocument,
    "mutation MatrixWebhookSendTest($id: ID!) { webhookEndpointSendTest(id: $id) { userErrors { code } } }": types.MatrixWebhookSendTestDocument,
    "mutation MatrixSetupWebhookTest($id: ID!) { webhookEndpointSendTest(id: $id) { delivery { id } } }": types.MatrixSetupWebhookTestDocument,
    "mutation MatrixWebhookRedeliver($id: ID!) { webhookDeliveryRedeliver(id: $id) { userErrors { code } } }": types.MatrixWebhookRedeliverDocument,
    "query MatrixResellers { resellers { totalCount } }": types.MatrixResellersDocument,
    "mutation MatrixResellerEnable($i: ResellerEnableInput!) { resellerEnable(input: $i) { userErrors { code } } }": types.MatrixResellerEnableDocument,
    "mutation MatrixResellerSetTier($id: ID!) { resellerSetTier(id: $id, tierCode: \"BRONZE\") { userErrors { code } } }": types.MatrixResellerSetTierDocument,
    "mutation MatrixSetupReseller($i: ResellerEnableInput!) { resellerEnable(input: $i) { reseller { id } } }": types.MatrixSetupResellerDocument,
    "mutation MatrixResellerDisable($id: ID!) { resellerDisable(id: $id) { userErrors { code } } }": types.MatrixResellerDisableDocument,
    "mutation MatrixSignUp($i: SignUpInput!) { signUp(input: $i) { userErrors { code } } }": types.MatrixSignUpDocument,
    "mutation MatrixSignUpConfirm { signUpConfirm(token: \"no-such-link\") { userErrors { code } } }": types.MatrixSignUpConfirmDocument,
    "query MatrixResellerApplication { resellerApplication { id } }": types.MatrixResellerApplicationDocument,
    "mutation MatrixApplicationSubmit($i: ResellerApplicationSubmitInput!) { resellerApplicationSubmit(input: $i) { userErrors { code } } }": types.MatrixApplicationSubmitDocument,
    "query MatrixApplications { resellerApplications { totalCount } }": types.MatrixApplicationsDocument,
    "mutation MatrixApplicationApprove($id: ID!) { resellerApplicationApprove(id: $id, tierCode: \"BRONZE\") { userErrors { code } } }": types.MatrixApplicationApproveDocument,
    "mutation MatrixApplicationDecline($id: ID!) { resellerApplicationDecline(id: $id, reason: \"Not now\") { userErrors { code } } }": types.MatrixApplicationDeclineDocument,
    "query MatrixAnnexStatus { annexStatus { acceptedInForce } }": types.MatrixAnnexStatusDocument,
    "mutation MatrixAnnexAccept($id: ID!) { annexAccept(versionId: $id) { userErrors { code } } }": types.MatrixAnnexAcceptDocument,
    "query MatrixAnnexVersions { annexVersions { totalCount } }": types.MatrixAnnexVersionsDocument,
    "mutation MatrixAnnexPublish($i: AnnexPublishInput!) { annexPublish(input: $i) { userErrors { code } } }": types.MatrixAnnexPublishDocument,
    "mutation MatrixQuoteRequestCreate($i: QuoteRequestCreateInput!) { quoteRequestCreate(input: $i) { userErrors { code } } }": types.MatrixQuoteRequestCreateDocument,
    "query MatrixQuoteRequests { quoteRequests { totalCount } }": types.MatrixQuoteRequestsDocument,
    "query MatrixQuoteRequest($id: ID!) { quoteRequest(id: $id) { id } }": types.MatrixQuoteRequestDocument,
    "mutation MatrixQuoteRequestAccept($i: QuoteRequestAcceptInput!) { quoteRequestAccept(input: $i) { userErrors { code } } }": types.MatrixQuoteRequestAcceptDocument,
    "query MatrixVendorQuoteRequests { vendorQuoteRequests { totalCount } }": types.MatrixVendorQuoteRequestsDocument,
    "mutation MatrixQuoteRequestAnswer($id: ID!) { quoteRequestAnswer(id: $id, unitPrice: 1000, validUntil: \"2030-01-01T00:00:00Z\") { userErrors { code } } }": types.MatrixQuoteRequestAnswerDocument,
    "mutation MatrixQuoteRequestDecline($id: ID!) { quoteRequestDecline(id: $id, reason: \"Not now\") { userErrors { code } } }": types.MatrixQuoteRequestDeclineDocument,
    "query MatrixProducts { products { code } }": types.MatrixProductsDocument,
    "query MatrixProduct { product(code: \"PRO\") { code } }": types.MatrixProductDocument,
    "query MatrixQuote { quote(input: { productCode: \"PRO\", period: YEARLY, quantity: 5 }) { quote { retailPrice } userErrors { code } } }": types.MatrixQuoteDocument,
    "query MatrixPartnerDiscount { partnerDiscount { code } }": types.MatrixPartnerDiscountDocument,
    "mutation MatrixPartnerDiscountRequest { partnerDiscountRequest { userErrors { code } } }": types.MatrixPartnerDiscountRequestDocument,
    "mutation MatrixPartnerDiscountIssue($id: ID!) { partnerDiscountIssue(resellerId: $id) { userErrors { code } } }": types.MatrixPartnerDiscountIssueDocument,
    "mutation MatrixPartnerDiscountRevoke($id: ID!) { partnerDiscountRevoke(resellerId: $id) { userErrors { code } } }": types.MatrixPartnerDiscountRevokeDocument,
    "mutation MatrixProductCreate($code: String!) { productCreate(input: { code: $code, name: \"Matrix\", yearlyPrice: 100, currency: \"EUR\", trialEnabled: false, active: false }) { userErrors { code } } }": types.MatrixProductCreateDocument,
    "mutation MatrixProductUpdate { productUpdate(code: \"STUDIO_PRO\", input: { name: \"Studio Pro\", yearlyPrice: 120000, currency: \"EUR\", trialEnabled: true, active: true, bands: [] }) { userErrors { code } } }": types.MatrixProductUpdateDocument,
    "mutation MatrixTierUpdate { tierUpdate(code: \"SILVER\", input: { name: \"Silver\", trialDays: 14, trialsPerMonth: 5, resellingBp: 5000 }) { userErrors { code } } }": types.MatrixTierUpdateDocument,
    "query MatrixAuditLog($account: ID) { auditLog(first: 5, accountId: $account) { totalCount } }": types.MatrixAuditLogDocument,
    "query MatrixCustomers { customers(first: 5) { totalCount } }": types.MatrixCustomersDocument,
    "query MatrixCustomer($id: ID!) { customer(id: $id) { id } }": types.MatrixCustomerDocument,
    "mutation MatrixCustomerInvite($i: CustomerInviteInput!) { customerInvite(input: $i) { userErrors { code } } }": types.MatrixCustomerInviteDocument,
    "mutation MatrixCustomerUpdate($id: ID!) { customerUpdate(id: $id, input: { companyName: \"Contoso Ltd\", comment: \"kept\" }) { userErrors { code } } }": types.MatrixCustomerUpdateDocument,
    "mutation MatrixSetupCustomer($i: CustomerInviteInput!) { customerInvite(input: $i) { customer { id } } }": types.MatrixSetupCustomerDocument,
    "mutation MatrixCustomerRemove($id: ID!) { customerRemove(id: $id) { userErrors { code } } }": types.MatrixCustomerRemoveDocument,
    "mutation MatrixUsageReport($i: UsageReportInput!) { usageReport(input: $i) { userErrors { code } } }": types.MatrixUsageReportDocument,
    "query MatrixLicenseUsage { licenseUsage { productCode agents licenses } }": types.MatrixLicenseUsageDocument,
    "query MatrixCustomerUsage($id: ID!) { customerUsage(customerId: $id) { agents } }": types.MatrixCustomerUsageDocument,
    "query MatrixCustomerUsageHistory($id: ID!) { customerUsageHistory(customerId: $id, productCode: \"PRO\") { day } }": types.MatrixCustomerUsageHistoryDocument,
    "query MatrixPortalUsage { portalUsage { productCode } }": types.MatrixPortalUsageDocument,
    "query MatrixIngestionKeys { ingestionKeys { id } }": types.MatrixIngestionKeysDocument,
    "mutation MatrixIngestionKeyCreate($i: IngestionKeyCreateInput!) { ingestionKeyCreate(input: $i) { userErrors { code } } }": types.MatrixIngestionKeyCreateDocument,
    "mutation MatrixSetupIngestionKey($i: IngestionKeyCreateInput!) { ingestionKeyCreate(input: $i) { ingestionKey { id } } }": types.MatrixSetupIngestionKeyDocument,
    "mutation MatrixIngestionKeyRevoke($id: ID!) { ingestionKeyRevoke(id: $id) { userErrors { code } } }": types.MatrixIngestionKeyRevokeDocument,
    "query MatrixCustomerPortal { customerPortal { companyName } }": types.MatrixCustomerPortalDocument,
    "query MatrixSubscriptions { subscriptions(first: 5) { totalCount } }": types.MatrixSubscriptionsDocument,
    "mutation MatrixSubscriptionPurchase { subscriptionPurchase(input: { productCode: \"PRO\", period: YEARLY, quantity: 1, paymentMethod: PAYPAL }) { userErrors { code } } }": types.MatrixSubscriptionPurchaseDocument,
    "mutation MatrixSubscriptionSetRenewal($id: ID!) { subscriptionSetRenewal(id: $id, renew: true) { userErrors { code } } }": types.MatrixSubscriptionSetRenewalDocument,
    "query MatrixInvoices { invoices(first: 5) { totalCount } }": types.MatrixInvoicesDocument,
    "query MatrixVendorInvoices { vendorInvoices(first: 5) { totalCount } }": types.MatrixVendorInvoicesDocument,
    "mutation MatrixSetupWireInvoice { subscriptionPurchase(input: { productCode: \"PRO\", period: YEARLY, quantity: 100, paymentMethod: WIRE_TRANSFER }) { invoice { id } } }": types.MatrixSetupWireInvoiceDocument,
    "mutation MatrixInvoiceRecordPayment($id: ID!) { invoiceRecordPayment(invoiceId: $id) { userErrors { code } } }": types.MatrixInvoiceRecordPaymentDocument,
    "query MatrixTrial($id: ID!) { trial(id: $id) { id status } }": types.MatrixTrialDocument,
    "query MatrixTrialQuota { trialQuota { used limit } }": types.MatrixTrialQuotaDocument,
    "query MatrixTrialEligibility($c: ID!) { trialEligibility(customerId: $c, productCode: \"PRO\") { eligible } }": types.MatrixTrialEligibilityDocument,
    "mutation MatrixTrialStart($c: ID!) { trialStart(customerId: $c, productCode: \"PRO\") { userErrors { code } } }": types.MatrixTrialStartDocument,
    "query MatrixTokenInfo { tokenInfo(token: \"nope\") { status } }": types.MatrixTokenInfoDocument,
    "mutation MatrixSetupKey($i: ApiKeyCreateInput!) { apiKeyCreate(input: $i) { apiKey { id } secret } }": types.MatrixSetupKeyDocument,
    "mutation MatrixSetupKeyRevoke($id: ID!) { apiKeyRevoke(id: $id) { apiKey { id } } }": types.MatrixSetupKeyRevokeDocument,
    "query BusinessRules { businessRules {\n  monthlyMinimumQuantity wireTransferMinimumQuantity maxQuantity monthlyPriceDivisor\n  passwordMinLength linkLifetimeHours yearlyNoticeDays monthlyNoticeDays\n} }": types.BusinessRulesDocument,
    "query RulesQuote($input: QuoteInput!) {\n  quote(input: $input) { quote { quantity wireTransferAllowed } userErrors { code } }\n}": types.RulesQuoteDocument,
    "query RulesProducts { products { yearlyPrice monthlyPrice } }": types.RulesProductsDocument,
    "mutation RulesPurchase($input: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $input) { userErrors { code } }\n}": types.RulesPurchaseDocument,
    "query RulesNotices {\n  upcomingNotices(withinDays: 366) { nodes { date noticeDate subscription { period } } }\n}": types.RulesNoticesDocument,
    "mutation RulesEnable($i: ResellerEnableInput!) {\n  resellerEnable(input: $i) { userErrors { code } }\n}": types.RulesEnableDocument,
    "mutation RulesActivate($i: AccountActivateInput!) {\n  accountActivate(input: $i) { userErrors { code } }\n}": types.RulesActivateDocument,
    "query RulesTokenInfo($t: String!) { tokenInfo(token: $t) { status } }": types.RulesTokenInfoDocument,
    "query CatalogQuote($input: QuoteInput!) {\n  quote(input: $input) {\n    quote {\n      quantity currency unitListPrice retailPrice volumeDiscountBp volumeDiscount priceAfterVolumeDiscount\n      partnerDiscountBp partnerDiscount vendorPrice passThroughBp passThroughDiscount\n      endCustomerPrice margin discountCodeApplied wireTransferAllowed tier { code }\n    }\n    userErrors { code field message }\n  }\n}": types.CatalogQuoteDocument,
    "mutation CatalogSetTier($id: ID!, $tier: String!) { resellerSetTier(id: $id, tierCode: $tier) { userErrors { code } } }": types.CatalogSetTierDocument,
    "mutation CatalogDiscountIssue($id: ID!) { partnerDiscountIssue(resellerId: $id) { partnerDiscount { code issuedAt requestedAt } userErrors { code field } } }": types.CatalogDiscountIssueDocument,
    "mutation CatalogDiscountRequest { partnerDiscountRequest(input: { note: \"First order next week\" }) { partnerDiscount { code requestedAt } userErrors { code message } } }": types.CatalogDiscountRequestDocument,
    "query CatalogDiscountCode { partnerDiscount { code } }": types.CatalogDiscountCodeDocument,
    "query CatalogAllProducts { products(includeInactive: true) { code } }": types.CatalogAllProductsDocument,
    "query CatalogProducts { products { code yearlyPrice monthlyPrice currency trialEnabled bands { minQuantity percentBp } } }": types.CatalogProductsDocument,
    "query CatalogDiscount { partnerDiscount { code requestedAt } }": types.CatalogDiscountDocument,
    "mutation CatalogProductCreate($i: ProductCreateInput!) { productCreate(input: $i) { product { code } userErrors { code field } } }": types.CatalogProductCreateDocument,
    "mutation CatalogProductUpdate($code: String!, $i: ProductUpdateInput!) {\n    productUpdate(code: $code, input: $i) { product { code yearlyPrice monthlyPrice bands { minQuantity percentBp } } userErrors { code field } }\n  }": types.CatalogProductUpdateDocument,
    "mutation CatalogProductCreateRefused($i: ProductCreateInput!) { productCreate(input: $i) { userErrors { code field } } }": types.CatalogProductCreateRefusedDocument,
    "mutation CatalogGoldUpdate($i: TierUpdateInput!) { tierUpdate(code: \"GOLD\", input: $i) { tier { resellingBp } userErrors { code field } } }": types.CatalogGoldUpdateDocument,
    "mutation CatalogProductCreateMonthly($i: ProductCreateInput!) { productCreate(input: $i) { product { monthlyPrice } userErrors { code field } } }": types.CatalogProductCreateMonthlyDocument,
    "query CatalogResellerDiscounts { resellers { nodes { name partnerDiscount { code requestedAt } } } }": types.CatalogResellerDiscountsDocument,
    "mutation CatalogDiscountRevoke($id: ID!) { partnerDiscountRevoke(resellerId: $id) { partnerDiscount { code } userErrors { code field } } }": types.CatalogDiscountRevokeDocument,
    "query ClusterHealth { health { status } }": types.ClusterHealthDocument,
    "query RestartDatabase { health { database } }": types.RestartDatabaseDocument,
    "query RestartTiers { tiers { code } }": types.RestartTiersDocument,
    "query PortalOverview {\n  customerPortal {\n    companyName\n    email\n    resellers { id name customerSince }\n    subscriptions { id productCode quantity status resellerId resellerName }\n    trials { productCode resellerId resellerName }\n  }\n}": types.PortalOverviewDocument,
    "mutation PortalBuy($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) {\n    subscription { id status }\n    invoice { id }\n    userErrors { code field }\n  }\n}": types.PortalBuyDocument,
    "mutation PortalAssign($id: ID!, $c: ID!) { subscriptionAssign(id: $id, customerId: $c) { userErrors { code field } } }": types.PortalAssignDocument,
    "mutation PortalUnassign($id: ID!) { subscriptionUnassign(id: $id) { userErrors { code field } } }": types.PortalUnassignDocument,
    "mutation PortalRecordWire($id: ID!) { invoiceRecordPayment(invoiceId: $id, reference: \"BANK-1\") { userErrors { code field } } }": types.PortalRecordWireDocument,
    "mutation PortalDecliningCard($id: ID!) { subscriptionUpdatePayment(id: $id, input: { paymentMethod: CARD, newCardToken: \"tok_chargeDeclined\" }) { userErrors { code } } }": types.PortalDecliningCardDocument,
    "mutation PortalRemoveCustomer($id: ID!) { customerRemove(id: $id) { userErrors { code field } } }": types.PortalRemoveCustomerDocument,
    "query PortalResellerStatus($id: ID!) { subscription(id: $id) { status } }": types.PortalResellerStatusDocument,
    "mutation CustomerInvite($i: CustomerInviteInput!) {\n  customerInvite(input: $i) {\n    customer { id email companyName comment status addedAt }\n    accountCreated\n    userErrors { code field message }\n  }\n}": types.CustomerInviteDocument,
    "query Customers($first: Int, $after: String, $search: String, $sort: CustomerSort) {\n  customers(first: $first, after: $after, search: $search, sort: $sort) {\n    totalCount\n    nodes { id email companyName addedAt }\n    pageInfo { hasNextPage endCursor }\n  }\n}": types.CustomersDocument,
    "query Customer($id: ID!) { customer(id: $id) { id email companyName comment } }": types.CustomerDocument,
    "mutation CustomerUpdate($id: ID!, $i: CustomerUpdateInput!) {\n  customerUpdate(id: $id, input: $i) { customer { companyName comment } userErrors { code field } }\n}": types.CustomerUpdateDocument,
    "mutation CustomerRemove($id: ID!) { customerRemove(id: $id) { removedCustomerId userErrors { code field } } }": types.CustomerRemoveDocument,
    "query CustomerLinkStatus($t: String!) { tokenInfo(token: $t) { status } }": types.CustomerLinkStatusDocument,
    "mutation CustomerActivate($i: AccountActivateInput!) { accountActivate(input: $i) { userErrors { code } } }": types.CustomerActivateDocument,
    "query CustomerOwnPortal { customerPortal { companyName email } viewer { permissions } }": types.CustomerOwnPortalDocument,
    "query CustomerPortalFields { __type(name: \"CustomerPortal\") { fields { name } } }": types.CustomerPortalFieldsDocument,
    "query CustomersNodesOnly { customers(first: 10) { nodes { id } } }": types.CustomersNodesOnlyDocument,
    "query CustomersWithCount { customers(first: 10) { totalCount nodes { id } } }": types.CustomersWithCountDocument,
    "query CustomersCount($search: String) { customers(first: 1, search: $search) { totalCount } }": types.CustomersCountDocument,
    "mutation EventfulInvite($i: CustomerInviteInput!) {\n  customerInvite(input: $i) { customer { id } userErrors { code } }\n}": types.EventfulInviteDocument,
    "query FoundationHealth { health { status database databaseVersion serverTime } }": types.FoundationHealthDocument,
    "query FoundationServerTime { health { serverTime } }": types.FoundationServerTimeDocument,
    "query FoundationTiers { tiers { code trialDays trialsPerMonth resellingBp } }": types.FoundationTiersDocument,
    "mutation InvoiceMailAddContact($i: BillingContactAddInput!) {\n  billingContactAdd(input: $i) { userErrors { code } }\n}": types.InvoiceMailAddContactDocument,
    "mutation InvoiceMailPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) { invoice { id number total dueAt } userErrors { code field } }\n}": types.InvoiceMailPurchaseDocument,
    "mutation InvoiceMailRecordPayment($id: ID!) {\n  invoiceRecordPayment(invoiceId: $id, reference: \"BANK-42\") { invoice { status } userErrors { code } }\n}": types.InvoiceMailRecordPaymentDocument,
    "mutation InvoiceMailUpdatePayment($id: ID!, $input: SubscriptionPaymentInput!) {\n  subscriptionUpdatePayment(id: $id, input: $input) {\n    subscription { savedPaymentMethod { id } } invoice { number status } userErrors { code }\n  }\n}": types.InvoiceMailUpdatePaymentDocument,
    "mutation InvoiceMailSetDefault($id: ID!) {\n  paymentMethodSetDefault(id: $id) { userErrors { code } }\n}": types.InvoiceMailSetDefaultDocument,
    "fragment CompleteInvoice on Invoice {\n  id number status total netTotal vatAmount vatRateBp vatTreatment subtotal discountTotal\n  issuedAt dueAt paidAt paymentReference pdfUrl\n  seller { name addressLines country vatId bank { iban } }\n  billTo { name addressLines country vatId purchaseOrderReference }\n  bankDetails { bankName iban bic }\n  lines { description quantity unitPrice amount periodStart periodEnd customerName }\n}": types.CompleteInvoiceFragmentDoc,
    "query InvoicesBillingProfile {\n  billingProfile { legalName addressLine1 addressLine2 postalCode city country vatId purchaseOrderReference }\n}": types.InvoicesBillingProfileDocument,
    "mutation InvoicesBillingProfileUpdate($input: BillingProfileInput!) {\n  billingProfileUpdate(input: $input) {\n    billingProfile { legalName country vatId purchaseOrderReference }\n    userErrors { code field message }\n  }\n}": types.InvoicesBillingProfileUpdateDocument,
    "mutation InvoicesPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) { invoice { ...CompleteInvoice } userErrors { code field message } }\n}": types.InvoicesPurchaseDocument,
    "query InvoicesQuote($input: QuoteInput!) {\n  quote(input: $input) {\n    quote { vendorPrice vendorPriceWithVat vat { treatment rateBp amount } }\n    userErrors { code }\n  }\n}": types.InvoicesQuoteDocument,
    "query InvoicesChangeQuote($id: ID!, $quantity: Int!) {\n  subscriptionChangeQuote(id: $id, quantity: $quantity) {\n    changeQuote { amountDueNow totalDueNow vatDueNow { treatment rateBp amount } }\n    userErrors { code }\n  }\n}": types.InvoicesChangeQuoteDocument,
    "mutation InvoicesChangeQuantity($id: ID!, $quantity: Int!) {\n  subscriptionChangeQuantity(id: $id, quantity: $quantity) {\n    invoice { ...CompleteInvoice }\n    userErrors { code field }\n  }\n}": types.InvoicesChangeQuantityDocument,
    "query InvoicesSubscriptionOf($id: ID!) {\n  invoice(id: $id) { subscriptionId }\n}": types.InvoicesSubscriptionOfDocument,
    "query InvoicesCustomers { customers(first: 5) { nodes { id companyName } } }": types.InvoicesCustomersDocument,
    "query InvoicesVendorList {\n  vendorInvoices(first: 50) { nodes { id number reseller { id name } } }\n}": types.InvoicesVendorListDocument,
    "query InvoicesOne($id: ID!) { invoice(id: $id) { number reseller { name } } }": types.InvoicesOneDocument,
    "query InvoicesVendorPage($first: Int) {\n      vendorInvoices(first: $first) { nodes { number reseller { name } billTo { name } lines { amount customerName } } }\n    }": types.InvoicesVendorPageDocument,
    "mutation JobsPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) { subscription { id } userErrors { code field message } }\n}": types.JobsPurchaseDocument,
    "mutation JobsAddContact($i: BillingContactAddInput!) { billingContactAdd(input: $i) { userErrors { code } } }": types.JobsAddContactDocument,
    "mutation JobsCustomerInvite($i: CustomerInviteInput!) { customerInvite(input: $i) { userErrors { code field } } }": types.JobsCustomerInviteDocument,
    "mutation KeysCreate($i: ApiKeyCreateInput!) {\n  apiKeyCreate(input: $i) { apiKey { id name scope prefix lastUsedAt revokedAt } secret userErrors { code field } }\n}": types.KeysCreateDocument,
    "query KeysPermissions { viewer { permissions } }": types.KeysPermissionsDocument,
    "query KeysIds { apiKeys { id } }": types.KeysIdsDocument,
    "query KeysListed { apiKeys { id name prefix lastUsedAt } }": types.KeysListedDocument,
    "query KeysViewer { viewer { user { email } account { name } apiKey { name scope } permissions } }": types.KeysViewerDocument,
    "query KeysLastUsed { apiKeys { lastUsedAt } }": types.KeysLastUsedDocument,
    "mutation KeysRevoke($id: ID!) { apiKeyRevoke(id: $id) { apiKey { revokedAt } userErrors { code } } }": types.KeysRevokeDocument,
    "mutation KeysRevokeAgain($id: ID!) { apiKeyRevoke(id: $id) { userErrors { code } } }": types.KeysRevokeAgainDocument,
    "mutation KeysRevokeOthers($id: ID!) { apiKeyRevoke(id: $id) { apiKey { id } userErrors { code } } }": types.KeysRevokeOthersDocument,
    "mutation ContactsAdd($i: BillingContactAddInput!) { billingContactAdd(input: $i) { billingContact { id email } userErrors { code field } } }": types.ContactsAddDocument,
    "mutation ContactsRemove($id: ID!) { billingContactRemove(id: $id) { billingContact { id } userErrors { code } } }": types.ContactsRemoveDocument,
    "query ContactsIds { billingContacts { id } }": types.ContactsIdsDocument,
    "query ContactsEmails { billingContacts { email } }": types.ContactsEmailsDocument,
    "query ResellersPage($first: Int, $after: String, $search: String) {\n    resellers(first: $first, after: $after, search: $search) {\n      totalCount nodes { id name status tier { code } owner { email } } pageInfo { hasNextPage endCursor }\n    }\n  }": types.ResellersPageDocument,
    "mutation ResellersEnable($i: ResellerEnableInput!) { resellerEnable(input: $i) { reseller { id } } }": types.ResellersEnableDocument,
    "mutation ResellersToSilver($id: ID!) { resellerSetTier(id: $id, tierCode: \"SILVER\") { reseller { tier { code } } userErrors { code } } }": types.ResellersToSilverDocument,
    "query ResellersOwnTier { viewer { account { tier { code } } } }": types.ResellersOwnTierDocument,
    "mutation ResellersDisable($id: ID!) { resellerDisable(id: $id) { reseller { status } } }": types.ResellersDisableDocument,
    "query ResellersOwnStatus { viewer { account { status } permissions } }": types.ResellersOwnStatusDocument,
    "query ResellersTeam { teamMembers { id } }": types.ResellersTeamDocument,
    "mutation UsageKeyCreate($i: IngestionKeyCreateInput!) {\n  ingestionKeyCreate(input: $i) { ingestionKey { id name prefix createdBy } secret userErrors { code field } }\n}": types.UsageKeyCreateDocument,
    "mutation UsageKeyRevoke($id: ID!) {\n  ingestionKeyRevoke(id: $id) { ingestionKey { revokedAt } userErrors { code } }\n}": types.UsageKeyRevokeDocument,
    "mutation UsageReport($i: UsageReportInput!) {\n  usageReport(input: $i) {\n    receipt { reportId rows currentUpdated receivedAt replayed }\n    userErrors { code field message }\n  }\n}": types.UsageReportDocument,
    "query UsageBook { licenseUsage { productCode agents licenses overBy } }": types.UsageBookDocument,
    "query UsageOfCustomer($id: ID!) {\n  customerUsage(customerId: $id) { productCode productName agents licenses overBy reportedAt licensedElsewhere }\n}": types.UsageOfCustomerDocument,
    "query UsageHistory($id: ID!, $code: String!) {\n  customerUsageHistory(customerId: $id, productCode: $code, days: 7) { day agents }\n}": types.UsageHistoryDocument,
    "query UsagePortal { portalUsage { productCode agents licenses overBy } }": types.UsagePortalDocument,
    "query UsageCustomers { customers(first: 50) { nodes { id email } } }": types.UsageCustomersDocument,
    "mutation UsagePurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) { subscription { id } userErrors { code } }\n}": types.UsagePurchaseDocument,
    "mutation UsageChange($id: ID!, $q: Int!) {\n  subscriptionChangeQuantity(id: $id, quantity: $q) { subscription { quantity } userErrors { code } }\n}": types.UsageChangeDocument,
    "query UsageKeys { ingestionKeys { id name revokedAt } }": types.UsageKeysDocument,
    "mutation LinksActivate($i: AccountActivateInput!) {\n  accountActivate(input: $i) { viewer { user { email name } account { name } role } userErrors { code field message } }\n}": types.LinksActivateDocument,
    "mutation TeamInvite($i: TeamMemberInviteInput!) {\n  teamMemberInvite(input: $i) { invitation { id email role status expiresAt } userErrors { code field message } }\n}": types.TeamInviteDocument,
    "query Team { teamMembers { id role user { email status } } teamInvitations { id email role } }": types.TeamDocument,
    "query LinksTokenStatus($t: String!) { tokenInfo(token: $t) { status } }": types.LinksTokenStatusDocument,
    "mutation LinksResellerEnable($i: ResellerEnableInput!) {\n        resellerEnable(input: $i) { reseller { id tier { code } owner { email status } } userErrors { code field } }\n      }": types.LinksResellerEnableDocument,
    "query LinksTokenInfo($t: String!) { tokenInfo(token: $t) { status purpose email accountName needsPassword } }": types.LinksTokenInfoDocument,
    "mutation LinksUnknownTier { resellerEnable(input: { ownerEmail: \"x@y.example\", companyName: \"X\", tierCode: \"PLATINUM\" }) { userErrors { code field } } }": types.LinksUnknownTierDocument,
    "mutation TeamInvitationResend($id: ID!) { teamInvitationResend(invitationId: $id) { invitation { id } } }": types.TeamInvitationResendDocument,
    "mutation TeamInviteNamed($i: TeamMemberInviteInput!) {\n        teamMemberInvite(input: $i) { invitation { email name } userErrors { code } }\n      }": types.TeamInviteNamedDocument,
    "query TeamInvitationNames { teamInvitations { email name } }": types.TeamInvitationNamesDocument,
    "query LinksInviteeName($t: String!) { tokenInfo(token: $t) { name needsPassword role } }": types.LinksInviteeNameDocument,
    "mutation LinksRemoveMember($id: ID!) { teamMemberRemove(memberId: $id) { userErrors { code } } }": types.LinksRemoveMemberDocument,
    "query LinksReturning($t: String!) { tokenInfo(token: $t) { status needsPassword } }": types.LinksReturningDocument,
    "mutation TeamInvitationRevoke($id: ID!) { teamInvitationRevoke(invitationId: $id) { invitation { status } } }": types.TeamInvitationRevokeDocument,
    "mutation TeamChangeRole($i: TeamMemberChangeRoleInput!) { teamMemberChangeRole(input: $i) { member { role } userErrors { code } } }": types.TeamChangeRoleDocument,
    "mutation TeamChangeOwnerRole($i: TeamMemberChangeRoleInput!) { teamMemberChangeRole(input: $i) { userErrors { code } } }": types.TeamChangeOwnerRoleDocument,
    "mutation TeamMemberRemove($id: ID!) { teamMemberRemove(memberId: $id) { userErrors { code } } }": types.TeamMemberRemoveDocument,
    "query TeamRemovedViewer { viewer { role } }": types.TeamRemovedViewerDocument,
    "mutation TeamOwnershipTransfer($id: ID!) { teamOwnershipTransfer(memberId: $id) { members { role user { email } } userErrors { code } } }": types.TeamOwnershipTransferDocument,
    "query BalancedViewer { viewer { user { email } } }": types.BalancedViewerDocument,
    "mutation BalancedPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) { subscription { id } userErrors { code field message } }\n}": types.BalancedPurchaseDocument,
    "mutation BalancedAddContact($i: BillingContactAddInput!) { billingContactAdd(input: $i) { userErrors { code } } }": types.BalancedAddContactDocument,
    "mutation BalancedInvite($i: CustomerInviteInput!) { customerInvite(input: $i) { userErrors { code field } } }": types.BalancedInviteDocument,
    "mutation MailCustomerInvite($i: CustomerInviteInput!) {\n  customerInvite(input: $i) { customer { id } userErrors { code field } }\n}": types.MailCustomerInviteDocument,
    "mutation MalformedInputKey($i: ApiKeyCreateInput!) { apiKeyCreate(input: $i) { secret } }": types.MalformedInputKeyDocument,
    "query MetricsHealth { health { status } }": types.MetricsHealthDocument,
    "mutation MetricsCustomerInvite($i: CustomerInviteInput!) { customerInvite(input: $i) { userErrors { code } } }": types.MetricsCustomerInviteDocument,
    "mutation NoticesPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) {\n    subscription { id currentPeriodEnd }\n    userErrors { code field message }\n  }\n}": types.NoticesPurchaseDocument,
    "mutation NoticesAddContact($i: BillingContactAddInput!) { billingContactAdd(input: $i) { userErrors { code } } }": types.NoticesAddContactDocument,
    "mutation NoticesTrialStart($c: ID!, $p: String!) { trialStart(customerId: $c, productCode: $p) { trial { endsAt } userErrors { code } } }": types.NoticesTrialStartDocument,
    "query NoticesInvoices { invoices(first: 10) { nodes { kind status total } } }": types.NoticesInvoicesDocument,
    "query UpcomingNotices($first: Int, $after: String, $within: Int) {\n  upcomingNotices(first: $first, after: $after, withinDays: $within) {\n    totalCount\n    nodes { kind date quantity amount currency noticeDate noticeSentAt subscription { id customer { companyName } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": types.UpcomingNoticesDocument,
    "query LimitsCostBomb { customers(first: 100) { nodes { subscriptions { customer { subscriptions { customer {\n      subscriptions { id } } } } } } } }": types.LimitsCostBombDocument,
    "query LimitsBigPage { customers(first: 100) { nodes { id } } }": types.LimitsBigPageDocument,
    "query LimitsBombByVariables($first: Int) { customers(first: $first) { nodes { subscriptions { customer {\n      subscriptions { customer { id } } } } } } }": types.LimitsBombByVariablesDocument,
    "query ProductionIntrospection { __schema { queryType { name } types { name } } }": types.ProductionIntrospectionDocument,
    "query ProductionTierCodes { tiers { code } }": types.ProductionTierCodesDocument,
    "query ProductionPermissions { viewer { permissions } }": types.ProductionPermissionsDocument,
    "query ProductionTierNames { tiers { code name } }": types.ProductionTierNamesDocument,
    "mutation StaffActivate($i: AccountActivateInput!) {\n  accountActivate(input: $i) { viewer { user { email } } userErrors { code field message } }\n}": types.StaffActivateDocument,
    "query ProductionTiers { tiers { code } }": types.ProductionTiersDocument,
    "query StaffPermissions { viewer { permissions } }": types.StaffPermissionsDocument,
    "mutation StaffResellerEnable($i: ResellerEnableInput!) { resellerEnable(input: $i) { userErrors { code } } }": types.StaffResellerEnableDocument,
    "query QuarterlyProducts {\n  products { code periods { period unitPrice minimumQuantity months noticeDays } }\n}": types.QuarterlyProductsDocument,
    "mutation QuarterlyProductUpdate($code: String!, $i: ProductUpdateInput!) {\n  productUpdate(code: $code, input: $i) {\n    product { code monthlyPrice periods { period unitPrice minimumQuantity } }\n    userErrors { code field }\n  }\n}": types.QuarterlyProductUpdateDocument,
    "query QuarterlyQuote($i: QuoteInput!) {\n  quote(input: $i) {\n    quote { period quantity unitListPrice retailPrice volumeDiscount partnerDiscount vendorPrice }\n    userErrors { code field message }\n  }\n}": types.QuarterlyQuoteDocument,
    "mutation QuarterlyPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) {\n    subscription { id period quantity currentPeriodStart currentPeriodEnd }\n    invoice { total lines { description quantity unitPrice amount periodStart periodEnd } }\n    userErrors { code field message }\n  }\n}": types.QuarterlyPurchaseDocument,
    "mutation QuarterlyChange($id: ID!, $q: Int!) {\n  subscriptionChangeQuantity(id: $id, quantity: $q) {\n    subscription { quantity nextQuantity }\n    invoice { total lines { description quantity unitPrice amount } }\n    userErrors { code field message }\n  }\n}": types.QuarterlyChangeDocument,
    "query QuarterlyInvoices {\n  invoices(first: 5) { nodes { kind total lines { description quantity unitPrice amount periodStart periodEnd } } }\n}": types.QuarterlyInvoicesDocument,
    "query QuarterlySubscriptionEnds($id: ID!) {\n  subscription(id: $id) { status quantity currentPeriodStart currentPeriodEnd }\n}": types.QuarterlySubscriptionEndsDocument,
    "mutation QuarterlyAsk($i: QuoteRequestCreateInput!) {\n  quoteRequestCreate(input: $i) { quoteRequest { id period quantity } userErrors { code field } }\n}": types.QuarterlyAskDocument,
    "mutation QuarterlyAnswer($id: ID!, $price: SafeInt!, $until: DateTimeISO!) {\n  quoteRequestAnswer(id: $id, unitPrice: $price, validUntil: $until) { userErrors { code } }\n}": types.QuarterlyAnswerDocument,
    "mutation QuarterlyAccept($i: QuoteRequestAcceptInput!) {\n  quoteRequestAccept(input: $i) {\n    subscription { period quantity currentPeriodStart currentPeriodEnd }\n    invoice { lines { description unitPrice quantity amount } }\n    userErrors { code }\n  }\n}": types.QuarterlyAcceptDocument,
    "mutation QuoteAsk($i: QuoteRequestCreateInput!) {\n  quoteRequestCreate(input: $i) {\n    quoteRequest { id reference status period quantity customerId customerName note product { code } resellerName }\n    userErrors { code field message }\n  }\n}": types.QuoteAskDocument,
    "query QuoteMine($status: QuoteRequestStatus) {\n  quoteRequests(status: $status) {\n    totalCount\n    edges { node { id reference status unitPrice validUntil product { code bands { minQuantity } } } }\n  }\n}": types.QuoteMineDocument,
    "query QuoteOne($id: ID!) { quoteRequest(id: $id) { id status reference } }": types.QuoteOneDocument,
    "query QuoteQueue($status: QuoteRequestStatus) {\n  vendorQuoteRequests(status: $status, first: 100) { totalCount edges { node { id reference resellerName status } } }\n}": types.QuoteQueueDocument,
    "mutation QuoteAnswer($id: ID!, $price: SafeInt!, $until: DateTimeISO!) {\n  quoteRequestAnswer(id: $id, unitPrice: $price, validUntil: $until) {\n    quoteRequest { id status unitPrice currency validUntil }\n    userErrors { code field message }\n  }\n}": types.QuoteAnswerDocument,
    "mutation QuoteDecline($id: ID!, $reason: String!) {\n  quoteRequestDecline(id: $id, reason: $reason) { quoteRequest { id status declineReason } userErrors { code field } }\n}": types.QuoteDeclineDocument,
    "mutation QuoteAccept($i: QuoteRequestAcceptInput!) {\n  quoteRequestAccept(input: $i) {\n    quoteRequest { id status subscriptionId acceptedAt }\n    subscription { id quantity period customer { companyName } }\n    invoice { id pdfUrl lines { description unitPrice quantity volumeDiscount partnerDiscount amount } }\n    userErrors { code field message }\n  }\n}": types.QuoteAcceptDocument,
    "query QuoteCustomers { customers(search: \"Contoso\") { edges { node { id companyName } } } }": types.QuoteCustomersDocument,
    "mutation RateKey($i: ApiKeyCreateInput!) { apiKeyCreate(input: $i) { secret } }": types.RateKeyDocument,
    "query RateCheap { viewer { permissions } }": types.RateCheapDocument,
    "query RateHealth { health { status } }": types.RateHealthDocument,
    "query RateCustomersPage { customers(first: 100) { nodes { id } } }": types.RateCustomersPageDocument,
    "mutation SignUpCompany($i: SignUpInput!) {\n  signUp(input: $i) { email userErrors { code field message } }\n}": types.SignUpCompanyDocument,
    "mutation SignUpConfirmLink($t: String!) {\n  signUpConfirm(token: $t) {\n    viewer { user { email status } account { name status country tier { code } } role permissions }\n    userErrors { code field message }\n  }\n}": types.SignUpConfirmLinkDocument,
    "query SignUpLinkInfo($t: String!) {\n  tokenInfo(token: $t) { status purpose email accountName needsPassword }\n}": types.SignUpLinkInfoDocument,
    "mutation ApplicationSubmit($i: ResellerApplicationSubmitInput!) {\n  resellerApplicationSubmit(input: $i) {\n    application { id status website countries expectedLicensesPerYear message companyName country ownerEmail }\n    userErrors { code field message }\n  }\n}": types.ApplicationSubmitDocument,
    "query ApplicationMine { resellerApplication { id status declineReason tier { code } } }": types.ApplicationMineDocument,
    "query ApplicationQueue($status: ResellerApplicationStatus, $after: String) {\n  resellerApplications(status: $status, first: 2, after: $after) {\n    totalCount\n    edges { node { id companyName country ownerEmail website status submittedAt } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": types.ApplicationQueueDocument,
    "mutation ApplicationApprove($id: ID!, $tier: String!) {\n  resellerApplicationApprove(id: $id, tierCode: $tier) {\n    application { id status decidedAt tier { code } }\n    userErrors { code field message }\n  }\n}": types.ApplicationApproveDocument,
    "mutation ApplicationDecline($id: ID!, $reason: String!) {\n  resellerApplicationDecline(id: $id, reason: $reason) {\n    application { id status decidedAt declineReason tier { code } }\n    userErrors { code field message }\n  }\n}": types.ApplicationDeclineDocument,
    "query ApplicantCustomers { customers { totalCount } }": types.ApplicantCustomersDocument,
    "query ApplicationResellers($search: String) { resellers(search: $search) { totalCount } }": types.ApplicationResellersDocument,
    "query AnnexStatusOf {\n  annexStatus {\n    inForce { id version title effectiveAt }\n    upcoming { id version }\n    acceptedInForce\n    acceptedUpcoming\n    canAccept\n    acceptors { email }\n    acceptances { id acceptedAt ip pdfUrl acceptedBy { email } annexVersion { version } }\n  }\n}": types.AnnexStatusOfDocument,
    "mutation AnnexPublishVersion($i: AnnexPublishInput!) {\n  annexPublish(input: $i) { annexVersion { id version title effectiveAt bodyHtml } userErrors { code field message } }\n}": types.AnnexPublishVersionDocument,
    "mutation AnnexAcceptVersion($id: ID!) {\n  annexAccept(versionId: $id) { acceptance { id annexVersion { version } acceptedBy { email } } userErrors { code field message } }\n}": types.AnnexAcceptVersionDocument,
    "query AnnexVersionsList { annexVersions(first: 50) { totalCount edges { node { version } } } }": types.AnnexVersionsListDocument,
    "mutation AnnexBuy($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) { subscription { id currentPeriodEnd status } userErrors { code field message } }\n}": types.AnnexBuyDocument,
    "query AnnexSubscription($id: ID!) { subscription(id: $id) { status currentPeriodEnd } }": types.AnnexSubscriptionDocument,
    "mutation AnnexCustomer($i: CustomerInviteInput!) {\n  customerInvite(input: $i) { customer { id } userErrors { code } }\n}": types.AnnexCustomerDocument,
    "query AnnexTrialEligibility($c: ID!) {\n  trialEligibility(customerId: $c, productCode: \"PRO\") { eligible reasons { code message } }\n}": types.AnnexTrialEligibilityDocument,
    "mutation AnnexTrial($c: ID!) {\n  trialStart(customerId: $c, productCode: \"PRO\") { trial { id } userErrors { code field message } }\n}": types.AnnexTrialDocument,
    "mutation AnnexPaypal($e: String!) {\n  paymentMethodAddPaypal(input: { email: $e }) { paymentMethod { id } userErrors { code } }\n}": types.AnnexPaypalDocument,
    "mutation AnnexKey($i: ApiKeyCreateInput!) { apiKeyCreate(input: $i) { secret } }": types.AnnexKeyDocument,
    "query SignedInViewer { viewer { user { email } account { name } role permissions } }": types.SignedInViewerDocument,
    "mutation SignInCodes($i: SignInInput!) { signIn(input: $i) { userErrors { code } } }": types.SignInCodesDocument,
    "mutation SignOutHere { signOut { signedOut } }": types.SignOutHereDocument,
    "mutation SignOutAll { signOutEverywhere { signedOut } }": types.SignOutAllDocument,
    "query ViewerRole { viewer { user { email } role } }": types.ViewerRoleDocument,
    "query StartupTiers { tiers { code } }": types.StartupTiersDocument,
    "query StartupDatabase { health { database } }": types.StartupDatabaseDocument,
    "fragment SubscriptionParts on Subscription {\n  id status quantity nextQuantity nextQuantityFrom renew period paymentMethod\n  currentPeriodStart currentPeriodEnd product { code } customer { id companyName } assignedAt\n}": types.SubscriptionPartsFragmentDoc,
    "fragment InvoiceParts on Invoice {\n  id number status kind total subtotal discountTotal currency paidAt pdfUrl\n  lines { description quantity unitPrice retailAmount volumeDiscountBp volumeDiscount partnerDiscountBp partnerDiscount amount }\n}": types.InvoicePartsFragmentDoc,
    "mutation SubscriptionsPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) {\n    subscription { ...SubscriptionParts }\n    invoice { ...InvoiceParts }\n    userErrors { code field message }\n  }\n}": types.SubscriptionsPurchaseDocument,
    "mutation SubscriptionsChangeQuantity($id: ID!, $q: Int!, $key: String) {\n  subscriptionChangeQuantity(id: $id, quantity: $q, idempotencyKey: $key) {\n    subscription { ...SubscriptionParts }\n    invoice { ...InvoiceParts }\n    userErrors { code field message }\n  }\n}": types.SubscriptionsChangeQuantityDocument,
    "query SubscriptionsChangeQuote($id: ID!, $q: Int!) {\n  subscriptionChangeQuote(id: $id, quantity: $q) {\n    changeQuote { effect effectiveFrom amountDueNow remainingDays periodDays nextPeriodPrice }\n    userErrors { code field }\n  }\n}": types.SubscriptionsChangeQuoteDocument,
    "mutation SubscriptionsAssign($id: ID!, $c: ID!) { subscriptionAssign(id: $id, customerId: $c) { subscription { customer { companyName } } userErrors { code field } } }": types.SubscriptionsAssignDocument,
    "mutation SubscriptionsUnassign($id: ID!) { subscriptionUnassign(id: $id) { subscription { customer { id } } userErrors { code field } } }": types.SubscriptionsUnassignDocument,
    "mutation SubscriptionsSetRenewal($id: ID!, $r: Boolean!) { subscriptionSetRenewal(id: $id, renew: $r) { subscription { renew } userErrors { code } } }": types.SubscriptionsSetRenewalDocument,
    "query SubscriptionsPortal { customerPortal { subscriptions { id productCode quantity status resellerName } } }": types.SubscriptionsPortalDocument,
    "query SubscriptionsOne($id: ID!) { subscription(id: $id) { ...SubscriptionParts } }": types.SubscriptionsOneDocument,
    "query SubscriptionsStatus($id: ID!) { subscription(id: $id) { status } }": types.SubscriptionsStatusDocument,
    "query SubscriptionsCustomer($id: ID!) { subscription(id: $id) { customer { id } } }": types.SubscriptionsCustomerDocument,
    "query SubscriptionsInvoice($id: ID!) { invoice(id: $id) { number } }": types.SubscriptionsInvoiceDocument,
    "query SubscriptionsOfCustomer($id: ID!) { customer(id: $id) { subscriptions { id } } }": types.SubscriptionsOfCustomerDocument,
    "query SubscriptionsOfCustomerTwice($id: ID!) {\n    first: customer(id: $id) { companyName subscriptions { id customer { id companyName } } }\n    again: customer(id: $id) { companyName subscriptions { id customer { id companyName } } }\n  }": types.SubscriptionsOfCustomerTwiceDocument,
    "mutation SubscriptionsAddCard($t: String!, $d: Boolean!) { paymentMethodAddCard(input: { token: $t, makeDefault: $d }) { paymentMethod { id } userErrors { code } } }": types.SubscriptionsAddCardDocument,
    "mutation SubscriptionsSetDefaultMethod($id: ID!) { paymentMethodSetDefault(id: $id) { userErrors { code } } }": types.SubscriptionsSetDefaultMethodDocument,
    "query SubscriptionsOpenInvoices { vendorInvoices(status: OPEN) { nodes { id } } }": types.SubscriptionsOpenInvoicesDocument,
    "mutation SubscriptionsRecordWire($id: ID!) { invoiceRecordPayment(invoiceId: $id, reference: \"BANK-REF-1\") { invoice { status } userErrors { code field } } }": types.SubscriptionsRecordWireDocument,
    "mutation SubscriptionsRecordAgain($id: ID!) { invoiceRecordPayment(invoiceId: $id) { userErrors { code field } } }": types.SubscriptionsRecordAgainDocument,
    "query SubscriptionsInvoiceCount { invoices { totalCount } }": types.SubscriptionsInvoiceCountDocument,
    "query SubscriptionsInvoices($s: ID!) { invoices(subscriptionId: $s) { nodes { ...InvoiceParts } } }": types.SubscriptionsInvoicesDocument,
    "mutation SubscriptionsUpdatePayment($id: ID!, $m: ID) { subscriptionUpdatePayment(id: $id, input: { paymentMethod: CARD, paymentMethodId: $m }) { subscription { status } invoice { status } userErrors { code field } } }": types.SubscriptionsUpdatePaymentDocument,
    "query SubscriptionsPastDue { subscriptions(filter: { status: PAST_DUE }) { nodes { id } } }": types.SubscriptionsPastDueDocument,
    "mutation SubscriptionsDeclineCard($id: ID!) { subscriptionUpdatePayment(id: $id, input: { paymentMethod: CARD, newCardToken: \"tok_chargeDeclined\" }) { subscription { savedPaymentMethod { id } } userErrors { code } } }": types.SubscriptionsDeclineCardDocument,
    "mutation SubscriptionsRepricePro { productUpdate(code: \"PRO\", input: { name: \"Pro\", description: \"\", yearlyPrice: 9000, currency: \"EUR\", trialEnabled: true, active: true, bands: [] }) { userErrors { code } } }": types.SubscriptionsRepriceProDocument,
    "query SubscriptionsInvoiceTotals($s: ID!) { invoices(subscriptionId: $s) { nodes { kind subtotal total } } }": types.SubscriptionsInvoiceTotalsDocument,
    "query SubscriptionsRenewedInvoices($s: ID!) { invoices(subscriptionId: $s) { nodes { ...InvoiceParts } } }": types.SubscriptionsRenewedInvoicesDocument,
    "mutation SubscriptionsCustomerRemove($id: ID!) { customerRemove(id: $id) { userErrors { code } } }": types.SubscriptionsCustomerRemoveDocument,
    "mutation SubscriptionsCustomerInvite($i: CustomerInviteInput!) { customerInvite(input: $i) { customer { id } } }": types.SubscriptionsCustomerInviteDocument,
    "query SubscriptionsList($first: Int, $filter: SubscriptionFilter) { subscriptions(first: $first, filter: $filter) {\n      totalCount nodes { id product { code bands { minQuantity } } customer { companyName } savedPaymentMethod { label } } } }": types.SubscriptionsListDocument,
    "query SubscriptionsSorted($sort: SubscriptionSort!, $after: String) { subscriptions(sort: $sort, first: 2, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }": types.SubscriptionsSortedDocument,
    "query SubscriptionsDefaultOrder { subscriptions { edges { node { id } } } }": types.SubscriptionsDefaultOrderDocument,
    "query TrialsEligibility($c: ID!, $p: String!) {\n  trialEligibility(customerId: $c, productCode: $p) {\n    eligible reasons { code message resetsAt } quota { used limit remaining resetsAt } trialDays\n  }\n}": types.TrialsEligibilityDocument,
    "mutation TrialsStart($c: ID!, $p: String!) {\n  trialStart(customerId: $c, productCode: $p) {\n    trial { id status startedAt endsAt product { code } }\n    userErrors { code field message }\n  }\n}": types.TrialsStartDocument,
    "mutation TrialsCustomerInvite($i: CustomerInviteInput!) { customerInvite(input: $i) { customer { id } userErrors { code } } }": types.TrialsCustomerInviteDocument,
    "mutation TrialsSetTier($id: ID!, $t: String!) { resellerSetTier(id: $id, tierCode: $t) { userErrors { code } } }": types.TrialsSetTierDocument,
    "mutation TrialsApiKey { apiKeyCreate(input: { name: \"trials\", scope: READ_WRITE }) { secret } }": types.TrialsApiKeyDocument,
    "mutation TrialsPurchaseYearly($c: ID!) { subscriptionPurchase(input: { productCode: \"PRO\", period: YEARLY, quantity: 3, paymentMethod: PAYPAL, customerId: $c }) { userErrors { code } } }": types.TrialsPurchaseYearlyDocument,
    "mutation TrialsProductWithout { productCreate(input: { code: \"NO_TRIAL\", name: \"No Trial\", yearlyPrice: 100, currency: \"EUR\", trialEnabled: false, active: true }) { userErrors { code } } }": types.TrialsProductWithoutDocument,
    "query TrialsQuota { trialQuota { used limit remaining } }": types.TrialsQuotaDocument,
    "query TrialsOfCustomer($id: ID!) { customer(id: $id) { trial { status endsAt } } }": types.TrialsOfCustomerDocument,
    "query TrialsById($id: ID!) { trial(id: $id) { id status product { code } } }": types.TrialsByIdDocument,
    "mutation TrialsSaveCard { paymentMethodAddCard(input: { token: \"tok_visa\" }) { userErrors { code } } }": types.TrialsSaveCardDocument,
    "mutation TrialsPurchaseMonthly($c: ID!) { subscriptionPurchase(input: { productCode: \"PRO\", period: MONTHLY, quantity: 20, paymentMethod: CARD, customerId: $c }) { userErrors { code } } }": types.TrialsPurchaseMonthlyDocument,
    "query TrialsStatusOfCustomer($id: ID!) { customer(id: $id) { trial { status } } }": types.TrialsStatusOfCustomerDocument,
    "mutation TrialsActivate($i: AccountActivateInput!) { accountActivate(input: $i) { userErrors { code } } }": types.TrialsActivateDocument,
    "query TrialsPortal { customerPortal { trials { productCode status resellerName endsAt } } }": types.TrialsPortalDocument,
    "query WalletMethods {\n  paymentMethods { id kind label cardBrand lastFour expiryMonth expiryYear paypalEmail isDefault expiry }\n}": types.WalletMethodsDocument,
    "mutation WalletAddCard($i: PaymentMethodAddCardInput!) {\n  paymentMethodAddCard(input: $i) { paymentMethod { id label isDefault } userErrors { code field message } }\n}": types.WalletAddCardDocument,
    "mutation WalletAddPaypal($i: PaymentMethodAddPaypalInput!) {\n  paymentMethodAddPaypal(input: $i) { paymentMethod { id label isDefault } userErrors { code field message } }\n}": types.WalletAddPaypalDocument,
    "mutation WalletSetDefault($id: ID!) {\n  paymentMethodSetDefault(id: $id) { paymentMethod { id isDefault } userErrors { code field } }\n}": types.WalletSetDefaultDocument,
    "mutation WalletRemove($id: ID!) {\n  paymentMethodRemove(id: $id) { paymentMethod { id } userErrors { code field message } }\n}": types.WalletRemoveDocument,
    "mutation WalletPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) {\n    subscription { id status paymentMethod savedPaymentMethod { id label } }\n    invoice { status total }\n    userErrors { code field message }\n  }\n}": types.WalletPurchaseDocument,
    "query WalletSubscription($id: ID!) {\n  subscription(id: $id) { status currentPeriodEnd paymentMethod savedPaymentMethod { id label } }\n}": types.WalletSubscriptionDocument,
    "mutation WalletUpdatePayment($id: ID!, $i: SubscriptionPaymentInput!) {\n  subscriptionUpdatePayment(id: $id, input: $i) { subscription { savedPaymentMethod { id } } userErrors { code field } }\n}": types.WalletUpdatePaymentDocument,
    "mutation WalletRenewal($id: ID!, $r: Boolean!) {\n  subscriptionSetRenewal(id: $id, renew: $r) { userErrors { code } }\n}": types.WalletRenewalDocument,
    "query WalletInvoices($s: ID!) {\n  invoices(first: 10, subscriptionId: $s) { nodes { kind status total } }\n}": types.WalletInvoicesDocument,
    "mutation WalletAddContact { billingContactAdd(input: { email: \"ap@northwind.example\" }) { userErrors { code } } }": types.WalletAddContactDocument,
    "mutation WebhooksAcrossCreate($i: WebhookEndpointCreateInput!) {\n  webhookEndpointCreate(input: $i) { endpoint { id } secret userErrors { code field } }\n}": types.WebhooksAcrossCreateDocument,
    "mutation WebhooksCreate($i: WebhookEndpointCreateInput!) {\n  webhookEndpointCreate(input: $i) {\n    endpoint { id url eventTypes enabled failingSince }\n    secret\n    userErrors { code field message }\n  }\n}": types.WebhooksCreateDocument,
    "mutation WebhooksUpdate($i: WebhookEndpointUpdateInput!) {\n  webhookEndpointUpdate(input: $i) { endpoint { id url eventTypes enabled description } userErrors { code field } }\n}": types.WebhooksUpdateDocument,
    "mutation WebhooksDelete($id: ID!) {\n  webhookEndpointDelete(id: $id) { deletedId userErrors { code field } }\n}": types.WebhooksDeleteDocument,
    "mutation WebhooksRotate($id: ID!) {\n  webhookEndpointRotateSecret(id: $id) { endpoint { previousSecretExpiresAt } secret userErrors { code field } }\n}": types.WebhooksRotateDocument,
    "mutation WebhooksSendTest($id: ID!) {\n  webhookEndpointSendTest(id: $id) { delivery { id webhookId status } userErrors { code field } }\n}": types.WebhooksSendTestDocument,
    "mutation WebhooksRedeliver($id: ID!) {\n  webhookDeliveryRedeliver(id: $id) { delivery { id status } userErrors { code field } }\n}": types.WebhooksRedeliverDocument,
    "query WebhooksEndpoints { webhookEndpoints { id url enabled failingSince disabledReason } }": types.WebhooksEndpointsDocument,
    "query WebhooksEventTypes { webhookEventTypes }": types.WebhooksEventTypesDocument,
    "query WebhooksDeliveries($f: WebhookDeliveryFilter, $first: Int, $after: String) {\n  webhookDeliveries(filter: $f, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    nodes {\n      id endpointId eventType webhookId status attempts lastResponseStatus durationMs responseBody\n      attemptLog { number responseStatus durationMs responseBody error }\n    }\n  }\n}": types.WebhooksDeliveriesDocument,
    "mutation WebhooksPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) { subscription { id } userErrors { code field message } }\n}": types.WebhooksPurchaseDocument,
    "mutation WebhooksAssign($id: ID!, $c: ID!) {\n  subscriptionAssign(id: $id, customerId: $c) { userErrors { code field } }\n}": types.WebhooksAssignDocument,
    "mutation WebhooksChange($id: ID!, $q: Int!) {\n  subscriptionChangeQuantity(id: $id, quantity: $q) { userErrors { code field } }\n}": types.WebhooksChangeDocument,
    "query WebhooksSubscription($id: ID!) {\n  subscription(id: $id) {\n    id status product { code name } period quantity nextQuantity nextQuantityFrom renew paymentMethod\n    savedPaymentMethod { id label } currency partnerDiscountBp currentPeriodStart currentPeriodEnd\n    createdAt assignedAt endedAt customer { id companyName }\n  }\n}": types.WebhooksSubscriptionDocument,
    "mutation WebhooksInvite($i: CustomerInviteInput!) {\n  customerInvite(input: $i) { customer { id } userErrors { code field } }\n}": types.WebhooksInviteDocument,
    "mutation WebhooksCustomerUpdate($id: ID!, $i: CustomerUpdateInput!) {\n  customerUpdate(id: $id, input: $i) { userErrors { code field } }\n}": types.WebhooksCustomerUpdateDocument,
    "mutation WebhooksCustomerRemove($id: ID!) {\n  customerRemove(id: $id) { userErrors { code field } }\n}": types.WebhooksCustomerRemoveDocument,
    "mutation WebhooksTrialStart($c: ID!) {\n  trialStart(customerId: $c, productCode: \"PRO\") { trial { id } userErrors { code field } }\n}": types.WebhooksTrialStartDocument,
    "query WebhooksInvoice($id: ID!) {\n  invoice(id: $id) {\n    id number kind status issuedAt dueAt paidAt currency subtotal discountTotal netTotal\n    vatTreatment vatRateBp vatAmount total paymentMethod paymentReference lastPaymentError\n    subscriptionId pdfUrl\n    lines {\n      description productCode period quantity unitPrice retailAmount volumeDiscountBp volumeDiscount\n      partnerDiscountBp partnerDiscount amount periodStart periodEnd customerName\n    }\n  }\n}": types.WebhooksInvoiceDocument,
    "query WebhooksTrial($id: ID!) {\n  trial(id: $id) { id status product { code name } startedAt endsAt endedAt }\n}": types.WebhooksTrialDocument,
    "query AuditE2eCustomers { customers(first: 1) { nodes { id companyName } } }": types.AuditE2eCustomersDocument,
    "mutation AuditE2eCustomerUpdate($id: ID!, $i: CustomerUpdateInput!) {\n  customerUpdate(id: $id, input: $i) { userErrors { code } }\n}": types.AuditE2eCustomerUpdateDocument,
    "mutation BillingProfileE2eWire {\n  subscriptionPurchase(input: { productCode: \"PRO\", period: YEARLY, quantity: 100, paymentMethod: WIRE_TRANSFER }) {\n    invoice { number }\n    userErrors { code }\n  }\n}": types.BillingProfileE2eWireDocument,
    "mutation CustomerJourneyPurchase($input: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $input) { subscription { id } userErrors { code field message } }\n}": types.CustomerJourneyPurchaseDocument,
    "query CustomerJourneyContoso { customers(search: \"contoso\") { nodes { id } } }": types.CustomerJourneyContosoDocument,
    "query CustomerJourneyPool { subscriptions(filter: { assigned: false }) { nodes { id period } } }": types.CustomerJourneyPoolDocument,
    "mutation CustomerJourneyAssign($id: ID!, $customerId: ID!) {\n        subscriptionAssign(id: $id, customerId: $customerId) { userErrors { code } }\n      }": types.CustomerJourneyAssignDocument,
    "mutation DevelopersApiKeyCreate($input: ApiKeyCreateInput!) {\n  apiKeyCreate(input: $input) { secret userErrors { code field message } }\n}": types.DevelopersApiKeyCreateDocument,
    "query DevelopersCustomerCount { customers(first: 1) { totalCount } }": types.DevelopersCustomerCountDocument,
    "mutation JourneyBuy($input: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $input) { subscription { id } userErrors { code field message } }\n}": types.JourneyBuyDocument,
    "mutation LicenseUsageE2eReport($i: UsageReportInput!) {\n  usageReport(input: $i) { receipt { rows currentUpdated replayed } userErrors { code field message } }\n}": types.LicenseUsageE2eReportDocument,
    "query LicenseUsageE2eCustomers {\n  customers(first: 50) { nodes { id companyName } }\n}": types.LicenseUsageE2eCustomersDocument,
    "mutation LicenseUsageE2ePurchase($input: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $input) { subscription { id quantity } userErrors { code field message } }\n}": types.LicenseUsageE2ePurchaseDocument,
    "mutation NoticesJourneyPurchase($input: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $input) { subscription { id } userErrors { code field message } }\n}": types.NoticesJourneyPurchaseDocument,
    "query NoticesJourneyCustomers($search: String) {\n  customers(first: 5, search: $search, sort: COMPANY_NAME_ASC) { nodes { id companyName } }\n}": types.NoticesJourneyCustomersDocument,
    "mutation PhoneRowActionsPurchase($input: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $input) { subscription { id } userErrors { code field message } }\n}": types.PhoneRowActionsPurchaseDocument,
    "mutation QuoteRequestsE2eAsk($input: QuoteRequestCreateInput!) {\n  quoteRequestCreate(input: $input) { quoteRequest { id reference } userErrors { code field message } }\n}": types.QuoteRequestsE2eAskDocument,
    "mutation QuoteRequestsE2eAnswer($id: ID!, $price: SafeInt!, $until: DateTimeISO!) {\n  quoteRequestAnswer(id: $id, unitPrice: $price, validUntil: $until) { userErrors { code } }\n}": types.QuoteRequestsE2eAnswerDocument,
    "query ReturningTeam { teamMembers { id user { email } } }": types.ReturningTeamDocument,
    "mutation ReturningRemove($id: ID!) { teamMemberRemove(memberId: $id) { userErrors { code } } }": types.ReturningRemoveDocument,
    "mutation ReturningInvite($i: TeamMemberInviteInput!) {\n        teamMemberInvite(input: $i) { userErrors { code } }\n      }": types.ReturningInviteDocument,
    "mutation TrialsJourneyInvite($input: CustomerInviteInput!) {\n  customerInvite(input: $input) { customer { id } userErrors { code } }\n}": types.TrialsJourneyInviteDocument,
    "mutation TrialsJourneyStart($customerId: ID!) {\n  trialStart(customerId: $customerId, productCode: \"PRO\") { trial { id } userErrors { code message } }\n}": types.TrialsJourneyStartDocument,
    "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) { viewer { user { id email } role permissions } userErrors { code field message } }\n}": types.SignInDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditLog($first: Int, $after: String, $filter: AuditLogFilter, $accountId: ID) {\n  auditLog(first: $first, after: $after, filter: $filter, accountId: $accountId) {\n    totalCount\n    nodes {\n      id occurredAt accountId actorKind actorId actorLabel ip userAgent operation outcome refusalCodes\n      subjectType subjectId changes { field before after }\n    }\n    pageInfo { hasNextPage endCursor }\n  }\n}"): (typeof documents)["query AuditLog($first: Int, $after: String, $filter: AuditLogFilter, $accountId: ID) {\n  auditLog(first: $first, after: $after, filter: $filter, accountId: $accountId) {\n    totalCount\n    nodes {\n      id occurredAt accountId actorKind actorId actorLabel ip userAgent operation outcome refusalCodes\n      subjectType subjectId changes { field before after }\n    }\n    pageInfo { hasNextPage endCursor }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditCustomers { customers(first: 5) { nodes { id companyName comment } } }"): (typeof documents)["query AuditCustomers { customers(first: 5) { nodes { id companyName comment } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditCustomerUpdate($id: ID!, $i: CustomerUpdateInput!) {\n  customerUpdate(id: $id, input: $i) { customer { companyName comment } userErrors { code field } }\n}"): (typeof documents)["mutation AuditCustomerUpdate($id: ID!, $i: CustomerUpdateInput!) {\n  customerUpdate(id: $id, input: $i) { customer { companyName comment } userErrors { code field } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditSignOut { signOut { signedOut userErrors { code } } }"): (typeof documents)["mutation AuditSignOut { signOut { signedOut userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditKeyCreate($i: ApiKeyCreateInput!) {\n  apiKeyCreate(input: $i) { apiKey { id prefix } secret userErrors { code } }\n}"): (typeof documents)["mutation AuditKeyCreate($i: ApiKeyCreateInput!) {\n  apiKeyCreate(input: $i) { apiKey { id prefix } secret userErrors { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditTeamInvite($i: TeamMemberInviteInput!) {\n  teamMemberInvite(input: $i) { invitation { id } userErrors { code } }\n}"): (typeof documents)["mutation AuditTeamInvite($i: TeamMemberInviteInput!) {\n  teamMemberInvite(input: $i) { invitation { id } userErrors { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditActivate($i: AccountActivateInput!) {\n  accountActivate(input: $i) { viewer { user { email } } userErrors { code } }\n}"): (typeof documents)["mutation AuditActivate($i: AccountActivateInput!) {\n  accountActivate(input: $i) { viewer { user { email } } userErrors { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditAddCard($i: PaymentMethodAddCardInput!) {\n  paymentMethodAddCard(input: $i) { paymentMethod { id } userErrors { code } }\n}"): (typeof documents)["mutation AuditAddCard($i: PaymentMethodAddCardInput!) {\n  paymentMethodAddCard(input: $i) { paymentMethod { id } userErrors { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditSetTier($id: ID!, $tier: String!) {\n  resellerSetTier(id: $id, tierCode: $tier) { userErrors { code } }\n}"): (typeof documents)["mutation AuditSetTier($id: ID!, $tier: String!) {\n  resellerSetTier(id: $id, tierCode: $tier) { userErrors { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) { subscription { id } userErrors { code } }\n}"): (typeof documents)["mutation AuditPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) { subscription { id } userErrors { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditCustomerInvite($i: CustomerInviteInput!) {\n  customerInvite(input: $i) { customer { id } userErrors { code } }\n}"): (typeof documents)["mutation AuditCustomerInvite($i: CustomerInviteInput!) {\n  customerInvite(input: $i) { customer { id } userErrors { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditCustomerRemove($id: ID!) {\n  customerRemove(id: $id) { userErrors { code } }\n}"): (typeof documents)["mutation AuditCustomerRemove($id: ID!) {\n  customerRemove(id: $id) { userErrors { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditTrialStart($c: ID!) {\n  trialStart(customerId: $c, productCode: \"PRO\") { trial { id } userErrors { code } }\n}"): (typeof documents)["mutation AuditTrialStart($c: ID!) {\n  trialStart(customerId: $c, productCode: \"PRO\") { trial { id } userErrors { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixSetupInvitation($input: TeamMemberInviteInput!) { teamMemberInvite(input: $input) { invitation { id } userErrors { code } } }"): (typeof documents)["mutation MatrixSetupInvitation($input: TeamMemberInviteInput!) { teamMemberInvite(input: $input) { invitation { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixSetupPaypal($e: String!) { paymentMethodAddPaypal(input: { email: $e }) { paymentMethod { id } } }"): (typeof documents)["mutation MatrixSetupPaypal($e: String!) { paymentMethodAddPaypal(input: { email: $e }) { paymentMethod { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixSetupTrialCustomer($i: CustomerInviteInput!) { customerInvite(input: $i) { customer { id } } }"): (typeof documents)["mutation MatrixSetupTrialCustomer($i: CustomerInviteInput!) { customerInvite(input: $i) { customer { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixSetupTrial($c: ID!) { trialStart(customerId: $c, productCode: \"PRO\") { trial { id } } }"): (typeof documents)["mutation MatrixSetupTrial($c: ID!) { trialStart(customerId: $c, productCode: \"PRO\") { trial { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixSetupSubscription { subscriptionPurchase(input: { productCode: \"PRO\", period: YEARLY, quantity: 2, paymentMethod: PAYPAL }) { subscription { id } } }"): (typeof documents)["mutation MatrixSetupSubscription { subscriptionPurchase(input: { productCode: \"PRO\", period: YEARLY, quantity: 2, paymentMethod: PAYPAL }) { subscription { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixSetupWebhook($i: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $i) { endpoint { id } } }"): (typeof documents)["mutation MatrixSetupWebhook($i: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $i) { endpoint { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixViewer { viewer { permissions } }"): (typeof documents)["query MatrixViewer { viewer { permissions } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixBusinessRules { businessRules { passwordMinLength } }"): (typeof documents)["query MatrixBusinessRules { businessRules { passwordMinLength } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixSignIn { signIn(input: { email: \"nobody@example.com\", password: \"wrong-password\" }) { userErrors { code } } }"): (typeof documents)["mutation MatrixSignIn { signIn(input: { email: \"nobody@example.com\", password: \"wrong-password\" }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixAccountActivate { accountActivate(input: { token: \"unknown\", password: \"long-enough-password\" }) { userErrors { code } } }"): (typeof documents)["mutation MatrixAccountActivate { accountActivate(input: { token: \"unknown\", password: \"long-enough-password\" }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixSignOut { signOut { signedOut } }"): (typeof documents)["mutation MatrixSignOut { signOut { signedOut } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixSignOutEverywhere { signOutEverywhere { signedOut } }"): (typeof documents)["mutation MatrixSignOutEverywhere { signOutEverywhere { signedOut } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixTeamMembers { teamMembers { id } }"): (typeof documents)["query MatrixTeamMembers { teamMembers { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixTeamInvitations { teamInvitations { id } }"): (typeof documents)["query MatrixTeamInvitations { teamInvitations { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixTeamMemberInvite($i: TeamMemberInviteInput!) { teamMemberInvite(input: $i) { userErrors { code } } }"): (typeof documents)["mutation MatrixTeamMemberInvite($i: TeamMemberInviteInput!) { teamMemberInvite(input: $i) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixTeamInvitationResend($id: ID!) { teamInvitationResend(invitationId: $id) { userErrors { code } } }"): (typeof documents)["mutation MatrixTeamInvitationResend($id: ID!) { teamInvitationResend(invitationId: $id) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixTeamInvitationRevoke($id: ID!) { teamInvitationRevoke(invitationId: $id) { userErrors { code } } }"): (typeof documents)["mutation MatrixTeamInvitationRevoke($id: ID!) { teamInvitationRevoke(invitationId: $id) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixTeamMemberChangeRole($i: TeamMemberChangeRoleInput!) { teamMemberChangeRole(input: $i) { userErrors { code } } }"): (typeof documents)["mutation MatrixTeamMemberChangeRole($i: TeamMemberChangeRoleInput!) { teamMemberChangeRole(input: $i) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixTeamMemberRemove($id: ID!) { teamMemberRemove(memberId: $id) { userErrors { code } } }"): (typeof documents)["mutation MatrixTeamMemberRemove($id: ID!) { teamMemberRemove(memberId: $id) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixTeamOwnershipTransfer($id: ID!) { teamOwnershipTransfer(memberId: $id) { userErrors { code } } }"): (typeof documents)["mutation MatrixTeamOwnershipTransfer($id: ID!) { teamOwnershipTransfer(memberId: $id) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixBillingProfile { billingProfile { legalName } }"): (typeof documents)["query MatrixBillingProfile { billingProfile { legalName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixBillingProfileUpdate($i: BillingProfileInput!) { billingProfileUpdate(input: $i) { userErrors { code } } }"): (typeof documents)["mutation MatrixBillingProfileUpdate($i: BillingProfileInput!) { billingProfileUpdate(input: $i) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixBillingContacts { billingContacts { id } }"): (typeof documents)["query MatrixBillingContacts { billingContacts { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixBillingContactAdd($i: BillingContactAddInput!) { billingContactAdd(input: $i) { userErrors { code } } }"): (typeof documents)["mutation MatrixBillingContactAdd($i: BillingContactAddInput!) { billingContactAdd(input: $i) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixSetupBillingContact($i: BillingContactAddInput!) { billingContactAdd(input: $i) { billingContact { id } } }"): (typeof documents)["mutation MatrixSetupBillingContact($i: BillingContactAddInput!) { billingContactAdd(input: $i) { billingContact { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixBillingContactRemove($id: ID!) { billingContactRemove(id: $id) { userErrors { code } } }"): (typeof documents)["mutation MatrixBillingContactRemove($id: ID!) { billingContactRemove(id: $id) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixPaymentMethods { paymentMethods { id label } }"): (typeof documents)["query MatrixPaymentMethods { paymentMethods { id label } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixPaymentMethodAddCard { paymentMethodAddCard(input: { token: \"tok_mastercard\" }) { userErrors { code } } }"): (typeof documents)["mutation MatrixPaymentMethodAddCard { paymentMethodAddCard(input: { token: \"tok_mastercard\" }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixPaymentMethodAddPaypal($e: String!) { paymentMethodAddPaypal(input: { email: $e }) { userErrors { code } } }"): (typeof documents)["mutation MatrixPaymentMethodAddPaypal($e: String!) { paymentMethodAddPaypal(input: { email: $e }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixPaymentMethodSetDefault($id: ID!) { paymentMethodSetDefault(id: $id) { userErrors { code } } }"): (typeof documents)["mutation MatrixPaymentMethodSetDefault($id: ID!) { paymentMethodSetDefault(id: $id) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixPaymentMethodRemove($id: ID!) { paymentMethodRemove(id: $id) { userErrors { code } } }"): (typeof documents)["mutation MatrixPaymentMethodRemove($id: ID!) { paymentMethodRemove(id: $id) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixApiKeys { apiKeys { id } }"): (typeof documents)["query MatrixApiKeys { apiKeys { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixApiKeyCreate($i: ApiKeyCreateInput!) { apiKeyCreate(input: $i) { userErrors { code } } }"): (typeof documents)["mutation MatrixApiKeyCreate($i: ApiKeyCreateInput!) { apiKeyCreate(input: $i) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixSetupApiKey { apiKeyCreate(input: { name: \"to revoke\", scope: READ }) { apiKey { id } } }"): (typeof documents)["mutation MatrixSetupApiKey { apiKeyCreate(input: { name: \"to revoke\", scope: READ }) { apiKey { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixApiKeyRevoke($id: ID!) { apiKeyRevoke(id: $id) { userErrors { code } } }"): (typeof documents)["mutation MatrixApiKeyRevoke($id: ID!) { apiKeyRevoke(id: $id) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixWebhookEndpoints { webhookEndpoints { id } }"): (typeof documents)["query MatrixWebhookEndpoints { webhookEndpoints { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixWebhookEventTypes { webhookEventTypes }"): (typeof documents)["query MatrixWebhookEventTypes { webhookEventTypes }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixWebhookDeliveries { webhookDeliveries(first: 5) { totalCount } }"): (typeof documents)["query MatrixWebhookDeliveries { webhookDeliveries(first: 5) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixWebhookEndpointCreate($i: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $i) { userErrors { code } } }"): (typeof documents)["mutation MatrixWebhookEndpointCreate($i: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $i) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixWebhookEndpointUpdate($i: WebhookEndpointUpdateInput!) { webhookEndpointUpdate(input: $i) { userErrors { code } } }"): (typeof documents)["mutation MatrixWebhookEndpointUpdate($i: WebhookEndpointUpdateInput!) { webhookEndpointUpdate(input: $i) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixWebhookEndpointDelete($id: ID!) { webhookEndpointDelete(id: $id) { userErrors { code } } }"): (typeof documents)["mutation MatrixWebhookEndpointDelete($id: ID!) { webhookEndpointDelete(id: $id) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixWebhookRotateSecret($id: ID!) { webhookEndpointRotateSecret(id: $id) { userErrors { code } } }"): (typeof documents)["mutation MatrixWebhookRotateSecret($id: ID!) { webhookEndpointRotateSecret(id: $id) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixWebhookSendTest($id: ID!) { webhookEndpointSendTest(id: $id) { userErrors { code } } }"): (typeof documents)["mutation MatrixWebhookSendTest($id: ID!) { webhookEndpointSendTest(id: $id) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixSetupWebhookTest($id: ID!) { webhookEndpointSendTest(id: $id) { delivery { id } } }"): (typeof documents)["mutation MatrixSetupWebhookTest($id: ID!) { webhookEndpointSendTest(id: $id) { delivery { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixWebhookRedeliver($id: ID!) { webhookDeliveryRedeliver(id: $id) { userErrors { code } } }"): (typeof documents)["mutation MatrixWebhookRedeliver($id: ID!) { webhookDeliveryRedeliver(id: $id) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixResellers { resellers { totalCount } }"): (typeof documents)["query MatrixResellers { resellers { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixResellerEnable($i: ResellerEnableInput!) { resellerEnable(input: $i) { userErrors { code } } }"): (typeof documents)["mutation MatrixResellerEnable($i: ResellerEnableInput!) { resellerEnable(input: $i) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixResellerSetTier($id: ID!) { resellerSetTier(id: $id, tierCode: \"BRONZE\") { userErrors { code } } }"): (typeof documents)["mutation MatrixResellerSetTier($id: ID!) { resellerSetTier(id: $id, tierCode: \"BRONZE\") { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixSetupReseller($i: ResellerEnableInput!) { resellerEnable(input: $i) { reseller { id } } }"): (typeof documents)["mutation MatrixSetupReseller($i: ResellerEnableInput!) { resellerEnable(input: $i) { reseller { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixResellerDisable($id: ID!) { resellerDisable(id: $id) { userErrors { code } } }"): (typeof documents)["mutation MatrixResellerDisable($id: ID!) { resellerDisable(id: $id) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixSignUp($i: SignUpInput!) { signUp(input: $i) { userErrors { code } } }"): (typeof documents)["mutation MatrixSignUp($i: SignUpInput!) { signUp(input: $i) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixSignUpConfirm { signUpConfirm(token: \"no-such-link\") { userErrors { code } } }"): (typeof documents)["mutation MatrixSignUpConfirm { signUpConfirm(token: \"no-such-link\") { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixResellerApplication { resellerApplication { id } }"): (typeof documents)["query MatrixResellerApplication { resellerApplication { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixApplicationSubmit($i: ResellerApplicationSubmitInput!) { resellerApplicationSubmit(input: $i) { userErrors { code } } }"): (typeof documents)["mutation MatrixApplicationSubmit($i: ResellerApplicationSubmitInput!) { resellerApplicationSubmit(input: $i) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixApplications { resellerApplications { totalCount } }"): (typeof documents)["query MatrixApplications { resellerApplications { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixApplicationApprove($id: ID!) { resellerApplicationApprove(id: $id, tierCode: \"BRONZE\") { userErrors { code } } }"): (typeof documents)["mutation MatrixApplicationApprove($id: ID!) { resellerApplicationApprove(id: $id, tierCode: \"BRONZE\") { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixApplicationDecline($id: ID!) { resellerApplicationDecline(id: $id, reason: \"Not now\") { userErrors { code } } }"): (typeof documents)["mutation MatrixApplicationDecline($id: ID!) { resellerApplicationDecline(id: $id, reason: \"Not now\") { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixAnnexStatus { annexStatus { acceptedInForce } }"): (typeof documents)["query MatrixAnnexStatus { annexStatus { acceptedInForce } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixAnnexAccept($id: ID!) { annexAccept(versionId: $id) { userErrors { code } } }"): (typeof documents)["mutation MatrixAnnexAccept($id: ID!) { annexAccept(versionId: $id) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixAnnexVersions { annexVersions { totalCount } }"): (typeof documents)["query MatrixAnnexVersions { annexVersions { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixAnnexPublish($i: AnnexPublishInput!) { annexPublish(input: $i) { userErrors { code } } }"): (typeof documents)["mutation MatrixAnnexPublish($i: AnnexPublishInput!) { annexPublish(input: $i) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixQuoteRequestCreate($i: QuoteRequestCreateInput!) { quoteRequestCreate(input: $i) { userErrors { code } } }"): (typeof documents)["mutation MatrixQuoteRequestCreate($i: QuoteRequestCreateInput!) { quoteRequestCreate(input: $i) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixQuoteRequests { quoteRequests { totalCount } }"): (typeof documents)["query MatrixQuoteRequests { quoteRequests { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixQuoteRequest($id: ID!) { quoteRequest(id: $id) { id } }"): (typeof documents)["query MatrixQuoteRequest($id: ID!) { quoteRequest(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixQuoteRequestAccept($i: QuoteRequestAcceptInput!) { quoteRequestAccept(input: $i) { userErrors { code } } }"): (typeof documents)["mutation MatrixQuoteRequestAccept($i: QuoteRequestAcceptInput!) { quoteRequestAccept(input: $i) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixVendorQuoteRequests { vendorQuoteRequests { totalCount } }"): (typeof documents)["query MatrixVendorQuoteRequests { vendorQuoteRequests { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixQuoteRequestAnswer($id: ID!) { quoteRequestAnswer(id: $id, unitPrice: 1000, validUntil: \"2030-01-01T00:00:00Z\") { userErrors { code } } }"): (typeof documents)["mutation MatrixQuoteRequestAnswer($id: ID!) { quoteRequestAnswer(id: $id, unitPrice: 1000, validUntil: \"2030-01-01T00:00:00Z\") { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixQuoteRequestDecline($id: ID!) { quoteRequestDecline(id: $id, reason: \"Not now\") { userErrors { code } } }"): (typeof documents)["mutation MatrixQuoteRequestDecline($id: ID!) { quoteRequestDecline(id: $id, reason: \"Not now\") { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixProducts { products { code } }"): (typeof documents)["query MatrixProducts { products { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixProduct { product(code: \"PRO\") { code } }"): (typeof documents)["query MatrixProduct { product(code: \"PRO\") { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixQuote { quote(input: { productCode: \"PRO\", period: YEARLY, quantity: 5 }) { quote { retailPrice } userErrors { code } } }"): (typeof documents)["query MatrixQuote { quote(input: { productCode: \"PRO\", period: YEARLY, quantity: 5 }) { quote { retailPrice } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixPartnerDiscount { partnerDiscount { code } }"): (typeof documents)["query MatrixPartnerDiscount { partnerDiscount { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixPartnerDiscountRequest { partnerDiscountRequest { userErrors { code } } }"): (typeof documents)["mutation MatrixPartnerDiscountRequest { partnerDiscountRequest { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixPartnerDiscountIssue($id: ID!) { partnerDiscountIssue(resellerId: $id) { userErrors { code } } }"): (typeof documents)["mutation MatrixPartnerDiscountIssue($id: ID!) { partnerDiscountIssue(resellerId: $id) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixPartnerDiscountRevoke($id: ID!) { partnerDiscountRevoke(resellerId: $id) { userErrors { code } } }"): (typeof documents)["mutation MatrixPartnerDiscountRevoke($id: ID!) { partnerDiscountRevoke(resellerId: $id) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixProductCreate($code: String!) { productCreate(input: { code: $code, name: \"Matrix\", yearlyPrice: 100, currency: \"EUR\", trialEnabled: false, active: false }) { userErrors { code } } }"): (typeof documents)["mutation MatrixProductCreate($code: String!) { productCreate(input: { code: $code, name: \"Matrix\", yearlyPrice: 100, currency: \"EUR\", trialEnabled: false, active: false }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixProductUpdate { productUpdate(code: \"STUDIO_PRO\", input: { name: \"Studio Pro\", yearlyPrice: 120000, currency: \"EUR\", trialEnabled: true, active: true, bands: [] }) { userErrors { code } } }"): (typeof documents)["mutation MatrixProductUpdate { productUpdate(code: \"STUDIO_PRO\", input: { name: \"Studio Pro\", yearlyPrice: 120000, currency: \"EUR\", trialEnabled: true, active: true, bands: [] }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixTierUpdate { tierUpdate(code: \"SILVER\", input: { name: \"Silver\", trialDays: 14, trialsPerMonth: 5, resellingBp: 5000 }) { userErrors { code } } }"): (typeof documents)["mutation MatrixTierUpdate { tierUpdate(code: \"SILVER\", input: { name: \"Silver\", trialDays: 14, trialsPerMonth: 5, resellingBp: 5000 }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixAuditLog($account: ID) { auditLog(first: 5, accountId: $account) { totalCount } }"): (typeof documents)["query MatrixAuditLog($account: ID) { auditLog(first: 5, accountId: $account) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixCustomers { customers(first: 5) { totalCount } }"): (typeof documents)["query MatrixCustomers { customers(first: 5) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixCustomer($id: ID!) { customer(id: $id) { id } }"): (typeof documents)["query MatrixCustomer($id: ID!) { customer(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixCustomerInvite($i: CustomerInviteInput!) { customerInvite(input: $i) { userErrors { code } } }"): (typeof documents)["mutation MatrixCustomerInvite($i: CustomerInviteInput!) { customerInvite(input: $i) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixCustomerUpdate($id: ID!) { customerUpdate(id: $id, input: { companyName: \"Contoso Ltd\", comment: \"kept\" }) { userErrors { code } } }"): (typeof documents)["mutation MatrixCustomerUpdate($id: ID!) { customerUpdate(id: $id, input: { companyName: \"Contoso Ltd\", comment: \"kept\" }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixSetupCustomer($i: CustomerInviteInput!) { customerInvite(input: $i) { customer { id } } }"): (typeof documents)["mutation MatrixSetupCustomer($i: CustomerInviteInput!) { customerInvite(input: $i) { customer { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixCustomerRemove($id: ID!) { customerRemove(id: $id) { userErrors { code } } }"): (typeof documents)["mutation MatrixCustomerRemove($id: ID!) { customerRemove(id: $id) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixUsageReport($i: UsageReportInput!) { usageReport(input: $i) { userErrors { code } } }"): (typeof documents)["mutation MatrixUsageReport($i: UsageReportInput!) { usageReport(input: $i) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixLicenseUsage { licenseUsage { productCode agents licenses } }"): (typeof documents)["query MatrixLicenseUsage { licenseUsage { productCode agents licenses } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixCustomerUsage($id: ID!) { customerUsage(customerId: $id) { agents } }"): (typeof documents)["query MatrixCustomerUsage($id: ID!) { customerUsage(customerId: $id) { agents } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixCustomerUsageHistory($id: ID!) { customerUsageHistory(customerId: $id, productCode: \"PRO\") { day } }"): (typeof documents)["query MatrixCustomerUsageHistory($id: ID!) { customerUsageHistory(customerId: $id, productCode: \"PRO\") { day } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixPortalUsage { portalUsage { productCode } }"): (typeof documents)["query MatrixPortalUsage { portalUsage { productCode } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixIngestionKeys { ingestionKeys { id } }"): (typeof documents)["query MatrixIngestionKeys { ingestionKeys { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixIngestionKeyCreate($i: IngestionKeyCreateInput!) { ingestionKeyCreate(input: $i) { userErrors { code } } }"): (typeof documents)["mutation MatrixIngestionKeyCreate($i: IngestionKeyCreateInput!) { ingestionKeyCreate(input: $i) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixSetupIngestionKey($i: IngestionKeyCreateInput!) { ingestionKeyCreate(input: $i) { ingestionKey { id } } }"): (typeof documents)["mutation MatrixSetupIngestionKey($i: IngestionKeyCreateInput!) { ingestionKeyCreate(input: $i) { ingestionKey { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixIngestionKeyRevoke($id: ID!) { ingestionKeyRevoke(id: $id) { userErrors { code } } }"): (typeof documents)["mutation MatrixIngestionKeyRevoke($id: ID!) { ingestionKeyRevoke(id: $id) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixCustomerPortal { customerPortal { companyName } }"): (typeof documents)["query MatrixCustomerPortal { customerPortal { companyName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixSubscriptions { subscriptions(first: 5) { totalCount } }"): (typeof documents)["query MatrixSubscriptions { subscriptions(first: 5) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixSubscriptionPurchase { subscriptionPurchase(input: { productCode: \"PRO\", period: YEARLY, quantity: 1, paymentMethod: PAYPAL }) { userErrors { code } } }"): (typeof documents)["mutation MatrixSubscriptionPurchase { subscriptionPurchase(input: { productCode: \"PRO\", period: YEARLY, quantity: 1, paymentMethod: PAYPAL }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixSubscriptionSetRenewal($id: ID!) { subscriptionSetRenewal(id: $id, renew: true) { userErrors { code } } }"): (typeof documents)["mutation MatrixSubscriptionSetRenewal($id: ID!) { subscriptionSetRenewal(id: $id, renew: true) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixInvoices { invoices(first: 5) { totalCount } }"): (typeof documents)["query MatrixInvoices { invoices(first: 5) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixVendorInvoices { vendorInvoices(first: 5) { totalCount } }"): (typeof documents)["query MatrixVendorInvoices { vendorInvoices(first: 5) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixSetupWireInvoice { subscriptionPurchase(input: { productCode: \"PRO\", period: YEARLY, quantity: 100, paymentMethod: WIRE_TRANSFER }) { invoice { id } } }"): (typeof documents)["mutation MatrixSetupWireInvoice { subscriptionPurchase(input: { productCode: \"PRO\", period: YEARLY, quantity: 100, paymentMethod: WIRE_TRANSFER }) { invoice { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixInvoiceRecordPayment($id: ID!) { invoiceRecordPayment(invoiceId: $id) { userErrors { code } } }"): (typeof documents)["mutation MatrixInvoiceRecordPayment($id: ID!) { invoiceRecordPayment(invoiceId: $id) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixTrial($id: ID!) { trial(id: $id) { id status } }"): (typeof documents)["query MatrixTrial($id: ID!) { trial(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixTrialQuota { trialQuota { used limit } }"): (typeof documents)["query MatrixTrialQuota { trialQuota { used limit } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixTrialEligibility($c: ID!) { trialEligibility(customerId: $c, productCode: \"PRO\") { eligible } }"): (typeof documents)["query MatrixTrialEligibility($c: ID!) { trialEligibility(customerId: $c, productCode: \"PRO\") { eligible } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixTrialStart($c: ID!) { trialStart(customerId: $c, productCode: \"PRO\") { userErrors { code } } }"): (typeof documents)["mutation MatrixTrialStart($c: ID!) { trialStart(customerId: $c, productCode: \"PRO\") { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixTokenInfo { tokenInfo(token: \"nope\") { status } }"): (typeof documents)["query MatrixTokenInfo { tokenInfo(token: \"nope\") { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixSetupKey($i: ApiKeyCreateInput!) { apiKeyCreate(input: $i) { apiKey { id } secret } }"): (typeof documents)["mutation MatrixSetupKey($i: ApiKeyCreateInput!) { apiKeyCreate(input: $i) { apiKey { id } secret } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatrixSetupKeyRevoke($id: ID!) { apiKeyRevoke(id: $id) { apiKey { id } } }"): (typeof documents)["mutation MatrixSetupKeyRevoke($id: ID!) { apiKeyRevoke(id: $id) { apiKey { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BusinessRules { businessRules {\n  monthlyMinimumQuantity wireTransferMinimumQuantity maxQuantity monthlyPriceDivisor\n  passwordMinLength linkLifetimeHours yearlyNoticeDays monthlyNoticeDays\n} }"): (typeof documents)["query BusinessRules { businessRules {\n  monthlyMinimumQuantity wireTransferMinimumQuantity maxQuantity monthlyPriceDivisor\n  passwordMinLength linkLifetimeHours yearlyNoticeDays monthlyNoticeDays\n} }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RulesQuote($input: QuoteInput!) {\n  quote(input: $input) { quote { quantity wireTransferAllowed } userErrors { code } }\n}"): (typeof documents)["query RulesQuote($input: QuoteInput!) {\n  quote(input: $input) { quote { quantity wireTransferAllowed } userErrors { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RulesProducts { products { yearlyPrice monthlyPrice } }"): (typeof documents)["query RulesProducts { products { yearlyPrice monthlyPrice } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RulesPurchase($input: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $input) { userErrors { code } }\n}"): (typeof documents)["mutation RulesPurchase($input: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $input) { userErrors { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RulesNotices {\n  upcomingNotices(withinDays: 366) { nodes { date noticeDate subscription { period } } }\n}"): (typeof documents)["query RulesNotices {\n  upcomingNotices(withinDays: 366) { nodes { date noticeDate subscription { period } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RulesEnable($i: ResellerEnableInput!) {\n  resellerEnable(input: $i) { userErrors { code } }\n}"): (typeof documents)["mutation RulesEnable($i: ResellerEnableInput!) {\n  resellerEnable(input: $i) { userErrors { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RulesActivate($i: AccountActivateInput!) {\n  accountActivate(input: $i) { userErrors { code } }\n}"): (typeof documents)["mutation RulesActivate($i: AccountActivateInput!) {\n  accountActivate(input: $i) { userErrors { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RulesTokenInfo($t: String!) { tokenInfo(token: $t) { status } }"): (typeof documents)["query RulesTokenInfo($t: String!) { tokenInfo(token: $t) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogQuote($input: QuoteInput!) {\n  quote(input: $input) {\n    quote {\n      quantity currency unitListPrice retailPrice volumeDiscountBp volumeDiscount priceAfterVolumeDiscount\n      partnerDiscountBp partnerDiscount vendorPrice passThroughBp passThroughDiscount\n      endCustomerPrice margin discountCodeApplied wireTransferAllowed tier { code }\n    }\n    userErrors { code field message }\n  }\n}"): (typeof documents)["query CatalogQuote($input: QuoteInput!) {\n  quote(input: $input) {\n    quote {\n      quantity currency unitListPrice retailPrice volumeDiscountBp volumeDiscount priceAfterVolumeDiscount\n      partnerDiscountBp partnerDiscount vendorPrice passThroughBp passThroughDiscount\n      endCustomerPrice margin discountCodeApplied wireTransferAllowed tier { code }\n    }\n    userErrors { code field message }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogSetTier($id: ID!, $tier: String!) { resellerSetTier(id: $id, tierCode: $tier) { userErrors { code } } }"): (typeof documents)["mutation CatalogSetTier($id: ID!, $tier: String!) { resellerSetTier(id: $id, tierCode: $tier) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogDiscountIssue($id: ID!) { partnerDiscountIssue(resellerId: $id) { partnerDiscount { code issuedAt requestedAt } userErrors { code field } } }"): (typeof documents)["mutation CatalogDiscountIssue($id: ID!) { partnerDiscountIssue(resellerId: $id) { partnerDiscount { code issuedAt requestedAt } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogDiscountRequest { partnerDiscountRequest(input: { note: \"First order next week\" }) { partnerDiscount { code requestedAt } userErrors { code message } } }"): (typeof documents)["mutation CatalogDiscountRequest { partnerDiscountRequest(input: { note: \"First order next week\" }) { partnerDiscount { code requestedAt } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogDiscountCode { partnerDiscount { code } }"): (typeof documents)["query CatalogDiscountCode { partnerDiscount { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogAllProducts { products(includeInactive: true) { code } }"): (typeof documents)["query CatalogAllProducts { products(includeInactive: true) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogProducts { products { code yearlyPrice monthlyPrice currency trialEnabled bands { minQuantity percentBp } } }"): (typeof documents)["query CatalogProducts { products { code yearlyPrice monthlyPrice currency trialEnabled bands { minQuantity percentBp } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogDiscount { partnerDiscount { code requestedAt } }"): (typeof documents)["query CatalogDiscount { partnerDiscount { code requestedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogProductCreate($i: ProductCreateInput!) { productCreate(input: $i) { product { code } userErrors { code field } } }"): (typeof documents)["mutation CatalogProductCreate($i: ProductCreateInput!) { productCreate(input: $i) { product { code } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogProductUpdate($code: String!, $i: ProductUpdateInput!) {\n    productUpdate(code: $code, input: $i) { product { code yearlyPrice monthlyPrice bands { minQuantity percentBp } } userErrors { code field } }\n  }"): (typeof documents)["mutation CatalogProductUpdate($code: String!, $i: ProductUpdateInput!) {\n    productUpdate(code: $code, input: $i) { product { code yearlyPrice monthlyPrice bands { minQuantity percentBp } } userErrors { code field } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogProductCreateRefused($i: ProductCreateInput!) { productCreate(input: $i) { userErrors { code field } } }"): (typeof documents)["mutation CatalogProductCreateRefused($i: ProductCreateInput!) { productCreate(input: $i) { userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogGoldUpdate($i: TierUpdateInput!) { tierUpdate(code: \"GOLD\", input: $i) { tier { resellingBp } userErrors { code field } } }"): (typeof documents)["mutation CatalogGoldUpdate($i: TierUpdateInput!) { tierUpdate(code: \"GOLD\", input: $i) { tier { resellingBp } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogProductCreateMonthly($i: ProductCreateInput!) { productCreate(input: $i) { product { monthlyPrice } userErrors { code field } } }"): (typeof documents)["mutation CatalogProductCreateMonthly($i: ProductCreateInput!) { productCreate(input: $i) { product { monthlyPrice } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogResellerDiscounts { resellers { nodes { name partnerDiscount { code requestedAt } } } }"): (typeof documents)["query CatalogResellerDiscounts { resellers { nodes { name partnerDiscount { code requestedAt } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogDiscountRevoke($id: ID!) { partnerDiscountRevoke(resellerId: $id) { partnerDiscount { code } userErrors { code field } } }"): (typeof documents)["mutation CatalogDiscountRevoke($id: ID!) { partnerDiscountRevoke(resellerId: $id) { partnerDiscount { code } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClusterHealth { health { status } }"): (typeof documents)["query ClusterHealth { health { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RestartDatabase { health { database } }"): (typeof documents)["query RestartDatabase { health { database } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RestartTiers { tiers { code } }"): (typeof documents)["query RestartTiers { tiers { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PortalOverview {\n  customerPortal {\n    companyName\n    email\n    resellers { id name customerSince }\n    subscriptions { id productCode quantity status resellerId resellerName }\n    trials { productCode resellerId resellerName }\n  }\n}"): (typeof documents)["query PortalOverview {\n  customerPortal {\n    companyName\n    email\n    resellers { id name customerSince }\n    subscriptions { id productCode quantity status resellerId resellerName }\n    trials { productCode resellerId resellerName }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalBuy($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) {\n    subscription { id status }\n    invoice { id }\n    userErrors { code field }\n  }\n}"): (typeof documents)["mutation PortalBuy($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) {\n    subscription { id status }\n    invoice { id }\n    userErrors { code field }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalAssign($id: ID!, $c: ID!) { subscriptionAssign(id: $id, customerId: $c) { userErrors { code field } } }"): (typeof documents)["mutation PortalAssign($id: ID!, $c: ID!) { subscriptionAssign(id: $id, customerId: $c) { userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalUnassign($id: ID!) { subscriptionUnassign(id: $id) { userErrors { code field } } }"): (typeof documents)["mutation PortalUnassign($id: ID!) { subscriptionUnassign(id: $id) { userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalRecordWire($id: ID!) { invoiceRecordPayment(invoiceId: $id, reference: \"BANK-1\") { userErrors { code field } } }"): (typeof documents)["mutation PortalRecordWire($id: ID!) { invoiceRecordPayment(invoiceId: $id, reference: \"BANK-1\") { userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalDecliningCard($id: ID!) { subscriptionUpdatePayment(id: $id, input: { paymentMethod: CARD, newCardToken: \"tok_chargeDeclined\" }) { userErrors { code } } }"): (typeof documents)["mutation PortalDecliningCard($id: ID!) { subscriptionUpdatePayment(id: $id, input: { paymentMethod: CARD, newCardToken: \"tok_chargeDeclined\" }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalRemoveCustomer($id: ID!) { customerRemove(id: $id) { userErrors { code field } } }"): (typeof documents)["mutation PortalRemoveCustomer($id: ID!) { customerRemove(id: $id) { userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PortalResellerStatus($id: ID!) { subscription(id: $id) { status } }"): (typeof documents)["query PortalResellerStatus($id: ID!) { subscription(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CustomerInvite($i: CustomerInviteInput!) {\n  customerInvite(input: $i) {\n    customer { id email companyName comment status addedAt }\n    accountCreated\n    userErrors { code field message }\n  }\n}"): (typeof documents)["mutation CustomerInvite($i: CustomerInviteInput!) {\n  customerInvite(input: $i) {\n    customer { id email companyName comment status addedAt }\n    accountCreated\n    userErrors { code field message }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Customers($first: Int, $after: String, $search: String, $sort: CustomerSort) {\n  customers(first: $first, after: $after, search: $search, sort: $sort) {\n    totalCount\n    nodes { id email companyName addedAt }\n    pageInfo { hasNextPage endCursor }\n  }\n}"): (typeof documents)["query Customers($first: Int, $after: String, $search: String, $sort: CustomerSort) {\n  customers(first: $first, after: $after, search: $search, sort: $sort) {\n    totalCount\n    nodes { id email companyName addedAt }\n    pageInfo { hasNextPage endCursor }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Customer($id: ID!) { customer(id: $id) { id email companyName comment } }"): (typeof documents)["query Customer($id: ID!) { customer(id: $id) { id email companyName comment } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CustomerUpdate($id: ID!, $i: CustomerUpdateInput!) {\n  customerUpdate(id: $id, input: $i) { customer { companyName comment } userErrors { code field } }\n}"): (typeof documents)["mutation CustomerUpdate($id: ID!, $i: CustomerUpdateInput!) {\n  customerUpdate(id: $id, input: $i) { customer { companyName comment } userErrors { code field } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CustomerRemove($id: ID!) { customerRemove(id: $id) { removedCustomerId userErrors { code field } } }"): (typeof documents)["mutation CustomerRemove($id: ID!) { customerRemove(id: $id) { removedCustomerId userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomerLinkStatus($t: String!) { tokenInfo(token: $t) { status } }"): (typeof documents)["query CustomerLinkStatus($t: String!) { tokenInfo(token: $t) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CustomerActivate($i: AccountActivateInput!) { accountActivate(input: $i) { userErrors { code } } }"): (typeof documents)["mutation CustomerActivate($i: AccountActivateInput!) { accountActivate(input: $i) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomerOwnPortal { customerPortal { companyName email } viewer { permissions } }"): (typeof documents)["query CustomerOwnPortal { customerPortal { companyName email } viewer { permissions } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomerPortalFields { __type(name: \"CustomerPortal\") { fields { name } } }"): (typeof documents)["query CustomerPortalFields { __type(name: \"CustomerPortal\") { fields { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomersNodesOnly { customers(first: 10) { nodes { id } } }"): (typeof documents)["query CustomersNodesOnly { customers(first: 10) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomersWithCount { customers(first: 10) { totalCount nodes { id } } }"): (typeof documents)["query CustomersWithCount { customers(first: 10) { totalCount nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomersCount($search: String) { customers(first: 1, search: $search) { totalCount } }"): (typeof documents)["query CustomersCount($search: String) { customers(first: 1, search: $search) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventfulInvite($i: CustomerInviteInput!) {\n  customerInvite(input: $i) { customer { id } userErrors { code } }\n}"): (typeof documents)["mutation EventfulInvite($i: CustomerInviteInput!) {\n  customerInvite(input: $i) { customer { id } userErrors { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationHealth { health { status database databaseVersion serverTime } }"): (typeof documents)["query FoundationHealth { health { status database databaseVersion serverTime } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationServerTime { health { serverTime } }"): (typeof documents)["query FoundationServerTime { health { serverTime } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoundationTiers { tiers { code trialDays trialsPerMonth resellingBp } }"): (typeof documents)["query FoundationTiers { tiers { code trialDays trialsPerMonth resellingBp } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceMailAddContact($i: BillingContactAddInput!) {\n  billingContactAdd(input: $i) { userErrors { code } }\n}"): (typeof documents)["mutation InvoiceMailAddContact($i: BillingContactAddInput!) {\n  billingContactAdd(input: $i) { userErrors { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceMailPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) { invoice { id number total dueAt } userErrors { code field } }\n}"): (typeof documents)["mutation InvoiceMailPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) { invoice { id number total dueAt } userErrors { code field } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceMailRecordPayment($id: ID!) {\n  invoiceRecordPayment(invoiceId: $id, reference: \"BANK-42\") { invoice { status } userErrors { code } }\n}"): (typeof documents)["mutation InvoiceMailRecordPayment($id: ID!) {\n  invoiceRecordPayment(invoiceId: $id, reference: \"BANK-42\") { invoice { status } userErrors { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceMailUpdatePayment($id: ID!, $input: SubscriptionPaymentInput!) {\n  subscriptionUpdatePayment(id: $id, input: $input) {\n    subscription { savedPaymentMethod { id } } invoice { number status } userErrors { code }\n  }\n}"): (typeof documents)["mutation InvoiceMailUpdatePayment($id: ID!, $input: SubscriptionPaymentInput!) {\n  subscriptionUpdatePayment(id: $id, input: $input) {\n    subscription { savedPaymentMethod { id } } invoice { number status } userErrors { code }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceMailSetDefault($id: ID!) {\n  paymentMethodSetDefault(id: $id) { userErrors { code } }\n}"): (typeof documents)["mutation InvoiceMailSetDefault($id: ID!) {\n  paymentMethodSetDefault(id: $id) { userErrors { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CompleteInvoice on Invoice {\n  id number status total netTotal vatAmount vatRateBp vatTreatment subtotal discountTotal\n  issuedAt dueAt paidAt paymentReference pdfUrl\n  seller { name addressLines country vatId bank { iban } }\n  billTo { name addressLines country vatId purchaseOrderReference }\n  bankDetails { bankName iban bic }\n  lines { description quantity unitPrice amount periodStart periodEnd customerName }\n}"): (typeof documents)["fragment CompleteInvoice on Invoice {\n  id number status total netTotal vatAmount vatRateBp vatTreatment subtotal discountTotal\n  issuedAt dueAt paidAt paymentReference pdfUrl\n  seller { name addressLines country vatId bank { iban } }\n  billTo { name addressLines country vatId purchaseOrderReference }\n  bankDetails { bankName iban bic }\n  lines { description quantity unitPrice amount periodStart periodEnd customerName }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoicesBillingProfile {\n  billingProfile { legalName addressLine1 addressLine2 postalCode city country vatId purchaseOrderReference }\n}"): (typeof documents)["query InvoicesBillingProfile {\n  billingProfile { legalName addressLine1 addressLine2 postalCode city country vatId purchaseOrderReference }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoicesBillingProfileUpdate($input: BillingProfileInput!) {\n  billingProfileUpdate(input: $input) {\n    billingProfile { legalName country vatId purchaseOrderReference }\n    userErrors { code field message }\n  }\n}"): (typeof documents)["mutation InvoicesBillingProfileUpdate($input: BillingProfileInput!) {\n  billingProfileUpdate(input: $input) {\n    billingProfile { legalName country vatId purchaseOrderReference }\n    userErrors { code field message }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoicesPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) { invoice { ...CompleteInvoice } userErrors { code field message } }\n}"): (typeof documents)["mutation InvoicesPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) { invoice { ...CompleteInvoice } userErrors { code field message } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoicesQuote($input: QuoteInput!) {\n  quote(input: $input) {\n    quote { vendorPrice vendorPriceWithVat vat { treatment rateBp amount } }\n    userErrors { code }\n  }\n}"): (typeof documents)["query InvoicesQuote($input: QuoteInput!) {\n  quote(input: $input) {\n    quote { vendorPrice vendorPriceWithVat vat { treatment rateBp amount } }\n    userErrors { code }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoicesChangeQuote($id: ID!, $quantity: Int!) {\n  subscriptionChangeQuote(id: $id, quantity: $quantity) {\n    changeQuote { amountDueNow totalDueNow vatDueNow { treatment rateBp amount } }\n    userErrors { code }\n  }\n}"): (typeof documents)["query InvoicesChangeQuote($id: ID!, $quantity: Int!) {\n  subscriptionChangeQuote(id: $id, quantity: $quantity) {\n    changeQuote { amountDueNow totalDueNow vatDueNow { treatment rateBp amount } }\n    userErrors { code }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoicesChangeQuantity($id: ID!, $quantity: Int!) {\n  subscriptionChangeQuantity(id: $id, quantity: $quantity) {\n    invoice { ...CompleteInvoice }\n    userErrors { code field }\n  }\n}"): (typeof documents)["mutation InvoicesChangeQuantity($id: ID!, $quantity: Int!) {\n  subscriptionChangeQuantity(id: $id, quantity: $quantity) {\n    invoice { ...CompleteInvoice }\n    userErrors { code field }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoicesSubscriptionOf($id: ID!) {\n  invoice(id: $id) { subscriptionId }\n}"): (typeof documents)["query InvoicesSubscriptionOf($id: ID!) {\n  invoice(id: $id) { subscriptionId }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoicesCustomers { customers(first: 5) { nodes { id companyName } } }"): (typeof documents)["query InvoicesCustomers { customers(first: 5) { nodes { id companyName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoicesVendorList {\n  vendorInvoices(first: 50) { nodes { id number reseller { id name } } }\n}"): (typeof documents)["query InvoicesVendorList {\n  vendorInvoices(first: 50) { nodes { id number reseller { id name } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoicesOne($id: ID!) { invoice(id: $id) { number reseller { name } } }"): (typeof documents)["query InvoicesOne($id: ID!) { invoice(id: $id) { number reseller { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoicesVendorPage($first: Int) {\n      vendorInvoices(first: $first) { nodes { number reseller { name } billTo { name } lines { amount customerName } } }\n    }"): (typeof documents)["query InvoicesVendorPage($first: Int) {\n      vendorInvoices(first: $first) { nodes { number reseller { name } billTo { name } lines { amount customerName } } }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JobsPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) { subscription { id } userErrors { code field message } }\n}"): (typeof documents)["mutation JobsPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) { subscription { id } userErrors { code field message } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JobsAddContact($i: BillingContactAddInput!) { billingContactAdd(input: $i) { userErrors { code } } }"): (typeof documents)["mutation JobsAddContact($i: BillingContactAddInput!) { billingContactAdd(input: $i) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JobsCustomerInvite($i: CustomerInviteInput!) { customerInvite(input: $i) { userErrors { code field } } }"): (typeof documents)["mutation JobsCustomerInvite($i: CustomerInviteInput!) { customerInvite(input: $i) { userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeysCreate($i: ApiKeyCreateInput!) {\n  apiKeyCreate(input: $i) { apiKey { id name scope prefix lastUsedAt revokedAt } secret userErrors { code field } }\n}"): (typeof documents)["mutation KeysCreate($i: ApiKeyCreateInput!) {\n  apiKeyCreate(input: $i) { apiKey { id name scope prefix lastUsedAt revokedAt } secret userErrors { code field } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeysPermissions { viewer { permissions } }"): (typeof documents)["query KeysPermissions { viewer { permissions } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeysIds { apiKeys { id } }"): (typeof documents)["query KeysIds { apiKeys { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeysListed { apiKeys { id name prefix lastUsedAt } }"): (typeof documents)["query KeysListed { apiKeys { id name prefix lastUsedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeysViewer { viewer { user { email } account { name } apiKey { name scope } permissions } }"): (typeof documents)["query KeysViewer { viewer { user { email } account { name } apiKey { name scope } permissions } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeysLastUsed { apiKeys { lastUsedAt } }"): (typeof documents)["query KeysLastUsed { apiKeys { lastUsedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeysRevoke($id: ID!) { apiKeyRevoke(id: $id) { apiKey { revokedAt } userErrors { code } } }"): (typeof documents)["mutation KeysRevoke($id: ID!) { apiKeyRevoke(id: $id) { apiKey { revokedAt } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeysRevokeAgain($id: ID!) { apiKeyRevoke(id: $id) { userErrors { code } } }"): (typeof documents)["mutation KeysRevokeAgain($id: ID!) { apiKeyRevoke(id: $id) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeysRevokeOthers($id: ID!) { apiKeyRevoke(id: $id) { apiKey { id } userErrors { code } } }"): (typeof documents)["mutation KeysRevokeOthers($id: ID!) { apiKeyRevoke(id: $id) { apiKey { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContactsAdd($i: BillingContactAddInput!) { billingContactAdd(input: $i) { billingContact { id email } userErrors { code field } } }"): (typeof documents)["mutation ContactsAdd($i: BillingContactAddInput!) { billingContactAdd(input: $i) { billingContact { id email } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContactsRemove($id: ID!) { billingContactRemove(id: $id) { billingContact { id } userErrors { code } } }"): (typeof documents)["mutation ContactsRemove($id: ID!) { billingContactRemove(id: $id) { billingContact { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactsIds { billingContacts { id } }"): (typeof documents)["query ContactsIds { billingContacts { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactsEmails { billingContacts { email } }"): (typeof documents)["query ContactsEmails { billingContacts { email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResellersPage($first: Int, $after: String, $search: String) {\n    resellers(first: $first, after: $after, search: $search) {\n      totalCount nodes { id name status tier { code } owner { email } } pageInfo { hasNextPage endCursor }\n    }\n  }"): (typeof documents)["query ResellersPage($first: Int, $after: String, $search: String) {\n    resellers(first: $first, after: $after, search: $search) {\n      totalCount nodes { id name status tier { code } owner { email } } pageInfo { hasNextPage endCursor }\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResellersEnable($i: ResellerEnableInput!) { resellerEnable(input: $i) { reseller { id } } }"): (typeof documents)["mutation ResellersEnable($i: ResellerEnableInput!) { resellerEnable(input: $i) { reseller { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResellersToSilver($id: ID!) { resellerSetTier(id: $id, tierCode: \"SILVER\") { reseller { tier { code } } userErrors { code } } }"): (typeof documents)["mutation ResellersToSilver($id: ID!) { resellerSetTier(id: $id, tierCode: \"SILVER\") { reseller { tier { code } } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResellersOwnTier { viewer { account { tier { code } } } }"): (typeof documents)["query ResellersOwnTier { viewer { account { tier { code } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResellersDisable($id: ID!) { resellerDisable(id: $id) { reseller { status } } }"): (typeof documents)["mutation ResellersDisable($id: ID!) { resellerDisable(id: $id) { reseller { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResellersOwnStatus { viewer { account { status } permissions } }"): (typeof documents)["query ResellersOwnStatus { viewer { account { status } permissions } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResellersTeam { teamMembers { id } }"): (typeof documents)["query ResellersTeam { teamMembers { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UsageKeyCreate($i: IngestionKeyCreateInput!) {\n  ingestionKeyCreate(input: $i) { ingestionKey { id name prefix createdBy } secret userErrors { code field } }\n}"): (typeof documents)["mutation UsageKeyCreate($i: IngestionKeyCreateInput!) {\n  ingestionKeyCreate(input: $i) { ingestionKey { id name prefix createdBy } secret userErrors { code field } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UsageKeyRevoke($id: ID!) {\n  ingestionKeyRevoke(id: $id) { ingestionKey { revokedAt } userErrors { code } }\n}"): (typeof documents)["mutation UsageKeyRevoke($id: ID!) {\n  ingestionKeyRevoke(id: $id) { ingestionKey { revokedAt } userErrors { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UsageReport($i: UsageReportInput!) {\n  usageReport(input: $i) {\n    receipt { reportId rows currentUpdated receivedAt replayed }\n    userErrors { code field message }\n  }\n}"): (typeof documents)["mutation UsageReport($i: UsageReportInput!) {\n  usageReport(input: $i) {\n    receipt { reportId rows currentUpdated receivedAt replayed }\n    userErrors { code field message }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsageBook { licenseUsage { productCode agents licenses overBy } }"): (typeof documents)["query UsageBook { licenseUsage { productCode agents licenses overBy } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsageOfCustomer($id: ID!) {\n  customerUsage(customerId: $id) { productCode productName agents licenses overBy reportedAt licensedElsewhere }\n}"): (typeof documents)["query UsageOfCustomer($id: ID!) {\n  customerUsage(customerId: $id) { productCode productName agents licenses overBy reportedAt licensedElsewhere }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsageHistory($id: ID!, $code: String!) {\n  customerUsageHistory(customerId: $id, productCode: $code, days: 7) { day agents }\n}"): (typeof documents)["query UsageHistory($id: ID!, $code: String!) {\n  customerUsageHistory(customerId: $id, productCode: $code, days: 7) { day agents }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsagePortal { portalUsage { productCode agents licenses overBy } }"): (typeof documents)["query UsagePortal { portalUsage { productCode agents licenses overBy } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsageCustomers { customers(first: 50) { nodes { id email } } }"): (typeof documents)["query UsageCustomers { customers(first: 50) { nodes { id email } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UsagePurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) { subscription { id } userErrors { code } }\n}"): (typeof documents)["mutation UsagePurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) { subscription { id } userErrors { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UsageChange($id: ID!, $q: Int!) {\n  subscriptionChangeQuantity(id: $id, quantity: $q) { subscription { quantity } userErrors { code } }\n}"): (typeof documents)["mutation UsageChange($id: ID!, $q: Int!) {\n  subscriptionChangeQuantity(id: $id, quantity: $q) { subscription { quantity } userErrors { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsageKeys { ingestionKeys { id name revokedAt } }"): (typeof documents)["query UsageKeys { ingestionKeys { id name revokedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinksActivate($i: AccountActivateInput!) {\n  accountActivate(input: $i) { viewer { user { email name } account { name } role } userErrors { code field message } }\n}"): (typeof documents)["mutation LinksActivate($i: AccountActivateInput!) {\n  accountActivate(input: $i) { viewer { user { email name } account { name } role } userErrors { code field message } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamInvite($i: TeamMemberInviteInput!) {\n  teamMemberInvite(input: $i) { invitation { id email role status expiresAt } userErrors { code field message } }\n}"): (typeof documents)["mutation TeamInvite($i: TeamMemberInviteInput!) {\n  teamMemberInvite(input: $i) { invitation { id email role status expiresAt } userErrors { code field message } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Team { teamMembers { id role user { email status } } teamInvitations { id email role } }"): (typeof documents)["query Team { teamMembers { id role user { email status } } teamInvitations { id email role } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LinksTokenStatus($t: String!) { tokenInfo(token: $t) { status } }"): (typeof documents)["query LinksTokenStatus($t: String!) { tokenInfo(token: $t) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinksResellerEnable($i: ResellerEnableInput!) {\n        resellerEnable(input: $i) { reseller { id tier { code } owner { email status } } userErrors { code field } }\n      }"): (typeof documents)["mutation LinksResellerEnable($i: ResellerEnableInput!) {\n        resellerEnable(input: $i) { reseller { id tier { code } owner { email status } } userErrors { code field } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LinksTokenInfo($t: String!) { tokenInfo(token: $t) { status purpose email accountName needsPassword } }"): (typeof documents)["query LinksTokenInfo($t: String!) { tokenInfo(token: $t) { status purpose email accountName needsPassword } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinksUnknownTier { resellerEnable(input: { ownerEmail: \"x@y.example\", companyName: \"X\", tierCode: \"PLATINUM\" }) { userErrors { code field } } }"): (typeof documents)["mutation LinksUnknownTier { resellerEnable(input: { ownerEmail: \"x@y.example\", companyName: \"X\", tierCode: \"PLATINUM\" }) { userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamInvitationResend($id: ID!) { teamInvitationResend(invitationId: $id) { invitation { id } } }"): (typeof documents)["mutation TeamInvitationResend($id: ID!) { teamInvitationResend(invitationId: $id) { invitation { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamInviteNamed($i: TeamMemberInviteInput!) {\n        teamMemberInvite(input: $i) { invitation { email name } userErrors { code } }\n      }"): (typeof documents)["mutation TeamInviteNamed($i: TeamMemberInviteInput!) {\n        teamMemberInvite(input: $i) { invitation { email name } userErrors { code } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamInvitationNames { teamInvitations { email name } }"): (typeof documents)["query TeamInvitationNames { teamInvitations { email name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LinksInviteeName($t: String!) { tokenInfo(token: $t) { name needsPassword role } }"): (typeof documents)["query LinksInviteeName($t: String!) { tokenInfo(token: $t) { name needsPassword role } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinksRemoveMember($id: ID!) { teamMemberRemove(memberId: $id) { userErrors { code } } }"): (typeof documents)["mutation LinksRemoveMember($id: ID!) { teamMemberRemove(memberId: $id) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LinksReturning($t: String!) { tokenInfo(token: $t) { status needsPassword } }"): (typeof documents)["query LinksReturning($t: String!) { tokenInfo(token: $t) { status needsPassword } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamInvitationRevoke($id: ID!) { teamInvitationRevoke(invitationId: $id) { invitation { status } } }"): (typeof documents)["mutation TeamInvitationRevoke($id: ID!) { teamInvitationRevoke(invitationId: $id) { invitation { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamChangeRole($i: TeamMemberChangeRoleInput!) { teamMemberChangeRole(input: $i) { member { role } userErrors { code } } }"): (typeof documents)["mutation TeamChangeRole($i: TeamMemberChangeRoleInput!) { teamMemberChangeRole(input: $i) { member { role } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamChangeOwnerRole($i: TeamMemberChangeRoleInput!) { teamMemberChangeRole(input: $i) { userErrors { code } } }"): (typeof documents)["mutation TeamChangeOwnerRole($i: TeamMemberChangeRoleInput!) { teamMemberChangeRole(input: $i) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamMemberRemove($id: ID!) { teamMemberRemove(memberId: $id) { userErrors { code } } }"): (typeof documents)["mutation TeamMemberRemove($id: ID!) { teamMemberRemove(memberId: $id) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamRemovedViewer { viewer { role } }"): (typeof documents)["query TeamRemovedViewer { viewer { role } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamOwnershipTransfer($id: ID!) { teamOwnershipTransfer(memberId: $id) { members { role user { email } } userErrors { code } } }"): (typeof documents)["mutation TeamOwnershipTransfer($id: ID!) { teamOwnershipTransfer(memberId: $id) { members { role user { email } } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BalancedViewer { viewer { user { email } } }"): (typeof documents)["query BalancedViewer { viewer { user { email } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BalancedPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) { subscription { id } userErrors { code field message } }\n}"): (typeof documents)["mutation BalancedPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) { subscription { id } userErrors { code field message } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BalancedAddContact($i: BillingContactAddInput!) { billingContactAdd(input: $i) { userErrors { code } } }"): (typeof documents)["mutation BalancedAddContact($i: BillingContactAddInput!) { billingContactAdd(input: $i) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BalancedInvite($i: CustomerInviteInput!) { customerInvite(input: $i) { userErrors { code field } } }"): (typeof documents)["mutation BalancedInvite($i: CustomerInviteInput!) { customerInvite(input: $i) { userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailCustomerInvite($i: CustomerInviteInput!) {\n  customerInvite(input: $i) { customer { id } userErrors { code field } }\n}"): (typeof documents)["mutation MailCustomerInvite($i: CustomerInviteInput!) {\n  customerInvite(input: $i) { customer { id } userErrors { code field } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MalformedInputKey($i: ApiKeyCreateInput!) { apiKeyCreate(input: $i) { secret } }"): (typeof documents)["mutation MalformedInputKey($i: ApiKeyCreateInput!) { apiKeyCreate(input: $i) { secret } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MetricsHealth { health { status } }"): (typeof documents)["query MetricsHealth { health { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MetricsCustomerInvite($i: CustomerInviteInput!) { customerInvite(input: $i) { userErrors { code } } }"): (typeof documents)["mutation MetricsCustomerInvite($i: CustomerInviteInput!) { customerInvite(input: $i) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NoticesPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) {\n    subscription { id currentPeriodEnd }\n    userErrors { code field message }\n  }\n}"): (typeof documents)["mutation NoticesPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) {\n    subscription { id currentPeriodEnd }\n    userErrors { code field message }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NoticesAddContact($i: BillingContactAddInput!) { billingContactAdd(input: $i) { userErrors { code } } }"): (typeof documents)["mutation NoticesAddContact($i: BillingContactAddInput!) { billingContactAdd(input: $i) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NoticesTrialStart($c: ID!, $p: String!) { trialStart(customerId: $c, productCode: $p) { trial { endsAt } userErrors { code } } }"): (typeof documents)["mutation NoticesTrialStart($c: ID!, $p: String!) { trialStart(customerId: $c, productCode: $p) { trial { endsAt } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NoticesInvoices { invoices(first: 10) { nodes { kind status total } } }"): (typeof documents)["query NoticesInvoices { invoices(first: 10) { nodes { kind status total } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UpcomingNotices($first: Int, $after: String, $within: Int) {\n  upcomingNotices(first: $first, after: $after, withinDays: $within) {\n    totalCount\n    nodes { kind date quantity amount currency noticeDate noticeSentAt subscription { id customer { companyName } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}"): (typeof documents)["query UpcomingNotices($first: Int, $after: String, $within: Int) {\n  upcomingNotices(first: $first, after: $after, withinDays: $within) {\n    totalCount\n    nodes { kind date quantity amount currency noticeDate noticeSentAt subscription { id customer { companyName } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsCostBomb { customers(first: 100) { nodes { subscriptions { customer { subscriptions { customer {\n      subscriptions { id } } } } } } } }"): (typeof documents)["query LimitsCostBomb { customers(first: 100) { nodes { subscriptions { customer { subscriptions { customer {\n      subscriptions { id } } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsBigPage { customers(first: 100) { nodes { id } } }"): (typeof documents)["query LimitsBigPage { customers(first: 100) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsBombByVariables($first: Int) { customers(first: $first) { nodes { subscriptions { customer {\n      subscriptions { customer { id } } } } } } }"): (typeof documents)["query LimitsBombByVariables($first: Int) { customers(first: $first) { nodes { subscriptions { customer {\n      subscriptions { customer { id } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductionIntrospection { __schema { queryType { name } types { name } } }"): (typeof documents)["query ProductionIntrospection { __schema { queryType { name } types { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductionTierCodes { tiers { code } }"): (typeof documents)["query ProductionTierCodes { tiers { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductionPermissions { viewer { permissions } }"): (typeof documents)["query ProductionPermissions { viewer { permissions } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductionTierNames { tiers { code name } }"): (typeof documents)["query ProductionTierNames { tiers { code name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StaffActivate($i: AccountActivateInput!) {\n  accountActivate(input: $i) { viewer { user { email } } userErrors { code field message } }\n}"): (typeof documents)["mutation StaffActivate($i: AccountActivateInput!) {\n  accountActivate(input: $i) { viewer { user { email } } userErrors { code field message } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductionTiers { tiers { code } }"): (typeof documents)["query ProductionTiers { tiers { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffPermissions { viewer { permissions } }"): (typeof documents)["query StaffPermissions { viewer { permissions } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StaffResellerEnable($i: ResellerEnableInput!) { resellerEnable(input: $i) { userErrors { code } } }"): (typeof documents)["mutation StaffResellerEnable($i: ResellerEnableInput!) { resellerEnable(input: $i) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuarterlyProducts {\n  products { code periods { period unitPrice minimumQuantity months noticeDays } }\n}"): (typeof documents)["query QuarterlyProducts {\n  products { code periods { period unitPrice minimumQuantity months noticeDays } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QuarterlyProductUpdate($code: String!, $i: ProductUpdateInput!) {\n  productUpdate(code: $code, input: $i) {\n    product { code monthlyPrice periods { period unitPrice minimumQuantity } }\n    userErrors { code field }\n  }\n}"): (typeof documents)["mutation QuarterlyProductUpdate($code: String!, $i: ProductUpdateInput!) {\n  productUpdate(code: $code, input: $i) {\n    product { code monthlyPrice periods { period unitPrice minimumQuantity } }\n    userErrors { code field }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuarterlyQuote($i: QuoteInput!) {\n  quote(input: $i) {\n    quote { period quantity unitListPrice retailPrice volumeDiscount partnerDiscount vendorPrice }\n    userErrors { code field message }\n  }\n}"): (typeof documents)["query QuarterlyQuote($i: QuoteInput!) {\n  quote(input: $i) {\n    quote { period quantity unitListPrice retailPrice volumeDiscount partnerDiscount vendorPrice }\n    userErrors { code field message }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QuarterlyPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) {\n    subscription { id period quantity currentPeriodStart currentPeriodEnd }\n    invoice { total lines { description quantity unitPrice amount periodStart periodEnd } }\n    userErrors { code field message }\n  }\n}"): (typeof documents)["mutation QuarterlyPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) {\n    subscription { id period quantity currentPeriodStart currentPeriodEnd }\n    invoice { total lines { description quantity unitPrice amount periodStart periodEnd } }\n    userErrors { code field message }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QuarterlyChange($id: ID!, $q: Int!) {\n  subscriptionChangeQuantity(id: $id, quantity: $q) {\n    subscription { quantity nextQuantity }\n    invoice { total lines { description quantity unitPrice amount } }\n    userErrors { code field message }\n  }\n}"): (typeof documents)["mutation QuarterlyChange($id: ID!, $q: Int!) {\n  subscriptionChangeQuantity(id: $id, quantity: $q) {\n    subscription { quantity nextQuantity }\n    invoice { total lines { description quantity unitPrice amount } }\n    userErrors { code field message }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuarterlyInvoices {\n  invoices(first: 5) { nodes { kind total lines { description quantity unitPrice amount periodStart periodEnd } } }\n}"): (typeof documents)["query QuarterlyInvoices {\n  invoices(first: 5) { nodes { kind total lines { description quantity unitPrice amount periodStart periodEnd } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuarterlySubscriptionEnds($id: ID!) {\n  subscription(id: $id) { status quantity currentPeriodStart currentPeriodEnd }\n}"): (typeof documents)["query QuarterlySubscriptionEnds($id: ID!) {\n  subscription(id: $id) { status quantity currentPeriodStart currentPeriodEnd }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QuarterlyAsk($i: QuoteRequestCreateInput!) {\n  quoteRequestCreate(input: $i) { quoteRequest { id period quantity } userErrors { code field } }\n}"): (typeof documents)["mutation QuarterlyAsk($i: QuoteRequestCreateInput!) {\n  quoteRequestCreate(input: $i) { quoteRequest { id period quantity } userErrors { code field } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QuarterlyAnswer($id: ID!, $price: SafeInt!, $until: DateTimeISO!) {\n  quoteRequestAnswer(id: $id, unitPrice: $price, validUntil: $until) { userErrors { code } }\n}"): (typeof documents)["mutation QuarterlyAnswer($id: ID!, $price: SafeInt!, $until: DateTimeISO!) {\n  quoteRequestAnswer(id: $id, unitPrice: $price, validUntil: $until) { userErrors { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QuarterlyAccept($i: QuoteRequestAcceptInput!) {\n  quoteRequestAccept(input: $i) {\n    subscription { period quantity currentPeriodStart currentPeriodEnd }\n    invoice { lines { description unitPrice quantity amount } }\n    userErrors { code }\n  }\n}"): (typeof documents)["mutation QuarterlyAccept($i: QuoteRequestAcceptInput!) {\n  quoteRequestAccept(input: $i) {\n    subscription { period quantity currentPeriodStart currentPeriodEnd }\n    invoice { lines { description unitPrice quantity amount } }\n    userErrors { code }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QuoteAsk($i: QuoteRequestCreateInput!) {\n  quoteRequestCreate(input: $i) {\n    quoteRequest { id reference status period quantity customerId customerName note product { code } resellerName }\n    userErrors { code field message }\n  }\n}"): (typeof documents)["mutation QuoteAsk($i: QuoteRequestCreateInput!) {\n  quoteRequestCreate(input: $i) {\n    quoteRequest { id reference status period quantity customerId customerName note product { code } resellerName }\n    userErrors { code field message }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuoteMine($status: QuoteRequestStatus) {\n  quoteRequests(status: $status) {\n    totalCount\n    edges { node { id reference status unitPrice validUntil product { code bands { minQuantity } } } }\n  }\n}"): (typeof documents)["query QuoteMine($status: QuoteRequestStatus) {\n  quoteRequests(status: $status) {\n    totalCount\n    edges { node { id reference status unitPrice validUntil product { code bands { minQuantity } } } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuoteOne($id: ID!) { quoteRequest(id: $id) { id status reference } }"): (typeof documents)["query QuoteOne($id: ID!) { quoteRequest(id: $id) { id status reference } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuoteQueue($status: QuoteRequestStatus) {\n  vendorQuoteRequests(status: $status, first: 100) { totalCount edges { node { id reference resellerName status } } }\n}"): (typeof documents)["query QuoteQueue($status: QuoteRequestStatus) {\n  vendorQuoteRequests(status: $status, first: 100) { totalCount edges { node { id reference resellerName status } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QuoteAnswer($id: ID!, $price: SafeInt!, $until: DateTimeISO!) {\n  quoteRequestAnswer(id: $id, unitPrice: $price, validUntil: $until) {\n    quoteRequest { id status unitPrice currency validUntil }\n    userErrors { code field message }\n  }\n}"): (typeof documents)["mutation QuoteAnswer($id: ID!, $price: SafeInt!, $until: DateTimeISO!) {\n  quoteRequestAnswer(id: $id, unitPrice: $price, validUntil: $until) {\n    quoteRequest { id status unitPrice currency validUntil }\n    userErrors { code field message }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QuoteDecline($id: ID!, $reason: String!) {\n  quoteRequestDecline(id: $id, reason: $reason) { quoteRequest { id status declineReason } userErrors { code field } }\n}"): (typeof documents)["mutation QuoteDecline($id: ID!, $reason: String!) {\n  quoteRequestDecline(id: $id, reason: $reason) { quoteRequest { id status declineReason } userErrors { code field } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QuoteAccept($i: QuoteRequestAcceptInput!) {\n  quoteRequestAccept(input: $i) {\n    quoteRequest { id status subscriptionId acceptedAt }\n    subscription { id quantity period customer { companyName } }\n    invoice { id pdfUrl lines { description unitPrice quantity volumeDiscount partnerDiscount amount } }\n    userErrors { code field message }\n  }\n}"): (typeof documents)["mutation QuoteAccept($i: QuoteRequestAcceptInput!) {\n  quoteRequestAccept(input: $i) {\n    quoteRequest { id status subscriptionId acceptedAt }\n    subscription { id quantity period customer { companyName } }\n    invoice { id pdfUrl lines { description unitPrice quantity volumeDiscount partnerDiscount amount } }\n    userErrors { code field message }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuoteCustomers { customers(search: \"Contoso\") { edges { node { id companyName } } } }"): (typeof documents)["query QuoteCustomers { customers(search: \"Contoso\") { edges { node { id companyName } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RateKey($i: ApiKeyCreateInput!) { apiKeyCreate(input: $i) { secret } }"): (typeof documents)["mutation RateKey($i: ApiKeyCreateInput!) { apiKeyCreate(input: $i) { secret } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RateCheap { viewer { permissions } }"): (typeof documents)["query RateCheap { viewer { permissions } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RateHealth { health { status } }"): (typeof documents)["query RateHealth { health { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RateCustomersPage { customers(first: 100) { nodes { id } } }"): (typeof documents)["query RateCustomersPage { customers(first: 100) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignUpCompany($i: SignUpInput!) {\n  signUp(input: $i) { email userErrors { code field message } }\n}"): (typeof documents)["mutation SignUpCompany($i: SignUpInput!) {\n  signUp(input: $i) { email userErrors { code field message } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignUpConfirmLink($t: String!) {\n  signUpConfirm(token: $t) {\n    viewer { user { email status } account { name status country tier { code } } role permissions }\n    userErrors { code field message }\n  }\n}"): (typeof documents)["mutation SignUpConfirmLink($t: String!) {\n  signUpConfirm(token: $t) {\n    viewer { user { email status } account { name status country tier { code } } role permissions }\n    userErrors { code field message }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignUpLinkInfo($t: String!) {\n  tokenInfo(token: $t) { status purpose email accountName needsPassword }\n}"): (typeof documents)["query SignUpLinkInfo($t: String!) {\n  tokenInfo(token: $t) { status purpose email accountName needsPassword }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApplicationSubmit($i: ResellerApplicationSubmitInput!) {\n  resellerApplicationSubmit(input: $i) {\n    application { id status website countries expectedLicensesPerYear message companyName country ownerEmail }\n    userErrors { code field message }\n  }\n}"): (typeof documents)["mutation ApplicationSubmit($i: ResellerApplicationSubmitInput!) {\n  resellerApplicationSubmit(input: $i) {\n    application { id status website countries expectedLicensesPerYear message companyName country ownerEmail }\n    userErrors { code field message }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApplicationMine { resellerApplication { id status declineReason tier { code } } }"): (typeof documents)["query ApplicationMine { resellerApplication { id status declineReason tier { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApplicationQueue($status: ResellerApplicationStatus, $after: String) {\n  resellerApplications(status: $status, first: 2, after: $after) {\n    totalCount\n    edges { node { id companyName country ownerEmail website status submittedAt } }\n    pageInfo { hasNextPage endCursor }\n  }\n}"): (typeof documents)["query ApplicationQueue($status: ResellerApplicationStatus, $after: String) {\n  resellerApplications(status: $status, first: 2, after: $after) {\n    totalCount\n    edges { node { id companyName country ownerEmail website status submittedAt } }\n    pageInfo { hasNextPage endCursor }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApplicationApprove($id: ID!, $tier: String!) {\n  resellerApplicationApprove(id: $id, tierCode: $tier) {\n    application { id status decidedAt tier { code } }\n    userErrors { code field message }\n  }\n}"): (typeof documents)["mutation ApplicationApprove($id: ID!, $tier: String!) {\n  resellerApplicationApprove(id: $id, tierCode: $tier) {\n    application { id status decidedAt tier { code } }\n    userErrors { code field message }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApplicationDecline($id: ID!, $reason: String!) {\n  resellerApplicationDecline(id: $id, reason: $reason) {\n    application { id status decidedAt declineReason tier { code } }\n    userErrors { code field message }\n  }\n}"): (typeof documents)["mutation ApplicationDecline($id: ID!, $reason: String!) {\n  resellerApplicationDecline(id: $id, reason: $reason) {\n    application { id status decidedAt declineReason tier { code } }\n    userErrors { code field message }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApplicantCustomers { customers { totalCount } }"): (typeof documents)["query ApplicantCustomers { customers { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApplicationResellers($search: String) { resellers(search: $search) { totalCount } }"): (typeof documents)["query ApplicationResellers($search: String) { resellers(search: $search) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnexStatusOf {\n  annexStatus {\n    inForce { id version title effectiveAt }\n    upcoming { id version }\n    acceptedInForce\n    acceptedUpcoming\n    canAccept\n    acceptors { email }\n    acceptances { id acceptedAt ip pdfUrl acceptedBy { email } annexVersion { version } }\n  }\n}"): (typeof documents)["query AnnexStatusOf {\n  annexStatus {\n    inForce { id version title effectiveAt }\n    upcoming { id version }\n    acceptedInForce\n    acceptedUpcoming\n    canAccept\n    acceptors { email }\n    acceptances { id acceptedAt ip pdfUrl acceptedBy { email } annexVersion { version } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnnexPublishVersion($i: AnnexPublishInput!) {\n  annexPublish(input: $i) { annexVersion { id version title effectiveAt bodyHtml } userErrors { code field message } }\n}"): (typeof documents)["mutation AnnexPublishVersion($i: AnnexPublishInput!) {\n  annexPublish(input: $i) { annexVersion { id version title effectiveAt bodyHtml } userErrors { code field message } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnnexAcceptVersion($id: ID!) {\n  annexAccept(versionId: $id) { acceptance { id annexVersion { version } acceptedBy { email } } userErrors { code field message } }\n}"): (typeof documents)["mutation AnnexAcceptVersion($id: ID!) {\n  annexAccept(versionId: $id) { acceptance { id annexVersion { version } acceptedBy { email } } userErrors { code field message } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnexVersionsList { annexVersions(first: 50) { totalCount edges { node { version } } } }"): (typeof documents)["query AnnexVersionsList { annexVersions(first: 50) { totalCount edges { node { version } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnnexBuy($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) { subscription { id currentPeriodEnd status } userErrors { code field message } }\n}"): (typeof documents)["mutation AnnexBuy($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) { subscription { id currentPeriodEnd status } userErrors { code field message } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnexSubscription($id: ID!) { subscription(id: $id) { status currentPeriodEnd } }"): (typeof documents)["query AnnexSubscription($id: ID!) { subscription(id: $id) { status currentPeriodEnd } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnnexCustomer($i: CustomerInviteInput!) {\n  customerInvite(input: $i) { customer { id } userErrors { code } }\n}"): (typeof documents)["mutation AnnexCustomer($i: CustomerInviteInput!) {\n  customerInvite(input: $i) { customer { id } userErrors { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnexTrialEligibility($c: ID!) {\n  trialEligibility(customerId: $c, productCode: \"PRO\") { eligible reasons { code message } }\n}"): (typeof documents)["query AnnexTrialEligibility($c: ID!) {\n  trialEligibility(customerId: $c, productCode: \"PRO\") { eligible reasons { code message } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnnexTrial($c: ID!) {\n  trialStart(customerId: $c, productCode: \"PRO\") { trial { id } userErrors { code field message } }\n}"): (typeof documents)["mutation AnnexTrial($c: ID!) {\n  trialStart(customerId: $c, productCode: \"PRO\") { trial { id } userErrors { code field message } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnnexPaypal($e: String!) {\n  paymentMethodAddPaypal(input: { email: $e }) { paymentMethod { id } userErrors { code } }\n}"): (typeof documents)["mutation AnnexPaypal($e: String!) {\n  paymentMethodAddPaypal(input: { email: $e }) { paymentMethod { id } userErrors { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnnexKey($i: ApiKeyCreateInput!) { apiKeyCreate(input: $i) { secret } }"): (typeof documents)["mutation AnnexKey($i: ApiKeyCreateInput!) { apiKeyCreate(input: $i) { secret } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignedInViewer { viewer { user { email } account { name } role permissions } }"): (typeof documents)["query SignedInViewer { viewer { user { email } account { name } role permissions } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignInCodes($i: SignInInput!) { signIn(input: $i) { userErrors { code } } }"): (typeof documents)["mutation SignInCodes($i: SignInInput!) { signIn(input: $i) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignOutHere { signOut { signedOut } }"): (typeof documents)["mutation SignOutHere { signOut { signedOut } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignOutAll { signOutEverywhere { signedOut } }"): (typeof documents)["mutation SignOutAll { signOutEverywhere { signedOut } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ViewerRole { viewer { user { email } role } }"): (typeof documents)["query ViewerRole { viewer { user { email } role } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StartupTiers { tiers { code } }"): (typeof documents)["query StartupTiers { tiers { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StartupDatabase { health { database } }"): (typeof documents)["query StartupDatabase { health { database } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SubscriptionParts on Subscription {\n  id status quantity nextQuantity nextQuantityFrom renew period paymentMethod\n  currentPeriodStart currentPeriodEnd product { code } customer { id companyName } assignedAt\n}"): (typeof documents)["fragment SubscriptionParts on Subscription {\n  id status quantity nextQuantity nextQuantityFrom renew period paymentMethod\n  currentPeriodStart currentPeriodEnd product { code } customer { id companyName } assignedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InvoiceParts on Invoice {\n  id number status kind total subtotal discountTotal currency paidAt pdfUrl\n  lines { description quantity unitPrice retailAmount volumeDiscountBp volumeDiscount partnerDiscountBp partnerDiscount amount }\n}"): (typeof documents)["fragment InvoiceParts on Invoice {\n  id number status kind total subtotal discountTotal currency paidAt pdfUrl\n  lines { description quantity unitPrice retailAmount volumeDiscountBp volumeDiscount partnerDiscountBp partnerDiscount amount }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubscriptionsPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) {\n    subscription { ...SubscriptionParts }\n    invoice { ...InvoiceParts }\n    userErrors { code field message }\n  }\n}"): (typeof documents)["mutation SubscriptionsPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) {\n    subscription { ...SubscriptionParts }\n    invoice { ...InvoiceParts }\n    userErrors { code field message }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubscriptionsChangeQuantity($id: ID!, $q: Int!, $key: String) {\n  subscriptionChangeQuantity(id: $id, quantity: $q, idempotencyKey: $key) {\n    subscription { ...SubscriptionParts }\n    invoice { ...InvoiceParts }\n    userErrors { code field message }\n  }\n}"): (typeof documents)["mutation SubscriptionsChangeQuantity($id: ID!, $q: Int!, $key: String) {\n  subscriptionChangeQuantity(id: $id, quantity: $q, idempotencyKey: $key) {\n    subscription { ...SubscriptionParts }\n    invoice { ...InvoiceParts }\n    userErrors { code field message }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubscriptionsChangeQuote($id: ID!, $q: Int!) {\n  subscriptionChangeQuote(id: $id, quantity: $q) {\n    changeQuote { effect effectiveFrom amountDueNow remainingDays periodDays nextPeriodPrice }\n    userErrors { code field }\n  }\n}"): (typeof documents)["query SubscriptionsChangeQuote($id: ID!, $q: Int!) {\n  subscriptionChangeQuote(id: $id, quantity: $q) {\n    changeQuote { effect effectiveFrom amountDueNow remainingDays periodDays nextPeriodPrice }\n    userErrors { code field }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubscriptionsAssign($id: ID!, $c: ID!) { subscriptionAssign(id: $id, customerId: $c) { subscription { customer { companyName } } userErrors { code field } } }"): (typeof documents)["mutation SubscriptionsAssign($id: ID!, $c: ID!) { subscriptionAssign(id: $id, customerId: $c) { subscription { customer { companyName } } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubscriptionsUnassign($id: ID!) { subscriptionUnassign(id: $id) { subscription { customer { id } } userErrors { code field } } }"): (typeof documents)["mutation SubscriptionsUnassign($id: ID!) { subscriptionUnassign(id: $id) { subscription { customer { id } } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubscriptionsSetRenewal($id: ID!, $r: Boolean!) { subscriptionSetRenewal(id: $id, renew: $r) { subscription { renew } userErrors { code } } }"): (typeof documents)["mutation SubscriptionsSetRenewal($id: ID!, $r: Boolean!) { subscriptionSetRenewal(id: $id, renew: $r) { subscription { renew } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubscriptionsPortal { customerPortal { subscriptions { id productCode quantity status resellerName } } }"): (typeof documents)["query SubscriptionsPortal { customerPortal { subscriptions { id productCode quantity status resellerName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubscriptionsOne($id: ID!) { subscription(id: $id) { ...SubscriptionParts } }"): (typeof documents)["query SubscriptionsOne($id: ID!) { subscription(id: $id) { ...SubscriptionParts } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubscriptionsStatus($id: ID!) { subscription(id: $id) { status } }"): (typeof documents)["query SubscriptionsStatus($id: ID!) { subscription(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubscriptionsCustomer($id: ID!) { subscription(id: $id) { customer { id } } }"): (typeof documents)["query SubscriptionsCustomer($id: ID!) { subscription(id: $id) { customer { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubscriptionsInvoice($id: ID!) { invoice(id: $id) { number } }"): (typeof documents)["query SubscriptionsInvoice($id: ID!) { invoice(id: $id) { number } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubscriptionsOfCustomer($id: ID!) { customer(id: $id) { subscriptions { id } } }"): (typeof documents)["query SubscriptionsOfCustomer($id: ID!) { customer(id: $id) { subscriptions { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubscriptionsOfCustomerTwice($id: ID!) {\n    first: customer(id: $id) { companyName subscriptions { id customer { id companyName } } }\n    again: customer(id: $id) { companyName subscriptions { id customer { id companyName } } }\n  }"): (typeof documents)["query SubscriptionsOfCustomerTwice($id: ID!) {\n    first: customer(id: $id) { companyName subscriptions { id customer { id companyName } } }\n    again: customer(id: $id) { companyName subscriptions { id customer { id companyName } } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubscriptionsAddCard($t: String!, $d: Boolean!) { paymentMethodAddCard(input: { token: $t, makeDefault: $d }) { paymentMethod { id } userErrors { code } } }"): (typeof documents)["mutation SubscriptionsAddCard($t: String!, $d: Boolean!) { paymentMethodAddCard(input: { token: $t, makeDefault: $d }) { paymentMethod { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubscriptionsSetDefaultMethod($id: ID!) { paymentMethodSetDefault(id: $id) { userErrors { code } } }"): (typeof documents)["mutation SubscriptionsSetDefaultMethod($id: ID!) { paymentMethodSetDefault(id: $id) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubscriptionsOpenInvoices { vendorInvoices(status: OPEN) { nodes { id } } }"): (typeof documents)["query SubscriptionsOpenInvoices { vendorInvoices(status: OPEN) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubscriptionsRecordWire($id: ID!) { invoiceRecordPayment(invoiceId: $id, reference: \"BANK-REF-1\") { invoice { status } userErrors { code field } } }"): (typeof documents)["mutation SubscriptionsRecordWire($id: ID!) { invoiceRecordPayment(invoiceId: $id, reference: \"BANK-REF-1\") { invoice { status } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubscriptionsRecordAgain($id: ID!) { invoiceRecordPayment(invoiceId: $id) { userErrors { code field } } }"): (typeof documents)["mutation SubscriptionsRecordAgain($id: ID!) { invoiceRecordPayment(invoiceId: $id) { userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubscriptionsInvoiceCount { invoices { totalCount } }"): (typeof documents)["query SubscriptionsInvoiceCount { invoices { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubscriptionsInvoices($s: ID!) { invoices(subscriptionId: $s) { nodes { ...InvoiceParts } } }"): (typeof documents)["query SubscriptionsInvoices($s: ID!) { invoices(subscriptionId: $s) { nodes { ...InvoiceParts } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubscriptionsUpdatePayment($id: ID!, $m: ID) { subscriptionUpdatePayment(id: $id, input: { paymentMethod: CARD, paymentMethodId: $m }) { subscription { status } invoice { status } userErrors { code field } } }"): (typeof documents)["mutation SubscriptionsUpdatePayment($id: ID!, $m: ID) { subscriptionUpdatePayment(id: $id, input: { paymentMethod: CARD, paymentMethodId: $m }) { subscription { status } invoice { status } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubscriptionsPastDue { subscriptions(filter: { status: PAST_DUE }) { nodes { id } } }"): (typeof documents)["query SubscriptionsPastDue { subscriptions(filter: { status: PAST_DUE }) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubscriptionsDeclineCard($id: ID!) { subscriptionUpdatePayment(id: $id, input: { paymentMethod: CARD, newCardToken: \"tok_chargeDeclined\" }) { subscription { savedPaymentMethod { id } } userErrors { code } } }"): (typeof documents)["mutation SubscriptionsDeclineCard($id: ID!) { subscriptionUpdatePayment(id: $id, input: { paymentMethod: CARD, newCardToken: \"tok_chargeDeclined\" }) { subscription { savedPaymentMethod { id } } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubscriptionsRepricePro { productUpdate(code: \"PRO\", input: { name: \"Pro\", description: \"\", yearlyPrice: 9000, currency: \"EUR\", trialEnabled: true, active: true, bands: [] }) { userErrors { code } } }"): (typeof documents)["mutation SubscriptionsRepricePro { productUpdate(code: \"PRO\", input: { name: \"Pro\", description: \"\", yearlyPrice: 9000, currency: \"EUR\", trialEnabled: true, active: true, bands: [] }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubscriptionsInvoiceTotals($s: ID!) { invoices(subscriptionId: $s) { nodes { kind subtotal total } } }"): (typeof documents)["query SubscriptionsInvoiceTotals($s: ID!) { invoices(subscriptionId: $s) { nodes { kind subtotal total } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubscriptionsRenewedInvoices($s: ID!) { invoices(subscriptionId: $s) { nodes { ...InvoiceParts } } }"): (typeof documents)["query SubscriptionsRenewedInvoices($s: ID!) { invoices(subscriptionId: $s) { nodes { ...InvoiceParts } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubscriptionsCustomerRemove($id: ID!) { customerRemove(id: $id) { userErrors { code } } }"): (typeof documents)["mutation SubscriptionsCustomerRemove($id: ID!) { customerRemove(id: $id) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubscriptionsCustomerInvite($i: CustomerInviteInput!) { customerInvite(input: $i) { customer { id } } }"): (typeof documents)["mutation SubscriptionsCustomerInvite($i: CustomerInviteInput!) { customerInvite(input: $i) { customer { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubscriptionsList($first: Int, $filter: SubscriptionFilter) { subscriptions(first: $first, filter: $filter) {\n      totalCount nodes { id product { code bands { minQuantity } } customer { companyName } savedPaymentMethod { label } } } }"): (typeof documents)["query SubscriptionsList($first: Int, $filter: SubscriptionFilter) { subscriptions(first: $first, filter: $filter) {\n      totalCount nodes { id product { code bands { minQuantity } } customer { companyName } savedPaymentMethod { label } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubscriptionsSorted($sort: SubscriptionSort!, $after: String) { subscriptions(sort: $sort, first: 2, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query SubscriptionsSorted($sort: SubscriptionSort!, $after: String) { subscriptions(sort: $sort, first: 2, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubscriptionsDefaultOrder { subscriptions { edges { node { id } } } }"): (typeof documents)["query SubscriptionsDefaultOrder { subscriptions { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrialsEligibility($c: ID!, $p: String!) {\n  trialEligibility(customerId: $c, productCode: $p) {\n    eligible reasons { code message resetsAt } quota { used limit remaining resetsAt } trialDays\n  }\n}"): (typeof documents)["query TrialsEligibility($c: ID!, $p: String!) {\n  trialEligibility(customerId: $c, productCode: $p) {\n    eligible reasons { code message resetsAt } quota { used limit remaining resetsAt } trialDays\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrialsStart($c: ID!, $p: String!) {\n  trialStart(customerId: $c, productCode: $p) {\n    trial { id status startedAt endsAt product { code } }\n    userErrors { code field message }\n  }\n}"): (typeof documents)["mutation TrialsStart($c: ID!, $p: String!) {\n  trialStart(customerId: $c, productCode: $p) {\n    trial { id status startedAt endsAt product { code } }\n    userErrors { code field message }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrialsCustomerInvite($i: CustomerInviteInput!) { customerInvite(input: $i) { customer { id } userErrors { code } } }"): (typeof documents)["mutation TrialsCustomerInvite($i: CustomerInviteInput!) { customerInvite(input: $i) { customer { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrialsSetTier($id: ID!, $t: String!) { resellerSetTier(id: $id, tierCode: $t) { userErrors { code } } }"): (typeof documents)["mutation TrialsSetTier($id: ID!, $t: String!) { resellerSetTier(id: $id, tierCode: $t) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrialsApiKey { apiKeyCreate(input: { name: \"trials\", scope: READ_WRITE }) { secret } }"): (typeof documents)["mutation TrialsApiKey { apiKeyCreate(input: { name: \"trials\", scope: READ_WRITE }) { secret } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrialsPurchaseYearly($c: ID!) { subscriptionPurchase(input: { productCode: \"PRO\", period: YEARLY, quantity: 3, paymentMethod: PAYPAL, customerId: $c }) { userErrors { code } } }"): (typeof documents)["mutation TrialsPurchaseYearly($c: ID!) { subscriptionPurchase(input: { productCode: \"PRO\", period: YEARLY, quantity: 3, paymentMethod: PAYPAL, customerId: $c }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrialsProductWithout { productCreate(input: { code: \"NO_TRIAL\", name: \"No Trial\", yearlyPrice: 100, currency: \"EUR\", trialEnabled: false, active: true }) { userErrors { code } } }"): (typeof documents)["mutation TrialsProductWithout { productCreate(input: { code: \"NO_TRIAL\", name: \"No Trial\", yearlyPrice: 100, currency: \"EUR\", trialEnabled: false, active: true }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrialsQuota { trialQuota { used limit remaining } }"): (typeof documents)["query TrialsQuota { trialQuota { used limit remaining } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrialsOfCustomer($id: ID!) { customer(id: $id) { trial { status endsAt } } }"): (typeof documents)["query TrialsOfCustomer($id: ID!) { customer(id: $id) { trial { status endsAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrialsById($id: ID!) { trial(id: $id) { id status product { code } } }"): (typeof documents)["query TrialsById($id: ID!) { trial(id: $id) { id status product { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrialsSaveCard { paymentMethodAddCard(input: { token: \"tok_visa\" }) { userErrors { code } } }"): (typeof documents)["mutation TrialsSaveCard { paymentMethodAddCard(input: { token: \"tok_visa\" }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrialsPurchaseMonthly($c: ID!) { subscriptionPurchase(input: { productCode: \"PRO\", period: MONTHLY, quantity: 20, paymentMethod: CARD, customerId: $c }) { userErrors { code } } }"): (typeof documents)["mutation TrialsPurchaseMonthly($c: ID!) { subscriptionPurchase(input: { productCode: \"PRO\", period: MONTHLY, quantity: 20, paymentMethod: CARD, customerId: $c }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrialsStatusOfCustomer($id: ID!) { customer(id: $id) { trial { status } } }"): (typeof documents)["query TrialsStatusOfCustomer($id: ID!) { customer(id: $id) { trial { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrialsActivate($i: AccountActivateInput!) { accountActivate(input: $i) { userErrors { code } } }"): (typeof documents)["mutation TrialsActivate($i: AccountActivateInput!) { accountActivate(input: $i) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrialsPortal { customerPortal { trials { productCode status resellerName endsAt } } }"): (typeof documents)["query TrialsPortal { customerPortal { trials { productCode status resellerName endsAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WalletMethods {\n  paymentMethods { id kind label cardBrand lastFour expiryMonth expiryYear paypalEmail isDefault expiry }\n}"): (typeof documents)["query WalletMethods {\n  paymentMethods { id kind label cardBrand lastFour expiryMonth expiryYear paypalEmail isDefault expiry }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WalletAddCard($i: PaymentMethodAddCardInput!) {\n  paymentMethodAddCard(input: $i) { paymentMethod { id label isDefault } userErrors { code field message } }\n}"): (typeof documents)["mutation WalletAddCard($i: PaymentMethodAddCardInput!) {\n  paymentMethodAddCard(input: $i) { paymentMethod { id label isDefault } userErrors { code field message } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WalletAddPaypal($i: PaymentMethodAddPaypalInput!) {\n  paymentMethodAddPaypal(input: $i) { paymentMethod { id label isDefault } userErrors { code field message } }\n}"): (typeof documents)["mutation WalletAddPaypal($i: PaymentMethodAddPaypalInput!) {\n  paymentMethodAddPaypal(input: $i) { paymentMethod { id label isDefault } userErrors { code field message } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WalletSetDefault($id: ID!) {\n  paymentMethodSetDefault(id: $id) { paymentMethod { id isDefault } userErrors { code field } }\n}"): (typeof documents)["mutation WalletSetDefault($id: ID!) {\n  paymentMethodSetDefault(id: $id) { paymentMethod { id isDefault } userErrors { code field } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WalletRemove($id: ID!) {\n  paymentMethodRemove(id: $id) { paymentMethod { id } userErrors { code field message } }\n}"): (typeof documents)["mutation WalletRemove($id: ID!) {\n  paymentMethodRemove(id: $id) { paymentMethod { id } userErrors { code field message } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WalletPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) {\n    subscription { id status paymentMethod savedPaymentMethod { id label } }\n    invoice { status total }\n    userErrors { code field message }\n  }\n}"): (typeof documents)["mutation WalletPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) {\n    subscription { id status paymentMethod savedPaymentMethod { id label } }\n    invoice { status total }\n    userErrors { code field message }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WalletSubscription($id: ID!) {\n  subscription(id: $id) { status currentPeriodEnd paymentMethod savedPaymentMethod { id label } }\n}"): (typeof documents)["query WalletSubscription($id: ID!) {\n  subscription(id: $id) { status currentPeriodEnd paymentMethod savedPaymentMethod { id label } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WalletUpdatePayment($id: ID!, $i: SubscriptionPaymentInput!) {\n  subscriptionUpdatePayment(id: $id, input: $i) { subscription { savedPaymentMethod { id } } userErrors { code field } }\n}"): (typeof documents)["mutation WalletUpdatePayment($id: ID!, $i: SubscriptionPaymentInput!) {\n  subscriptionUpdatePayment(id: $id, input: $i) { subscription { savedPaymentMethod { id } } userErrors { code field } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WalletRenewal($id: ID!, $r: Boolean!) {\n  subscriptionSetRenewal(id: $id, renew: $r) { userErrors { code } }\n}"): (typeof documents)["mutation WalletRenewal($id: ID!, $r: Boolean!) {\n  subscriptionSetRenewal(id: $id, renew: $r) { userErrors { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WalletInvoices($s: ID!) {\n  invoices(first: 10, subscriptionId: $s) { nodes { kind status total } }\n}"): (typeof documents)["query WalletInvoices($s: ID!) {\n  invoices(first: 10, subscriptionId: $s) { nodes { kind status total } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WalletAddContact { billingContactAdd(input: { email: \"ap@northwind.example\" }) { userErrors { code } } }"): (typeof documents)["mutation WalletAddContact { billingContactAdd(input: { email: \"ap@northwind.example\" }) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhooksAcrossCreate($i: WebhookEndpointCreateInput!) {\n  webhookEndpointCreate(input: $i) { endpoint { id } secret userErrors { code field } }\n}"): (typeof documents)["mutation WebhooksAcrossCreate($i: WebhookEndpointCreateInput!) {\n  webhookEndpointCreate(input: $i) { endpoint { id } secret userErrors { code field } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhooksCreate($i: WebhookEndpointCreateInput!) {\n  webhookEndpointCreate(input: $i) {\n    endpoint { id url eventTypes enabled failingSince }\n    secret\n    userErrors { code field message }\n  }\n}"): (typeof documents)["mutation WebhooksCreate($i: WebhookEndpointCreateInput!) {\n  webhookEndpointCreate(input: $i) {\n    endpoint { id url eventTypes enabled failingSince }\n    secret\n    userErrors { code field message }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhooksUpdate($i: WebhookEndpointUpdateInput!) {\n  webhookEndpointUpdate(input: $i) { endpoint { id url eventTypes enabled description } userErrors { code field } }\n}"): (typeof documents)["mutation WebhooksUpdate($i: WebhookEndpointUpdateInput!) {\n  webhookEndpointUpdate(input: $i) { endpoint { id url eventTypes enabled description } userErrors { code field } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhooksDelete($id: ID!) {\n  webhookEndpointDelete(id: $id) { deletedId userErrors { code field } }\n}"): (typeof documents)["mutation WebhooksDelete($id: ID!) {\n  webhookEndpointDelete(id: $id) { deletedId userErrors { code field } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhooksRotate($id: ID!) {\n  webhookEndpointRotateSecret(id: $id) { endpoint { previousSecretExpiresAt } secret userErrors { code field } }\n}"): (typeof documents)["mutation WebhooksRotate($id: ID!) {\n  webhookEndpointRotateSecret(id: $id) { endpoint { previousSecretExpiresAt } secret userErrors { code field } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhooksSendTest($id: ID!) {\n  webhookEndpointSendTest(id: $id) { delivery { id webhookId status } userErrors { code field } }\n}"): (typeof documents)["mutation WebhooksSendTest($id: ID!) {\n  webhookEndpointSendTest(id: $id) { delivery { id webhookId status } userErrors { code field } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhooksRedeliver($id: ID!) {\n  webhookDeliveryRedeliver(id: $id) { delivery { id status } userErrors { code field } }\n}"): (typeof documents)["mutation WebhooksRedeliver($id: ID!) {\n  webhookDeliveryRedeliver(id: $id) { delivery { id status } userErrors { code field } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhooksEndpoints { webhookEndpoints { id url enabled failingSince disabledReason } }"): (typeof documents)["query WebhooksEndpoints { webhookEndpoints { id url enabled failingSince disabledReason } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhooksEventTypes { webhookEventTypes }"): (typeof documents)["query WebhooksEventTypes { webhookEventTypes }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhooksDeliveries($f: WebhookDeliveryFilter, $first: Int, $after: String) {\n  webhookDeliveries(filter: $f, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    nodes {\n      id endpointId eventType webhookId status attempts lastResponseStatus durationMs responseBody\n      attemptLog { number responseStatus durationMs responseBody error }\n    }\n  }\n}"): (typeof documents)["query WebhooksDeliveries($f: WebhookDeliveryFilter, $first: Int, $after: String) {\n  webhookDeliveries(filter: $f, first: $first, after: $after) {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    nodes {\n      id endpointId eventType webhookId status attempts lastResponseStatus durationMs responseBody\n      attemptLog { number responseStatus durationMs responseBody error }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhooksPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) { subscription { id } userErrors { code field message } }\n}"): (typeof documents)["mutation WebhooksPurchase($i: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $i) { subscription { id } userErrors { code field message } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhooksAssign($id: ID!, $c: ID!) {\n  subscriptionAssign(id: $id, customerId: $c) { userErrors { code field } }\n}"): (typeof documents)["mutation WebhooksAssign($id: ID!, $c: ID!) {\n  subscriptionAssign(id: $id, customerId: $c) { userErrors { code field } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhooksChange($id: ID!, $q: Int!) {\n  subscriptionChangeQuantity(id: $id, quantity: $q) { userErrors { code field } }\n}"): (typeof documents)["mutation WebhooksChange($id: ID!, $q: Int!) {\n  subscriptionChangeQuantity(id: $id, quantity: $q) { userErrors { code field } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhooksSubscription($id: ID!) {\n  subscription(id: $id) {\n    id status product { code name } period quantity nextQuantity nextQuantityFrom renew paymentMethod\n    savedPaymentMethod { id label } currency partnerDiscountBp currentPeriodStart currentPeriodEnd\n    createdAt assignedAt endedAt customer { id companyName }\n  }\n}"): (typeof documents)["query WebhooksSubscription($id: ID!) {\n  subscription(id: $id) {\n    id status product { code name } period quantity nextQuantity nextQuantityFrom renew paymentMethod\n    savedPaymentMethod { id label } currency partnerDiscountBp currentPeriodStart currentPeriodEnd\n    createdAt assignedAt endedAt customer { id companyName }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhooksInvite($i: CustomerInviteInput!) {\n  customerInvite(input: $i) { customer { id } userErrors { code field } }\n}"): (typeof documents)["mutation WebhooksInvite($i: CustomerInviteInput!) {\n  customerInvite(input: $i) { customer { id } userErrors { code field } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhooksCustomerUpdate($id: ID!, $i: CustomerUpdateInput!) {\n  customerUpdate(id: $id, input: $i) { userErrors { code field } }\n}"): (typeof documents)["mutation WebhooksCustomerUpdate($id: ID!, $i: CustomerUpdateInput!) {\n  customerUpdate(id: $id, input: $i) { userErrors { code field } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhooksCustomerRemove($id: ID!) {\n  customerRemove(id: $id) { userErrors { code field } }\n}"): (typeof documents)["mutation WebhooksCustomerRemove($id: ID!) {\n  customerRemove(id: $id) { userErrors { code field } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhooksTrialStart($c: ID!) {\n  trialStart(customerId: $c, productCode: \"PRO\") { trial { id } userErrors { code field } }\n}"): (typeof documents)["mutation WebhooksTrialStart($c: ID!) {\n  trialStart(customerId: $c, productCode: \"PRO\") { trial { id } userErrors { code field } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhooksInvoice($id: ID!) {\n  invoice(id: $id) {\n    id number kind status issuedAt dueAt paidAt currency subtotal discountTotal netTotal\n    vatTreatment vatRateBp vatAmount total paymentMethod paymentReference lastPaymentError\n    subscriptionId pdfUrl\n    lines {\n      description productCode period quantity unitPrice retailAmount volumeDiscountBp volumeDiscount\n      partnerDiscountBp partnerDiscount amount periodStart periodEnd customerName\n    }\n  }\n}"): (typeof documents)["query WebhooksInvoice($id: ID!) {\n  invoice(id: $id) {\n    id number kind status issuedAt dueAt paidAt currency subtotal discountTotal netTotal\n    vatTreatment vatRateBp vatAmount total paymentMethod paymentReference lastPaymentError\n    subscriptionId pdfUrl\n    lines {\n      description productCode period quantity unitPrice retailAmount volumeDiscountBp volumeDiscount\n      partnerDiscountBp partnerDiscount amount periodStart periodEnd customerName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhooksTrial($id: ID!) {\n  trial(id: $id) { id status product { code name } startedAt endsAt endedAt }\n}"): (typeof documents)["query WebhooksTrial($id: ID!) {\n  trial(id: $id) { id status product { code name } startedAt endsAt endedAt }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditE2eCustomers { customers(first: 1) { nodes { id companyName } } }"): (typeof documents)["query AuditE2eCustomers { customers(first: 1) { nodes { id companyName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditE2eCustomerUpdate($id: ID!, $i: CustomerUpdateInput!) {\n  customerUpdate(id: $id, input: $i) { userErrors { code } }\n}"): (typeof documents)["mutation AuditE2eCustomerUpdate($id: ID!, $i: CustomerUpdateInput!) {\n  customerUpdate(id: $id, input: $i) { userErrors { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BillingProfileE2eWire {\n  subscriptionPurchase(input: { productCode: \"PRO\", period: YEARLY, quantity: 100, paymentMethod: WIRE_TRANSFER }) {\n    invoice { number }\n    userErrors { code }\n  }\n}"): (typeof documents)["mutation BillingProfileE2eWire {\n  subscriptionPurchase(input: { productCode: \"PRO\", period: YEARLY, quantity: 100, paymentMethod: WIRE_TRANSFER }) {\n    invoice { number }\n    userErrors { code }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CustomerJourneyPurchase($input: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $input) { subscription { id } userErrors { code field message } }\n}"): (typeof documents)["mutation CustomerJourneyPurchase($input: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $input) { subscription { id } userErrors { code field message } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomerJourneyContoso { customers(search: \"contoso\") { nodes { id } } }"): (typeof documents)["query CustomerJourneyContoso { customers(search: \"contoso\") { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CustomerJourneyPool { subscriptions(filter: { assigned: false }) { nodes { id period } } }"): (typeof documents)["query CustomerJourneyPool { subscriptions(filter: { assigned: false }) { nodes { id period } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CustomerJourneyAssign($id: ID!, $customerId: ID!) {\n        subscriptionAssign(id: $id, customerId: $customerId) { userErrors { code } }\n      }"): (typeof documents)["mutation CustomerJourneyAssign($id: ID!, $customerId: ID!) {\n        subscriptionAssign(id: $id, customerId: $customerId) { userErrors { code } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DevelopersApiKeyCreate($input: ApiKeyCreateInput!) {\n  apiKeyCreate(input: $input) { secret userErrors { code field message } }\n}"): (typeof documents)["mutation DevelopersApiKeyCreate($input: ApiKeyCreateInput!) {\n  apiKeyCreate(input: $input) { secret userErrors { code field message } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DevelopersCustomerCount { customers(first: 1) { totalCount } }"): (typeof documents)["query DevelopersCustomerCount { customers(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JourneyBuy($input: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $input) { subscription { id } userErrors { code field message } }\n}"): (typeof documents)["mutation JourneyBuy($input: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $input) { subscription { id } userErrors { code field message } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LicenseUsageE2eReport($i: UsageReportInput!) {\n  usageReport(input: $i) { receipt { rows currentUpdated replayed } userErrors { code field message } }\n}"): (typeof documents)["mutation LicenseUsageE2eReport($i: UsageReportInput!) {\n  usageReport(input: $i) { receipt { rows currentUpdated replayed } userErrors { code field message } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LicenseUsageE2eCustomers {\n  customers(first: 50) { nodes { id companyName } }\n}"): (typeof documents)["query LicenseUsageE2eCustomers {\n  customers(first: 50) { nodes { id companyName } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LicenseUsageE2ePurchase($input: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $input) { subscription { id quantity } userErrors { code field message } }\n}"): (typeof documents)["mutation LicenseUsageE2ePurchase($input: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $input) { subscription { id quantity } userErrors { code field message } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NoticesJourneyPurchase($input: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $input) { subscription { id } userErrors { code field message } }\n}"): (typeof documents)["mutation NoticesJourneyPurchase($input: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $input) { subscription { id } userErrors { code field message } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NoticesJourneyCustomers($search: String) {\n  customers(first: 5, search: $search, sort: COMPANY_NAME_ASC) { nodes { id companyName } }\n}"): (typeof documents)["query NoticesJourneyCustomers($search: String) {\n  customers(first: 5, search: $search, sort: COMPANY_NAME_ASC) { nodes { id companyName } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PhoneRowActionsPurchase($input: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $input) { subscription { id } userErrors { code field message } }\n}"): (typeof documents)["mutation PhoneRowActionsPurchase($input: SubscriptionPurchaseInput!) {\n  subscriptionPurchase(input: $input) { subscription { id } userErrors { code field message } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QuoteRequestsE2eAsk($input: QuoteRequestCreateInput!) {\n  quoteRequestCreate(input: $input) { quoteRequest { id reference } userErrors { code field message } }\n}"): (typeof documents)["mutation QuoteRequestsE2eAsk($input: QuoteRequestCreateInput!) {\n  quoteRequestCreate(input: $input) { quoteRequest { id reference } userErrors { code field message } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QuoteRequestsE2eAnswer($id: ID!, $price: SafeInt!, $until: DateTimeISO!) {\n  quoteRequestAnswer(id: $id, unitPrice: $price, validUntil: $until) { userErrors { code } }\n}"): (typeof documents)["mutation QuoteRequestsE2eAnswer($id: ID!, $price: SafeInt!, $until: DateTimeISO!) {\n  quoteRequestAnswer(id: $id, unitPrice: $price, validUntil: $until) { userErrors { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReturningTeam { teamMembers { id user { email } } }"): (typeof documents)["query ReturningTeam { teamMembers { id user { email } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReturningRemove($id: ID!) { teamMemberRemove(memberId: $id) { userErrors { code } } }"): (typeof documents)["mutation ReturningRemove($id: ID!) { teamMemberRemove(memberId: $id) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReturningInvite($i: TeamMemberInviteInput!) {\n        teamMemberInvite(input: $i) { userErrors { code } }\n      }"): (typeof documents)["mutation ReturningInvite($i: TeamMemberInviteInput!) {\n        teamMemberInvite(input: $i) { userErrors { code } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrialsJourneyInvite($input: CustomerInviteInput!) {\n  customerInvite(input: $input) { customer { id } userErrors { code } }\n}"): (typeof documents)["mutation TrialsJourneyInvite($input: CustomerInviteInput!) {\n  customerInvite(input: $input) { customer { id } userErrors { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrialsJourneyStart($customerId: ID!) {\n  trialStart(customerId: $customerId, productCode: \"PRO\") { trial { id } userErrors { code message } }\n}"): (typeof documents)["mutation TrialsJourneyStart($customerId: ID!) {\n  trialStart(customerId: $customerId, productCode: \"PRO\") { trial { id } userErrors { code message } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) { viewer { user { id email } role permissions } userErrors { code field message } }\n}"): (typeof documents)["mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) { viewer { user { id email } role permissions } userErrors { code field message } }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;