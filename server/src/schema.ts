import type { GraphQLSchema } from "graphql";
import { buildSchema, type ContainerType } from "type-graphql";
import { ApiKeyResolver } from "./api-key/api-key.resolver.js";
import { AuthResolver } from "./auth/auth.resolver.js";
import { BillingContactResolver } from "./billing-contact/billing-contact.resolver.js";
import { authChecker } from "./common/auth.js";
import { userErrorsMiddleware } from "./common/validation.js";
import { HealthResolver } from "./health/health.resolver.js";
import { ResellerResolver } from "./reseller/reseller.resolver.js";
import { TeamResolver } from "./team/team.resolver.js";
import { TierResolver } from "./tier/tier.resolver.js";

export const resolvers = [
  HealthResolver,
  TierResolver,
  AuthResolver,
  TeamResolver,
  BillingContactResolver,
  ApiKeyResolver,
  ResellerResolver,
] as const;

export function createSchema(container?: ContainerType): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    container,
    authChecker,
    globalMiddlewares: [userErrorsMiddleware],
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
}
