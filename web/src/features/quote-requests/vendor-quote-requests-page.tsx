import { useQuery } from "@apollo/client/react";
import { Stack } from "@mantine/core";
import { EmptyState } from "../../components/empty-state";
import { PageHeader } from "../../components/page-header";
import { PagedQueryState } from "../../components/paged-query-state";
import { useDialog } from "../../components/use-dialog";
import type { VendorQuoteRequestFieldsFragment } from "../../gql/graphql";
import { useUrlParam } from "../../lib/url-state";
import { AnswerQuoteModal } from "./answer-quote-modal";
import { DeclineQuoteModal } from "./decline-quote-modal";
import {
  QUOTE_REQUEST_STATUSES,
  QuoteStatusFilter,
  STATUS_CHOICES,
  type StatusChoice,
} from "./quote-request-labels";
import { VendorQuoteRequestsDocument } from "./vendor-quote-requests.generated";
import { VendorQuoteRequestsTable } from "./vendor-quote-requests-table";

/** Vendor staff's queue of requests for special prices: quote a price, or decline with a reason. */
export function VendorQuoteRequestsPage() {
  // The status is kept in the address, so a reload or a shared link shows the same list.
  const [status, setStatus] = useUrlParam<StatusChoice>(
    "status",
    "OPEN",
    STATUS_CHOICES.map((choice) => choice.value),
  );
  // Resellers ask at any time, so each visit asks again; what the cache holds shows meanwhile.
  const requests = useQuery(VendorQuoteRequestsDocument, {
    variables: { status: status === "ALL" ? null : status },
    fetchPolicy: "cache-and-network",
  });
  const quoting = useDialog<VendorQuoteRequestFieldsFragment>();
  const declining = useDialog<VendorQuoteRequestFieldsFragment>();

  return (
    <>
      <PageHeader
        title="Special price requests"
        description="Resellers' requests for a special price on a large deal, the longest waiting first. Quote a price per license valid until a day, or decline with a reason; the reseller is mailed either way."
      />
      <Stack gap="md">
        <QuoteStatusFilter value={status} onChange={setStatus} />
        <PagedQueryState
          query={requests}
          connection={(data) => data.vendorQuoteRequests}
          what="requests"
          errorTitle="Could not load the requests"
          empty={
            status === "OPEN" ? (
              <EmptyState
                title="No requests waiting"
                description="Requests resellers send for a special price show here until you answer them."
              />
            ) : (
              <EmptyState
                title={
                  status === "ALL"
                    ? "No requests yet"
                    : `No ${QUOTE_REQUEST_STATUSES[status].label.toLowerCase()} requests`
                }
                description="No request has this status."
              />
            )
          }
        >
          {(nodes) => (
            <VendorQuoteRequestsTable
              requests={nodes}
              openOnly={status === "OPEN"}
              onQuote={quoting.open}
              onDecline={declining.open}
            />
          )}
        </PagedQueryState>
      </Stack>

      <AnswerQuoteModal
        key={`quote-${quoting.session}`}
        opened={quoting.opened}
        onClose={quoting.close}
        request={quoting.item}
      />
      <DeclineQuoteModal
        key={`decline-${declining.session}`}
        opened={declining.opened}
        onClose={declining.close}
        request={declining.item}
      />
    </>
  );
}
