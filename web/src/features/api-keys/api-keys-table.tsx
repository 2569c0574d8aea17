import { Badge, Button, Code, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import type { ApiKeyFieldsFragment } from "../../gql/graphql";
import { formatDate, formatDateTime } from "../../lib/dates";
import { SCOPE_LABELS } from "./scopes";

interface ApiKeysTableProps {
  apiKeys: readonly ApiKeyFieldsFragment[];
  onRevoke: (apiKey: ApiKeyFieldsFragment) => void;
}

export function ApiKeysTable({ apiKeys, onRevoke }: ApiKeysTableProps) {
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table verticalSpacing="sm" striped aria-label="API keys">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Key</Table.Th>
            <Table.Th>Scope</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th>Last used</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {apiKeys.map((apiKey) => (
            <Table.Tr key={apiKey.id}>
              <Table.Td>
                <Text fw={500} size="sm">
                  {apiKey.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Code>{apiKey.prefix}…</Code>
              </Table.Td>
              <Table.Td>{SCOPE_LABELS[apiKey.scope]}</Table.Td>
              <Table.Td>{formatDate(apiKey.createdAt)}</Table.Td>
              <Table.Td>{apiKey.lastUsedAt ? formatDateTime(apiKey.lastUsedAt) : "never"}</Table.Td>
              <Table.Td>
                {apiKey.revokedAt ? (
                  <Stack gap={2}>
                    <Badge color="gray" variant="light">
                      Revoked
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {formatDate(apiKey.revokedAt)}
                    </Text>
                  </Stack>
                ) : (
                  <Badge color="green" variant="light">
                    Active
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="right">
                {!apiKey.revokedAt && (
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    aria-label={`Revoke ${apiKey.name}`}
                    onClick={() => onRevoke(apiKey)}
                  >
                    Revoke
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
