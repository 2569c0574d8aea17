import { useMutation } from "@apollo/client/react";
import { Alert, Button, Code, CopyButton, Group, Radio, Stack, Text, TextInput } from "@mantine/core";
import { isNotEmpty, useForm } from "@mantine/form";
import { useState } from "react";
import { FormModal } from "../../components/form-modal";
import { ApiKeyCreateDocument, type ApiKeyScope, ApiKeysDocument } from "../../gql/graphql";
import { errorMessage } from "../../lib/graphql-errors";
import { notifySuccess } from "../../lib/notify";
import { userErrorsToFormErrors } from "../../lib/user-errors";
import { SCOPE_DESCRIPTIONS, SCOPE_LABELS } from "./scopes";

const SCOPES: readonly ApiKeyScope[] = ["READ", "READ_WRITE"];

interface CreateApiKeyModalProps {
  opened: boolean;
  onClose: () => void;
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
  const form = useForm<{ name: string; scope: ApiKeyScope }>({
    initialValues: { name: "", scope: "READ" },
    validate: { name: isNotEmpty("Give the key a name") },
  });

  const close = () => {
    setCreated(null);
    form.reset();
    onClose();
  };

  const submit = form.onSubmit(async ({ name, scope }) => {
    try {
      const { data } = await create({
        variables: { input: { name: name.trim(), scope } },
        fetchPolicy: "no-cache",
        refetchQueries: [ApiKeysDocument],
      });
      const payload = data?.apiKeyCreate;
      const userErrors = payload?.userErrors ?? [];
      if (userErrors.length > 0 || !payload?.secret) {
        form.setErrors(
          userErrors.length > 0
            ? userErrorsToFormErrors(userErrors, ["name", "scope"])
            : { formError: "The server did not return the key. Try again." },
        );
        return;
      }
      setCreated({ name: payload.apiKey?.name ?? name, secret: payload.secret });
      notifySuccess(`${payload.apiKey?.name ?? name} is ready to use.`, "API key created");
    } catch (error) {
      form.setErrors({ formError: errorMessage(error) });
    }
  });

  return (
    <FormModal
      opened={opened}
      onClose={close}
      title={created ? "Your new API key" : "Create API key"}
      errorTitle="Could not create the key"
      formError={form.errors.formError}
      onSubmit={submit}
      submitLabel="Create key"
      submitting={form.submitting}
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
    <Stack>
      <Alert color="yellow" variant="light" title="Copy this key now">
        It will not be shown again: Reseller Hub keeps only a fingerprint of it. If you lose it, revoke it and
        create a new one.
      </Alert>
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {created.name}
        </Text>
        <Code block aria-label="API key" style={{ wordBreak: "break-all", whiteSpace: "pre-wrap" }}>
          {created.secret}
        </Code>
      </Stack>
      <Group>
        <CopyButton value={created.secret}>
          {({ copied, copy }) => (
            <Button color={copied ? "teal" : undefined} onClick={copy}>
              {copied ? "Copied" : "Copy key"}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Stack gap={4}>
        <Text size="sm">Send it as a bearer token with every request, for example:</Text>
        <Code block style={{ wordBreak: "break-all", whiteSpace: "pre-wrap" }}>
          {example}
        </Code>
      </Stack>
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Done
        </Button>
      </Group>
    </Stack>
  );
}
