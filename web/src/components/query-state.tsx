import { Alert, Button, Skeleton, Stack } from "@mantine/core";
import type { ReactNode } from "react";
import { errorMessage } from "../lib/graphql-errors";

interface LoadingStateProps {
  /** How many placeholder rows to show; roughly the shape of what is loading. */
  rows?: number;
}

export function LoadingState({ rows = 3 }: LoadingStateProps) {
  return (
    <Stack gap="sm" role="status" aria-label="Loading" aria-busy>
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholders with no identity of their own
        <Skeleton key={i} height={20} radius="sm" />
      ))}
    </Stack>
  );
}

type ErrorStateProps = {
  title?: string;
  /** Tries again; a promise it returns may reject, as the error it leads to shows anyway. */
  onRetry?: () => unknown;
} & (
  | {
      /** What failed; told in plain words (`errorMessage`), never as the raw text of the failure. */
      error: unknown;
    }
  | {
      /** What the page itself says of a failure it knows, in place of `errorMessage`'s words. */
      message: string;
    }
);

export function ErrorState(props: ErrorStateProps) {
  const { title = "Something went wrong", onRetry } = props;
  return (
    <Alert color="red" variant="light" title={title}>
      <Stack gap="sm" align="flex-start">
        {"message" in props ? props.message : errorMessage(props.error)}
        {onRetry && (
          <Button
            size="xs"
            variant="light"
            color="red"
            onClick={() => void Promise.resolve(onRetry()).catch(() => undefined)}
          >
            Retry
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

/** What QueryState needs of a query: `useQuery`'s result, or one derived from it. */
export interface QueryLike<TData> {
  data: TData | undefined;
  loading: boolean;
  error?: { message: string } | undefined;
  /** Asks again, from the error's Retry button. */
  refetch?: () => Promise<unknown>;
}

interface QueryStateProps<TData> {
  query: QueryLike<TData>;
  errorTitle?: string;
  /** When given and true for the data, `empty` is shown instead of the children. */
  isEmpty?: (data: TData) => boolean;
  empty?: ReactNode;
  children: (data: TData) => ReactNode;
}

/**
 * Picks the loading, error, empty or data view for a query result, so every page handles
 * the four cases the same way. Data already on screen stays there while a refetch runs.
 */
export function QueryState<TData>({
  query: { data, loading, error, refetch },
  errorTitle,
  isEmpty,
  empty,
  children,
}: QueryStateProps<TData>) {
  if (data === undefined) {
    if (error && !loading) return <ErrorState error={error} title={errorTitle} onRetry={refetch} />;
    return <LoadingState />;
  }
  if (isEmpty?.(data)) return <>{empty}</>;
  return <>{children(data)}</>;
}
