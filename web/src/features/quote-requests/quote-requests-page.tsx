import { useQuery } from "@apollo/client/react";
import { Button, Stack } from "@mantine/core";
import { EmptyState } from "../../components/empty-state";
import { PageHeader } from "../../components/page-header";
import { PagedQueryState } from "../../components/paged-query-state";
import { useDialog } from "../../components/use-dialog";
import type { QuoteRequestFieldsFragment } from "../../gql/graphql";
import { useUrlParam } from "../../lib/url-state";
import { useSignedInViewer } from "../../session/viewer";
import { AskQuoteModal } from "./ask-quote-modal";
import { BuyQuoteModal } from "./buy-quote-modal";
import {
  QUOTE_REQUEST_STATUSES,
  QuoteStatusFilter,
  STATUS_CHOICES,
  type StatusChoice,
} from "./quote-request-labels";
import { QuoteRequestsDocument } from "./quote-requests.generated";
import { QuoteRequestsTable } from "./quote-requests-table";

/** The reseller's requests to the vendor for special prices, newest first; a quoted one is bought from here. */
export function QuoteRequestsPage() {
  const { can } = useSignedInViewer();
  const canWrite = can("RESELLER_WRITE");
  // The status is kept in the address, so a reload or a shared link shows the same list.
  const [status, setStatus] = useUrlParam<StatusChoice>(
    "status",
    "ALL",
    STATUS_CHOICES.map((choice) => choice.value),
  );
  // Staff answer at any time, and quotes expire, so each visit asks again.
  const requests = useQuery(QuoteRequestsDocument, {
    variables: { status: status === "ALL" ? null : status },
    fetchPolicy: "cache-and-network",
  });
  const asking = useDialog<QuoteRequestFieldsFragment | null>();
  const buying = useDialog<QuoteRequestFieldsFragment>();
  const ask = canWrite && <Button onClick={() => asking.open(null)}>Ask for a special price</Button>;

  return (
    <>
      <PageHeader
        title="Special prices"
        description="For a large deal, ask the vendor for a special price per license. Once it is quoted, buy at it in one step until the date it is valid until."
        actions={ask}
      />
      <Stack gap="md">
        <QuoteStatusFilter value={status} onChange={setStatus} />
        <PagedQueryState
          query={requests}
          connection={(data) => data.quoteRequests}
          what="requests"
          errorTitle="Could not load your requests"
          empty={
            status === "ALL" ? (
              <EmptyState
                title="No requests yet"
                description="When a customer asks you to quote a large deal, ask the vendor for a special price here."
                action={ask}
              />
            ) : (
              <EmptyState
                title={`No ${QUOTE_REQUEST_STATUSES[status].label.toLowerCase()} requests`}
                description="None of your requests has this status."
              />
            )
          }
        >
          {(nodes) => (
            <QuoteRequestsTable
              requests={nodes}
              canWrite={canWrite}
              onBuy={buying.open}
              onAskAgain={asking.open}
            />
          )}
        </PagedQueryState>
      </Stack>

      {canWrite && (
        <>
          <AskQuoteModal
            key={`ask-${asking.session}`}
            opened={asking.opened}
            onClose={asking.close}
            again={asking.item}
          />
          <BuyQuoteModal
            key={`buy-${buying.session}`}
            opened={buying.opened}
            onClose={buying.close}
            request={buying.item}
          />
        </>
      )}
    </>
  );
}
