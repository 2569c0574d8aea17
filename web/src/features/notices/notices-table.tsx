import { Anchor } from "@mantine/core";
import { Link } from "wouter";
import { DataTable, NoValue, RowTitle } from "../../components/data-table";
import { type BadgeLook, StatusBadge } from "../../components/status-badge";
import type { NoticeKind, UpcomingNoticeFieldsFragment } from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { formatMoney } from "../../lib/money";
import { PERIOD_LABELS } from "../pricing/purchase-options";

/** What happens at the period end, and the colour that says whether licenses go away. */
const KINDS: Record<NoticeKind, BadgeLook> = {
  RENEWAL: { label: "Renews", color: "green" },
  TERMINATION: { label: "Ends", color: "orange" },
};

interface NoticesTableProps {
  notices: readonly UpcomingNoticeFieldsFragment[];
}

export function NoticesTable({ notices }: NoticesTableProps) {
  return (
    <DataTable
      label="Upcoming renewals and terminations"
      minWidth={900}
      highlightOnHover
      rows={notices}
      // A subscription has one coming period end, so it appears once.
      rowKey={(notice) => notice.subscription.id}
      columns={[
        { header: "Date", nowrap: true, cell: (notice) => formatDate(notice.date) },
        { header: "What happens", cell: (notice) => <StatusBadge {...KINDS[notice.kind]} /> },
        { header: "Product", cell: ({ subscription }) => <RowTitle>{subscription.product.name}</RowTitle> },
        { header: "Period", cell: ({ subscription }) => PERIOD_LABELS[subscription.period] },
        { header: "Licenses", cell: (notice) => notice.quantity },
        {
          header: "Amount",
          align: "right",
          nowrap: true,
          cell: (notice) => (notice.amount === null ? "—" : formatMoney(notice.amount, notice.currency)),
        },
        {
          header: "Customer",
          cell: ({ subscription: { customer } }) =>
            customer ? (
              <Anchor component={Link} to={`/customers/${customer.id}`} size="sm">
                {customer.companyName}
              </Anchor>
            ) : (
              <NoValue>Not assigned</NoValue>
            ),
        },
        {
          header: "Notice",
          nowrap: true,
          cell: (notice) =>
            notice.noticeSentAt ? (
              `Sent ${formatDate(notice.noticeSentAt)}`
            ) : (
              <NoValue>{`Goes out ${formatDate(notice.noticeDate)}`}</NoValue>
            ),
        },
      ]}
    />
  );
}
