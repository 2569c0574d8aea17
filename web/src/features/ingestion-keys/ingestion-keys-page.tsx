import { useMutation, useQuery } from "@apollo/client/react";
import { Button, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { ConfirmModal } from "../../components/confirm-modal";
import { EmptyState } from "../../components/empty-state";
import { PageHeader } from "../../components/page-header";
import { QueryState } from "../../components/query-state";
import { useConfirm } from "../../components/use-confirm";
import type { IngestionKeyFieldsFragment } from "../../gql/graphql";
import { notifySuccess } from "../../lib/notify";
import { problemOr } from "../../lib/user-errors";
import { CreateIngestionKeyModal } from "./create-ingestion-key-modal";
import { IngestionKeyRevokeDocument, IngestionKeysDocument } from "./ingestion-keys.generated";
import { IngestionKeysTable } from "./ingestion-keys-table";

/** Vendor staff's product-ingestion keys: the vendor's product reports customers' agents with them. */
export function IngestionKeysPage() {
  const keys = useQuery(IngestionKeysDocument);
  const [revokeKey] = useMutation(IngestionKeyRevokeDocument);
  const [createOpened, create] = useDisclosure();
  const revocation = useConfirm<IngestionKeyFieldsFragment>();

  const revoke = async (key: IngestionKeyFieldsFragment) => {
    const { data: result } = await revokeKey({ variables: { id: key.id } });
    return problemOr(result?.ingestionKeyRevoke, () =>
      notifySuccess(`Usage reports with ${key.name} are refused from now on.`, "Ingestion key revoked"),
    );
  };

  return (
    <>
      <PageHeader
        title="Ingestion keys"
        description="The product reports the agents registered per customer and product with a key of its own, which may do nothing else. Resellers and customers then see agents against licenses."
        actions={<Button onClick={create.open}>New ingestion key</Button>}
      />
      <QueryState
        query={keys}
        errorTitle="Could not load the ingestion keys"
        isEmpty={({ ingestionKeys }) => ingestionKeys.length === 0}
        empty={
          <EmptyState
            title="No ingestion keys yet"
            description="Make one for each place that reports usage, so you can revoke one without stopping the others."
            action={
              <Button variant="light" onClick={create.open}>
                Make the first key
              </Button>
            }
          />
        }
      >
        {({ ingestionKeys }) => <IngestionKeysTable keys={ingestionKeys} onRevoke={revocation.ask} />}
      </QueryState>

      <CreateIngestionKeyModal opened={createOpened} onClose={create.close} />

      <ConfirmModal
        confirmation={revocation}
        title="Revoke ingestion key"
        confirmLabel="Revoke key"
        danger
        onConfirm={revoke}
      >
        <Text>
          Revoke <b>{revocation.target?.name}</b> ({revocation.target?.prefix}…)? Usage reports sent with it
          are refused at once, and the counts stop where they are until the product reports with another key.
          This cannot be undone.
        </Text>
      </ConfirmModal>
    </>
  );
}
