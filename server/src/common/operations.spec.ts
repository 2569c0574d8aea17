import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { createSchema } from "../schema.js";
import { UserErrorCode } from "./errors.js";

const ACCESS = /\n\n(Needs permission [A-Z_]+\.|Needs a signed-in caller\.|Open to anyone\.)(\n|$)/;
const REFUSALS = /\n\nRefuses with ([A-Z_, ]+|no code of its own)\.$/;

/** What integrators read in the SDL is what the operations enforce: one line each, always there. */
describe("operation descriptions", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createSchema();
  });

  it("name who may call every query and mutation", () => {
    const fields = [
      ...Object.values(schema.getQueryType()?.getFields() ?? {}),
      ...Object.values(schema.getMutationType()?.getFields() ?? {}),
    ];
    expect(fields.length).toBeGreaterThan(50);
    expect(fields.filter((f) => !ACCESS.test(f.description ?? "")).map((f) => f.name)).toEqual([]);
  });

  it("list the codes every mutation may refuse with, each a real code", () => {
    const codes = new Set<string>(Object.values(UserErrorCode));
    for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
      const listed = REFUSALS.exec(field.description ?? "")?.[1];
      expect(listed, field.name).toBeDefined();
      if (listed === "no code of its own") continue;
      const named = (listed ?? "").split(", ");
      expect(
        named.filter((code) => !codes.has(code)),
        field.name,
      ).toEqual([]);
      expect([...named].sort(), field.name).toEqual(named);
    }
  });
});
