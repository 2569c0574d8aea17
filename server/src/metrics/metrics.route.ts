import cluster from "node:cluster";
import { createHash, timingSafeEqual } from "node:crypto";
import express, { type RequestHandler, type Router } from "express";
import type { Logger } from "../common/logger.js";
import { clusterMetricsText } from "./cluster-metrics.js";
import type { MetricsRegistry } from "./metrics-registry.js";

/** The route label of a path: a handful of fixed values, never anything a client typed. */
function routeOf(path: string): string {
  if (path === "/graphql" || path.startsWith("/graphql/")) return "/graphql";
  if (path === "/healthz") return "/healthz";
  if (path === "/metrics") return "/metrics";
  if (path.startsWith("/invoices/")) return "/invoices";
  if (path.startsWith("/audit-log")) return "/audit-log";
  if (path.startsWith("/assets/")) return "/assets";
  return "page";
}

/** Counts and times every HTTP answer by route, method and status. */
export function httpMetrics(metrics: MetricsRegistry): RequestHandler {
  return (req, res, next) => {
    const route = routeOf(req.path);
    const stop = metrics.httpDuration.startTimer({ route });
    res.once("finish", () => {
      stop();
      metrics.httpRequests.inc({ route, method: req.method, status: String(res.statusCode) });
    });
    next();
  };
}

const digest = (text: string) => createHash("sha256").update(text).digest();

/**
 * `GET /metrics` in Prometheus's text format, for a scraper holding `METRICS_TOKEN` as a bearer
 * token. Without a token configured the route does not exist: the figures (traffic, backlogs,
 * operation names) say nothing about any tenant, but they are still nobody else's business.
 */
export function metricsRoute(options: {
  metrics: MetricsRegistry;
  token: string | undefined;
  log: Logger;
}): Router {
  const { metrics, token, log } = options;
  const router = express.Router();
  router.get("/metrics", async (req, res) => {
    if (!token) {
      res.status(404).json({ error: "not found" });
      return;
    }
    const given = /^Bearer (.+)$/.exec(req.get("authorization") ?? "")?.[1] ?? "";
    if (!timingSafeEqual(digest(given), digest(token))) {
      res.status(401).set("www-authenticate", 'Bearer realm="metrics"').json({ error: "unauthorized" });
      return;
    }
    try {
      const text = cluster.isWorker ? await clusterMetricsText() : await metrics.registry.metrics();
      res.set("content-type", metrics.registry.contentType).send(text);
    } catch (error) {
      log.error({ err: error }, "metrics could not be gathered");
      res.status(503).json({ error: "metrics unavailable" });
    }
  });
  return router;
}
