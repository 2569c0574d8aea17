import { useMutation } from "@apollo/client/react";
import { MultiSelect, TextInput } from "@mantine/core";
import { isNotEmpty, useForm } from "@mantine/form";
import { useEffect } from "react";
import { FormModal } from "../../components/form-modal";
import type { WebhookEndpointFieldsFragment } from "../../gql/graphql";
import { notifySuccess } from "../../lib/notify";
import { submitMutation } from "../../lib/user-errors";
import {
  WebhookEndpointCreateDocument,
  WebhookEndpointsDocument,
  WebhookEndpointUpdateDocument,
} from "./webhooks.generated";

interface EndpointFormModalProps {
  opened: boolean;
  /** The endpoint to edit; null to add one. */
  endpoint: WebhookEndpointFieldsFragment | null;
  eventTypes: readonly string[];
  onClose: () => void;
  /** A new endpoint's secret, to show once. */
  onCreated: (url: string, secret: string) => void;
}

interface Values {
  url: string;
  description: string;
  eventTypes: string[];
}

export function EndpointFormModal({
  opened,
  endpoint,
  eventTypes,
  onClose,
  onCreated,
}: EndpointFormModalProps) {
  const [create] = useMutation(WebhookEndpointCreateDocument, { fetchPolicy: "no-cache" });
  const [update] = useMutation(WebhookEndpointUpdateDocument);
  const form = useForm<Values>({
    initialValues: { url: "", description: "", eventTypes: [] },
    validate: { url: isNotEmpty("Enter the URL events are posted to") },
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset the form whenever the dialog opens
  useEffect(() => {
    if (!opened) return;
    form.setValues({
      url: endpoint?.url ?? "",
      description: endpoint?.description ?? "",
      eventTypes: [...(endpoint?.eventTypes ?? [])],
    });
    form.resetDirty();
    form.clearErrors();
  }, [opened, endpoint]);

  const submit = (values: Values) => {
    const input = {
      url: values.url.trim(),
      description: values.description.trim(),
      eventTypes: values.eventTypes,
    };
    return endpoint
      ? submitMutation(
          form,
          async () =>
            (await update({ variables: { input: { id: endpoint.id, ...input } } })).data
              ?.webhookEndpointUpdate,
          {
            fields: ["url", "description", "eventTypes"],
            onSuccess: () => {
              notifySuccess(`${input.url} is saved.`, "Endpoint updated");
              onClose();
            },
          },
        )
      : submitMutation(
          form,
          async () =>
            (await create({ variables: { input }, refetchQueries: [WebhookEndpointsDocument] })).data
              ?.webhookEndpointCreate,
          {
            fields: ["url", "description", "eventTypes"],
            onSuccess: ({ secret }) => {
              if (!secret) return "The server did not return the secret. Try again.";
              onClose();
              onCreated(input.url, secret);
              return undefined;
            },
          },
        );
  };

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={endpoint ? "Edit endpoint" : "Add endpoint"}
      errorTitle={endpoint ? "Could not save the endpoint" : "Could not add the endpoint"}
      form={form}
      onSubmit={submit}
      submitLabel={endpoint ? "Save" : "Add endpoint"}
      size="lg"
    >
      <TextInput
        label="URL"
        description="An https URL that answers POST requests with a 2xx status."
        placeholder="https://example.com/webhooks/reseller-hub"
        required
        data-autofocus
        autoComplete="off"
        {...form.getInputProps("url")}
      />
      <TextInput
        label="Description"
        description="What the endpoint is for."
        {...form.getInputProps("description")}
      />
      <MultiSelect
        label="Events"
        description="Leave empty to receive every event."
        placeholder={form.values.eventTypes.length === 0 ? "All events" : undefined}
        data={[...eventTypes]}
        searchable
        clearable
        {...form.getInputProps("eventTypes")}
      />
    </FormModal>
  );
}
