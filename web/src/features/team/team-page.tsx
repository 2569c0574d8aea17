import { useMutation, useQuery } from "@apollo/client/react";
import { Button, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useLocation } from "wouter";
import { ConfirmModal } from "../../components/confirm-modal";
import { EmptyState } from "../../components/empty-state";
import { PageHeader } from "../../components/page-header";
import { QueryState } from "../../components/query-state";
import { PageSection } from "../../components/sections";
import { useConfirm } from "../../components/use-confirm";
import { useRowAction } from "../../components/use-row-action";
import type { MemberRole } from "../../gql/graphql";
import { formatDateTime } from "../../lib/dates";
import { notifySuccess } from "../../lib/notify";
import { problemOr } from "../../lib/user-errors";
import { useSignedInViewer, useViewer } from "../../session/viewer";
import { InvitationsTable, type TeamInvitation } from "./invitations-table";
import { InviteMemberModal } from "./invite-member-modal";
import { MembersTable, type TeamMember } from "./members-table";
import { ROLE_LABELS } from "./roles";
import {
  TeamInvitationResendDocument,
  TeamInvitationRevokeDocument,
  TeamInvitationsDocument,
  TeamMemberChangeRoleDocument,
  TeamMemberRemoveDocument,
  TeamMembersDocument,
  TeamOwnershipTransferDocument,
} from "./team.generated";

export function TeamPage() {
  const { account } = useSignedInViewer();
  const { refetch: refetchViewer } = useViewer();
  const [, navigate] = useLocation();
  const members = useQuery(TeamMembersDocument);
  const invitations = useQuery(TeamInvitationsDocument);
  const [inviteOpened, invite] = useDisclosure();

  const [changeRole] = useMutation(TeamMemberChangeRoleDocument);
  const [removeMember] = useMutation(TeamMemberRemoveDocument);
  const [transferOwnership] = useMutation(TeamOwnershipTransferDocument);
  const [resendInvitation] = useMutation(TeamInvitationResendDocument);
  const [revokeInvitation] = useMutation(TeamInvitationRevokeDocument);

  const roleChange = useRowAction("Role not changed");
  const resend = useRowAction("Invitation not sent");
  const removal = useConfirm<TeamMember>();
  const transfer = useConfirm<TeamMember>();
  const revocation = useConfirm<TeamInvitation>();

  const onChangeRole = (member: TeamMember, role: MemberRole) =>
    roleChange.run(
      member.id,
      async () =>
        (await changeRole({ variables: { input: { memberId: member.id, role } } })).data
          ?.teamMemberChangeRole,
      () => notifySuccess(`${member.user.name} is now a ${ROLE_LABELS[role].toLowerCase()}.`, "Role changed"),
    );

  const onResend = (invitation: TeamInvitation) =>
    resend.run(
      invitation.id,
      async () =>
        (await resendInvitation({ variables: { invitationId: invitation.id } })).data?.teamInvitationResend,
      (payload) => {
        const expires = payload.invitation
          ? ` The new link works until ${formatDateTime(payload.invitation.expiresAt)}.`
          : "";
        notifySuccess(
          `${invitation.email} gets a new link; the earlier one stops working.${expires}`,
          "Invitation sent again",
        );
      },
    );

  const remove = async (member: TeamMember) => {
    const { data } = await removeMember({
      variables: { memberId: member.id },
      refetchQueries: [TeamMembersDocument],
      awaitRefetchQueries: true,
    });
    return problemOr(data?.teamMemberRemove, () =>
      notifySuccess(`${member.user.name} is no longer on the team.`, "Member removed"),
    );
  };

  const transferTo = async (member: TeamMember) => {
    const { data } = await transferOwnership({ variables: { memberId: member.id } });
    const problem = problemOr(data?.teamOwnershipTransfer, () =>
      notifySuccess(
        `${member.user.name} now owns ${account?.name ?? "the account"}; you are a member.`,
        "Ownership transferred",
      ),
    );
    if (problem) return problem;
    // The team page is the owner's; the former owner goes home, and the app learns their new role.
    navigate("/", { replace: true });
    await refetchViewer();
    return null;
  };

  const revoke = async (invitation: TeamInvitation) => {
    const { data } = await revokeInvitation({
      variables: { invitationId: invitation.id },
      refetchQueries: [TeamInvitationsDocument],
      awaitRefetchQueries: true,
    });
    return problemOr(data?.teamInvitationRevoke, () =>
      notifySuccess(`The link sent to ${invitation.email} no longer works.`, "Invitation revoked"),
    );
  };

  return (
    <>
      <PageHeader
        title="Team"
        description={`The people who work in ${account?.name ?? "your account"}, and what each may do.`}
        actions={<Button onClick={invite.open}>Invite member</Button>}
      />
      <Stack gap="xl">
        <PageSection title="Members">
          <QueryState
            query={members}
            errorTitle="Could not load the team"
            isEmpty={(data) => data.teamMembers.length === 0}
            empty={<EmptyState title="Nobody on the team yet" />}
          >
            {({ teamMembers }) => (
              <MembersTable
                members={teamMembers}
                changingRoleOf={roleChange.busy}
                onChangeRole={(member, role) => void onChangeRole(member, role)}
                onRemove={removal.ask}
                onTransfer={transfer.ask}
              />
            )}
          </QueryState>
        </PageSection>

        <PageSection title="Pending invitations">
          <QueryState
            query={invitations}
            errorTitle="Could not load the invitations"
            isEmpty={(data) => data.teamInvitations.length === 0}
            empty={
              <EmptyState
                title="No pending invitations"
                description="People you invite show here until they accept."
              />
            }
          >
            {({ teamInvitations }) => (
              <InvitationsTable
                invitations={teamInvitations}
                resending={resend.busy}
                onResend={(invitation) => void onResend(invitation)}
                onRevoke={revocation.ask}
              />
            )}
          </QueryState>
        </PageSection>
      </Stack>

      <InviteMemberModal opened={inviteOpened} onClose={invite.close} />

      <ConfirmModal
        confirmation={removal}
        title="Remove from the team"
        confirmLabel="Remove"
        danger
        onConfirm={remove}
      >
        <Text>
          Remove <b>{removal.target?.user.name}</b> ({removal.target?.user.email}) from the team? They lose
          access at once and are signed out everywhere.
        </Text>
      </ConfirmModal>

      <ConfirmModal
        confirmation={transfer}
        title="Transfer ownership"
        confirmLabel="Transfer ownership"
        danger
        onConfirm={transferTo}
      >
        <Text>
          Make <b>{transfer.target?.user.name}</b> the owner of {account?.name ?? "the account"}?
        </Text>
        <Text>
          You become a member: you keep working with customers, subscriptions and trials, but you no longer
          manage the team, API keys or billing contacts. Only the new owner can make you owner again.
        </Text>
      </ConfirmModal>

      <ConfirmModal
        confirmation={revocation}
        title="Revoke invitation"
        confirmLabel="Revoke"
        danger
        onConfirm={revoke}
      >
        <Text>
          Revoke the invitation to <b>{revocation.target?.email}</b>? The link they were sent stops working.
        </Text>
      </ConfirmModal>
    </>
  );
}
