import type { CodegenConfig } from "@graphql-codegen/cli";

const config = {
  useTypeImports: true,
  scalars: { DateTimeISO: "string", SafeInt: "number" },
  // String unions instead of TS enums: they compare against plain strings and need no runtime import.
  enumsAsTypes: true,
};

// Types come from the committed schema, never from a running server, so generation is
// reproducible and CI can diff the output against what is committed.
export default {
  schema: "../schema/schema.graphql",
  documents: ["src/**/*.graphql"],
  generates: {
    // Every type, of the schema and of each operation, in one module with no runtime code.
    "src/gql/graphql.ts": {
      plugins: ["typescript-operations"],
      config,
    },
    // Each operation's document beside its .graphql file, so a page's chunk carries its own
    // queries and the first load none but its own.
    "src/": {
      preset: "near-operation-file",
      presetConfig: { extension: ".generated.ts", baseTypesPath: "gql/graphql.ts" },
      plugins: ["typed-document-node"],
      config: { ...config, importOperationTypesFrom: "Types" },
    },
  },
} satisfies CodegenConfig;
