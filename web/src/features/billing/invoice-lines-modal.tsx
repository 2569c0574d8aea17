import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { StackedTable } from "../../components/stacked-table";
import type { InvoiceFieldsFragment } from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { formatMoney } from "../../lib/money";
import { formatBp } from "../../lib/percent";
import { VAT_NOTES } from "../../lib/vat";
import { PAYMENT_METHOD_LABELS } from "../pricing/purchase-options";
import { INVOICE_KIND_LABELS, InvoiceStatusBadge } from "./invoice-labels";

interface InvoiceLinesModalProps {
  /** Stays set after closing, so the dialog's content does not vanish while it fades out. */
  invoice: InvoiceFieldsFragment | null;
  opened: boolean;
  onClose: () => void;
}

/** One invoice line by line: list price, the volume and partner discounts, and what is charged. */
export function InvoiceLinesModal({ invoice, opened, onClose }: InvoiceLinesModalProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      closeButtonProps={{ "aria-label": "Close" }}
      title={invoice ? `Invoice ${invoice.number}` : "Invoice"}
      size="min(64rem, 96vw)"
      centered
    >
      {invoice && <InvoiceLines invoice={invoice} onClose={onClose} />}
    </Modal>
  );
}

function InvoiceLines({ invoice, onClose }: { invoice: InvoiceFieldsFragment; onClose: () => void }) {
  const money = (amount: number) => formatMoney(amount, invoice.currency);
  // A discount with its rate, the one it was computed with; none at all reads as a dash.
  const discount = (amount: number, bp: number) =>
    amount === 0 ? "—" : `${money(-amount)} (${formatBp(bp)})`;
  return (
    <Stack>
      <Group gap="md">
        <InvoiceStatusBadge status={invoice.status} />
        <Text size="sm">
          {INVOICE_KIND_LABELS[invoice.kind]}, issued {formatDate(invoice.issuedAt)}
          {invoice.paidAt ? `, paid ${formatDate(invoice.paidAt)}` : `, due ${formatDate(invoice.dueAt)}`} ·{" "}
          {PAYMENT_METHOD_LABELS[invoice.paymentMethod]}
        </Text>
      </Group>
      <StackedTable minWidth={820} verticalSpacing="xs" label={`Lines of invoice ${invoice.number}`}>
        <StackedTable.Thead>
          <StackedTable.Tr>
            <StackedTable.Th>Description</StackedTable.Th>
            <StackedTable.Th ta="right">Quantity</StackedTable.Th>
            <StackedTable.Th ta="right">Unit price</StackedTable.Th>
            <StackedTable.Th ta="right">Retail</StackedTable.Th>
            <StackedTable.Th ta="right">Volume discount</StackedTable.Th>
            <StackedTable.Th ta="right">Partner discount</StackedTable.Th>
            <StackedTable.Th ta="right">Amount</StackedTable.Th>
          </StackedTable.Tr>
        </StackedTable.Thead>
        <StackedTable.Tbody>
          {invoice.lines.map((line, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines have no id; their order on an invoice is fixed
            <StackedTable.Tr key={index}>
              <StackedTable.Td>
                <Text size="sm">{line.description}</Text>
                {line.customerName && (
                  <Text size="xs" c="dimmed">
                    For {line.customerName}
                  </Text>
                )}
              </StackedTable.Td>
              <StackedTable.Td label="Quantity" ta="right">
                {line.quantity}
              </StackedTable.Td>
              <StackedTable.Td label="Unit price" ta="right">
                {money(line.unitPrice)}
              </StackedTable.Td>
              <StackedTable.Td label="Retail" ta="right">
                {money(line.retailAmount)}
              </StackedTable.Td>
              <StackedTable.Td label="Volume discount" ta="right">
                {discount(line.volumeDiscount, line.volumeDiscountBp)}
              </StackedTable.Td>
              <StackedTable.Td label="Partner discount" ta="right">
                {discount(line.partnerDiscount, line.partnerDiscountBp)}
              </StackedTable.Td>
              <StackedTable.Td label="Amount" ta="right" style={{ whiteSpace: "nowrap" }}>
                {money(line.amount)}
              </StackedTable.Td>
            </StackedTable.Tr>
          ))}
        </StackedTable.Tbody>
        <StackedTable.Tfoot>
          <Total label="Retail" amount={money(invoice.subtotal)} />
          <Total label="Discounts" amount={money(invoice.discountTotal === 0 ? 0 : -invoice.discountTotal)} />
          <Total label="Total net" amount={money(invoice.netTotal)} />
          <Total label={`VAT ${formatBp(invoice.vatRateBp)}`} amount={money(invoice.vatAmount)} />
          <Total label="Total gross" amount={money(invoice.total)} grand />
        </StackedTable.Tfoot>
      </StackedTable>
      {VAT_NOTES[invoice.vatTreatment] && (
        <Text size="sm" c="dimmed">
          {VAT_NOTES[invoice.vatTreatment]}
        </Text>
      )}
      {invoice.bankDetails && invoice.status === "OPEN" && (
        <Alert color="blue" variant="light" title="Pay by wire transfer">
          Transfer {money(invoice.total)} by {formatDate(invoice.dueAt)} to {invoice.bankDetails.bankName},
          IBAN {invoice.bankDetails.iban}, BIC {invoice.bankDetails.bic}, with the payment reference{" "}
          <b>{invoice.paymentReference}</b>.
        </Alert>
      )}
      <Group justify="flex-end">
        <Button component="a" href={invoice.pdfUrl} download variant="light">
          Download PDF
        </Button>
        <Button variant="default" onClick={onClose}>
          Close
        </Button>
      </Group>
    </Stack>
  );
}

/** A line of the invoice's totals, under the Amount column; the grand total in bold. */
function Total({ label, amount, grand }: { label: string; amount: string; grand?: boolean }) {
  return (
    <StackedTable.Tr>
      <StackedTable.Th scope="row" colSpan={6} ta="right" fw={grand ? undefined : 500}>
        {label}
      </StackedTable.Th>
      <StackedTable.Td ta="right" fw={grand ? 700 : undefined}>
        {amount}
      </StackedTable.Td>
    </StackedTable.Tr>
  );
}
