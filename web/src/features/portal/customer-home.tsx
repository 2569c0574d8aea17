import { useQuery } from "@apollo/client/react";
import { Stack, Text } from "@mantine/core";
import { DataTable, RowTitle } from "../../components/data-table";
import { EmptyState } from "../../components/empty-state";
import { PageHeader } from "../../components/page-header";
import { QueryState } from "../../components/query-state";
import { PageSection } from "../../components/sections";
import { StatusBadge } from "../../components/status-badge";
import type { CustomerPortalQuery } from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { licenses, PERIOD_LABELS } from "../pricing/purchase-options";
import { TrialStatusBadge } from "../trials/trial-status";
import { PortalUsageSection } from "../usage/portal-usage-section";
import { PortalUsageDocument } from "../usage/usage.generated";
import { CustomerPortalDocument } from "./customer-portal.generated";

type Portal = CustomerPortalQuery["customerPortal"];
type AssignedSubscription = Portal["subscriptions"][number];
type GivenTrial = Portal["trials"][number];

/**
 * An end customer's home: its company, its agents against its licenses, each of its resellers with
 * the licenses that reseller assigned, and its free trial, read-only. The customer only ever sees
 * licenses in force.
 */
export function CustomerHome() {
  const portal = useQuery(CustomerPortalDocument, {
    // A reseller's change shows here at once, so every visit asks again.
    fetchPolicy: "cache-and-network",
  });
  // Asked alongside the portal, not once it has come; agents are registered all the time too.
  const usage = useQuery(PortalUsageDocument, { fetchPolicy: "cache-and-network" });

  return (
    <QueryState query={portal} errorTitle="Could not load your licenses">
      {({ customerPortal }) => (
        <>
          <PageHeader
            title={customerPortal.companyName}
            description="The licenses your resellers assigned to you, and any free trial they gave you. They manage them for you: ask them for changes."
          />
          <Stack gap="xl">
            <PortalUsageSection usage={usage} />
            {customerPortal.resellers.length === 0 ? (
              <EmptyState
                title="No reseller lists you yet."
                description="A reseller that adds you to its customers can assign you licenses."
              />
            ) : (
              customerPortal.resellers.map((reseller) => (
                <ResellerSection
                  key={reseller.id}
                  reseller={reseller}
                  subscriptions={customerPortal.subscriptions.filter((s) => s.resellerId === reseller.id)}
                />
              ))
            )}

            <PageSection title="Free trials">
              {customerPortal.trials.length === 0 ? (
                <EmptyState
                  title="You have no free trial."
                  description="Your reseller can give you one, to try a product before you buy it."
                />
              ) : (
                <GivenTrialsTable trials={customerPortal.trials} />
              )}
            </PageSection>
          </Stack>
        </>
      )}
    </QueryState>
  );
}

function ResellerSection({
  reseller,
  subscriptions,
}: {
  reseller: Portal["resellers"][number];
  subscriptions: readonly AssignedSubscription[];
}) {
  return (
    <PageSection
      title={reseller.name}
      description={
        reseller.customerSince
          ? `Your reseller since ${formatDate(reseller.customerSince)}`
          : "No longer lists you as its customer"
      }
    >
      {subscriptions.length === 0 ? (
        <Text c="dimmed" size="sm">
          {reseller.name} has not assigned you any licenses yet.
        </Text>
      ) : (
        <DataTable
          label={`Licenses from ${reseller.name}`}
          minWidth={640}
          rows={subscriptions}
          rowKey={(subscription) => subscription.id}
          columns={[
            { header: "Product", cell: (subscription) => <RowTitle>{subscription.productName}</RowTitle> },
            { header: "Licenses", cell: (subscription) => licenses(subscription.quantity) },
            { header: "Period", cell: (subscription) => PERIOD_LABELS[subscription.period] },
            // The API lists only licenses in force, so every one is active as far as the customer is concerned.
            { header: "Status", cell: () => <StatusBadge label="Active" color="green" /> },
            {
              header: "Current period ends",
              nowrap: true,
              cell: (subscription) => formatDate(subscription.currentPeriodEnd),
            },
            { header: "Assigned", nowrap: true, cell: (subscription) => formatDate(subscription.assignedAt) },
          ]}
        />
      )}
    </PageSection>
  );
}

function GivenTrialsTable({ trials }: { trials: readonly GivenTrial[] }) {
  return (
    <DataTable
      label="Free trials"
      minWidth={600}
      rows={trials}
      rowKey={(trial) => trial.productCode}
      columns={[
        { header: "Product", cell: (trial) => <RowTitle>{trial.productName}</RowTitle> },
        { header: "Status", cell: (trial) => <TrialStatusBadge status={trial.status} /> },
        // A trial turned into a subscription ended then, not on its planned date.
        {
          header: "Ends",
          cell: (trial) => (trial.status === "CONVERTED" ? "When you subscribed" : formatDate(trial.endsAt)),
        },
        { header: "Given", cell: (trial) => `Given by ${trial.resellerName}` },
      ]}
    />
  );
}
