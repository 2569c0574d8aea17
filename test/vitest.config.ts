import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

// type-graphql and TypeORM read decorator metadata, so the transform must emit it.
const oxc = { decorator: { legacy: true, emitDecoratorMetadata: true } } as const;

export default defineConfig({
  root,
  oxc,
  test: {
    projects: [
      {
        oxc,
        test: {
          name: "unit",
          root,
          include: ["server/src/**/*.spec.ts", "web/src/**/*.spec.ts"],
          environment: "node",
        },
      },
      {
        oxc,
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
