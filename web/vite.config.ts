import { resolve } from "node:path";
import { constants } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";
import { compression, defineAlgorithm } from "vite-plugin-compression2";
import { routePreload } from "./route-preload";
import { viewerPreload } from "./viewer-preload";

const api = "http://localhost:4000";

export default defineConfig({
  plugins: [
    react(),
    viewerPreload(),
    routePreload(),
    // Each file compressed once, at the best ratio, beside the original: the server sends these
    // rather than compressing on every request.
    compression({
      include: /\.(js|css|svg|json)$/,
      threshold: 1024,
      algorithms: [
        defineAlgorithm("brotliCompress", { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        defineAlgorithm("gzip", { level: 9 }),
      ],
    }),
  ],
  resolve: {
    // RxJS (under Apollo Client) publishes an ES2015 build beside its ES5 one: classes instead of
    // down-levelled prototypes, and no TypeScript helpers, for a smaller first load.
    conditions: ["es2015", ...defaultClientConditions],
    alias: [
      {
        find: /^use-sync-external-store\/shim(\/index\.js)?$/,
        replacement: resolve(import.meta.dirname, "src/lib/use-sync-external-store.ts"),
      },
    ],
  },
  optimizeDeps: {
    // GraphiQL's Monaco worker setup imports the workers with `?worker`, which only Vite's own
    // transform understands: pre-bundled, it stops the dev server.
    exclude: ["graphiql/setup-workers/vite", "@graphiql/react/setup-workers/vite"],
  },
  server: {
    proxy: {
      "/graphql": api,
      "/healthz": api,
    },
  },
  build: {
    // Read by scripts/check-budgets.mjs to tell the first load's chunks from the ones pages load.
    manifest: true,
    // Every browser the portal supports preloads modules itself.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // The SPA, and the GraphiQL explorer for integrators as a page of its own, so that its editor
      // never weighs on the SPA's bundle.
      input: {
        index: resolve(import.meta.dirname, "index.html"),
        graphiql: resolve(import.meta.dirname, "graphiql.html"),
      },
      output: {
        // React and Apollo change far less often than the app and every page needs them, so in
        // chunks of their own they stay cached across releases. React's group is split by the
        // entries that use its modules, so the SPA never loads what only the GraphiQL page needs;
        // Apollo's leaves graphql-js to the bundler, which keeps the parser with GraphiQL. Mantine
        // is left to the bundler too: grouping it, even by the pages that use it, put code of later
        // pages into the first load (175.7 KiB against 148.5 KiB).
        codeSplitting: {
          groups: [
            {
              name: "apollo",
              test: /node_modules[\\/](@apollo|@wry|rxjs|optimism)[\\/]/,
            },
            {
              name: "react",
              test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/,
              entriesAware: true,
            },
            {
              name: "scroll-lock",
              test: /node_modules[\\/](react-remove-scroll|react-remove-scroll-bar|use-sidecar|use-callback-ref|react-style-singleton|get-nonce)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
