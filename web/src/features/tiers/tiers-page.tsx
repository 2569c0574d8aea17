import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { PageHeader } from "../../components/page-header";
import { EmptyState, QueryState } from "../../components/query-state";
import { PartnerTiersDocument, type TierFieldsFragment } from "../../gql/graphql";
import { EditTierModal } from "./edit-tier-modal";
import { TiersTable } from "./tiers-table";

/** Vendor staff's partner tiers and the terms each gives its resellers. */
export function TiersPage() {
  const { data, loading, error, refetch } = useQuery(PartnerTiersDocument);
  // A fresh form for each opening, and the tier kept while the dialog fades out.
  const [editing, setEditing] = useState<{ tier: TierFieldsFragment | null; session: number }>({
    tier: null,
    session: 0,
  });
  const [opened, setOpened] = useState(false);

  const edit = (tier: TierFieldsFragment) => {
    setEditing(({ session }) => ({ tier, session: session + 1 }));
    setOpened(true);
  };

  return (
    <>
      <PageHeader
        title="Partner tiers"
        description="Trial length, trial quota and reselling percentage of each tier. Changes apply at once to new quotes, purchases and this month's trial quota; subscriptions already bought keep their price."
      />
      <QueryState
        data={data}
        loading={loading}
        error={error}
        onRetry={() => void refetch().catch(() => undefined)}
        errorTitle="Could not load the tiers"
        isEmpty={({ tiers }) => tiers.length === 0}
        empty={<EmptyState title="No partner tiers" />}
      >
        {({ tiers }) => <TiersTable tiers={tiers} onEdit={edit} />}
      </QueryState>

      <EditTierModal
        key={editing.session}
        opened={opened}
        onClose={() => setOpened(false)}
        tier={editing.tier}
      />
    </>
  );
}
