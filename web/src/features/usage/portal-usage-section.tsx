import { EmptyState } from "../../components/empty-state";
import { type QueryLike, QueryState } from "../../components/query-state";
import { PageSection } from "../../components/sections";
import type { PortalUsageQuery } from "../../gql/graphql";
import { agents, anyReported, UsageTable } from "./usage-table";

/** The signed-in customer's agents per product against every license its resellers assigned it. */
export function PortalUsageSection({ usage }: { usage: QueryLike<PortalUsageQuery> }) {
  return (
    <PageSection
      title="Your usage"
      description="The agents you registered, against the licenses your resellers assigned you."
    >
      <QueryState
        query={usage}
        errorTitle="Could not load your usage"
        isEmpty={({ portalUsage }) => !anyReported(portalUsage)}
        empty={
          <EmptyState
            title="No usage reported yet"
            description="The product reports your agents once they are registered."
          />
        }
      >
        {({ portalUsage }) => (
          <UsageTable
            label="Your usage"
            usage={portalUsage}
            licensesHeader="Licenses assigned"
            advice={(overBy) =>
              `${overBy === 1 ? "1 agent is" : `${agents(overBy)} are`} not covered; ask your reseller for more licenses.`
            }
          />
        )}
      </QueryState>
    </PageSection>
  );
}
