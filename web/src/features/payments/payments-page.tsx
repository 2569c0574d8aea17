import { useMutation, useQuery } from "@apollo/client/react";
import { Button, Stack, Table, Text, TextInput, VisuallyHidden } from "@mantine/core";
import { useState } from "react";
import { ConfirmModal } from "../../components/confirm-modal";
import { ListFooter, useLoadMore } from "../../components/load-more";
import { PageHeader } from "../../components/page-header";
import { EmptyState, QueryState } from "../../components/query-state";
import { useConfirm } from "../../components/use-confirm";
import {
  type InvoiceFieldsFragment,
  InvoiceRecordPaymentDocument,
  VendorInvoicesDocument,
} from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { formatMoney } from "../../lib/money";
import { notifyInfo, notifySuccess } from "../../lib/notify";
import { userErrorsMessage } from "../../lib/user-errors";
import { PAYMENT_METHOD_LABELS } from "../pricing/purchase-options";


/** Vendor staff's unpaid invoices: wire transfers to record once the money is in the bank. */
export function PaymentsPage() {
  const { data, loading, error, refetch, fetchMore } = useQuery(VendorInvoicesDocument, {
    variables: { status: "OPEN" },
    // Resellers buy at any time; staff must not record against a stale list.
    fetchPolicy: "cache-and-network",
  });
  const [recordPayment] = useMutation(InvoiceRecordPaymentDocument);
  const recording = useConfirm<InvoiceFieldsFragment>();
  const [reference, setReference] = useState("");
  const { loadingMore, loadMore } = useLoadMore(fetchMore, "invoices");

  const ask = (invoice: InvoiceFieldsFragment) => {
    setReference("");
    recording.ask(invoice);
  };

  const record = (invoice: InvoiceFieldsFragment) =>
    recording.confirm(async () => {
      const { data: result } = await recordPayment({
        variables: { invoiceId: invoice.id, reference: reference.trim() },
        refetchQueries: [VendorInvoicesDocument],
        awaitRefetchQueries: true,
      });
      const userErrors = result?.invoiceRecordPayment.userErrors ?? [];
      // Someone else recorded it first, or it was voided: the list is refreshed, nothing to do.
      const notOpen = userErrors.find((userError) => userError.code === "INVOICE_NOT_OPEN");
      if (notOpen) {
        notifyInfo(notOpen.message, "Nothing to record");
        return null;
      }
      const problem = userErrorsMessage(userErrors);
      if (!problem)
        notifySuccess(`Invoice ${invoice.number} is paid; its subscription is active.`, "Payment recorded");
      return problem;
    });

  return (
    <>
      <PageHeader
        title="Payments"
        description="Invoices resellers still owe, newest first. Record a wire transfer once it is in the bank: the invoice is paid and its subscription active at once."
      />
      <QueryState
        data={data}
        loading={loading}
        error={error}
        onRetry={() => void refetch().catch(() => undefined)}
        errorTitle="Could not load the open invoices"
        isEmpty={({ vendorInvoices }) => vendorInvoices.edges.length === 0}
        empty={<EmptyState title="Nothing to record" description="No invoice is waiting for a payment." />}
      >
        {({ vendorInvoices }) => (
          <Stack gap="sm">
            <Table.ScrollContainer minWidth={860}>
              <Table verticalSpacing="sm" striped highlightOnHover aria-label="Open invoices">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Number</Table.Th>
                    <Table.Th>Issued</Table.Th>
                    <Table.Th>For</Table.Th>
                    <Table.Th>Payment</Table.Th>
                    <Table.Th ta="right">Total</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {vendorInvoices.edges.map(({ node: invoice }) => (
                    <Table.Tr key={invoice.id}>
                      <Table.Td>
                        <Text fw={500} size="sm" ff="monospace">
                          {invoice.number}
                        </Text>
                      </Table.Td>
                      <Table.Td>{formatDate(invoice.issuedAt)}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{invoice.lines.map((line) => line.description).join("; ")}</Text>
                      </Table.Td>
                      <Table.Td>{PAYMENT_METHOD_LABELS[invoice.paymentMethod]}</Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                        {formatMoney(invoice.total, invoice.currency)}
                      </Table.Td>
                      <Table.Td ta="right">
                        <Button
                          size="xs"
                          variant="light"
                          aria-label={`Record payment of invoice ${invoice.number}`}
                          onClick={() => ask(invoice)}
                        >
                          Record payment
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <ListFooter connection={vendorInvoices} loadingMore={loadingMore} onLoadMore={loadMore} />
          </Stack>
        )}
      </QueryState>

      <ConfirmModal
        confirmation={recording}
        title="Record payment"
        confirmLabel="Record payment"
        onConfirm={(item) => void record(item)}
      >
        <Text>
          Record that invoice <b>{recording.target?.number}</b> for{" "}
          <b>{recording.target && formatMoney(recording.target.total, recording.target.currency)}</b> is paid?
          Its subscription becomes active at once.
        </Text>
        <TextInput
          label="Bank reference"
          description="The transfer's reference on the bank statement, kept with the payment."
          autoComplete="off"
          data-autofocus
          value={reference}
          onChange={(event) => setReference(event.currentTarget.value)}
        />
      </ConfirmModal>
    </>
  );
}
