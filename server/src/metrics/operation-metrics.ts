import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestContext } from "../common/context.js";
import type { MetricsRegistry } from "./metrics-registry.js";

/**
 * Operation names are chosen by clients, so each distinct one is a new series: past this many,
 * further names count as "other" and nobody can grow the metrics without bound.
 */
const MAX_OPERATION_NAMES = 200;

/**
 * Times every GraphQL operation, labelled by its name once the document has been parsed and the
 * operation picked (so the name is one the document really declares), by its type, and by whether
 * it answered with errors. Operations refused before that point count as "unresolved".
 */
export function operationMetricsPlugin(metrics: MetricsRegistry): ApolloServerPlugin<RequestContext> {
  const names = new Set<string>();
  const label = (name: string | null): string => {
    if (!name) return "anonymous";
    if (names.has(name)) return name;
    if (names.size >= MAX_OPERATION_NAMES) return "other";
    names.add(name);
    return name;
  };
  return {
    async requestDidStart() {
      const stop = metrics.operationDuration.startTimer();
      return {
        async willSendResponse({ operation, operationName, response }) {
          const body = response.body;
          const failed = body.kind === "single" ? Boolean(body.singleResult.errors?.length) : false;
          stop({
            operation: operation ? label(operationName ?? null) : "unresolved",
            type: operation?.operation ?? "unknown",
            outcome: failed ? "error" : "ok",
          });
        },
      };
    },
  };
}
