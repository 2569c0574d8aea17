import { existsSync, readFileSync } from "node:fs";
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
  const pageHtml = indexPages(readFileSync(indexHtml, "utf8"), join(options.webDist, ROUTE_PRELOAD_FILE));
  router.get("/{*splat}", (req, res) => {
    res.setHeader("Cache-Control", "no-cache");
    res.type("html").send(pageHtml(req.path));
  });
  return router;
}

/** Written by the SPA's build (web/route-preload.ts): the chunks of each page beyond the first load's. */
const ROUTE_PRELOAD_FILE = ".vite/route-preload.json";

interface RoutePreload {
  routes: Array<{ pattern: string; files: string[] }>;
}

/**
 * The index page for an address: the SPA's index.html, with a `<link rel="modulepreload">` for
 * each chunk of the page at that address, so the browser fetches the page's code alongside the
 * app's instead of once the app has run and routed. One page per route, built once.
 */
function indexPages(html: string, routePreloadFile: string): (path: string) => string {
  if (!existsSync(routePreloadFile)) return () => html;
  const { routes } = JSON.parse(readFileSync(routePreloadFile, "utf8")) as RoutePreload;
  const compiled = routes.map((route) => ({ pattern: new RegExp(route.pattern, "i"), files: route.files }));
  const built = new Map<(typeof compiled)[number], string>();
  return (path) => {
    const route = compiled.find(({ pattern }) => pattern.test(path));
    if (!route) return html;
    let page = built.get(route);
    if (page === undefined) {
      const links = route.files
        .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
        .join("\n    ");
      page = html.replace("</head>", `  ${links}\n  </head>`);
      built.set(route, page);
    }
    return page;
  };
}
