import { useMutation } from "@apollo/client/react";
import { Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { FormModal } from "../../components/form-modal";
import { notifyInfo, notifySuccess } from "../../lib/notify";
import { submitMutation } from "../../lib/user-errors";
import { PartnerDiscountDocument, PartnerDiscountRequestDocument } from "./partner-discount.generated";

interface RequestCodeModalProps {
  opened: boolean;
  onClose: () => void;
}

/** Asks vendor staff for a partner discount code, with an optional note for them. */
export function RequestCodeModal({ opened, onClose }: RequestCodeModalProps) {
  const [request] = useMutation(PartnerDiscountRequestDocument);
  const form = useForm({ initialValues: { note: "" } });

  const submit = ({ note }: { note: string }) =>
    submitMutation(
      form,
      async () => {
        const { data } = await request({
          variables: { input: { note: note.trim() } },
          // Also after a refusal: the card then shows the request or code that was already there.
          refetchQueries: [PartnerDiscountDocument],
          awaitRefetchQueries: true,
        });
        const payload = data?.partnerDiscountRequest;
        const already = payload?.userErrors.find((error) => error.code === "ALREADY_REQUESTED");
        if (!already) return payload;
        notifyInfo(already.message, "Already requested");
        onClose();
        return null;
      },
      {
        fields: ["note"],
        onSuccess: () => {
          notifySuccess("Vendor staff will mail the code to your billing contacts.", "Code requested");
          onClose();
        },
      },
    );

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title="Request a partner discount code"
      errorTitle="Could not send the request"
      form={form}
      onSubmit={submit}
      submitLabel="Send request"
    >
      <Text size="sm">
        Vendor staff get your request by mail and send the code to your billing contacts. With it, your
        purchases get your tier's reselling percentage off.
      </Text>
      <Textarea
        label="Note"
        description="Optional: anything vendor staff should know, such as your first order."
        autosize
        minRows={3}
        maxLength={1000}
        data-autofocus
        {...form.getInputProps("note")}
      />
    </FormModal>
  );
}
