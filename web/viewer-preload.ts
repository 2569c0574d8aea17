import { createHash } from "node:crypto";
import { addTypenameToDocument, print } from "@apollo/client/utilities";
import type { Plugin } from "vite";
import { CustomersDocument } from "./src/features/customers/customers.generated";
import { ViewerDocument } from "./src/session/viewer.generated";

/**
 * The first query of a page whose index page asks it too, in its default state (no search or
 * order in the address), with the variables the page sends: the list then loads alongside the
 * page's code rather than after it has run.
 */
const PAGE_QUERIES = [
  {
    path: "/customers",
    operationName: "Customers",
    query: print(addTypenameToDocument(CustomersDocument)),
    variables: { search: null, sort: "COMPANY_NAME_ASC" },
  },
];

/**
 * Asks who is signed in before the app's JavaScript has arrived: a tiny script, loaded from
 * index.html ahead of the bundle, sends the Viewer query exactly as Apollo Client would print it
 * (with the `__typename`s its cache adds) and leaves the pending answer on `window.viewerPreload`,
 * where the app's HTTP link takes it instead of asking again (src/session/viewer-preload.ts).
 * On a page of `PAGE_QUERIES` it sends that page's first query too, left on
 * `window.pageQueryPreload`.
 * A script of its own rather than inline, as the Content-Security-Policy allows no inline script;
 * async, so that it runs as soon as it is in rather than after the stylesheet, and fetched with
 * high priority, ahead of the bundle.
 */
export function viewerPreload(): Plugin {
  const query = print(addTypenameToDocument(ViewerDocument));
  const body = JSON.stringify({ operationName: "Viewer", variables: {}, query });
  const pages = Object.fromEntries(PAGE_QUERIES.map(({ path, ...operation }) => [path, operation]));
  const source =
    `(function(){var ask=function(body){return fetch("/graphql",{method:"POST",credentials:"same-origin",headers:{"content-type":"application/json"},body:body})};` +
    `window.viewerPreload={query:${JSON.stringify(query)},response:ask(${JSON.stringify(body)})};` +
    `var page=location.search?undefined:${JSON.stringify(pages)}[location.pathname];` +
    "if(page){page.response=ask(JSON.stringify(page));window.pageQueryPreload=page}})();\n";
  // Named by its content, like the bundle's files, so browsers keep it for as long as it is current.
  const fileName = `assets/viewer-preload-${createHash("sha256").update(source).digest("hex").slice(0, 10)}.js`;
  return {
    name: "viewer-preload",
    configureServer(server) {
      server.middlewares.use(`/${fileName}`, (_req, res) => {
        res.setHeader("content-type", "text/javascript");
        res.end(source);
      });
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName, source });
    },
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        // Only the SPA asks who is signed in; the GraphiQL page has no use for it.
        if (!ctx.filename.endsWith("index.html")) return [];
        return [
          {
            tag: "script",
            attrs: { src: `/${fileName}`, async: true, fetchpriority: "high" },
            // First in the head: a few hundred bytes that run the moment they arrive, long before
            // the bundle could ask on its own (and should it ask first, it asks for itself).
            injectTo: "head-prepend",
          },
        ];
      },
    },
  };
}
