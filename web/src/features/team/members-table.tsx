import { Badge, Button, Group, Select, Table, Text, VisuallyHidden } from "@mantine/core";
import type { MemberRole, TeamMembersQuery } from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { ASSIGNABLE_ROLES, ROLE_LABELS } from "./roles";

export type TeamMember = TeamMembersQuery["teamMembers"][number];

interface MembersTableProps {
  members: readonly TeamMember[];
  /** The member whose role change is on its way to the server. */
  changingRoleOf: string | null;
  onChangeRole: (member: TeamMember, role: MemberRole) => void;
  onRemove: (member: TeamMember) => void;
  onTransfer: (member: TeamMember) => void;
}

export function MembersTable({
  members,
  changingRoleOf,
  onChangeRole,
  onRemove,
  onTransfer,
}: MembersTableProps) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" striped highlightOnHover aria-label="Team members">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Joined</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => {
            const { user } = member;
            const isOwner = member.role === "OWNER";
            return (
              <Table.Tr key={member.id}>
                <Table.Td>
                  <Text fw={500} size="sm">
                    {user.name}
                  </Text>
                </Table.Td>
                <Table.Td>{user.email}</Table.Td>
                <Table.Td>
                  {isOwner ? (
                    <Badge variant="light">{ROLE_LABELS.OWNER}</Badge>
                  ) : (
                    <Select<MemberRole>
                      aria-label={`Role of ${user.name}`}
                      data={ASSIGNABLE_ROLES}
                      value={member.role}
                      allowDeselect={false}
                      disabled={changingRoleOf === member.id}
                      onChange={(role) => role && role !== member.role && onChangeRole(member, role)}
                      w={130}
                      size="xs"
                    />
                  )}
                </Table.Td>
                <Table.Td>{formatDate(member.joinedAt)}</Table.Td>
                <Table.Td>
                  {!isOwner && (
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="subtle"
                        disabled={user.status !== "ACTIVE"}
                        aria-label={`Make ${user.name} the owner`}
                        onClick={() => onTransfer(member)}
                      >
                        Make owner
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        aria-label={`Remove ${user.name}`}
                        onClick={() => onRemove(member)}
                      >
                        Remove
                      </Button>
                    </Group>
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
