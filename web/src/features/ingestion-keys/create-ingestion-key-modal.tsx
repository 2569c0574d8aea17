import { useMutation } from "@apollo/client/react";
import { Text, TextInput } from "@mantine/core";
import { isNotEmpty, useForm } from "@mantine/form";
import { useState } from "react";
import { FormModal } from "../../components/form-modal";
import { SecretShownOnce } from "../../components/secret-shown-once";
import { notifySuccess } from "../../lib/notify";
import { submitMutation } from "../../lib/user-errors";
import { CodeBlock } from "../developers/code-block";
import { IngestionKeyCreateDocument, IngestionKeysDocument } from "./ingestion-keys.generated";

const REPORT_MUTATION =
  "mutation($i: UsageReportInput!) { usageReport(input: $i) { receipt { rows currentUpdated replayed } userErrors { code field message } } }";

/** A usage report of one customer's agents counted at `observedAt`, with this key, as curl sends it. */
function reportCurl(endpoint: string, secret: string, observedAt: string): string {
  const row = { customerEmail: "it@customer.example", productCode: "PRO", agentCount: 30, observedAt };
  return [
    `curl -s ${endpoint} \\`,
    "  -H 'content-type: application/json' \\",
    `  -H 'authorization: Bearer ${secret}' \\`,
    "  -d '{",
    `    "query": ${JSON.stringify(REPORT_MUTATION)},`,
    `    "variables": {"i": {"reportId": ${JSON.stringify(`report-${observedAt}`)}, "rows": [`,
    `      ${JSON.stringify(row)}`,
    "    ]}}",
    "  }'",
  ].join("\n");
}

interface CreatedKey {
  name: string;
  secret: string;
  /** When it was made, to date the example report. */
  madeAt: string;
}

interface CreateIngestionKeyModalProps {
  opened: boolean;
  onClose: () => void;
}

/** Makes a product-ingestion key, then shows the whole key this once. */
export function CreateIngestionKeyModal({ opened, onClose }: CreateIngestionKeyModalProps) {
  const [create] = useMutation(IngestionKeyCreateDocument);
  // The secret lives only in this component's state, never in the Apollo cache, and is
  // forgotten when the dialog closes: it is shown once.
  const [created, setCreated] = useState<CreatedKey | null>(null);
  const form = useForm({
    initialValues: { name: "" },
    validate: { name: isNotEmpty("Give the key a name") },
  });

  const close = () => {
    setCreated(null);
    onClose();
  };

  const submit = ({ name }: { name: string }) =>
    submitMutation(
      form,
      async () =>
        (
          await create({
            variables: { input: { name: name.trim() } },
            fetchPolicy: "no-cache",
            refetchQueries: [IngestionKeysDocument],
          })
        ).data?.ingestionKeyCreate,
      {
        fields: ["name"],
        onSuccess: ({ ingestionKey, secret }) => {
          if (!secret) return "The server did not return the key. Try again.";
          const made = ingestionKey?.name ?? name.trim();
          setCreated({ name: made, secret, madeAt: new Date().toISOString().replace(/\.\d+Z$/, "Z") });
          notifySuccess(`${made} is ready to report usage.`, "Ingestion key made");
          return undefined;
        },
      },
    );

  return (
    <FormModal
      opened={opened}
      onClose={close}
      title={created ? "Your new ingestion key" : "New ingestion key"}
      errorTitle="Could not make the key"
      form={form}
      onSubmit={submit}
      submitLabel="Make key"
      size="lg"
      // A stray click must not throw away a secret that cannot be shown again.
      closeOnClickOutside={!created}
      outcome={created && <CreatedKeyView created={created} onDone={close} />}
    >
      <TextInput
        label="Name"
        description="Where the reports come from, e.g. the product's production reporter."
        required
        data-autofocus
        autoComplete="off"
        {...form.getInputProps("name")}
      />
      <Text size="sm" c="dimmed">
        The key may only report usage: agents registered per customer and product.
      </Text>
    </FormModal>
  );
}

function CreatedKeyView({ created, onDone }: { created: CreatedKey; onDone: () => void }) {
  return (
    <SecretShownOnce
      name={created.name}
      secret={created.secret}
      label="Ingestion key"
      replaceWith="make a new one"
      onDone={onDone}
    >
      <Text size="sm">
        The product sends it as a bearer token with each report; a report id sent again changes nothing.
      </Text>
      <CodeBlock
        label="A usage report with curl"
        code={reportCurl(`${window.location.origin}/graphql`, created.secret, created.madeAt)}
      />
    </SecretShownOnce>
  );
}
