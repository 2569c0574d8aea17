import { useMutation } from "@apollo/client/react";
import { Select, TextInput } from "@mantine/core";
import { isEmail, isNotEmpty, useForm } from "@mantine/form";
import { FormModal } from "../../components/form-modal";
import { ResellerEnableDocument, ResellersDocument } from "../../gql/graphql";
import { errorMessage } from "../../lib/graphql-errors";
import { notifySuccess } from "../../lib/notify";
import { userErrorsToFormErrors } from "../../lib/user-errors";

const FIELDS = ["ownerEmail", "ownerName", "companyName", "tierCode"];

interface EnableResellerModalProps {
  opened: boolean;
  onClose: () => void;
  tiers: ReadonlyArray<{ value: string; label: string }>;
}

export function EnableResellerModal({ opened, onClose, tiers }: EnableResellerModalProps) {
  const [enable] = useMutation(ResellerEnableDocument);
  const form = useForm<{
    ownerEmail: string;
    ownerName: string;
    companyName: string;
    tierCode: string | null;
  }>({
    initialValues: { ownerEmail: "", ownerName: "", companyName: "", tierCode: null },
    validate: {
      ownerEmail: isEmail("Enter an email address such as owner@company.com"),
      companyName: isNotEmpty("Enter the company name"),
      tierCode: isNotEmpty("Choose a partner tier"),
    },
  });

  const close = () => {
    form.reset();
    onClose();
  };

  const submit = form.onSubmit(async ({ ownerEmail, ownerName, companyName, tierCode }) => {
    try {
      const { data } = await enable({
        variables: {
          input: {
            ownerEmail: ownerEmail.trim(),
            ownerName: ownerName.trim() || null,
            companyName: companyName.trim(),
            tierCode: tierCode ?? "",
          },
        },
        refetchQueries: [ResellersDocument],
      });
      const payload = data?.resellerEnable;
      const userErrors = payload?.userErrors ?? [];
      if (userErrors.length > 0) {
        form.setErrors(userErrorsToFormErrors(userErrors, FIELDS));
        return;
      }
      notifySuccess(
        `${payload?.reseller?.name ?? companyName} is a reseller; ${ownerEmail.trim()} gets an activation link.`,
        "Reseller enabled",
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
      title="Enable reseller"
      errorTitle="Could not enable the reseller"
      formError={form.errors.formError}
      onSubmit={submit}
      submitLabel="Enable reseller"
      submitting={form.submitting}
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
