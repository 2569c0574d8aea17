import { useMutation, useQuery } from "@apollo/client/react";
import { Anchor, Button, Group, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { ConfirmModal } from "../../components/confirm-modal";
import { DataTable } from "../../components/data-table";
import { EmptyState } from "../../components/empty-state";
import { PageHeader } from "../../components/page-header";
import { PagedQueryState } from "../../components/paged-query-state";
import { useConfirm } from "../../components/use-confirm";
import type { VendorInvoicesQuery } from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { formatMoney } from "../../lib/money";
import { notifyInfo, notifySuccess } from "../../lib/notify";
import { problemOr } from "../../lib/user-errors";
import { ISSUED_COLUMN, NUMBER_COLUMN, PAYMENT_COLUMN, TOTAL_COLUMN } from "../billing/invoices-table";
import { InvoiceRecordPaymentDocument, VendorInvoicesDocument } from "./payments.generated";

type OpenInvoice = NonNullable<VendorInvoicesQuery["vendorInvoices"]["edges"][number]["node"]>;

/** Vendor staff's unpaid invoices: wire transfers to record once the money is in the bank. */
export function PaymentsPage() {
  const openInvoices = useQuery(VendorInvoicesDocument, {
    variables: { status: "OPEN" },
    // Resellers buy at any time; staff must not record against a stale list.
    fetchPolicy: "cache-and-network",
  });
  const [recordPayment] = useMutation(InvoiceRecordPaymentDocument);
  const recording = useConfirm<OpenInvoice>();
  const [reference, setReference] = useState("");

  const ask = (invoice: OpenInvoice) => {
    setReference("");
    recording.ask(invoice);
  };

  const record = async (invoice: OpenInvoice) => {
    const { data } = await recordPayment({
      variables: { invoiceId: invoice.id, reference: reference.trim() },
      refetchQueries: [VendorInvoicesDocument],
      awaitRefetchQueries: true,
    });
    // Someone else recorded it first, or it was voided: the list is refreshed, nothing to do.
    const notOpen = data?.invoiceRecordPayment.userErrors.find((error) => error.code === "INVOICE_NOT_OPEN");
    if (notOpen) {
      notifyInfo(notOpen.message, "Nothing to record");
      return null;
    }
    return problemOr(data?.invoiceRecordPayment, () =>
      notifySuccess(`Invoice ${invoice.number} is paid; its subscription is active.`, "Payment recorded"),
    );
  };

  return (
    <>
      <PageHeader
        title="Payments"
        description="Invoices resellers still owe, newest first, with who owes each. Record a wire transfer once it is in the bank: the invoice is paid and its subscription active at once."
      />
      <PagedQueryState
        query={openInvoices}
        connection={(data) => data.vendorInvoices}
        what="invoices"
        errorTitle="Could not load the open invoices"
        empty={<EmptyState title="Nothing to record" description="No invoice is waiting for a payment." />}
      >
        {(invoices) => (
          <DataTable
            label="Open invoices"
            minWidth={1180}
            highlightOnHover
            rows={invoices}
            rowKey={(invoice) => invoice.id}
            columns={[
              NUMBER_COLUMN,
              { header: "Reseller", cell: (invoice) => invoice.reseller.name },
              ISSUED_COLUMN,
              { header: "Due", cell: (invoice) => formatDate(invoice.dueAt) },
              {
                header: "For",
                cell: (invoice) => (
                  <Text size="sm">{invoice.lines.map((line) => line.description).join("; ")}</Text>
                ),
              },
              PAYMENT_COLUMN,
              TOTAL_COLUMN,
            ]}
            actions={(invoice) => (
              <Group gap="xs" justify="flex-end" wrap="nowrap">
                <Anchor
                  href={invoice.pdfUrl}
                  download
                  size="sm"
                  aria-label={`Download invoice ${invoice.number} as PDF`}
                >
                  PDF
                </Anchor>
                <Button
                  size="xs"
                  variant="light"
                  aria-label={`Record payment of invoice ${invoice.number}`}
                  onClick={() => ask(invoice)}
                >
                  Record payment
                </Button>
              </Group>
            )}
          />
        )}
      </PagedQueryState>

      <ConfirmModal
        confirmation={recording}
        title="Record payment"
        confirmLabel="Record payment"
        onConfirm={record}
      >
        <Text>
          Record that invoice <b>{recording.target?.number}</b> of <b>{recording.target?.reseller.name}</b>{" "}
          for <b>{recording.target && formatMoney(recording.target.total, recording.target.currency)}</b> is
          paid? Its subscription becomes active at once.
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
