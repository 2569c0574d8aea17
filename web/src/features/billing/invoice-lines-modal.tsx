import { Alert, Button, Group, Modal, Stack, Table, Text } from "@mantine/core";
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
      <Table.ScrollContainer minWidth={820}>
        <Table verticalSpacing="xs" aria-label={`Lines of invoice ${invoice.number}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Description</Table.Th>
              <Table.Th ta="right">Quantity</Table.Th>
              <Table.Th ta="right">Unit price</Table.Th>
              <Table.Th ta="right">Retail</Table.Th>
              <Table.Th ta="right">Volume discount</Table.Th>
              <Table.Th ta="right">Partner discount</Table.Th>
              <Table.Th ta="right">Amount</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invoice.lines.map((line, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines have no id; their order on an invoice is fixed
              <Table.Tr key={index}>
                <Table.Td>
                  <Text size="sm">{line.description}</Text>
                  {line.customerName && (
                    <Text size="xs" c="dimmed">
                      For {line.customerName}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">{line.quantity}</Table.Td>
                <Table.Td ta="right">{money(line.unitPrice)}</Table.Td>
                <Table.Td ta="right">{money(line.retailAmount)}</Table.Td>
                <Table.Td ta="right">{discount(line.volumeDiscount, line.volumeDiscountBp)}</Table.Td>
                <Table.Td ta="right">{discount(line.partnerDiscount, line.partnerDiscountBp)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                  {money(line.amount)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={6} ta="right" fw={500}>
                Retail
              </Table.Th>
              <Table.Td ta="right">{money(invoice.subtotal)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th colSpan={6} ta="right" fw={500}>
                Discounts
              </Table.Th>
              <Table.Td ta="right">
                {money(invoice.discountTotal === 0 ? 0 : -invoice.discountTotal)}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th colSpan={6} ta="right" fw={500}>
                Total net
              </Table.Th>
              <Table.Td ta="right">{money(invoice.netTotal)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th colSpan={6} ta="right" fw={500}>
                VAT {formatBp(invoice.vatRateBp)}
              </Table.Th>
              <Table.Td ta="right">{money(invoice.vatAmount)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th colSpan={6} ta="right">
                Total gross
              </Table.Th>
              <Table.Td ta="right" fw={700}>
                {money(invoice.total)}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
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
