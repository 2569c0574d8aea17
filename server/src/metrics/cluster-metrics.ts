import cluster from "node:cluster";
import { randomUUID } from "node:crypto";
import { AggregatorRegistry, type Registry } from "prom-client";

const REQUEST = "reseller-hub:metrics-request";
const ANSWER = "reseller-hub:metrics-answer";

interface MetricsMessage {
  type?: string;
  id?: string;
  text?: string;
  error?: string;
}

/**
 * In a cluster, a scrape reaches whichever process the primary hands the connection to. So that
 * every scrape sees the whole server, a worker asks the primary, which gathers every worker's
 * registry with prom-client's AggregatorRegistry: counters and histograms are summed, and the
 * gauges read from the shared database are reported once (their `aggregator` is "first").
 */
export function shareMetricsWithPrimary(registry: Registry): void {
  // Constructing one makes prom-client answer the primary's requests from this worker.
  new AggregatorRegistry();
  AggregatorRegistry.setRegistries([registry]);
}

/** The whole cluster's metrics, from the primary; only in a worker. */
export function clusterMetricsText(timeoutMs = 10_000): Promise<string> {
  const id = randomUUID();
  return new Promise((resolve, reject) => {
    const onMessage = (message: MetricsMessage) => {
      if (message?.type !== ANSWER || message.id !== id) return;
      done();
      if (message.error !== undefined) reject(new Error(message.error));
      else resolve(message.text ?? "");
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error("the primary did not send the metrics in time"));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      process.off("message", onMessage);
    };
    process.on("message", onMessage);
    process.send?.({ type: REQUEST, id });
  });
}

/** The primary's side: answers each worker's request with every worker's metrics together. */
export function answerMetricsRequests(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on("message", (worker, message: MetricsMessage) => {
    if (message?.type !== REQUEST) return;
    aggregator.clusterMetrics().then(
      (text) => worker.send({ type: ANSWER, id: message.id, text }),
      (error: unknown) =>
        worker.send({
          type: ANSWER,
          id: message.id,
          error: error instanceof Error ? error.message : "failed",
        }),
    );
  });
}
