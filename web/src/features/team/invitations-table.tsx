import { Badge, Button, Group, Text } from "@mantine/core";
import { DataTable } from "../../components/data-table";
import type { TeamInvitationsQuery } from "../../gql/graphql";
import { formatDate, formatDateTime } from "../../lib/dates";
import { ROLE_LABELS } from "./roles";

export type TeamInvitation = TeamInvitationsQuery["teamInvitations"][number];

interface InvitationsTableProps {
  invitations: readonly TeamInvitation[];
  /** The invitation whose link is being mailed again. */
  resending: string | null;
  onResend: (invitation: TeamInvitation) => void;
  onRevoke: (invitation: TeamInvitation) => void;
}

export function InvitationsTable({ invitations, resending, onResend, onRevoke }: InvitationsTableProps) {
  const now = Date.now();
  return (
    <DataTable
      label="Pending invitations"
      minWidth={820}
      rows={invitations}
      rowKey={(invitation) => invitation.id}
      columns={[
        {
          header: "Name",
          cell: (invitation) =>
            invitation.name ?? (
              <Text size="sm" c="dimmed">
                Not given
              </Text>
            ),
        },
        { header: "Email", cell: (invitation) => invitation.email },
        { header: "Role", cell: (invitation) => ROLE_LABELS[invitation.role] },
        { header: "Invited", cell: (invitation) => formatDate(invitation.createdAt) },
        {
          header: "Link expires",
          cell: (invitation) => {
            const expired = new Date(invitation.expiresAt).getTime() <= now;
            return (
              <Group gap="xs" wrap="nowrap">
                <Text size="sm" c={expired ? "dimmed" : undefined}>
                  {formatDateTime(invitation.expiresAt)}
                </Text>
                {expired && (
                  <Badge color="orange" variant="light" size="sm">
                    Expired
                  </Badge>
                )}
              </Group>
            );
          },
        },
      ]}
      actions={(invitation) => (
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          <Button
            size="xs"
            variant="subtle"
            loading={resending === invitation.id}
            aria-label={`Resend the invitation to ${invitation.email}`}
            onClick={() => onResend(invitation)}
          >
            Resend
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color="red"
            aria-label={`Revoke the invitation to ${invitation.email}`}
            onClick={() => onRevoke(invitation)}
          >
            Revoke
          </Button>
        </Group>
      )}
    />
  );
}
