import { useMutation } from "@apollo/client/react";
import { Select, TextInput } from "@mantine/core";
import { isEmail, isNotEmpty, useForm } from "@mantine/form";
import { FormModal } from "../../components/form-modal";
import { notifySuccess } from "../../lib/notify";
import { submitMutation } from "../../lib/user-errors";
import { ResellerEnableDocument, ResellersDocument } from "./resellers.generated";

interface EnableResellerModalProps {
  opened: boolean;
  onClose: () => void;
  tiers: ReadonlyArray<{ value: string; label: string }>;
}

interface EnableValues {
  ownerEmail: string;
  ownerName: string;
  companyName: string;
  tierCode: string | null;
}

export function EnableResellerModal({ opened, onClose, tiers }: EnableResellerModalProps) {
  const [enable] = useMutation(ResellerEnableDocument);
  const form = useForm<EnableValues>({
    initialValues: { ownerEmail: "", ownerName: "", companyName: "", tierCode: null },
    validate: {
      ownerEmail: isEmail("Enter an email address such as owner@company.com"),
      companyName: isNotEmpty("Enter the company name"),
      tierCode: isNotEmpty("Choose a partner tier"),
    },
  });

  const submit = ({ ownerEmail, ownerName, companyName, tierCode }: EnableValues) =>
    submitMutation(
      form,
      async () =>
        (
          await enable({
            variables: {
              input: {
                ownerEmail: ownerEmail.trim(),
                ownerName: ownerName.trim() || null,
                companyName: companyName.trim(),
                tierCode: tierCode ?? "",
              },
            },
            refetchQueries: [ResellersDocument],
          })
        ).data?.resellerEnable,
      {
        fields: ["ownerEmail", "ownerName", "companyName", "tierCode"],
        onSuccess: (payload) => {
          notifySuccess(
            `${payload.reseller?.name ?? companyName} is a reseller; ${ownerEmail.trim()} gets an activation link.`,
            "Reseller enabled",
          );
          onClose();
        },
      },
    );

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title="Enable reseller"
      errorTitle="Could not enable the reseller"
      form={form}
      onSubmit={submit}
      submitLabel="Enable reseller"
    >
      <TextInput
        label="Company"
        required
        data-autofocus
        autoComplete="off"
        {...form.getInputProps("companyName")}
      />
      <TextInput
        label="Owner email"
        description="They get an activation link and become the first billing contact."
        type="email"
        required
        autoComplete="off"
        {...form.getInputProps("ownerEmail")}
      />
      <TextInput
        label="Owner name"
        description="Optional: they can set it when they activate."
        autoComplete="off"
        {...form.getInputProps("ownerName")}
      />
      <Select
        label="Tier"
        data={tiers}
        required
        allowDeselect={false}
        placeholder={tiers.length > 0 ? "Choose a tier" : "Loading tiers…"}
        {...form.getInputProps("tierCode")}
      />
    </FormModal>
  );
}
