import { useQuery } from "@apollo/client/react";
import { Input, SegmentedControl, Stack } from "@mantine/core";
import { EmptyState } from "../../components/empty-state";
import { PageHeader } from "../../components/page-header";
import { PagedQueryState } from "../../components/paged-query-state";
import { badgeOptions } from "../../components/status-badge";
import { useDialog } from "../../components/use-dialog";
import type { ResellerApplicationFieldsFragment, ResellerApplicationStatus } from "../../gql/graphql";
import { useUrlParam } from "../../lib/url-state";
import { TiersDocument } from "../resellers/resellers.generated";
import { APPLICATION_STATUSES } from "./application-details";
import { ResellerApplicationsDocument } from "./applications.generated";
import { ApplicationsTable } from "./applications-table";
import { ApproveApplicationModal } from "./approve-application-modal";
import { DeclineApplicationModal } from "./decline-application-modal";

const STATUS_OPTIONS = badgeOptions(APPLICATION_STATUSES);

const EMPTY: Record<ResellerApplicationStatus, { title: string; description: string }> = {
  PENDING: {
    title: "No applications waiting",
    description: "Companies that sign up and apply to resell show here until you decide.",
  },
  APPROVED: { title: "No approved applications", description: "Applications you approve show here." },
  DECLINED: { title: "No declined applications", description: "Applications you decline show here." },
};

/** Vendor staff's applications to resell: approve one on a partner tier, or decline it with a reason. */
export function ApplicationsPage() {
  // The status is kept in the address, so a reload or a shared link shows the same list.
  const [status, setStatus] = useUrlParam<ResellerApplicationStatus>(
    "status",
    "PENDING",
    STATUS_OPTIONS.map((option) => option.value),
  );
  // Companies apply at any time, so each visit asks again; what the cache holds shows meanwhile.
  const applications = useQuery(ResellerApplicationsDocument, {
    variables: { status },
    fetchPolicy: "cache-and-network",
  });
  const tiersQuery = useQuery(TiersDocument);
  const tiers = (tiersQuery.data?.tiers ?? []).map((tier) => ({ value: tier.code, label: tier.name }));
  const approving = useDialog<ResellerApplicationFieldsFragment>();
  const declining = useDialog<ResellerApplicationFieldsFragment>();

  return (
    <>
      <PageHeader
        title="Applications"
        description="Companies that signed up and applied to resell. Approve one on a partner tier to make it a reseller, or decline it with a reason it can act on."
      />
      <Stack gap="md">
        <Input.Wrapper label="Status" labelElement="div">
          <SegmentedControl<ResellerApplicationStatus>
            data={STATUS_OPTIONS}
            value={status}
            onChange={setStatus}
            aria-label="Status"
            display="flex"
            w="fit-content"
          />
        </Input.Wrapper>
        <PagedQueryState
          query={applications}
          connection={(data) => data.resellerApplications}
          what="applications"
          errorTitle="Could not load the applications"
          empty={<EmptyState {...EMPTY[status]} />}
        >
          {(nodes) => (
            <ApplicationsTable
              applications={nodes}
              decided={status !== "PENDING"}
              onApprove={approving.open}
              onDecline={declining.open}
            />
          )}
        </PagedQueryState>
      </Stack>

      <ApproveApplicationModal
        key={`approve-${approving.session}`}
        opened={approving.opened}
        onClose={approving.close}
        application={approving.item}
        tiers={tiers}
      />
      <DeclineApplicationModal
        key={`decline-${declining.session}`}
        opened={declining.opened}
        onClose={declining.close}
        application={declining.item}
      />
    </>
  );
}
