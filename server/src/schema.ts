import type { GraphQLSchema } from "graphql";
import { buildSchema, type ContainerType, getMetadataStorage, type ResolverData } from "type-graphql";
import { AnnexResolver } from "./annex/annex.resolver.js";
import { ApiKeyResolver } from "./api-key/api-key.resolver.js";
import { auditedAuthChecker, auditRootMutations } from "./audit/audit.middleware.js";
import { AuditLogResolver } from "./audit/audit.resolver.js";
import { AuditService } from "./audit/audit.service.js";
import { AuthResolver } from "./auth/auth.resolver.js";
import { BillingContactResolver } from "./billing-contact/billing-contact.resolver.js";
import { BillingProfileResolver } from "./billing-profile/billing-profile.resolver.js";
import { CatalogResolver } from "./catalog/catalog.resolver.js";
import { authChecker } from "./common/operations.js";
import { countWhenAsked } from "./common/pagination.js";
import { CustomerResolver } from "./customer/customer.resolver.js";
import { HealthResolver } from "./health/health.resolver.js";
import { InvoiceResellerResolver, InvoiceResolver } from "./invoice/invoice.resolver.js";
import { NoticeResolver } from "./notice/notice.resolver.js";
import { PartnerDiscountResolver } from "./partner-discount/partner-discount.resolver.js";
import { WalletResolver } from "./payment/wallet.resolver.js";
import { QuoteRequestResolver } from "./quote-request/quote-request.resolver.js";
import { ResellerResolver } from "./reseller/reseller.resolver.js";
import { ResellerApplicationResolver } from "./reseller-application/reseller-application.resolver.js";
import { RulesResolver } from "./rules/rules.resolver.js";
import { SignUpResolver } from "./sign-up/sign-up.resolver.js";
import {
  CustomerPortalSubscriptionsResolver,
  CustomerSubscriptionsResolver,
  SubscriptionResolver,
} from "./subscription/subscription.resolver.js";
import { TeamResolver } from "./team/team.resolver.js";
import { TierResolver } from "./tier/tier.resolver.js";
import { CustomerPortalTrialResolver, CustomerTrialResolver, TrialResolver } from "./trial/trial.resolver.js";
import { UsageResolver } from "./usage/usage.resolver.js";
import { WebhookDeliveryResolver, WebhookResolver } from "./webhook/webhook.resolver.js";

export const resolvers = [
  HealthResolver,
  RulesResolver,
  TierResolver,
  AuthResolver,
  TeamResolver,
  BillingContactResolver,
  BillingProfileResolver,
  ApiKeyResolver,
  ResellerResolver,
  SignUpResolver,
  ResellerApplicationResolver,
  AnnexResolver,
  QuoteRequestResolver,
  UsageResolver,
  CatalogResolver,
  PartnerDiscountResolver,
  CustomerResolver,
  SubscriptionResolver,
  CustomerSubscriptionsResolver,
  CustomerPortalSubscriptionsResolver,
  InvoiceResolver,
  WalletResolver,
  InvoiceResellerResolver,
  TrialResolver,
  CustomerTrialResolver,
  CustomerPortalTrialResolver,
  NoticeResolver,
  AuditLogResolver,
  WebhookResolver,
  WebhookDeliveryResolver,
] as const;

/**
 * Object fields without middleware or roles of their own are read by GraphQL's own resolver, as
 * plain properties (getters included), rather than through type-graphql's per-field middleware
 * chain: on a page of customers with their subscriptions that chain ran thousands of times for
 * nothing. Middleware and roles live on root operations only; a field renamed in the schema keeps
 * type-graphql's resolver, which reads the property by its own name.
 */
function readPlainFieldsDirectly(): void {
  for (const field of getMetadataStorage().fields) {
    const plain = field.schemaName === field.name && !field.middlewares?.length && !field.roles;
    if (field.simple === undefined && plain) field.simple = true;
  }
}

export async function createSchema(container?: ContainerType): Promise<GraphQLSchema> {
  readPlainFieldsDirectly();
  // Mutations are audited; the writer comes from the container the server runs with.
  const audit = () => container?.get(AuditService, {} as ResolverData) as AuditService;
  const schema = await buildSchema({
    resolvers,
    container,
    authChecker: auditedAuthChecker(authChecker, audit),
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
  countWhenAsked(schema);
  return auditRootMutations(schema, audit);
}
