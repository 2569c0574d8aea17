import type { CodegenConfig } from "@graphql-codegen/cli";

// The tests' operations are typed from the committed schema, like the SPA's, so a change to the
// schema that breaks a test fails the typecheck instead of a test run.
export default {
  schema: "../schema/schema.graphql",
  documents: ["api/**/*.ts", "e2e/**/*.ts", "support/**/*.ts"],
  generates: {
    "generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        scalars: { DateTimeISO: "string", SafeInt: "number" },
        enumsAsTypes: true,
        // The tests run as ES modules, whose relative imports name the file.
        emitLegacyCommonJSImports: false,
      },
    },
  },
} satisfies CodegenConfig;
