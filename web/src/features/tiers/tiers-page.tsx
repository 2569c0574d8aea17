import { useQuery } from "@apollo/client/react";
import { EmptyState } from "../../components/empty-state";
import { PageHeader } from "../../components/page-header";
import { QueryState } from "../../components/query-state";
import { useDialog } from "../../components/use-dialog";
import type { TierFieldsFragment } from "../../gql/graphql";
import { EditTierModal } from "./edit-tier-modal";
import { PartnerTiersDocument } from "./tiers.generated";
import { TiersTable } from "./tiers-table";

/** Vendor staff's partner tiers and the terms each gives its resellers. */
export function TiersPage() {
  const partnerTiers = useQuery(PartnerTiersDocument);
  const editing = useDialog<TierFieldsFragment>();

  return (
    <>
      <PageHeader
        title="Partner tiers"
        description="Trial length, trial quota and reselling percentage of each tier. Changes apply at once to new quotes, purchases and this month's trial quota; subscriptions already bought keep their price."
      />
      <QueryState
        query={partnerTiers}
        errorTitle="Could not load the tiers"
        isEmpty={({ tiers }) => tiers.length === 0}
        empty={<EmptyState title="No partner tiers" />}
      >
        {({ tiers }) => <TiersTable tiers={tiers} onEdit={editing.open} />}
      </QueryState>

      <EditTierModal
        key={editing.session}
        opened={editing.opened}
        onClose={editing.close}
        tier={editing.item}
      />
    </>
  );
}
