import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

// type-graphql and TypeORM read decorator metadata, so the transform must emit it.
const oxc = { decorator: { legacy: true, emitDecoratorMetadata: true } } as const;

// The server's own code must use the graphql-js that Node gives Apollo and type-graphql (its
// CommonJS build), as it does when the server runs; left to itself, the test transform would load
// the ES module build beside it, and a schema type from one is not a type to the other.
const oneGraphql = {
  alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve("graphql") }],
};

export default defineConfig({
  root,
  oxc,
  test: {
    projects: [
      {
        oxc,
        resolve: oneGraphql,
        test: {
          name: "unit",
          root,
          include: ["server/src/**/*.spec.ts", "web/src/**/*.spec.ts"],
          environment: "node",
        },
      },
      {
        oxc,
        resolve: oneGraphql,
        test: {
          name: "api",
          root,
          include: ["test/api/**/*.test.ts"],
          globalSetup: ["test/support/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        oxc,
        resolve: oneGraphql,
        test: {
          name: "e2e",
          root,
          include: ["test/e2e/**/*.test.ts"],
          globalSetup: ["test/support/global-setup.ts"],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // One browser at a time keeps the two cores from thrashing.
          fileParallelism: false,
        },
      },
    ],
  },
});
