import { useMutation } from "@apollo/client/react";
import { Select, TextInput } from "@mantine/core";
import { isEmail, useForm } from "@mantine/form";
import { FormModal } from "../../components/form-modal";
import { type MemberRole, TeamInvitationsDocument, TeamMemberInviteDocument } from "../../gql/graphql";
import { errorMessage } from "../../lib/graphql-errors";
import { notifySuccess } from "../../lib/notify";
import { userErrorsToFormErrors } from "../../lib/user-errors";
import { useBusinessRules } from "../../rules/use-business-rules";
import { ASSIGNABLE_ROLES, ROLE_DESCRIPTIONS } from "./roles";

const FIELDS = ["email", "role", "name"];

interface InviteMemberModalProps {
  opened: boolean;
  onClose: () => void;
}

export function InviteMemberModal({ opened, onClose }: InviteMemberModalProps) {
  const [invite] = useMutation(TeamMemberInviteDocument);
  const rules = useBusinessRules();
  const form = useForm<{ email: string; role: MemberRole; name: string }>({
    initialValues: { email: "", role: "MEMBER", name: "" },
    validate: { email: isEmail("Enter an email address such as name@company.com") },
  });

  const close = () => {
    form.reset();
    onClose();
  };

  const submit = form.onSubmit(async ({ email, role, name }) => {
    try {
      const { data } = await invite({
        variables: { input: { email: email.trim(), role, name: name.trim() || null } },
        refetchQueries: [TeamInvitationsDocument],
        awaitRefetchQueries: true,
      });
      const userErrors = data?.teamMemberInvite.userErrors ?? [];
      if (userErrors.length > 0) {
        form.setErrors(userErrorsToFormErrors(userErrors, FIELDS));
        return;
      }
      notifySuccess(
        `${data?.teamMemberInvite.invitation?.email ?? email} gets a link to join${
          rules ? `, valid for ${rules.linkLifetimeHours} hours` : ""
        }.`,
        "Invitation sent",
      );
      close();
    } catch (error) {
      form.setErrors({ formError: errorMessage(error) });
    }
  });

  return (
    <FormModal
      opened={opened}
      onClose={close}
      title="Invite member"
      errorTitle="Could not invite"
      formError={form.errors.formError}
      onSubmit={submit}
      submitLabel="Send invitation"
      submitting={form.submitting}
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
