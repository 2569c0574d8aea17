import { useMutation } from "@apollo/client/react";
import { Checkbox, TextInput } from "@mantine/core";
import { isEmail, useForm } from "@mantine/form";
import { FormModal } from "../../components/form-modal";
import { notifySuccess } from "../../lib/notify";
import { submitMutation } from "../../lib/user-errors";
import { PaymentMethodAddPaypalDocument, PaymentMethodsDocument } from "./payment-methods.generated";

interface AddPaypalValues {
  email: string;
  makeDefault: boolean;
}

interface AddPaypalModalProps {
  opened: boolean;
  onClose: () => void;
}

/** Saves a PayPal account to the wallet. */
export function AddPaypalModal({ opened, onClose }: AddPaypalModalProps) {
  const [addPaypal] = useMutation(PaymentMethodAddPaypalDocument);
  const form = useForm<AddPaypalValues>({
    initialValues: { email: "", makeDefault: false },
    validate: { email: isEmail("Enter the PayPal account's email address, such as billing@company.com") },
  });

  const submit = ({ email, makeDefault }: AddPaypalValues) =>
    submitMutation(
      form,
      async () =>
        (
          await addPaypal({
            variables: { input: { email: email.trim(), makeDefault } },
            refetchQueries: [PaymentMethodsDocument],
            awaitRefetchQueries: true,
          })
        ).data?.paymentMethodAddPaypal,
      {
        fields: ["email", "makeDefault"],
        onSuccess: ({ paymentMethod }) => {
          notifySuccess(`${paymentMethod?.label ?? "The PayPal account"} is saved.`, "PayPal added");
          onClose();
        },
      },
    );

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title="Add PayPal"
      errorTitle="PayPal not added"
      form={form}
      onSubmit={submit}
      submitLabel="Add PayPal"
    >
      <TextInput
        label="PayPal email"
        type="email"
        required
        data-autofocus
        autoComplete="off"
        {...form.getInputProps("email")}
      />
      <Checkbox label="Make it the default" {...form.getInputProps("makeDefault", { type: "checkbox" })} />
    </FormModal>
  );
}
