import { Badge, Button, Table, VisuallyHidden } from "@mantine/core";
import type { TierFieldsFragment } from "../../gql/graphql";
import { formatPercent } from "../../lib/percent";

interface TiersTableProps {
  tiers: readonly TierFieldsFragment[];
  onEdit: (tier: TierFieldsFragment) => void;
}

export function TiersTable({ tiers, onEdit }: TiersTableProps) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" striped aria-label="Partner tiers">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Tier</Table.Th>
            <Table.Th ta="right">Trial length</Table.Th>
            <Table.Th ta="right">Trials per month</Table.Th>
            <Table.Th ta="right">Reselling percentage</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tiers.map((tier) => (
            <Table.Tr key={tier.id}>
              <Table.Td>
                <Badge variant="light" size="lg">
                  {tier.name}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">{tier.trialDays} days</Table.Td>
              <Table.Td ta="right">{tier.trialsPerMonth}</Table.Td>
              <Table.Td ta="right">{formatPercent(tier.resellingPercent)}</Table.Td>
              <Table.Td ta="right">
                <Button
                  size="xs"
                  variant="subtle"
                  aria-label={`Edit ${tier.name}`}
                  onClick={() => onEdit(tier)}
                >
                  Edit
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
