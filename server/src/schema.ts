import type { GraphQLSchema } from "graphql";
import { buildSchema, type ContainerType } from "type-graphql";
import { HealthResolver } from "./health/health.resolver.js";
import { TierResolver } from "./tier/tier.resolver.js";

export const resolvers = [HealthResolver, TierResolver] as const;

export function createSchema(container?: ContainerType): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    container,
    validate: true,
    emitSchemaFile: false,
  });
}
