import { existsSync } from "node:fs";
import { join } from "node:path";
import express, { type Router } from "express";
import type { Logger } from "../common/logger.js";
import { staticFiles } from "./http-hardening.js";

/**
 * The built SPA and, outside production, the API explorer: hashed assets cached for long, and
 * every client-side route answered with the SPA's index page.
 */
export function webPages(options: { webDist: string; production: boolean; log: Logger }): Router {
  const router = express.Router();
  const explorerHtml = join(options.webDist, "graphiql.html");
  router.get(["/graphiql", "/graphiql.html"], (_req, res) => {
    if (options.production || !existsSync(explorerHtml)) {
      res.status(404).json({ errors: [{ message: "Not found.", extensions: { code: "NOT_FOUND" } }] });
      return;
    }
    res.setHeader("Cache-Control", "no-cache");
    res.sendFile(explorerHtml);
  });

  const indexHtml = join(options.webDist, "index.html");
  if (!existsSync(indexHtml)) {
    options.log.warn({ webDist: options.webDist }, "the SPA is not built; only the API is served");
    return router;
  }
  router.use(staticFiles(options.webDist));
  router.get("/{*splat}", (_req, res) => {
    res.setHeader("Cache-Control", "no-cache");
    res.sendFile(indexHtml);
  });
  return router;
}
