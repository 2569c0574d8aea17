import { useQuery } from "@apollo/client/react";
import { Select, Stack } from "@mantine/core";
import { useState } from "react";
import { ListFooter, useLoadMore } from "../../components/load-more";
import { EmptyState, QueryState } from "../../components/query-state";
import { type InvoiceFieldsFragment, type InvoiceStatus, InvoicesDocument } from "../../gql/graphql";
import { INVOICE_STATUS_OPTIONS } from "./invoice-labels";
import { InvoiceLinesModal } from "./invoice-lines-modal";
import { InvoicesTable } from "./invoices-table";


/** What the vendor charged the reseller, newest first, each with its lines and PDF. */
export function InvoicesSection() {
  const [status, setStatus] = useState<InvoiceStatus | null>(null);
  // Charges happen elsewhere too (renewals, a customer's page), so every visit asks again.
  const { data, loading, error, refetch, fetchMore } = useQuery(InvoicesDocument, {
    variables: { status },
    fetchPolicy: "cache-and-network",
  });
  const { loadingMore, loadMore } = useLoadMore(fetchMore, "invoices");
  const [shown, setShown] = useState<InvoiceFieldsFragment | null>(null);
  const [linesOpened, setLinesOpened] = useState(false);

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
            <ListFooter connection={invoices} loadingMore={loadingMore} onLoadMore={loadMore} />
          </Stack>
        )}
      </QueryState>

      <InvoiceLinesModal invoice={shown} opened={linesOpened} onClose={() => setLinesOpened(false)} />
    </Stack>
  );
}
