import type { Server } from "node:http";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Router } from "express";
import type { GraphQLSchema } from "graphql";
import { type Actor, clientIp, type RequestContext } from "../common/context.js";
import type { Logger } from "../common/logger.js";
import type { ApiConfig } from "../config/config.js";
import type { MetricsRegistry } from "../metrics/metrics-registry.js";
import { operationMetricsPlugin } from "../metrics/operation-metrics.js";
import { apiEdgePlugin, refusedBodyHeaders, refusedOperationsGuard } from "./api-edge.js";
import { compiledExecution } from "./compiled-execution.js";
import { errorAnswers } from "./error-answers.js";
import { operationLimitRules } from "./operation-limits.js";
import type { ApiRateLimiter } from "./rate-limits.js";

export interface GraphQLEndpoint {
  /** `/graphql`, behind the guards that refuse what is too big before it is parsed. */
  router: Router;
  stop(): Promise<void>;
}

/**
 * The GraphQL endpoint: Apollo with the operation limits measured before anything runs (tokens
 * while parsing; depth, aliases and directives while validating; the cost, which needs the
 * variables, in the edge plugin), the caller identified and charged, and errors answered safely.
 */
export async function graphqlEndpoint(options: {
  schema: GraphQLSchema;
  httpServer: Server;
  api: ApiConfig;
  rateLimiter: ApiRateLimiter;
  identify: (req: express.Request) => Promise<Actor | null>;
  production: boolean;
  metrics: MetricsRegistry;
  log: Logger;
}): Promise<GraphQLEndpoint> {
  const { api, log } = options;
  const { limits } = api;
  const answers = errorAnswers(log, limits.maxTokens);
  const apollo = new ApolloServer<RequestContext>({
    ...(api.compiledQueries ? { gateway: compiledExecution(options.schema) } : { schema: options.schema }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints and no traces are used: their per-field hooks would run for every field.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      answers.plugin,
      apiEdgePlugin({ limits, rateLimiter: options.rateLimiter, identify: options.identify }),
      operationMetricsPlugin(options.metrics),
    ],
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: operationLimitRules(limits),
    formatError: answers.formatError,
    introspection: api.introspection,
    // Clients send their operations whole; no cache of queries by hash for strangers to fill.
    persistedQueries: false,
    // No "Did you mean …" hints that spell out the schema to strangers.
    hideSchemaDetailsFromClientErrors: options.production,
    includeStacktraceInErrorResponses: false,
    logger: {
      debug: (m) => log.debug(m),
      info: (m) => log.info(m),
      warn: (m) => log.warn(m),
      error: (m) => log.error(m),
    },
  });
  await apollo.start();
  const router = express.Router();
  router.use(
    "/graphql",
    refusedOperationsGuard(options.rateLimiter),
    express.json({ limit: "1mb" }),
    refusedBodyHeaders(options.rateLimiter),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<RequestContext> => ({
        req,
        res,
        log,
        actor: null,
        production: options.production,
        ip: clientIp(req),
        userAgent: req.get("user-agent") ?? null,
      }),
    }),
  );
  return { router, stop: () => apollo.stop() };
}
