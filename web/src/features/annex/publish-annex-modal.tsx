import { useMutation } from "@apollo/client/react";
import { Radio, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { isNotEmpty, useForm } from "@mantine/form";
import { FormModal } from "../../components/form-modal";
import { formatDateTime } from "../../lib/dates";
import { notifySuccess } from "../../lib/notify";
import { submitMutation } from "../../lib/user-errors";
import { AnnexPublishDocument, AnnexVersionsDocument } from "./annex-versions.generated";

const FIELDS = ["title", "body", "effectiveAt"];

interface PublishValues {
  title: string;
  /** Markdown. */
  body: string;
  /** In force as soon as it is published, or from a date to come. */
  timing: "now" | "later";
  /** As the date-and-time input holds it, "2027-01-01T00:00", read as UTC like every date in the app. */
  effectiveAt: string;
}

/** The moment a date-and-time input's value names, read as UTC; null when it names none. */
function utcMoment(value: string): Date | null {
  const moment = new Date(`${value}Z`);
  return value && !Number.isNaN(moment.getTime()) ? moment : null;
}

/** The input's value for a moment: minutes in UTC, as the input shows them. */
function inputValue(moment: Date): string {
  return moment.toISOString().slice(0, 16);
}

interface PublishAnnexModalProps {
  opened: boolean;
  onClose: () => void;
}

/** Publishes the next version of the reselling annex, in force now or from a later date. */
export function PublishAnnexModal({ opened, onClose }: PublishAnnexModalProps) {
  const [publish] = useMutation(AnnexPublishDocument);
  const form = useForm<PublishValues>({
    initialValues: { title: "", body: "", timing: "now", effectiveAt: "" },
    validate: {
      title: isNotEmpty("Enter the annex's title"),
      body: isNotEmpty("Enter the annex's text"),
      effectiveAt: (value, { timing }) => {
        if (timing === "now") return null;
        const moment = utcMoment(value);
        if (!moment) return "Choose the date and time it takes effect";
        return moment.getTime() > Date.now() ? null : "Choose a moment to come, or publish it in force now";
      },
    },
  });
  const later = form.values.timing === "later";

  const submit = (values: PublishValues) =>
    submitMutation(
      form,
      async () =>
        (
          await publish({
            variables: {
              input: {
                title: values.title.trim(),
                body: values.body,
                // Left out, the server's clock decides "now", not this browser's.
                effectiveAt:
                  values.timing === "later" ? (utcMoment(values.effectiveAt)?.toISOString() ?? null) : null,
              },
            },
            refetchQueries: [AnnexVersionsDocument],
            awaitRefetchQueries: true,
          })
        ).data?.annexPublish,
      {
        fields: FIELDS,
        onSuccess: ({ annexVersion }) => {
          if (!annexVersion)
            return "The server did not confirm the version. Reload to see whether it is there.";
          notifySuccess(
            values.timing === "now"
              ? `Version ${annexVersion.version} is in force: each reseller's purchases and trials wait until its owner accepts it.`
              : `Version ${annexVersion.version} takes effect on ${formatDateTime(annexVersion.effectiveAt)}; resellers' owners can accept it ahead.`,
            "Annex version published",
          );
          onClose();
          return undefined;
        },
      },
    );

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title="Publish a version of the reselling annex"
      errorTitle="Could not publish the version"
      form={form}
      onSubmit={submit}
      submitLabel="Publish"
      size="xl"
      // A text being written must not vanish with a stray click.
      closeOnClickOutside={false}
    >
      <TextInput
        label="Title"
        required
        data-autofocus
        autoComplete="off"
        maxLength={200}
        {...form.getInputProps("title")}
      />
      <Textarea
        label="Text"
        description="In Markdown: ## for a heading, - or 1. to start a list item, **bold**, and a blank line between paragraphs. HTML shows as text."
        required
        autosize
        minRows={10}
        maxRows={22}
        styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
        {...form.getInputProps("body")}
      />
      <Radio.Group
        label="Takes effect"
        value={form.values.timing}
        onChange={(timing) => {
          form.setFieldValue("timing", timing as PublishValues["timing"]);
          form.clearFieldError("effectiveAt");
          if (timing === "later" && !form.values.effectiveAt) {
            // Tomorrow at midnight UTC, a usual start for terms; the person changes it as they need.
            const tomorrow = new Date();
            tomorrow.setUTCHours(24, 0, 0, 0);
            form.setFieldValue("effectiveAt", inputValue(tomorrow));
          }
        }}
        // The server's refusal of "now" (a later version is already scheduled) shows here.
        error={later ? undefined : form.errors.effectiveAt}
      >
        <Stack gap="xs" mt="xs">
          <Radio value="now" label="Now, once published" />
          <Radio value="later" label="On a later date" />
        </Stack>
      </Radio.Group>
      {later && (
        <TextInput
          label="Date and time (UTC)"
          type="datetime-local"
          required
          min={inputValue(new Date())}
          {...form.getInputProps("effectiveAt")}
        />
      )}
      <Text size="sm" c="dimmed">
        From the moment it takes effect, a reseller buys nothing and gives no trial until its owner accepts
        it; subscriptions keep renewing. Owners can accept a version published for a later date ahead of it.
      </Text>
    </FormModal>
  );
}
