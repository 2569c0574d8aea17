import type {
  GatewayExecutor,
  GatewayGraphQLRequestContext,
  GatewayInterface,
} from "@apollo/server-gateway-interface";
import {
  execute,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  getVariableValues,
  isEnumType,
  isInputObjectType,
  isScalarType,
  type OperationDefinitionNode,
  Source,
  specifiedScalarTypes,
  typeFromAST,
} from "graphql";
import { type CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";

/** Operations kept compiled; the oldest is dropped past this many. */
const COMPILED_OPERATIONS = 500;

/**
 * Runs each query as a function compiled for it (graphql-jit) instead of walking the operation's
 * tree for every field of every row, as graphql-js does: on a 50-row page with each row's
 * subscriptions, a third of the server's time per request. A query is compiled the first time
 * it arrives, after Apollo has parsed and validated it, and reused after that.
 *
 * graphql-js still reads every operation's variables first, so a bad value is refused with the
 * same words and code as before. graphql-jit then reads them again its own way, which agrees
 * only for built-in scalars, enums and input objects of those without default values; any other
 * operation, and every mutation, runs on graphql-js as before.
 *
 * Apollo Server 5 takes another executor only through its gateway interface, so this is one:
 * it hands Apollo the schema once and runs what Apollo has already checked.
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const compiled = new Map<string, CompiledQuery | null>();

  /** The query compiled, once per operation; null for what runs on graphql-js. */
  const compiledFor = (request: GatewayGraphQLRequestContext): CompiledQuery | null => {
    const { operation } = request;
    // Without an operation (several in the document, none named) graphql-js answers why.
    if (operation?.operation !== "query") return null;
    const key = `${request.queryHash}:${request.operationName ?? ""}`;
    let query = compiled.get(key);
    if (query === undefined) {
      const result = variablesReadAlike(schema, operation)
        ? compileQuery(schema, request.document, request.operationName ?? undefined)
        : null;
      query = result && isCompiledQuery(result) ? result : null;
      if (compiled.size >= COMPILED_OPERATIONS) compiled.delete(compiled.keys().next().value as string);
      compiled.set(key, query);
    }
    return query;
  };

  const executor: GatewayExecutor = async (request) => {
    const variableValues = request.request.variables ?? {};
    const query = compiledFor(request);
    if (!query) {
      return execute({
        schema,
        document: request.document,
        contextValue: request.context,
        variableValues,
        operationName: request.operationName ?? undefined,
      });
    }
    const read = getVariableValues(schema, request.operation.variableDefinitions ?? [], variableValues);
    if (read.errors) return { errors: read.errors };
    const result = await query.query(undefined, request.context, variableValues);
    return result.errors ? { ...result, errors: asGraphQLErrors(result.errors, request.source) } : result;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => {};
    },
    async load() {
      return { executor };
    },
    async stop() {},
  };
}

/**
 * graphql-jit's errors as graphql-js's own, which Apollo and the error answers expect (an
 * `extensions` object even when empty, and the cause as `originalError`), each at the same place
 * in the operation.
 */
function asGraphQLErrors(errors: readonly GraphQLError[], body: string): GraphQLError[] {
  const source = new Source(body);
  const lineStarts = [0];
  for (let i = body.indexOf("\n"); i !== -1; i = body.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  return errors.map(
    (error) =>
      new GraphQLError(error.message, {
        source,
        positions: error.locations?.map(({ line, column }) => (lineStarts[line - 1] ?? 0) + column - 1),
        path: error.path,
        originalError: error.originalError ?? undefined,
        extensions: error.extensions ?? undefined,
      }),
  );
}

/** Whether graphql-jit reads this operation's variables as graphql-js does. */
function variablesReadAlike(schema: GraphQLSchema, operation: OperationDefinitionNode): boolean {
  const seen = new Set<string>();
  const alike = (type: GraphQLInputType): boolean => {
    const named = getNamedType(type);
    if (isEnumType(named)) return true;
    if (isScalarType(named)) return specifiedScalarTypes.includes(named);
    if (!isInputObjectType(named)) return false;
    if (seen.has(named.name)) return true;
    seen.add(named.name);
    return Object.values(named.getFields()).every(
      (field) => field.defaultValue === undefined && alike(field.type),
    );
  };
  return (operation.variableDefinitions ?? []).every((definition) => {
    const type = typeFromAST(schema, definition.type);
    return type !== undefined && alike(type as GraphQLInputType);
  });
}
