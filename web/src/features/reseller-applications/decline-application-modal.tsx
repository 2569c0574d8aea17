import { useMutation } from "@apollo/client/react";
import { Text, Textarea } from "@mantine/core";
import { isNotEmpty, useForm } from "@mantine/form";
import { FormModal } from "../../components/form-modal";
import type { ResellerApplicationFieldsFragment } from "../../gql/graphql";
import { notifySuccess } from "../../lib/notify";
import { submitMutation } from "../../lib/user-errors";
import { decisionChangedLists, forgetApplicationLists } from "./application-cache";
import { ApplicationDetails } from "./application-details";
import { ResellerApplicationDeclineDocument } from "./applications.generated";

const REASON_MAX_LENGTH = 2000;

interface DeclineApplicationModalProps {
  opened: boolean;
  onClose: () => void;
  /** The application to decline; mount the dialog anew (with a `key`) for each. */
  application: ResellerApplicationFieldsFragment | null;
}

/** Turns an application down with a reason the company sees, and can act on to apply again. */
export function DeclineApplicationModal({ opened, onClose, application }: DeclineApplicationModalProps) {
  const [decline] = useMutation(ResellerApplicationDeclineDocument);
  const form = useForm({
    initialValues: { reason: "" },
    validate: { reason: isNotEmpty("Say why, so the company knows what to change") },
  });

  const submit = ({ reason }: { reason: string }) => {
    if (!application) return;
    return submitMutation(
      form,
      async () =>
        (
          await decline({
            variables: { id: application.id, reason: reason.trim() },
            update: (cache, { data }) => {
              if (decisionChangedLists(data?.resellerApplicationDecline)) forgetApplicationLists(cache);
            },
          })
        ).data?.resellerApplicationDecline,
      {
        fields: ["reason"],
        onSuccess: () => {
          notifySuccess(
            `${application.ownerEmail} gets the reason by mail; ${application.companyName} may apply again.`,
            "Application declined",
          );
          onClose();
        },
      },
    );
  };

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title="Decline application"
      errorTitle="Could not decline the application"
      form={form}
      onSubmit={submit}
      submitLabel="Decline"
      size="lg"
    >
      <Text>
        Decline the application of <b>{application?.companyName}</b> ({application?.ownerEmail})? Its owner
        gets the reason by mail and sees it when they sign in, and may apply again.
      </Text>
      {application && <ApplicationDetails application={application} />}
      <Textarea
        label="Reason"
        description={`In words the company can act on; up to ${REASON_MAX_LENGTH.toLocaleString("en")} characters.`}
        autosize
        minRows={3}
        maxLength={REASON_MAX_LENGTH}
        required
        data-autofocus
        {...form.getInputProps("reason")}
      />
    </FormModal>
  );
}
