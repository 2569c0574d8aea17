import { useMutation } from "@apollo/client/react";
import { Select, Text } from "@mantine/core";
import { isNotEmpty, useForm } from "@mantine/form";
import { FormModal } from "../../components/form-modal";
import type { ResellerApplicationFieldsFragment } from "../../gql/graphql";
import { notifySuccess } from "../../lib/notify";
import { submitMutation } from "../../lib/user-errors";
import { decisionChangedLists, forgetApplicationLists } from "./application-cache";
import { ApplicationDetails } from "./application-details";
import { ResellerApplicationApproveDocument } from "./applications.generated";

/** The tier a new reseller starts on unless staff choose another. */
const DEFAULT_TIER = "BRONZE";

interface ApproveApplicationModalProps {
  opened: boolean;
  onClose: () => void;
  /** The application to approve; mount the dialog anew (with a `key`) for each. */
  application: ResellerApplicationFieldsFragment | null;
  tiers: ReadonlyArray<{ value: string; label: string }>;
}

/** Makes an applicant a reseller on the partner tier staff choose. */
export function ApproveApplicationModal({
  opened,
  onClose,
  application,
  tiers,
}: ApproveApplicationModalProps) {
  const [approve] = useMutation(ResellerApplicationApproveDocument);
  const form = useForm<{ tierCode: string | null }>({
    initialValues: { tierCode: DEFAULT_TIER },
    validate: { tierCode: isNotEmpty("Choose a partner tier") },
  });

  const submit = ({ tierCode }: { tierCode: string | null }) => {
    if (!application || !tierCode) return;
    return submitMutation(
      form,
      async () =>
        (
          await approve({
            variables: { id: application.id, tierCode },
            update: (cache, { data }) => {
              if (decisionChangedLists(data?.resellerApplicationApprove)) forgetApplicationLists(cache);
            },
          })
        ).data?.resellerApplicationApprove,
      {
        fields: ["tierCode"],
        onSuccess: (payload) => {
          const tier = payload.application?.tier?.name ?? tiers.find((t) => t.value === tierCode)?.label;
          notifySuccess(
            `${application.companyName} resells on the ${tier ?? tierCode} tier from now on; ${application.ownerEmail} gets a mail.`,
            "Application approved",
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
      title="Approve application"
      errorTitle="Could not approve the application"
      form={form}
      onSubmit={submit}
      submitLabel="Approve"
      size="lg"
    >
      <Text>
        Approve <b>{application?.companyName}</b> ({application?.ownerEmail}) as a reseller? Its owner gets a
        mail, and customers, billing and trials open to the account at once.
      </Text>
      {application && <ApplicationDetails application={application} />}
      <Select
        label="Partner tier"
        description="The trial length, trial quota and reselling percentage it starts with."
        data={tiers.length > 0 ? tiers : [{ value: DEFAULT_TIER, label: "Bronze" }]}
        required
        allowDeselect={false}
        data-autofocus
        {...form.getInputProps("tierCode")}
      />
    </FormModal>
  );
}
