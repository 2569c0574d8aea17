import { Badge } from "@mantine/core";
import type { InvoiceKind, InvoiceStatus } from "../../gql/graphql";

export const INVOICE_KIND_LABELS: Record<InvoiceKind, string> = {
  PURCHASE: "Purchase",
  QUANTITY_CHANGE: "Quantity change",
  RENEWAL: "Renewal",
};

const STATUSES: Record<InvoiceStatus, { label: string; color: string }> = {
  OPEN: { label: "Open", color: "yellow" },
  PAID: { label: "Paid", color: "green" },
  VOID: { label: "Void", color: "gray" },
};

export const INVOICE_STATUS_OPTIONS = Object.entries(STATUSES).map(([value, { label }]) => ({
  value,
  label,
}));

export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  const { label, color } = STATUSES[status];
  return (
    <Badge color={color} variant="light" miw="max-content">
      {label}
    </Badge>
  );
}
