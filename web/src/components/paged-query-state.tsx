import { Button, Group, Text } from "@mantine/core";
import { useState } from "react";
import { errorMessage } from "../lib/graphql-errors";
import { notifyFailure } from "../lib/notify";

/**
 * Fetches the page after a cursor with the query's `fetchMore`; the cache's paging policy
 * appends it. A failure is told in a notification naming what could not be loaded.
 */
export function useLoadMore(
  fetchMore: (options: { variables: { after: string } }) => Promise<unknown>,
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
  connection: {
    edges: readonly unknown[];
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  };
  loadingMore: boolean;
  onLoadMore: (after: string) => void;
}

/** "Showing 25 of 250" under a list, and a Load more button while pages are left. */
export function ListFooter({ connection, loadingMore, onLoadMore }: ListFooterProps) {
  const { endCursor, hasNextPage } = connection.pageInfo;
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed">
        Showing {connection.edges.length} of {connection.totalCount}
      </Text>
      {hasNextPage && endCursor && (
        <Button variant="default" loading={loadingMore} onClick={() => onLoadMore(endCursor)}>
          Load more
        </Button>
      )}
    </Group>
  );
}
