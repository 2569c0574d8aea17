import { useMutation } from "@apollo/client/react";
import { Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { FormModal } from "../../components/form-modal";
import { PartnerDiscountDocument, PartnerDiscountRequestDocument } from "../../gql/graphql";
import { errorMessage } from "../../lib/graphql-errors";
import { notifyInfo, notifySuccess } from "../../lib/notify";
import { userErrorsToFormErrors } from "../../lib/user-errors";

interface RequestCodeModalProps {
  opened: boolean;
  onClose: () => void;
}

/** Asks vendor staff for a partner discount code, with an optional note for them. */
export function RequestCodeModal({ opened, onClose }: RequestCodeModalProps) {
  const [request] = useMutation(PartnerDiscountRequestDocument);
  const form = useForm({ initialValues: { note: "" } });

  const close = () => {
    form.reset();
    onClose();
  };

  const submit = form.onSubmit(async ({ note }) => {
    try {
      const { data } = await request({
        variables: { input: { note: note.trim() } },
        // Also after a refusal: the card then shows the request or code that was already there.
        refetchQueries: [PartnerDiscountDocument],
        awaitRefetchQueries: true,
      });
      const userErrors = data?.partnerDiscountRequest.userErrors ?? [];
      const already = userErrors.find((error) => error.code === "ALREADY_REQUESTED");
      if (already) {
        notifyInfo(already.message, "Already requested");
        close();
        return;
      }
      if (userErrors.length > 0) {
        form.setErrors(userErrorsToFormErrors(userErrors, ["note"]));
        return;
      }
      notifySuccess("Vendor staff will mail the code to your billing contacts.", "Code requested");
      close();
    } catch (error) {
      form.setErrors({ formError: errorMessage(error) });
    }
  });

  return (
    <FormModal
      opened={opened}
      onClose={close}
      title="Request a partner discount code"
      errorTitle="Could not send the request"
      formError={form.errors.formError}
      onSubmit={submit}
      submitLabel="Send request"
      submitting={form.submitting}
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
