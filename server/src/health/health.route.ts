import express, { type Router } from "express";
import { SYSTEM_ACTOR } from "../common/context.js";
import type { Logger } from "../common/logger.js";
import type { UnitOfWork } from "../db/unit-of-work.js";
import { spendOutsideGraphQL } from "../edge/api-edge.js";
import type { ApiRateLimiter } from "../edge/rate-limits.js";
import type { HealthService } from "./health.service.js";

/** `GET /healthz` for load balancers: 200 with the report, or 503 when the database does not answer. */
export function healthRoute(options: {
  health: HealthService;
  work: UnitOfWork;
  rateLimiter: ApiRateLimiter;
  log: Logger;
}): Router {
  const router = express.Router();
  router.get("/healthz", async (req, res) => {
    try {
      if (!(await spendOutsideGraphQL(options.rateLimiter, null, req, res, 0))) return;
      res.json(await options.health.check(options.work.read(SYSTEM_ACTOR)));
    } catch (error) {
      options.log.warn({ err: error }, "health check failed");
      res.status(503).json({ status: "unavailable", error: "the database does not answer" });
    }
  });
  return router;
}
