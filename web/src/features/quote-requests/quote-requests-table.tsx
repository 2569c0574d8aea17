import { Button, Group, Stack, Text } from "@mantine/core";
import { DataTable, NoValue, RowTitle } from "../../components/data-table";
import type { QuoteRequestFieldsFragment } from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { formatMoney } from "../../lib/money";
import { PERIOD_LABELS } from "../pricing/purchase-options";
import { QuoteRequestStatusBadge, specialPrice } from "./quote-request-labels";

interface QuoteRequestsTableProps {
  requests: readonly QuoteRequestFieldsFragment[];
  /** Whether the viewer may buy and ask: without, the rows have no buttons. */
  canWrite: boolean;
  onBuy: (request: QuoteRequestFieldsFragment) => void;
  onAskAgain: (request: QuoteRequestFieldsFragment) => void;
}

/** A reseller's requests for special prices, with what the vendor answered. */
export function QuoteRequestsTable({ requests, canWrite, onBuy, onAskAgain }: QuoteRequestsTableProps) {
  return (
    <DataTable
      label="Special price requests"
      minWidth={1000}
      highlightOnHover
      rows={requests}
      rowKey={(request) => request.id}
      columns={[
        { header: "Reference", nowrap: true, cell: (request) => <RowTitle>{request.reference}</RowTitle> },
        { header: "Product", cell: (request) => request.product.name },
        { header: "Period", cell: (request) => PERIOD_LABELS[request.period] },
        {
          header: "Quantity",
          align: "right",
          nowrap: true,
          cell: (request) => request.quantity.toLocaleString("en"),
        },
        { header: "Customer", cell: (request) => request.customerName ?? <NoValue /> },
        { header: "Status", cell: (request) => <StatusCell request={request} /> },
        { header: "Special price", nowrap: true, cell: (request) => <SpecialPriceCell request={request} /> },
        {
          header: "Valid until",
          nowrap: true,
          cell: (request) => (request.validUntil ? formatDate(request.validUntil) : <NoValue />),
        },
        { header: "Requested", nowrap: true, cell: (request) => formatDate(request.requestedAt) },
      ]}
      actions={
        canWrite
          ? (request) => <RowActions request={request} onBuy={onBuy} onAskAgain={onAskAgain} />
          : undefined
      }
    />
  );
}

/** The status, and under it what the reseller needs to know about it. */
function StatusCell({ request }: { request: QuoteRequestFieldsFragment }) {
  return (
    <Stack gap={2} align="flex-start" maw={220}>
      <QuoteRequestStatusBadge status={request.status} />
      {request.status === "OPEN" && (
        <Text size="xs" c="dimmed">
          Waiting for the vendor's answer
        </Text>
      )}
      {request.status === "DECLINED" && request.declineReason && (
        <Text size="xs" lineClamp={3} title={request.declineReason}>
          {request.declineReason}
        </Text>
      )}
      {request.status === "EXPIRED" && (
        <Text size="xs" c="dimmed">
          Not bought in time: ask again for a new price.
        </Text>
      )}
      {request.status === "ACCEPTED" && request.acceptedAt && (
        <Text size="xs" c="dimmed">
          Bought {formatDate(request.acceptedAt)}
        </Text>
      )}
    </Stack>
  );
}

/** The price per license, and what the deal comes to at it. */
function SpecialPriceCell({ request }: { request: QuoteRequestFieldsFragment }) {
  const price = specialPrice(request);
  if (!price) return <NoValue />;
  return (
    <Stack gap={0}>
      <Text size="sm">{formatMoney(price.unitPrice, price.currency)} per license</Text>
      <Text size="xs" c="dimmed">
        {formatMoney(price.total, price.currency)} in total
      </Text>
    </Stack>
  );
}

function RowActions({
  request,
  onBuy,
  onAskAgain,
}: {
  request: QuoteRequestFieldsFragment;
  onBuy: (request: QuoteRequestFieldsFragment) => void;
  onAskAgain: (request: QuoteRequestFieldsFragment) => void;
}) {
  if (request.status === "QUOTED") {
    return (
      <Group gap={4} justify="flex-end" wrap="nowrap">
        <Button
          size="xs"
          aria-label={`Buy at this price: ${request.reference}`}
          onClick={() => onBuy(request)}
        >
          Buy at this price
        </Button>
      </Group>
    );
  }
  if (request.status === "EXPIRED" || request.status === "DECLINED") {
    return (
      <Group gap={4} justify="flex-end" wrap="nowrap">
        <Button
          size="xs"
          variant="light"
          aria-label={`Ask again: ${request.reference}`}
          onClick={() => onAskAgain(request)}
        >
          Ask again
        </Button>
      </Group>
    );
  }
  return null;
}
