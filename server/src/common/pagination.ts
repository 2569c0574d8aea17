import type { ClassType } from "type-graphql";
import { Field, Int, ObjectType } from "type-graphql";
import { fail, UserErrorCode } from "./errors.js";

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
    edges: Edge[];

    @Field(() => [node], { description: "The items of this page, as in `edges`." })
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: "How many items the whole list holds, with the same filters." })
    totalCount: number;
  }
  return Connection;
}

export const MAX_PAGE_SIZE = 100;

/** The page size asked for, checked. */
export function pageSize(first: number | null | undefined, fallback = 25): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    fail(UserErrorCode.INVALID_INPUT, "first", `first must be from 1 to ${MAX_PAGE_SIZE}`);
  }
  return size;
}

/** Cursors are opaque to clients: the sort key and id of the item, base64url-encoded. */
export function encodeCursor(key: ReadonlyArray<string | number>): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

export function decodeCursor(cursor: string): Array<string | number> {
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(key)) return key;
  } catch {
    // falls through to the error below
  }
  return fail(UserErrorCode.INVALID_INPUT, "after", "after is not a cursor from this list");
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
