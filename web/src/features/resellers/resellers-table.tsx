import { Badge, Button, Code, Group, Select, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import type { ResellerFieldsFragment } from "../../gql/graphql";
import { formatDate } from "../../lib/dates";

interface ResellersTableProps {
  resellers: readonly ResellerFieldsFragment[];
  tiers: ReadonlyArray<{ value: string; label: string }>;
  /** The reseller whose tier change is on its way to the server. */
  changingTierOf: string | null;
  onSetTier: (reseller: ResellerFieldsFragment, tierCode: string) => void;
  onDisable: (reseller: ResellerFieldsFragment) => void;
  onIssueCode: (reseller: ResellerFieldsFragment) => void;
  onRevokeCode: (reseller: ResellerFieldsFragment) => void;
}

export function ResellersTable({
  resellers,
  tiers,
  changingTierOf,
  onSetTier,
  onDisable,
  onIssueCode,
  onRevokeCode,
}: ResellersTableProps) {
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table verticalSpacing="sm" striped highlightOnHover aria-label="Resellers">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Company</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th>Tier</Table.Th>
            <Table.Th>Partner discount code</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {resellers.map((reseller) => (
            <Table.Tr key={reseller.id}>
              <Table.Td>
                <Text fw={500} size="sm">
                  {reseller.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm">{reseller.owner.email}</Text>
                  <Text size="xs" c="dimmed">
                    {reseller.owner.name}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={`Tier of ${reseller.name}`}
                  // Until the tiers have loaded, the reseller's own tier is the one option.
                  data={tiers.length > 0 ? tiers : [{ value: reseller.tier.code, label: reseller.tier.name }]}
                  value={reseller.tier.code}
                  allowDeselect={false}
                  disabled={changingTierOf === reseller.id}
                  onChange={(code) => code && code !== reseller.tier.code && onSetTier(reseller, code)}
                  w={130}
                  size="xs"
                />
              </Table.Td>
              <Table.Td>
                <PartnerDiscountCell reseller={reseller} onIssue={onIssueCode} onRevoke={onRevokeCode} />
              </Table.Td>
              <Table.Td>
                <Badge
                  color={reseller.status === "ACTIVE" ? "green" : "gray"}
                  variant="light"
                  miw="max-content"
                >
                  {reseller.status === "ACTIVE" ? "Active" : "Disabled"}
                </Badge>
              </Table.Td>
              <Table.Td>{formatDate(reseller.createdAt)}</Table.Td>
              <Table.Td ta="right">
                {reseller.status === "ACTIVE" && (
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    aria-label={`Disable ${reseller.name}`}
                    onClick={() => onDisable(reseller)}
                  >
                    Disable
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

interface PartnerDiscountCellProps {
  reseller: ResellerFieldsFragment;
  onIssue: (reseller: ResellerFieldsFragment) => void;
  onRevoke: (reseller: ResellerFieldsFragment) => void;
}

/** The active code, or an open request waiting for one, or nothing; with what staff can do about it. */
function PartnerDiscountCell({ reseller, onIssue, onRevoke }: PartnerDiscountCellProps) {
  const { code, issuedAt, requestedAt } = reseller.partnerDiscount;
  return (
    <Stack gap={4} align="flex-start">
      {code ? (
        <>
          <Code>{code}</Code>
          {issuedAt && (
            <Text size="xs" c="dimmed">
              Issued {formatDate(issuedAt)}
            </Text>
          )}
        </>
      ) : requestedAt ? (
        <Badge color="yellow" variant="light" miw="max-content">
          Requested {formatDate(requestedAt)}
        </Badge>
      ) : (
        <Text size="sm" c="dimmed">
          —
        </Text>
      )}
      <Group gap={4} wrap="nowrap">
        {reseller.status === "ACTIVE" && (
          <Button
            size="compact-xs"
            variant="subtle"
            aria-label={`Issue a partner discount code to ${reseller.name}`}
            onClick={() => onIssue(reseller)}
          >
            Issue code
          </Button>
        )}
        {code && (
          <Button
            size="compact-xs"
            variant="subtle"
            color="red"
            aria-label={`Revoke the partner discount code of ${reseller.name}`}
            onClick={() => onRevoke(reseller)}
          >
            Revoke code
          </Button>
        )}
      </Group>
    </Stack>
  );
}
