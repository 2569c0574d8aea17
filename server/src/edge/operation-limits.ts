import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { type ComplexityEstimator, getComplexity } from "graphql-query-complexity/cjs";
import { COST_EXTENSION, type CostHint } from "../common/cost.js";
import { DEFAULT_PAGE_SIZE } from "../common/pagination.js";
import type { OperationLimits } from "../config/config.js";

/** A list without `first` and without a `listSize` hint is assumed to hold this many items. */
export const DEFAULT_LIST_SIZE = 10;

export type RefusalCode =
  | "QUERY_TOO_LARGE"
  | "QUERY_TOO_DEEP"
  | "TOO_MANY_ALIASES"
  | "TOO_MANY_DIRECTIVES"
  | "QUERY_TOO_COMPLEX";

/** An operation refused before it ran, with what was measured and the limit it broke. */
export class OperationRefusedError extends GraphQLError {
  constructor(code: RefusalCode, message: string, limit: number, measured: number) {
    super(message, { extensions: { code, limit, measured, http: { status: 400 } } });
  }
}

/**
 * The cost model: a leaf costs nothing and an object 1 plus its children; a list multiplies its
 * children by its `first` (the default page size when absent) or, without `first`, by its
 * `listSize` hint. Introspection is answered from memory and costs nothing.
 */
const costEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (type.name.startsWith("__") || field.name.startsWith("__")) return 0;
  const hint = (field.extensions?.[COST_EXTENSION] ?? {}) as CostHint;
  if (hint.free) return 0;
  const own = isLeafType(getNamedType(field.type)) ? 0 : 1;
  if (hint.perItem) return own + childComplexity;
  if (field.args.some((arg) => arg.name === "first")) {
    const first = typeof args.first === "number" ? args.first : DEFAULT_PAGE_SIZE;
    return own + Math.max(first, 1) * childComplexity;
  }
  if (isListType(getNullableType(field.type))) {
    return own + (hint.listSize ?? DEFAULT_LIST_SIZE) * childComplexity;
  }
  return own + childComplexity;
};

/** The cost of one operation of a document, or null when its variables do not fit (execution refuses those). */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string | null,
): number | null {
  try {
    return getComplexity({
      schema,
      query: document,
      variables,
      operationName: operationName ?? undefined,
      estimators: [costEstimator],
    });
  } catch {
    return null;
  }
}

/** graphql-armor reports "… limit of N exceeded, found M."; the refusal carries both numbers. */
function refuseWith(code: RefusalCode, what: string, limit: number) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const measured = Number(/found (\d+)/.exec(error.message)?.[1] ?? Number.NaN);
    context?.reportError(
      new OperationRefusedError(
        code,
        `The operation has ${measured} ${what}; the limit is ${limit}.`,
        limit,
        measured,
      ),
    );
  };
}

/** Depth, aliases and directives, checked by graphql-armor in the validation pass. */
export function operationLimitRules(limits: OperationLimits): ValidationRule[] {
  const common = { exposeLimits: true, propagateOnRejection: false } as const;
  return [
    maxDepthRule({
      ...common,
      n: limits.maxDepth,
      onReject: [refuseWith("QUERY_TOO_DEEP", "levels of nesting", limits.maxDepth)],
    }),
    maxAliasesRule({
      ...common,
      n: limits.maxAliases,
      onReject: [refuseWith("TOO_MANY_ALIASES", "aliases", limits.maxAliases)],
    }),
    maxDirectivesRule({
      ...common,
      n: limits.maxDirectives,
      onReject: [refuseWith("TOO_MANY_DIRECTIVES", "directives", limits.maxDirectives)],
    }),
  ];
}

const TOKEN_LIMIT_MESSAGE = /Document contains more (than|that) \d+ tokens/;

/**
 * The parser's token limit (graphql-js `maxTokens`) refuses as a syntax error; this turns it into a
 * coded refusal. The parser stops at the first token over the limit, so that is what is measured:
 * counting the rest would spend on a refused document the very work the limit saves.
 */
export function tokenRefusal(error: GraphQLError, limit: number): OperationRefusedError | null {
  const cause = error.originalError ?? error;
  if (!TOKEN_LIMIT_MESSAGE.test(cause.message)) return null;
  return new OperationRefusedError(
    "QUERY_TOO_LARGE",
    `The operation has more than ${limit} tokens; the limit is ${limit}.`,
    limit,
    limit + 1,
  );
}
