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
import { Permission } from "../common/auth.js";
import { type Actor, clientIp, type RequestContext } from "../common/context.js";
import type { Logger } from "../common/logger.js";
import type { ApiConfig } from "../config/config.js";
import type { MetricsRegistry } from "../metrics/metrics-registry.js";
import { operationMetricsPlugin } from "../metrics/operation-metrics.js";
import { apiEdgePlugin, refusedBodyHeaders, refusedOperationsGuard } from "./api-edge.js";
import { compiledExecution } from "./compiled-execution.js";
import { errorAnswers } from "./error-answers.js";
import { inTurn } from "./in-turn.js";
import { operationLimitRules } from "./operation-limits.js";
import type { ApiRateLimiter } from "./rate-limits.js";

/** What any caller may send. */
const BODY_LIMIT = "1mb";
/** What the vendor's product may send with a usage report of up to 10,000 rows. */
const USAGE_REPORT_BODY_LIMIT = "4mb";
const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * The JSON body parser: 1 MB for everyone, 4 MB for a body that says it is larger and comes with
 * a product-ingestion key, checked before a byte of it is parsed, so strangers cannot make the
 * server parse large bodies.
 */
function bodyParser(identify: (req: express.Request) => Promise<Actor | null>): express.RequestHandler {
  const usual = express.json({ limit: BODY_LIMIT });
  const usageReport = express.json({ limit: USAGE_REPORT_BODY_LIMIT });
  return (req, res, next) => {
    if (Number(req.headers["content-length"] ?? 0) <= BODY_LIMIT_BYTES || !req.headers.authorization) {
      usual(req, res, next);
      return;
    }
    identify(req).then(
      (actor) => (actor?.permissions.has(Permission.USAGE_REPORT) ? usageReport : usual)(req, res, next),
      () => usual(req, res, next),
    );
  };
}

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
    bodyParser(options.identify),
    refusedBodyHeaders(options.rateLimiter),
    inTurn(options.api.concurrency),
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
