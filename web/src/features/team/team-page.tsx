import { useMutation, useQuery } from "@apollo/client/react";
import { Button, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useState } from "react";
import { useNavigate } from "react-router";
import { ConfirmModal } from "../../components/confirm-modal";
import { PageHeader } from "../../components/page-header";
import { EmptyState, QueryState } from "../../components/query-state";
import { useConfirm } from "../../components/use-confirm";
import {
  type MemberRole,
  TeamInvitationResendDocument,
  TeamInvitationRevokeDocument,
  TeamInvitationsDocument,
  TeamMemberChangeRoleDocument,
  TeamMemberRemoveDocument,
  TeamMembersDocument,
  TeamOwnershipTransferDocument,
} from "../../gql/graphql";
import { formatDateTime } from "../../lib/dates";
import { errorMessage } from "../../lib/graphql-errors";
import { notifyFailure, notifySuccess } from "../../lib/notify";
import { userErrorsMessage } from "../../lib/user-errors";
import { useSignedInViewer, useViewer } from "../../session/viewer";
import { InvitationsTable, type TeamInvitation } from "./invitations-table";
import { InviteMemberModal } from "./invite-member-modal";
import { MembersTable, type TeamMember } from "./members-table";
import { ROLE_LABELS } from "./roles";

export function TeamPage() {
  const { account } = useSignedInViewer();
  const { refetch: refetchViewer } = useViewer();
  const navigate = useNavigate();
  const members = useQuery(TeamMembersDocument);
  const invitations = useQuery(TeamInvitationsDocument);
  const [inviteOpened, invite] = useDisclosure();

  const [changeRole] = useMutation(TeamMemberChangeRoleDocument);
  const [removeMember] = useMutation(TeamMemberRemoveDocument);
  const [transferOwnership] = useMutation(TeamOwnershipTransferDocument);
  const [resendInvitation] = useMutation(TeamInvitationResendDocument);
  const [revokeInvitation] = useMutation(TeamInvitationRevokeDocument);

  const [changingRoleOf, setChangingRoleOf] = useState<string | null>(null);
  const [resending, setResending] = useState<string | null>(null);
  const removal = useConfirm<TeamMember>();
  const transfer = useConfirm<TeamMember>();
  const revocation = useConfirm<TeamInvitation>();

  const onChangeRole = async (member: TeamMember, role: MemberRole) => {
    setChangingRoleOf(member.id);
    try {
      const { data } = await changeRole({ variables: { input: { memberId: member.id, role } } });
      const problem = userErrorsMessage(data?.teamMemberChangeRole.userErrors ?? []);
      if (problem) notifyFailure(problem, "Role not changed");
      else notifySuccess(`${member.user.name} is now a ${ROLE_LABELS[role].toLowerCase()}.`, "Role changed");
    } catch (error) {
      notifyFailure(errorMessage(error), "Role not changed");
    } finally {
      setChangingRoleOf(null);
    }
  };

  const onResend = async (invitation: TeamInvitation) => {
    setResending(invitation.id);
    try {
      const { data } = await resendInvitation({ variables: { invitationId: invitation.id } });
      const payload = data?.teamInvitationResend;
      const problem = userErrorsMessage(payload?.userErrors ?? []);
      if (problem) notifyFailure(problem, "Invitation not sent");
      else {
        const expires = payload?.invitation
          ? ` The new link works until ${formatDateTime(payload.invitation.expiresAt)}.`
          : "";
        notifySuccess(
          `${invitation.email} gets a new link; the earlier one stops working.${expires}`,
          "Invitation sent again",
        );
      }
    } catch (error) {
      notifyFailure(errorMessage(error), "Invitation not sent");
    } finally {
      setResending(null);
    }
  };

  const remove = (member: TeamMember) =>
    removal.confirm(async () => {
      const { data } = await removeMember({
        variables: { memberId: member.id },
        refetchQueries: [TeamMembersDocument],
        awaitRefetchQueries: true,
      });
      const problem = userErrorsMessage(data?.teamMemberRemove.userErrors ?? []);
      if (!problem) notifySuccess(`${member.user.name} is no longer on the team.`, "Member removed");
      return problem;
    });

  const transferTo = (member: TeamMember) =>
    transfer.confirm(async () => {
      const { data } = await transferOwnership({ variables: { memberId: member.id } });
      const problem = userErrorsMessage(data?.teamOwnershipTransfer.userErrors ?? []);
      if (problem) return problem;
      notifySuccess(
        `${member.user.name} now owns ${account?.name ?? "the account"}; you are a member.`,
        "Ownership transferred",
      );
      // The team page is the owner's; the former owner goes home, and the app learns their new role.
      navigate("/", { replace: true });
      await refetchViewer();
      return null;
    });

  const revoke = (invitation: TeamInvitation) =>
    revocation.confirm(async () => {
      const { data } = await revokeInvitation({
        variables: { invitationId: invitation.id },
        refetchQueries: [TeamInvitationsDocument],
        awaitRefetchQueries: true,
      });
      const problem = userErrorsMessage(data?.teamInvitationRevoke.userErrors ?? []);
      if (!problem)
        notifySuccess(`The link sent to ${invitation.email} no longer works.`, "Invitation revoked");
      return problem;
    });

  return (
    <>
      <PageHeader
        title="Team"
        description={`The people who work in ${account?.name ?? "your account"}, and what each may do.`}
        actions={<Button onClick={invite.open}>Invite member</Button>}
      />
      <Stack gap="xl">
        <section aria-labelledby="members-heading">
          <Title order={2} size="h4" mb="sm" id="members-heading">
            Members
          </Title>
          <QueryState
            data={members.data}
            loading={members.loading}
            error={members.error}
            onRetry={() => void members.refetch().catch(() => undefined)}
            errorTitle="Could not load the team"
            isEmpty={(data) => data.teamMembers.length === 0}
            empty={<EmptyState title="Nobody on the team yet" />}
          >
            {({ teamMembers }) => (
              <MembersTable
                members={teamMembers}
                changingRoleOf={changingRoleOf}
                onChangeRole={(member, role) => void onChangeRole(member, role)}
                onRemove={removal.ask}
                onTransfer={transfer.ask}
              />
            )}
          </QueryState>
        </section>

        <section aria-labelledby="invitations-heading">
          <Title order={2} size="h4" mb="sm" id="invitations-heading">
            Pending invitations
          </Title>
          <QueryState
            data={invitations.data}
            loading={invitations.loading}
            error={invitations.error}
            onRetry={() => void invitations.refetch().catch(() => undefined)}
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
                resending={resending}
                onResend={(invitation) => void onResend(invitation)}
                onRevoke={revocation.ask}
              />
            )}
          </QueryState>
        </section>
      </Stack>

      <InviteMemberModal opened={inviteOpened} onClose={invite.close} />

      <ConfirmModal
        confirmation={removal}
        title="Remove from the team"
        confirmLabel="Remove"
        danger
        onConfirm={(item) => void remove(item)}
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
        onConfirm={(item) => void transferTo(item)}
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
        onConfirm={(item) => void revoke(item)}
      >
        <Text>
          Revoke the invitation to <b>{revocation.target?.email}</b>? The link they were sent stops working.
        </Text>
      </ConfirmModal>
    </>
  );
}
