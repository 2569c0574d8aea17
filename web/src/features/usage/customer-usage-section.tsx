import { EmptyState } from "../../components/empty-state";
import { type QueryLike, QueryState } from "../../components/query-state";
import { PageSection } from "../../components/sections";
import type { CustomerUsageQuery } from "../../gql/graphql";
import { licenses } from "../pricing/purchase-options";
import { UsageHistory } from "./usage-history";
import { anyReported, UsageTable } from "./usage-table";

interface CustomerUsageSectionProps {
  /** The customer's entry on the reseller's list. */
  customerId: string;
  companyName: string;
  /** Asked alongside the customer by the page, so that both come together. */
  usage: QueryLike<CustomerUsageQuery>;
}

/** A customer's agents per product, as its product reports them, against the licenses this reseller assigned it. */
export function CustomerUsageSection({ customerId, companyName, usage }: CustomerUsageSectionProps) {
  return (
    <PageSection
      title="License usage"
      description={`The agents ${companyName} registered, against the licenses you assigned it.`}
    >
      <QueryState
        query={usage}
        errorTitle="Could not load the license usage"
        isEmpty={({ customerUsage }) => !anyReported(customerUsage ?? [])}
        empty={
          <EmptyState
            title="No usage reported yet"
            description={`The product reports ${companyName}'s agents once they are registered.`}
          />
        }
      >
        {({ customerUsage }) => (
          <UsageTable
            label={`License usage of ${companyName}`}
            usage={customerUsage ?? []}
            licensesHeader="Licenses you assigned"
            advice={(overBy) => `Add ${licenses(overBy)}`}
            extra={{
              header: "Last 30 days",
              cell: (product) => <UsageHistory customerId={customerId} product={product} />,
            }}
          />
        )}
      </QueryState>
    </PageSection>
  );
}
