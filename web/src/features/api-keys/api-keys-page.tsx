import { useMutation, useQuery } from "@apollo/client/react";
import { Button, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { ConfirmModal } from "../../components/confirm-modal";
import { EmptyState } from "../../components/empty-state";
import { PageHeader } from "../../components/page-header";
import { QueryState } from "../../components/query-state";
import { useConfirm } from "../../components/use-confirm";
import type { ApiKeyFieldsFragment } from "../../gql/graphql";
import { notifySuccess } from "../../lib/notify";
import { problemOr } from "../../lib/user-errors";
import { ApiKeyRevokeDocument, ApiKeysDocument } from "./api-keys.generated";
import { ApiKeysTable } from "./api-keys-table";
import { CreateApiKeyModal } from "./create-api-key-modal";

export function ApiKeysPage() {
  const keys = useQuery(ApiKeysDocument);
  const [revokeKey] = useMutation(ApiKeyRevokeDocument);
  const [createOpened, create] = useDisclosure();
  const revocation = useConfirm<ApiKeyFieldsFragment>();

  const revoke = async (apiKey: ApiKeyFieldsFragment) => {
    const { data: result } = await revokeKey({ variables: { id: apiKey.id } });
    return problemOr(result?.apiKeyRevoke, () =>
      notifySuccess(`Requests with ${apiKey.name} are refused from now on.`, "API key revoked"),
    );
  };

  return (
    <>
      <PageHeader
        title="API keys"
        description="Integrations call the GraphQL API with a key instead of a password. A key acts for your account's customers, subscriptions and trials."
        actions={<Button onClick={create.open}>Create API key</Button>}
      />
      <QueryState
        query={keys}
        errorTitle="Could not load the API keys"
        isEmpty={({ apiKeys }) => apiKeys.length === 0}
        empty={
          <EmptyState
            title="No API keys yet"
            description="Create one for each integration, so you can revoke one without stopping the others."
            action={
              <Button variant="light" onClick={create.open}>
                Create your first key
              </Button>
            }
          />
        }
      >
        {({ apiKeys }) => <ApiKeysTable apiKeys={apiKeys} onRevoke={revocation.ask} />}
      </QueryState>

      <CreateApiKeyModal opened={createOpened} onClose={create.close} />

      <ConfirmModal
        confirmation={revocation}
        title="Revoke API key"
        confirmLabel="Revoke key"
        danger
        onConfirm={revoke}
      >
        <Text>
          Revoke <b>{revocation.target?.name}</b> ({revocation.target?.prefix}…)? Integrations using it stop
          working at once. This cannot be undone.
        </Text>
      </ConfirmModal>
    </>
  );
}
