import type { ClassType } from "type-graphql";
import { Field, Int, ObjectType } from "type-graphql";
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

export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
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

    @Field(() => Int, { description: "How many items the whole list holds, with the same filters." })
    totalCount: number;
  }
  return Connection;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

/** The description every `first` argument carries, so integrators read the bounds in the schema. */
export const FIRST_DESCRIPTION = `Page size, 1 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} by default.`;

export const AFTER_DESCRIPTION = "Where the page starts: `pageInfo.endCursor` of the page before.";

/** The page size asked for, checked. */
export function pageSize(first: number | null | undefined): number {
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
export function encodeCursor(key: ReadonlyArray<string | number>): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

/** The sort key in a cursor from this list, checked against its shape. */
export function decodeCursor(cursor: string, shape: readonly CursorPart[]): string[] {
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

/** Builds a page from up to `size + 1` rows fetched after the cursor. */
export function toPage<T>(
  rows: T[],
  size: number,
  hadCursor: boolean,
  key: (row: T) => Array<string | number>,
  totalCount: number,
): Page<T> {
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(key(node)), node }));
  return {
    edges,
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: hadCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
