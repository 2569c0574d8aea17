import { Badge, Button, Group, Select, VisuallyHidden } from "@mantine/core";
import { DataTable, RowTitle } from "../../components/data-table";
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
    <DataTable
      label="Team members"
      minWidth={720}
      highlightOnHover
      rows={members}
      rowKey={(member) => member.id}
      columns={[
        { header: "Name", cell: ({ user }) => <RowTitle>{user.name}</RowTitle> },
        { header: "Email", cell: ({ user }) => user.email },
        {
          header: "Role",
          cell: (member) =>
            member.role === "OWNER" ? (
              <Badge variant="light">{ROLE_LABELS.OWNER}</Badge>
            ) : (
              <Select<MemberRole>
                aria-label={`Role of ${member.user.name}`}
                data={ASSIGNABLE_ROLES}
                value={member.role}
                allowDeselect={false}
                disabled={changingRoleOf === member.id}
                onChange={(role) => role && role !== member.role && onChangeRole(member, role)}
                w={130}
                size="xs"
              />
            ),
        },
        { header: "Joined", cell: (member) => formatDate(member.joinedAt) },
      ]}
      actions={(member) =>
        member.role !== "OWNER" && (
          <Group gap="xs" justify="flex-end" wrap="nowrap">
            <Button
              size="xs"
              variant="subtle"
              disabled={member.user.status !== "ACTIVE"}
              onClick={() => onTransfer(member)}
            >
              Make <VisuallyHidden>{member.user.name} the </VisuallyHidden>owner
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              aria-label={`Remove ${member.user.name}`}
              onClick={() => onRemove(member)}
            >
              Remove
            </Button>
          </Group>
        )
      }
    />
  );
}
