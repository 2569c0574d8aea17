import { type BadgeLook, badgeOptions, StatusBadge } from "../../components/status-badge";
import type { InvoiceKind, InvoiceStatus } from "../../gql/graphql";

export const INVOICE_KIND_LABELS: Record<InvoiceKind, string> = {
  PURCHASE: "Purchase",
  QUANTITY_CHANGE: "Quantity change",
  RENEWAL: "Renewal",
};

const STATUSES: Record<InvoiceStatus, BadgeLook> = {
  OPEN: { label: "Open", color: "yellow" },
  PAID: { label: "Paid", color: "green" },
  VOID: { label: "Void", color: "gray" },
};

export const INVOICE_STATUS_OPTIONS = badgeOptions(STATUSES);

export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  return <StatusBadge {...STATUSES[status]} />;
}
