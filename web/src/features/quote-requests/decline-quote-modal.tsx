import { useMutation } from "@apollo/client/react";
import { Text, Textarea } from "@mantine/core";
import { isNotEmpty, useForm } from "@mantine/form";
import { FormModal } from "../../components/form-modal";
import type { VendorQuoteRequestFieldsFragment } from "../../gql/graphql";
import { notifySuccess } from "../../lib/notify";
import { submitMutation } from "../../lib/user-errors";
import { QuoteRequestDetails } from "./quote-details";
import { answerChangedLists, forgetQuoteRequestLists } from "./quote-request-cache";
import { QuoteRequestDeclineDocument } from "./vendor-quote-requests.generated";

const REASON_MAX_LENGTH = 2000;

interface DeclineQuoteModalProps {
  opened: boolean;
  onClose: () => void;
  /** The open request to decline; mount the dialog anew (with a `key`) for each. */
  request: VendorQuoteRequestFieldsFragment | null;
}

/** Declines a request with a reason the reseller reads, by mail and on its list. */
export function DeclineQuoteModal({ opened, onClose, request }: DeclineQuoteModalProps) {
  const [decline] = useMutation(QuoteRequestDeclineDocument);
  const form = useForm({
    initialValues: { reason: "" },
    validate: { reason: isNotEmpty("Say why, so the reseller knows where it stands") },
  });

  const submit = ({ reason }: { reason: string }) => {
    if (!request) return;
    return submitMutation(
      form,
      async () =>
        (
          await decline({
            variables: { id: request.id, reason: reason.trim() },
            update: (cache, { data }) => {
              if (answerChangedLists(data?.quoteRequestDecline))
                forgetQuoteRequestLists(cache, "vendorQuoteRequests");
            },
          })
        ).data?.quoteRequestDecline,
      {
        fields: ["reason"],
        onSuccess: () => {
          notifySuccess(
            `${request.resellerName} gets the reason for ${request.reference} by mail.`,
            "Request declined",
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
      title="Decline request"
      errorTitle="Could not decline the request"
      form={form}
      onSubmit={submit}
      submitLabel="Decline"
      size="lg"
    >
      <Text>
        Decline <b>{request?.reference}</b> of <b>{request?.resellerName}</b>? The reseller gets the reason by
        mail and sees it beside the request, and may ask again.
      </Text>
      {request && <QuoteRequestDetails request={request} />}
      <Textarea
        label="Reason"
        description={`In words the reseller can act on; up to ${REASON_MAX_LENGTH.toLocaleString("en")} characters.`}
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
