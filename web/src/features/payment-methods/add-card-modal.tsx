import { useMutation } from "@apollo/client/react";
import { Checkbox, Select, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { FormModal } from "../../components/form-modal";
import { notifySuccess } from "../../lib/notify";
import { submitMutation } from "../../lib/user-errors";
import { PaymentMethodAddCardDocument, PaymentMethodsDocument } from "./payment-methods.generated";
import { SANDBOX_CARDS } from "./sandbox-cards";

interface AddCardValues {
  token: string;
  makeDefault: boolean;
}

interface AddCardModalProps {
  opened: boolean;
  onClose: () => void;
}

/** Saves a card to the wallet; in the sandbox, one of its test cards. */
export function AddCardModal({ opened, onClose }: AddCardModalProps) {
  const [addCard] = useMutation(PaymentMethodAddCardDocument);
  const form = useForm<AddCardValues>({
    initialValues: { token: "tok_visa", makeDefault: false },
    validate: { token: (value) => (value ? null : "Choose a card to add.") },
  });

  const submit = (input: AddCardValues) =>
    submitMutation(
      form,
      async () =>
        (
          await addCard({
            variables: { input },
            refetchQueries: [PaymentMethodsDocument],
            awaitRefetchQueries: true,
          })
        ).data?.paymentMethodAddCard,
      {
        fields: ["token", "makeDefault"],
        onSuccess: ({ paymentMethod }) => {
          notifySuccess(
            `${paymentMethod?.label ?? "The card"} is saved${paymentMethod?.isDefault ? " as your default" : ""}.`,
            "Card added",
          );
          onClose();
        },
      },
    );

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title="Add a card"
      errorTitle="Card not added"
      form={form}
      onSubmit={submit}
      submitLabel="Add card"
    >
      <Text size="sm" c="dimmed">
        Sandbox: there is no card form here. Pick one of the payment provider's test cards.
      </Text>
      <Select
        label="Sandbox test card"
        data={SANDBOX_CARDS}
        allowDeselect={false}
        required
        {...form.getInputProps("token")}
      />
      <Checkbox label="Make it the default" {...form.getInputProps("makeDefault", { type: "checkbox" })} />
    </FormModal>
  );
}
