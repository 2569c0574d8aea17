import { Text } from "@mantine/core";
import { DetailList } from "../../components/sections";
import type { VendorQuoteRequestFieldsFragment } from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { licenses, PERIOD_LABELS } from "../pricing/purchase-options";

/** What a reseller asked for, as staff weigh it. */
export function QuoteRequestDetails({ request }: { request: VendorQuoteRequestFieldsFragment }) {
  return (
    <DetailList
      details={[
        { label: "Reseller", value: request.resellerName },
        { label: "Product", value: request.product.name },
        { label: "Period", value: PERIOD_LABELS[request.period] },
        { label: "Quantity", value: licenses(request.quantity) },
        { label: "Customer", value: request.customerName },
        {
          label: "Note",
          value: request.note && (
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {request.note}
            </Text>
          ),
        },
        { label: "Requested", value: formatDate(request.requestedAt) },
      ]}
    />
  );
}
