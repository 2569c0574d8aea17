import { Button, Code, Stack, Text } from "@mantine/core";
import { DataTable, RowTitle } from "../../components/data-table";
import { StatusBadge } from "../../components/status-badge";
import type { ApiKeyFieldsFragment } from "../../gql/graphql";
import { formatDate, formatDateTime } from "../../lib/dates";
import { SCOPE_LABELS } from "./scopes";

interface ApiKeysTableProps {
  apiKeys: readonly ApiKeyFieldsFragment[];
  onRevoke: (apiKey: ApiKeyFieldsFragment) => void;
}

export function ApiKeysTable({ apiKeys, onRevoke }: ApiKeysTableProps) {
  return (
    <DataTable
      label="API keys"
      minWidth={800}
      rows={apiKeys}
      rowKey={(apiKey) => apiKey.id}
      columns={[
        { header: "Name", cell: (apiKey) => <RowTitle>{apiKey.name}</RowTitle> },
        { header: "Key", cell: (apiKey) => <Code>{apiKey.prefix}…</Code> },
        { header: "Scope", cell: (apiKey) => SCOPE_LABELS[apiKey.scope] },
        { header: "Created", cell: (apiKey) => formatDate(apiKey.createdAt) },
        {
          header: "Last used",
          cell: (apiKey) => (apiKey.lastUsedAt ? formatDateTime(apiKey.lastUsedAt) : "never"),
        },
        {
          header: "Status",
          cell: (apiKey) =>
            apiKey.revokedAt ? (
              <Stack gap={2}>
                <StatusBadge label="Revoked" color="gray" />
                <Text size="xs" c="dimmed">
                  {formatDate(apiKey.revokedAt)}
                </Text>
              </Stack>
            ) : (
              <StatusBadge label="Active" color="green" />
            ),
        },
      ]}
      actions={(apiKey) =>
        !apiKey.revokedAt && (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            aria-label={`Revoke ${apiKey.name}`}
            onClick={() => onRevoke(apiKey)}
          >
            Revoke
          </Button>
        )
      }
    />
  );
}
