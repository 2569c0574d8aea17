import { useQuery } from "@apollo/client/react";
import { Stack } from "@mantine/core";
import { EmptyState } from "../../components/empty-state";
import { PagedQueryState } from "../../components/paged-query-state";
import { useDialog } from "../../components/use-dialog";
import type { InvoiceFieldsFragment, InvoiceStatus } from "../../gql/graphql";
import { useUrlParam } from "../../lib/url-state";
import { INVOICE_STATUS_OPTIONS } from "./invoice-labels";
import { InvoiceLinesModal } from "./invoice-lines-modal";
import { InvoicesDocument } from "./invoices.generated";
import { InvoicesTable } from "./invoices-table";
import { StatusFilter } from "./status-filter";

/** What the vendor charged the reseller, newest first, each with its lines and PDF. */
export function InvoicesSection() {
  // Kept in the address, so Back from an invoice's customer finds the list as it was.
  const [kept, keep] = useUrlParam<InvoiceStatus | "">(
    "status",
    "",
    INVOICE_STATUS_OPTIONS.map((option) => option.value),
  );
  const status = kept || null;
  const setStatus = (next: InvoiceStatus | null) => keep(next ?? "");
  // Charges happen elsewhere too (renewals, a customer's page), so every visit asks again.
  const invoices = useQuery(InvoicesDocument, { variables: { status }, fetchPolicy: "cache-and-network" });
  const lines = useDialog<InvoiceFieldsFragment>();

  return (
    <Stack gap="md">
      <StatusFilter options={INVOICE_STATUS_OPTIONS} value={status} onChange={setStatus} />
      <PagedQueryState
        query={invoices}
        connection={(data) => data.invoices}
        what="invoices"
        errorTitle="Could not load the invoices"
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
        {(nodes) => <InvoicesTable invoices={nodes} onShowLines={lines.open} />}
      </PagedQueryState>

      <InvoiceLinesModal invoice={lines.item} opened={lines.opened} onClose={lines.close} />
    </Stack>
  );
}
