import "reflect-metadata";
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { lexicographicSortSchema, printSchema } from "graphql";
import { createSchema } from "./schema.js";

/** Writes the SDL the server serves, sorted so that the file only changes when the API does. */
const target = resolve(process.argv[2] ?? "../schema/schema.graphql");
const schema = await createSchema();
await writeFile(target, `${printSchema(lexicographicSortSchema(schema))}\n`);
console.log(`schema written to ${target}`);
