import "reflect-metadata";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  parse,
  typeFromAST,
  validate,
  visit,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../config/config.js";
import { createSchema } from "../schema.js";
import { operationCost, operationLimitRules } from "./operation-limits.js";

const webSrc = resolve(dirname(fileURLToPath(import.meta.url)), "../../../web/src");

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return graphqlFiles(path);
    return entry.name.endsWith(".graphql") ? [path] : [];
  });
}

/** A value for a required variable, so the cost sees a well-formed operation. */
function sample(type: GraphQLInputType): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [sample(nullable.ofType)];
  if (isEnumType(nullable)) return nullable.getValues()[0].value;
  if (isInputObjectType(nullable)) {
    return Object.fromEntries(
      Object.values(nullable.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, sample(field.type)]),
    );
  }
  return (
    { Int: 1, Float: 1, SafeInt: 1, Boolean: true, DateTimeISO: "2030-01-01T00:00:00Z" }[nullable.name] ?? "x"
  );
}

describe("the SPA's own operations", () => {
  const { limits, rateLimits } = loadConfig({}).api;
  const definitions: DefinitionNode[] = graphqlFiles(webSrc).flatMap(
    (file) => parse(readFileSync(file, "utf8")).definitions,
  );
  const fragments = new Map(
    definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const operations = definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );

  /** The operation with the fragments it spreads, as the SPA sends it. */
  function documentOf(operation: OperationDefinitionNode): DocumentNode {
    const used = new Set<string>();
    const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
      visit(node, {
        FragmentSpread(spread) {
          if (used.has(spread.name.value)) return;
          used.add(spread.name.value);
          const fragment = fragments.get(spread.name.value);
          if (fragment) collect(fragment);
        },
      });
    collect(operation);
    return {
      kind: Kind.DOCUMENT,
      definitions: [operation, ...[...used].map((name) => fragments.get(name) as FragmentDefinitionNode)],
    };
  }

  let costs: Array<{ name: string; cost: number }>;
  beforeAll(async () => {
    const schema = await createSchema();
    costs = operations.map((operation) => {
      const document = documentOf(operation);
      expect(validate(schema, document, operationLimitRules(limits)), operation.name?.value).toEqual([]);
      // The largest page the SPA may ask for, and a value for every required variable.
      const variables: Record<string, unknown> = {};
      for (const definition of operation.variableDefinitions ?? []) {
        const type = typeFromAST(schema, definition.type) as GraphQLInputType;
        if (definition.variable.name.value === "first") variables.first = 100;
        else if (isNonNullType(type) && !definition.defaultValue)
          variables[definition.variable.name.value] = sample(type);
      }
      const cost = operationCost(schema, document, variables, operation.name?.value);
      expect(cost, operation.name?.value).not.toBeNull();
      return { name: operation.name?.value ?? "", cost: cost as number };
    });
  });

  it("are all within the depth, alias, directive and cost limits, even at pages of 100", () => {
    expect(operations.length).toBeGreaterThan(40);
    for (const { name, cost } of costs) expect(cost, name).toBeLessThanOrEqual(limits.maxCost);
  });

  it("fit a person's pace in the rate limit: 30 of the costliest pages a minute", () => {
    const costliest = Math.max(...costs.map((c) => c.cost));
    const viewer = costs.find((c) => c.name === "Viewer")?.cost ?? 0;
    // A page load is the viewer query and the page's own query.
    const pageLoad = 2 * rateLimits.pointsPerRequest + viewer + costliest;
    expect(30 * pageLoad * (rateLimits.windowSeconds / 60)).toBeLessThanOrEqual(rateLimits.points);
  });
});
