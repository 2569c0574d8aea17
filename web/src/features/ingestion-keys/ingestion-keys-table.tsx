import { Button, Code, Stack, Text } from "@mantine/core";
import { DataTable, NoValue, RowTitle } from "../../components/data-table";
import { StatusBadge } from "../../components/status-badge";
import type { IngestionKeyFieldsFragment } from "../../gql/graphql";
import { formatDate, formatDateTime } from "../../lib/dates";

interface IngestionKeysTableProps {
  /** Newest first, revoked ones too, as the API lists them. */
  keys: readonly IngestionKeyFieldsFragment[];
  onRevoke: (key: IngestionKeyFieldsFragment) => void;
}

export function IngestionKeysTable({ keys, onRevoke }: IngestionKeysTableProps) {
  return (
    <DataTable
      label="Ingestion keys"
      minWidth={860}
      rows={keys}
      rowKey={(key) => key.id}
      columns={[
        { header: "Name", cell: (key) => <RowTitle>{key.name}</RowTitle> },
        { header: "Key", cell: (key) => <Code>{key.prefix}…</Code> },
        { header: "Created by", cell: (key) => key.createdBy ?? <NoValue /> },
        { header: "Created", nowrap: true, cell: (key) => formatDate(key.createdAt) },
        {
          header: "Last used",
          nowrap: true,
          cell: (key) => (key.lastUsedAt ? formatDateTime(key.lastUsedAt) : <NoValue>Never</NoValue>),
        },
        {
          header: "Status",
          cell: (key) =>
            key.revokedAt ? (
              <Stack gap={2}>
                <StatusBadge label="Revoked" color="gray" />
                <Text size="xs" c="dimmed">
                  {formatDate(key.revokedAt)}
                </Text>
              </Stack>
            ) : (
              <StatusBadge label="Active" color="green" />
            ),
        },
      ]}
      actions={(key) =>
        !key.revokedAt && (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            aria-label={`Revoke ${key.name}`}
            onClick={() => onRevoke(key)}
          >
            Revoke
          </Button>
        )
      }
    />
  );
}
