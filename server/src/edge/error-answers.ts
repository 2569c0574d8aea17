import { randomUUID } from "node:crypto";
import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import type { Logger } from "../common/logger.js";
import { OperationRefusedError, tokenRefusal } from "./operation-limits.js";

/** What a client sees of a fault: a code, a generic message, and the id the log line carries too. */
export function faultAnswer(errorId: string): {
  message: string;
  code: "INTERNAL_SERVER_ERROR";
  errorId: string;
} {
  return {
    message: `Something went wrong on our side. If it keeps happening, tell us the error id ${errorId}.`,
    code: "INTERNAL_SERVER_ERROR",
    errorId,
  };
}

/**
 * How errors reach clients: refusals and bad input keep their code and message; anything else is a
 * fault, logged with its stack under an `errorId` and answered with that id only, so no database
 * or stack text ever leaves the server.
 */
export function errorAnswers(log: Logger, maxTokens: number) {
  /** Errors the parser raised for the token limit, with the coded refusal to answer instead. */
  const tokenRefusals = new WeakMap<object, OperationRefusedError>();

  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const refusal = tokenRefusal(error, maxTokens);
            if (refusal) tokenRefusals.set(error, refusal);
          }
        },
      };
    },
  };

  function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const cause = (error as { originalError?: unknown } | null)?.originalError ?? error;
    const refusal =
      (error instanceof Object && tokenRefusals.get(error)) ||
      (cause instanceof OperationRefusedError ? cause : null);
    if (refusal) {
      const { http: _http, ...extensions } = refusal.extensions;
      return { message: refusal.message, extensions };
    }
    const code = formatted.extensions?.code;
    // Apollo refuses some malformed requests (a bad persisted-query extension, say) with an HTTP
    // status but no code: they are the client's mistakes, not faults.
    const status = (error as { extensions?: { http?: { status?: number } } }).extensions?.http?.status;
    if (code === "INTERNAL_SERVER_ERROR" && status !== undefined && status >= 400 && status < 500) {
      return { message: formatted.message, extensions: { code: "BAD_REQUEST" } };
    }
    if (code === undefined || code === "INTERNAL_SERVER_ERROR") {
      const errorId = randomUUID();
      log.error({ err: cause, errorId, path: formatted.path }, "GraphQL fault");
      const { message, ...extensions } = faultAnswer(errorId);
      return { message, path: formatted.path, extensions };
    }
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }

  return { plugin, formatError };
}
