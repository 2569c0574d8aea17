import { Anchor, Badge, Table, Text } from "@mantine/core";
import { Link } from "react-router";
import type { NoticeKind, UpcomingNoticeFieldsFragment } from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { formatMoney } from "../../lib/money";
import { PERIOD_LABELS } from "../pricing/purchase-options";

/** What happens at the period end, and the colour that says whether licenses go away. */
const KINDS: Record<NoticeKind, { label: string; color: string }> = {
  RENEWAL: { label: "Renews", color: "green" },
  TERMINATION: { label: "Ends", color: "orange" },
};

function NoticeKindBadge({ kind }: { kind: NoticeKind }) {
  const { label, color } = KINDS[kind];
  return (
    <Badge color={color} variant="light" miw="max-content">
      {label}
    </Badge>
  );
}

interface NoticesTableProps {
  notices: readonly UpcomingNoticeFieldsFragment[];
}

export function NoticesTable({ notices }: NoticesTableProps) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm" striped highlightOnHover aria-label="Upcoming renewals and terminations">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Date</Table.Th>
            <Table.Th>What happens</Table.Th>
            <Table.Th>Product</Table.Th>
            <Table.Th>Period</Table.Th>
            <Table.Th>Licenses</Table.Th>
            <Table.Th ta="right">Amount</Table.Th>
            <Table.Th>Customer</Table.Th>
            <Table.Th>Notice</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {notices.map((notice) => {
            const { subscription } = notice;
            return (
              // A subscription has one coming period end, so it appears once.
              <Table.Tr key={subscription.id}>
                <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDate(notice.date)}</Table.Td>
                <Table.Td>
                  <NoticeKindBadge kind={notice.kind} />
                </Table.Td>
                <Table.Td>
                  <Text fw={500} size="sm">
                    {subscription.product.name}
                  </Text>
                </Table.Td>
                <Table.Td>{PERIOD_LABELS[subscription.period]}</Table.Td>
                <Table.Td>{notice.quantity}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                  {notice.amount === null ? "—" : formatMoney(notice.amount, notice.currency)}
                </Table.Td>
                <Table.Td>
                  {subscription.customer ? (
                    <Anchor component={Link} to={`/customers/${subscription.customer.id}`} size="sm">
                      {subscription.customer.companyName}
                    </Anchor>
                  ) : (
                    <Text size="sm" c="dimmed">
                      Not assigned
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: "nowrap" }}>
                  {notice.noticeSentAt ? (
                    `Sent ${formatDate(notice.noticeSentAt)}`
                  ) : (
                    <Text size="sm" c="dimmed">
                      {`Goes out ${formatDate(notice.noticeDate)}`}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
