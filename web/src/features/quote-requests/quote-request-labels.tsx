import { Input, SegmentedControl, Select } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { type BadgeLook, badgeOptions, StatusBadge } from "../../components/status-badge";
import type { BillingPeriod, QuoteRequestStatus } from "../../gql/graphql";
import { formatMoney } from "../../lib/money";
import { perPeriod } from "../pricing/purchase-options";

/** What each status means, and the colour that says whether someone has to act. */
export const QUOTE_REQUEST_STATUSES: Record<QuoteRequestStatus, BadgeLook> = {
  OPEN: { label: "Open", color: "yellow" },
  QUOTED: { label: "Quoted", color: "blue" },
  ACCEPTED: { label: "Accepted", color: "green" },
  EXPIRED: { label: "Expired", color: "gray" },
  DECLINED: { label: "Declined", color: "red" },
};

export function QuoteRequestStatusBadge({ status }: { status: QuoteRequestStatus }) {
  return <StatusBadge {...QUOTE_REQUEST_STATUSES[status]} />;
}

/** A list's status filter: one status, or "ALL". */
export type StatusChoice = QuoteRequestStatus | "ALL";

export const STATUS_CHOICES: Array<{ value: StatusChoice; label: string }> = [
  { value: "ALL", label: "All" },
  ...badgeOptions(QUOTE_REQUEST_STATUSES),
];

/** Narrows a list of requests to one status; a select on a phone, where six choices do not fit side by side. */
export function QuoteStatusFilter({
  value,
  onChange,
}: {
  value: StatusChoice;
  onChange: (status: StatusChoice) => void;
}) {
  // Known at the first render (there is no server rendering), so the filter does not change form under the eye.
  const phone = useMediaQuery("(max-width: 48em)", undefined, { getInitialValueInEffect: false });
  if (phone) {
    return (
      <Select
        label="Status"
        data={STATUS_CHOICES}
        value={value}
        onChange={(choice) => choice && onChange(choice as StatusChoice)}
        allowDeselect={false}
      />
    );
  }
  return (
    <Input.Wrapper label="Status" labelElement="div">
      <SegmentedControl<StatusChoice>
        data={STATUS_CHOICES}
        value={value}
        onChange={onChange}
        aria-label="Status"
        display="flex"
        w="fit-content"
      />
    </Input.Wrapper>
  );
}

/** "€39.00 per license a year". */
export function unitPriceText(unitPrice: number, currency: string, period: BillingPeriod): string {
  return `${formatMoney(unitPrice, currency)} per license ${perPeriod(period)}`;
}

/** A special price and what the deal comes to at it, before VAT; null until the vendor priced it. */
export function specialPrice(request: {
  unitPrice?: number | null;
  currency?: string | null;
  quantity: number;
}): { unitPrice: number; currency: string; total: number } | null {
  const { unitPrice, currency, quantity } = request;
  if (unitPrice == null || !currency) return null;
  return { unitPrice, currency, total: unitPrice * quantity };
}
