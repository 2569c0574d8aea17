import { Anchor, Button, Group, Table, Text, VisuallyHidden } from "@mantine/core";
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
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="sm" striped highlightOnHover aria-label="Invoices">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Number</Table.Th>
            <Table.Th>Issued</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Payment</Table.Th>
            <Table.Th ta="right">Total</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invoices.map((invoice) => (
            <Table.Tr key={invoice.id}>
              <Table.Td>
                <Text fw={500} size="sm" ff="monospace">
                  {invoice.number}
                </Text>
              </Table.Td>
              <Table.Td>{formatDate(invoice.issuedAt)}</Table.Td>
              <Table.Td>{INVOICE_KIND_LABELS[invoice.kind]}</Table.Td>
              <Table.Td>
                <InvoiceStatusBadge status={invoice.status} />
                {invoice.status === "OPEN" && invoice.lastPaymentError && (
                  <Text size="xs" c="red">
                    {invoice.lastPaymentError}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{PAYMENT_METHOD_LABELS[invoice.paymentMethod]}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                {formatMoney(invoice.total, invoice.currency)}
              </Table.Td>
              <Table.Td>
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
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
