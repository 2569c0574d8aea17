import { Button, Group, Stack, Text } from "@mantine/core";
import { type ReactNode, useState } from "react";
import { formatCount } from "../lib/counts";
import { errorMessage } from "../lib/graphql-errors";
import { notifyFailure } from "../lib/notify";
import { type QueryLike, QueryState } from "./query-state";

/** A page of a list as the API's connections give it. */
interface Connection<TNode> {
  edges: ReadonlyArray<{ node: TNode }>;
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

type FetchMore = (options: { variables: { after: string } }) => Promise<unknown>;

interface PagedQueryStateProps<TData, TNode> {
  /** The list's query, with the `fetchMore` that loads its next page. */
  query: QueryLike<TData> & { fetchMore: FetchMore };
  /** The list in the query's answer. */
  connection: (data: TData) => Connection<TNode>;
  /** What the list holds, for "Could not load more invoices". */
  what: string;
  errorTitle: string;
  /** Shown when the list has nothing. */
  empty: ReactNode;
  children: (nodes: TNode[]) => ReactNode;
}

/**
 * A list that grows a page at a time: QueryState's loading, error and empty views, the items
 * loaded so far, and "Showing 25 of 250" with a Load more button under them.
 */
export function PagedQueryState<TData, TNode>({
  query,
  connection,
  what,
  errorTitle,
  empty,
  children,
}: PagedQueryStateProps<TData, TNode>) {
  const { loadingMore, loadMore } = useLoadMore(query.fetchMore, what);
  return (
    <QueryState
      query={query}
      errorTitle={errorTitle}
      isEmpty={(data) => connection(data).edges.length === 0}
      empty={empty}
    >
      {(data) => {
        const list = connection(data);
        return (
          <Stack gap="sm">
            {children(list.edges.map((edge) => edge.node))}
            <ListFooter connection={list} loadingMore={loadingMore} onLoadMore={loadMore} />
          </Stack>
        );
      }}
    </QueryState>
  );
}

/**
 * Fetches the page after a cursor with the query's `fetchMore`; the cache's paging policy
 * appends it. A failure is told in a notification naming what could not be loaded.
 */
function useLoadMore(
  fetchMore: FetchMore,
  what: string,
): { loadingMore: boolean; loadMore: (after: string) => Promise<void> } {
  const [loadingMore, setLoadingMore] = useState(false);
  const loadMore = async (after: string) => {
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after } });
    } catch (failure) {
      notifyFailure(errorMessage(failure), `Could not load more ${what}`);
    } finally {
      setLoadingMore(false);
    }
  };
  return { loadingMore, loadMore };
}

interface ListFooterProps {
  connection: Connection<unknown>;
  loadingMore: boolean;
  onLoadMore: (after: string) => void;
}

/** "Showing 25 of 250" (or "of about 120,000") under a list, and a Load more button while pages are left. */
function ListFooter({ connection, loadingMore, onLoadMore }: ListFooterProps) {
  const { endCursor, hasNextPage } = connection.pageInfo;
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed">
        Showing {connection.edges.length} of {formatCount(connection.totalCount)}
      </Text>
      {hasNextPage && endCursor && (
        <Button variant="default" loading={loadingMore} onClick={() => onLoadMore(endCursor)}>
          Load more
        </Button>
      )}
    </Group>
  );
}
