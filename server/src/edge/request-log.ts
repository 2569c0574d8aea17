import type { RequestHandler } from "express";
import type { Logger } from "../common/logger.js";

/** One log line per answered request: method, path without the query, status and milliseconds. */
export function requestLog(log: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log.info(
        {
          method: req.method,
          path: req.originalUrl.split("?")[0],
          status: res.statusCode,
          ms: Math.round(ms),
        },
        "request",
      );
    });
    next();
  };
}
