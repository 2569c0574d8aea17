import { Badge, Button } from "@mantine/core";
import { DataTable } from "../../components/data-table";
import type { TierFieldsFragment } from "../../gql/graphql";
import { formatBp } from "../../lib/percent";

interface TiersTableProps {
  tiers: readonly TierFieldsFragment[];
  onEdit: (tier: TierFieldsFragment) => void;
}

export function TiersTable({ tiers, onEdit }: TiersTableProps) {
  return (
    <DataTable
      label="Partner tiers"
      minWidth={640}
      rows={tiers}
      rowKey={(tier) => tier.id}
      columns={[
        {
          header: "Tier",
          cell: (tier) => (
            <Badge variant="light" size="lg">
              {tier.name}
            </Badge>
          ),
        },
        { header: "Trial length", align: "right", cell: (tier) => `${tier.trialDays} days` },
        { header: "Trials per month", align: "right", cell: (tier) => tier.trialsPerMonth },
        {
          header: "Reselling percentage",
          align: "right",
          cell: (tier) => formatBp(tier.resellingBp),
        },
      ]}
      actions={(tier) => (
        <Button size="xs" variant="subtle" aria-label={`Edit ${tier.name}`} onClick={() => onEdit(tier)}>
          Edit
        </Button>
      )}
    />
  );
}
