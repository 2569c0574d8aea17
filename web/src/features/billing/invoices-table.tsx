import { Anchor, Button, Group, Text } from "@mantine/core";
import { DataTable } from "../../components/data-table";
import type { InvoiceFieldsFragment } from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { formatMoney } from "../../lib/money";
import { PAYMENT_METHOD_LABELS } from "../pricing/purchase-options";
import { INVOICE_KIND_LABELS, InvoiceStatusBadge } from "./invoice-labels";

interface InvoicesTableProps {
  invoices: readonly InvoiceFieldsFragment[];
  onShowLines: (invoice: InvoiceFieldsFragment) => void;
}

export function InvoicesTable({ invoices, onShowLines }: InvoicesTableProps) {
  return (
    <DataTable
      label="Invoices"
      minWidth={860}
      highlightOnHover
      rows={invoices}
      rowKey={(invoice) => invoice.id}
      columns={[
        NUMBER_COLUMN,
        ISSUED_COLUMN,
        { header: "Kind", cell: (invoice) => INVOICE_KIND_LABELS[invoice.kind] },
        {
          header: "Status",
          cell: (invoice) => (
            <>
              <InvoiceStatusBadge status={invoice.status} />
              {invoice.status === "OPEN" && invoice.lastPaymentError && (
                <Text size="xs" c="red">
                  {invoice.lastPaymentError}
                </Text>
              )}
            </>
          ),
        },
        PAYMENT_COLUMN,
        TOTAL_COLUMN,
      ]}
      actions={(invoice) => (
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          <Button
            size="xs"
            variant="subtle"
            aria-label={`Lines of invoice ${invoice.number}`}
            onClick={() => onShowLines(invoice)}
          >
            Lines
          </Button>
          <Anchor
            href={invoice.pdfUrl}
            download
            size="sm"
            aria-label={`Download invoice ${invoice.number} as PDF`}
          >
            PDF
          </Anchor>
        </Group>
      )}
    />
  );
}

// The columns every list of invoices has.

/** The number an invoice is quoted by, e.g. on a bank transfer. */
export const NUMBER_COLUMN = {
  header: "Number",
  cell: (invoice: Pick<InvoiceFieldsFragment, "number">) => (
    <Text fw={500} size="sm" ff="monospace">
      {invoice.number}
    </Text>
  ),
};

export const ISSUED_COLUMN = {
  header: "Issued",
  cell: (invoice: Pick<InvoiceFieldsFragment, "issuedAt">) => formatDate(invoice.issuedAt),
};

/** How an invoice is paid. */
export const PAYMENT_COLUMN = {
  header: "Payment",
  cell: (invoice: Pick<InvoiceFieldsFragment, "paymentMethod">) =>
    PAYMENT_METHOD_LABELS[invoice.paymentMethod],
};

/** What an invoice comes to. */
export const TOTAL_COLUMN = {
  header: "Total",
  align: "right",
  nowrap: true,
  cell: (invoice: Pick<InvoiceFieldsFragment, "total" | "currency">) =>
    formatMoney(invoice.total, invoice.currency),
} as const;
