import { type GraphQLSchema, isObjectType } from "graphql";
import type { ClassType } from "type-graphql";
import { ArgsType, Field, Int, ObjectType } from "type-graphql";
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { Cost } from "./cost.js";
import { BadInputError } from "./errors.js";

@ObjectType({ description: "Where a page of a connection sits in the whole list." })
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

/** How many items a whole list holds; a list counts only when a client asks for `totalCount`. */
export type ListCount = () => Promise<number>;

export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number | ListCount;
}

/** Up to this many items a list's `totalCount` is exact; beyond, it is PostgreSQL's estimate. */
export const EXACT_COUNT_LIMIT = 1_000;

export const TOTAL_COUNT_DESCRIPTION = `How many items the whole list holds, with the same filters: exact up to ${EXACT_COUNT_LIMIT.toLocaleString("en")}, PostgreSQL's estimate beyond (at least ${(EXACT_COUNT_LIMIT + 1).toLocaleString("en")}). Counted only when asked for.`;

/**
 * The count of the rows `sql` selects, made when asked: exact up to `EXACT_COUNT_LIMIT` (the
 * count stops there, so a list of a million rows costs what one of a thousand does), beyond
 * that the planner's estimate of the rows, from the same statement's plan or from `estimate`'s:
 * a statement selecting the same rows whose plan the planner estimates better.
 */
export function countOf(
  em: EntityManager,
  sql: string,
  params: unknown[],
  estimate: { sql: string; params: unknown[] } = { sql, params },
): ListCount {
  return async () => {
    const [{ count }]: Array<{ count: number }> = await em.query(
      `SELECT count(*)::int AS count FROM (${sql} LIMIT ${EXACT_COUNT_LIMIT + 1}) AS capped`,
      params,
    );
    if (count <= EXACT_COUNT_LIMIT) return count;
    const [row]: Array<{ "QUERY PLAN": Array<{ Plan: { "Plan Rows": number } }> }> = await em.query(
      `EXPLAIN (FORMAT JSON) ${estimate.sql}`,
      estimate.params,
    );
    return Math.max(EXACT_COUNT_LIMIT + 1, Math.round(row["QUERY PLAN"][0].Plan["Plan Rows"]));
  };
}

/** `countOf` for a query builder's rows. */
export function countOfQuery(em: EntityManager, query: SelectQueryBuilder<ObjectLiteral>): ListCount {
  const [sql, params] = query.getQueryAndParameters();
  return countOf(em, sql, params);
}

/** A Relay connection type for `node`, named `<name>Connection` with `<name>Edge`s. */
export function connectionType<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field({ description: "Pass as `after` to get the items after this one." })
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items in a stable order.` })
  class Connection implements Page<T> {
    @Field(() => [Edge])
    @Cost({ perItem: true })
    edges: Edge[];

    @Field(() => [node], { description: "The items of this page, as in `edges`." })
    @Cost({ perItem: true })
    nodes: T[];

    @Field(() => PageInfo)
    @Cost({ free: true })
    pageInfo: PageInfo;

    // Read by `countWhenAsked`, which runs a list's count function only when the field is asked for.
    @Field(() => Int, { simple: true, description: TOTAL_COUNT_DESCRIPTION })
    totalCount: number | ListCount;
  }
  return Connection;
}

/**
 * Gives every connection's `totalCount` a resolver that runs the list's count function, if it
 * left one, only when a client asks for the field. Plain fields are read as properties, and
 * only graphql-js's default resolver, not the compiled execution's, calls a function it finds.
 */
export function countWhenAsked(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    const field =
      isObjectType(type) && type.name.endsWith("Connection") ? type.getFields().totalCount : undefined;
    if (field && !field.resolve) {
      field.resolve = (page: Page<unknown>) =>
        typeof page.totalCount === "function" ? page.totalCount() : page.totalCount;
    }
  }
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

/** The description every `first` argument carries, so integrators read the bounds in the schema. */
export const FIRST_DESCRIPTION = `Page size, 1 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} by default.`;

export const AFTER_DESCRIPTION = "Where the page starts: `pageInfo.endCursor` of the page before.";

/** The arguments every connection takes to page through it. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: FIRST_DESCRIPTION })
  first?: number | null;

  @Field(() => String, { nullable: true, description: AFTER_DESCRIPTION })
  after?: string | null;
}

/** The page size asked for, checked. */
function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new BadInputError("first", `first must be from 1 to ${MAX_PAGE_SIZE}.`);
  }
  return size;
}

/** What one position of a cursor's sort key holds, so a forged cursor is refused, not sent to SQL. */
export type CursorPart = "text" | "timestamp" | "uuid";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;
const MAX_CURSOR_LENGTH = 1024;

function fits(value: unknown, part: CursorPart): boolean {
  if (typeof value !== "string") return false;
  if (part === "uuid") return UUID.test(value);
  if (part === "timestamp") return ISO_TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
  return value.length <= 1000;
}

/** Cursors are opaque to clients: the sort key and id of the item, base64url-encoded. */
function encodeCursor(key: ReadonlyArray<string | number>): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

/** The sort key in a cursor from this list, checked against its shape. */
function decodeCursor(cursor: string, shape: readonly CursorPart[]): string[] {
  let key: unknown;
  try {
    if (cursor.length <= MAX_CURSOR_LENGTH)
      key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    // refused below
  }
  if (Array.isArray(key) && key.length === shape.length && key.every((value, i) => fits(value, shape[i]))) {
    return key as string[];
  }
  throw new BadInputError("after", "after is not a cursor from this list.");
}

/**
 * A list's stable order for keyset pagination: a sort key, then the id that breaks ties, both the
 * same way. A page starts after its cursor's (key, id), so pages never overlap or skip a row.
 */
export interface KeysetOrder<T> {
  /** The SQL sort key, such as `lower(a.name)`. */
  key: string;
  /** The SQL id column that breaks ties, such as `a.id`. */
  id: string;
  /** What the sort key holds, to check a cursor's key and to cast it. */
  part: Exclude<CursorPart, "uuid">;
  /** Ascending unless set. */
  descending?: boolean;
  /** The sort key and id of a row, for its cursor. */
  cursor: (row: T) => [string, string];
}

/** One page of a list in a keyset order, as `first` and `after` ask for it. */
export interface KeysetPage<T> {
  /** The `ORDER BY` terms. */
  orderBy: string;
  /** One row more than the page, to tell whether another page follows. */
  limit: number;
  /**
   * The condition for the rows after the cursor, or null without one. `bind` adds one of the
   * cursor's values to the statement's parameters and returns its placeholder.
   */
  after(bind: (value: string) => string): string | null;
  /** A query builder's query in the order, after the cursor, limited. */
  query<Q extends SelectQueryBuilder<ObjectLiteral>>(query: Q): Q;
  /** The page of up to `limit` rows fetched in the order after the cursor. */
  of(rows: T[], totalCount: number | ListCount): Page<T>;
}

/** Checks `first` now and the cursor when the query is made; `after` is refused if not of this order. */
export function keysetPage<T>(args: PageArgs, order: KeysetOrder<T>): KeysetPage<T> {
  const size = pageSize(args.first);
  const direction = order.descending ? "DESC" : "ASC";
  const after = (bind: (value: string) => string): string | null => {
    if (!args.after) return null;
    const [key, id] = decodeCursor(args.after, [order.part, "uuid"]);
    const cast = order.part === "timestamp" ? "::timestamptz" : "";
    return `(${order.key}, ${order.id}) ${order.descending ? "<" : ">"} (${bind(key)}${cast}, ${bind(id)}::uuid)`;
  };
  return {
    orderBy: `${order.key} ${direction}, ${order.id} ${direction}`,
    limit: size + 1,
    after,
    query(query) {
      query
        .orderBy(order.key, direction)
        .addOrderBy(order.id, direction)
        .limit(size + 1);
      const values: Record<string, string> = {};
      const condition = after((value) => {
        const name = `after${Object.keys(values).length}`;
        values[name] = value;
        return `:${name}`;
      });
      if (condition) query.andWhere(condition, values);
      return query;
    },
    of(rows, totalCount) {
      const nodes = rows.slice(0, size);
      const edges = nodes.map((node) => ({ cursor: encodeCursor(order.cursor(node)), node }));
      return {
        edges,
        nodes,
        totalCount,
        pageInfo: {
          hasNextPage: rows.length > size,
          hasPreviousPage: Boolean(args.after),
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    },
  };
}
