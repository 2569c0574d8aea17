import { Button, Group, Stack, Text } from "@mantine/core";
import { DataTable, NoValue, RowTitle } from "../../components/data-table";
import type { VendorQuoteRequestFieldsFragment } from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { PERIOD_LABELS } from "../pricing/purchase-options";
import { QuoteRequestStatusBadge, specialPrice, unitPriceText } from "./quote-request-labels";

interface VendorQuoteRequestsTableProps {
  requests: readonly VendorQuoteRequestFieldsFragment[];
  /** Whether the list holds only open requests, which need no status column. */
  openOnly: boolean;
  onQuote: (request: VendorQuoteRequestFieldsFragment) => void;
  onDecline: (request: VendorQuoteRequestFieldsFragment) => void;
}

/** Every reseller's requests for special prices, the longest waiting first, with buttons to answer the open ones. */
export function VendorQuoteRequestsTable({
  requests,
  openOnly,
  onQuote,
  onDecline,
}: VendorQuoteRequestsTableProps) {
  return (
    <DataTable
      label="Special price requests"
      minWidth={1000}
      highlightOnHover
      rows={requests}
      rowKey={(request) => request.id}
      columns={[
        { header: "Reference", nowrap: true, cell: (request) => <RowTitle>{request.reference}</RowTitle> },
        { header: "Reseller", cell: (request) => request.resellerName },
        { header: "Product", cell: (request) => request.product.name },
        { header: "Period", cell: (request) => PERIOD_LABELS[request.period] },
        {
          header: "Quantity",
          align: "right",
          nowrap: true,
          cell: (request) => request.quantity.toLocaleString("en"),
        },
        { header: "Customer", cell: (request) => request.customerName ?? <NoValue /> },
        !openOnly && { header: "Status", cell: (request) => <StatusCell request={request} /> },
        {
          header: "Note",
          cell: (request) =>
            request.note ? (
              <Text size="sm" lineClamp={3} title={request.note} maw={260}>
                {request.note}
              </Text>
            ) : (
              <NoValue />
            ),
        },
        { header: "Requested", nowrap: true, cell: (request) => formatDate(request.requestedAt) },
      ]}
      actions={(request) =>
        request.status === "OPEN" && (
          <Group gap={4} justify="flex-end" wrap="nowrap">
            <Button
              size="xs"
              variant="light"
              aria-label={`Quote a price for ${request.reference}`}
              onClick={() => onQuote(request)}
            >
              Quote a price
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              aria-label={`Decline ${request.reference}`}
              onClick={() => onDecline(request)}
            >
              Decline
            </Button>
          </Group>
        )
      }
    />
  );
}

/** The status, and under it what staff answered: the price and its date, or the reason. */
function StatusCell({ request }: { request: VendorQuoteRequestFieldsFragment }) {
  const price = specialPrice(request);
  return (
    <Stack gap={2} align="flex-start" maw={200}>
      <QuoteRequestStatusBadge status={request.status} />
      {request.status === "DECLINED" && (
        <Text size="xs" lineClamp={3} title={request.declineReason ?? undefined}>
          {request.declineReason}
        </Text>
      )}
      {price && <Text size="xs">{unitPriceText(price.unitPrice, price.currency, request.period)}</Text>}
      {price && (
        <Text size="xs" c="dimmed">
          {request.status === "ACCEPTED" && request.acceptedAt
            ? `Bought ${formatDate(request.acceptedAt)}`
            : request.validUntil && `Valid until ${formatDate(request.validUntil)}`}
        </Text>
      )}
    </Stack>
  );
}
