import { Badge, Button, Group, Table, Text, VisuallyHidden } from "@mantine/core";
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
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" striped aria-label="Pending invitations">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Email</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Invited</Table.Th>
            <Table.Th>Link expires</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invitations.map((invitation) => {
            const expired = new Date(invitation.expiresAt).getTime() <= now;
            return (
              <Table.Tr key={invitation.id}>
                <Table.Td>{invitation.email}</Table.Td>
                <Table.Td>{ROLE_LABELS[invitation.role]}</Table.Td>
                <Table.Td>{formatDate(invitation.createdAt)}</Table.Td>
                <Table.Td>
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
                </Table.Td>
                <Table.Td>
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
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
