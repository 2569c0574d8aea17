import { useQuery } from "@apollo/client/react";
import { Button, Group, Select, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { EmptyState, QueryState } from "../../components/query-state";
import { type InvoiceFieldsFragment, type InvoiceStatus, InvoicesDocument } from "../../gql/graphql";
import { errorMessage } from "../../lib/graphql-errors";
import { notifyFailure } from "../../lib/notify";
import { INVOICE_STATUS_OPTIONS } from "./invoice-labels";
import { InvoiceLinesModal } from "./invoice-lines-modal";
import { InvoicesTable } from "./invoices-table";

const PAGE_SIZE = 25;

/** What the vendor charged the reseller, newest first, each with its lines and PDF. */
export function InvoicesSection() {
  const [status, setStatus] = useState<InvoiceStatus | null>(null);
  // Charges happen elsewhere too (renewals, a customer's page), so every visit asks again.
  const { data, loading, error, refetch, fetchMore } = useQuery(InvoicesDocument, {
    variables: { first: PAGE_SIZE, status },
    fetchPolicy: "cache-and-network",
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [shown, setShown] = useState<InvoiceFieldsFragment | null>(null);
  const [linesOpened, setLinesOpened] = useState(false);

  const loadMore = async (after: string) => {
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after } });
    } catch (failure) {
      notifyFailure(errorMessage(failure), "Could not load more invoices");
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="md">
      <Select
        label="Status"
        placeholder="Any status"
        data={INVOICE_STATUS_OPTIONS}
        value={status}
        onChange={(value) => setStatus(value as InvoiceStatus | null)}
        clearable
        w={220}
      />
      <QueryState
        data={data}
        loading={loading}
        error={error}
        onRetry={() => void refetch().catch(() => undefined)}
        errorTitle="Could not load the invoices"
        isEmpty={({ invoices }) => invoices.edges.length === 0}
        empty={
          status ? (
            <EmptyState title="No invoice matches" description="None of your invoices has this status." />
          ) : (
            <EmptyState
              title="No invoices yet"
              description="Every purchase, added license and renewal makes an invoice here."
            />
          )
        }
      >
        {({ invoices }) => (
          <Stack gap="sm">
            <InvoicesTable
              invoices={invoices.edges.map((edge) => edge.node)}
              onShowLines={(invoice) => {
                setShown(invoice);
                setLinesOpened(true);
              }}
            />
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                Showing {invoices.edges.length} of {invoices.totalCount}
              </Text>
              {invoices.pageInfo.hasNextPage && invoices.pageInfo.endCursor && (
                <Button
                  variant="default"
                  loading={loadingMore}
                  onClick={() => invoices.pageInfo.endCursor && void loadMore(invoices.pageInfo.endCursor)}
                >
                  Load more
                </Button>
              )}
            </Group>
          </Stack>
        )}
      </QueryState>

      <InvoiceLinesModal invoice={shown} opened={linesOpened} onClose={() => setLinesOpened(false)} />
    </Stack>
  );
}
