import { parse } from "regexparam";
import type { Plugin, Rollup } from "vite";

/** The module that says which page is at which address (see its comment). */
const PAGE_MODULES = "/src/app/page-modules.ts";
/** One `"/address": () => import("module"),` entry of that module. */
const ENTRY = /"(\/[^"]*)": \(\) => import\("([^"]+)"\)/g;

/** Where the build leaves the routes' chunks for the server, beside Vite's manifest. */
export const ROUTE_PRELOAD_FILE = ".vite/route-preload.json";

/**
 * Lets the server name the opened page's code in the HTML it answers with: for each page's address
 * pattern, the chunks the page needs beyond the first load's, written to ROUTE_PRELOAD_FILE. The
 * server puts a `<link rel="modulepreload">` for each into the index page of a matching address
 * (server/src/edge/web-pages.ts), so the browser fetches the page's code alongside the app's,
 * rather than once the app has run and routed.
 *
 * The plugin reads the address and module of each page from src/app/page-modules.ts, and the
 * chunks each module needs from the bundle.
 */
export function routePreload(): Plugin {
  /** Each page's address pattern and the resolved id of its module, in page-modules.ts order. */
  let pages: Array<{ path: string; id: string }> = [];

  return {
    name: "route-preload",
    apply: "build",
    async transform(code, id) {
      if (!id.endsWith(PAGE_MODULES)) return null;
      // The map itself, not the comment above it.
      const map = code.slice(code.indexOf("export const pageModules"));
      const entries = [...map.matchAll(ENTRY)];
      if (entries.length === 0 || entries.length !== map.split("import(").length - 1) {
        this.error(`${PAGE_MODULES}: every page must read \`"/address": () => import("module"),\``);
      }
      pages = [];
      for (const [, path, specifier] of entries) {
        const resolved = await this.resolve(specifier as string, id);
        if (!resolved) this.error(`${PAGE_MODULES}: cannot resolve ${specifier}`);
        pages.push({ path: path as string, id: resolved.id });
      }
      return null;
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter(
        (output): output is Rollup.OutputChunk => output.type === "chunk",
      );
      const entry = chunks.find((chunk) => chunk.isEntry && chunk.facadeModuleId?.endsWith("/index.html"));
      if (!entry) return;
      const initial = closure(bundle, entry.fileName);
      const routes = pages.map(({ path, id }) => {
        const page = chunks.find((chunk) => chunk.facadeModuleId === id);
        if (!page) this.error(`route-preload: no chunk for ${id}`);
        const files = [...closure(bundle, page.fileName)].filter((file) => !initial.has(file));
        return { path, pattern: parse(path).pattern.source, files };
      });
      this.emitFile({
        type: "asset",
        fileName: ROUTE_PRELOAD_FILE,
        source: `${JSON.stringify({ routes }, null, 1)}\n`,
      });
    },
  };
}

/** A chunk's file and the files of every chunk it imports statically, transitively. */
function closure(bundle: Rollup.OutputBundle, fileName: string, seen = new Set<string>()): Set<string> {
  if (seen.has(fileName)) return seen;
  seen.add(fileName);
  const chunk = bundle[fileName];
  if (chunk?.type === "chunk") for (const imported of chunk.imports) closure(bundle, imported, seen);
  return seen;
}
