import { useMutation } from "@apollo/client/react";
import { Code, Radio, Stack, Text, TextInput } from "@mantine/core";
import { isNotEmpty, useForm } from "@mantine/form";
import { useState } from "react";
import { FormModal } from "../../components/form-modal";
import { SecretShownOnce } from "../../components/secret-shown-once";
import type { ApiKeyScope } from "../../gql/graphql";
import { notifySuccess } from "../../lib/notify";
import { submitMutation } from "../../lib/user-errors";
import { ApiKeysDocument } from "./api-keys.generated";
import { ApiKeyCreateDocument } from "./create-api-key.generated";
import { SCOPE_DESCRIPTIONS, SCOPE_LABELS } from "./scopes";

const SCOPES: readonly ApiKeyScope[] = ["READ", "READ_WRITE"];

interface CreateApiKeyModalProps {
  opened: boolean;
  onClose: () => void;
}

interface CreateValues {
  name: string;
  scope: ApiKeyScope;
}

interface CreatedKey {
  name: string;
  secret: string;
}

export function CreateApiKeyModal({ opened, onClose }: CreateApiKeyModalProps) {
  const [create] = useMutation(ApiKeyCreateDocument);
  // The secret lives only in this component's state, never in the Apollo cache, and is
  // forgotten when the dialog closes: it is shown once.
  const [created, setCreated] = useState<CreatedKey | null>(null);
  const form = useForm<CreateValues>({
    initialValues: { name: "", scope: "READ" },
    validate: { name: isNotEmpty("Give the key a name") },
  });

  const close = () => {
    setCreated(null);
    onClose();
  };

  const submit = ({ name, scope }: CreateValues) =>
    submitMutation(
      form,
      async () =>
        (
          await create({
            variables: { input: { name: name.trim(), scope } },
            fetchPolicy: "no-cache",
            refetchQueries: [ApiKeysDocument],
          })
        ).data?.apiKeyCreate,
      {
        fields: ["name", "scope"],
        onSuccess: ({ apiKey, secret }) => {
          if (!secret) return "The server did not return the key. Try again.";
          setCreated({ name: apiKey?.name ?? name, secret });
          notifySuccess(`${apiKey?.name ?? name} is ready to use.`, "API key created");
          return undefined;
        },
      },
    );

  return (
    <FormModal
      opened={opened}
      onClose={close}
      title={created ? "Your new API key" : "Create API key"}
      errorTitle="Could not create the key"
      form={form}
      onSubmit={submit}
      submitLabel="Create key"
      size="lg"
      // A stray click must not throw away a secret that cannot be shown again.
      closeOnClickOutside={!created}
      outcome={created && <CreatedKeyView created={created} onDone={close} />}
    >
      <TextInput
        label="Name"
        description="What the key is for, e.g. the integration's name."
        required
        data-autofocus
        autoComplete="off"
        {...form.getInputProps("name")}
      />
      <Radio.Group label="Scope" required {...form.getInputProps("scope")}>
        <Stack gap="sm" mt="xs">
          {SCOPES.map((scope) => (
            <Radio
              key={scope}
              value={scope}
              label={SCOPE_LABELS[scope]}
              description={SCOPE_DESCRIPTIONS[scope]}
            />
          ))}
        </Stack>
      </Radio.Group>
      <Text size="sm" c="dimmed">
        No key can manage the team, API keys or billing contacts.
      </Text>
    </FormModal>
  );
}

function CreatedKeyView({ created, onDone }: { created: CreatedKey; onDone: () => void }) {
  const endpoint = `${window.location.origin}/graphql`;
  const example = `curl -H "Authorization: Bearer ${created.secret}" -H "Content-Type: application/json" -d '{"query":"{ viewer { account { name } } }"}' ${endpoint}`;
  return (
    <SecretShownOnce
      name={created.name}
      secret={created.secret}
      label="API key"
      replaceWith="create a new one"
      onDone={onDone}
    >
      <Stack gap={4}>
        <Text size="sm">Send it as a bearer token with every request, for example:</Text>
        <Code block style={{ wordBreak: "break-all", whiteSpace: "pre-wrap" }}>
          {example}
        </Code>
      </Stack>
    </SecretShownOnce>
  );
}
