import type { CodegenConfig } from "@graphql-codegen/cli";

// Types come from the committed schema, never from a running server, so generation is
// reproducible and CI can diff the output against what is committed.
export default {
  schema: "../schema/schema.graphql",
  documents: ["src/**/*.graphql"],
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        scalars: { DateTimeISO: "string", SafeInt: "number" },
        // String unions instead of TS enums: they compare against plain strings and need no runtime import.
        enumsAsTypes: true,
      },
    },
  },
} satisfies CodegenConfig;
