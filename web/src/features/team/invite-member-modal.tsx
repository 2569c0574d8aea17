import { useMutation } from "@apollo/client/react";
import { Select, TextInput } from "@mantine/core";
import { isEmail, useForm } from "@mantine/form";
import { FormModal } from "../../components/form-modal";
import type { MemberRole } from "../../gql/graphql";
import { notifySuccess } from "../../lib/notify";
import { submitMutation } from "../../lib/user-errors";
import { useBusinessRules } from "../../rules/use-business-rules";
import { TeamMemberInviteDocument } from "./invite-member.generated";
import { ASSIGNABLE_ROLES, ROLE_DESCRIPTIONS } from "./roles";
import { TeamInvitationsDocument } from "./team.generated";

interface InviteMemberModalProps {
  opened: boolean;
  onClose: () => void;
}

interface InviteValues {
  email: string;
  role: MemberRole;
  name: string;
}

export function InviteMemberModal({ opened, onClose }: InviteMemberModalProps) {
  const [invite] = useMutation(TeamMemberInviteDocument);
  const rules = useBusinessRules();
  const form = useForm<InviteValues>({
    initialValues: { email: "", role: "MEMBER", name: "" },
    validate: { email: isEmail("Enter an email address such as name@company.com") },
  });

  const submit = ({ email, role, name }: InviteValues) =>
    submitMutation(
      form,
      async () =>
        (
          await invite({
            variables: { input: { email: email.trim(), role, name: name.trim() || null } },
            refetchQueries: [TeamInvitationsDocument],
            awaitRefetchQueries: true,
          })
        ).data?.teamMemberInvite,
      {
        fields: ["email", "role", "name"],
        onSuccess: (payload) => {
          notifySuccess(
            `${payload.invitation?.email ?? email} gets a link to join${
              rules ? `, valid for ${rules.linkLifetimeHours} hours` : ""
            }.`,
            "Invitation sent",
          );
          onClose();
        },
      },
    );

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title="Invite member"
      errorTitle="Could not invite"
      form={form}
      onSubmit={submit}
      submitLabel="Send invitation"
    >
      <TextInput
        label="Email"
        type="email"
        required
        data-autofocus
        autoComplete="off"
        {...form.getInputProps("email")}
      />
      <Select<MemberRole>
        label="Role"
        data={ASSIGNABLE_ROLES}
        allowDeselect={false}
        description={ROLE_DESCRIPTIONS[form.values.role]}
        {...form.getInputProps("role")}
      />
      <TextInput
        label="Name"
        description="Optional: how to greet them until they set their own."
        autoComplete="off"
        {...form.getInputProps("name")}
      />
    </FormModal>
  );
}
