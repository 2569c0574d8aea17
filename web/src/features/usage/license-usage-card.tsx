import { useQuery } from "@apollo/client/react";
import { Stack, Text } from "@mantine/core";
import { QueryState } from "../../components/query-state";
import { SectionCard } from "../../components/sections";
import { licenses } from "../pricing/purchase-options";
import { LicenseUsageDocument } from "./usage.generated";
import { anyReported, UsageTable } from "./usage-table";

/** The reseller's licenses in force, assigned or not, against the agents of all its customers, per product. */
export function LicenseUsageCard() {
  const usage = useQuery(LicenseUsageDocument, {
    // Customers register agents and teammates buy licenses, so each visit asks again.
    fetchPolicy: "cache-and-network",
  });

  return (
    <SectionCard title="Licenses and agents">
      <QueryState
        query={usage}
        errorTitle="Could not load your licenses and agents"
        isEmpty={({ licenseUsage }) => !anyReported(licenseUsage)}
        empty={
          <Text c="dimmed">No usage reported yet: the product reports agents once they are registered.</Text>
        }
      >
        {({ licenseUsage }) => (
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              All your licenses in force, assigned or not, against the agents of all your customers.
            </Text>
            <UsageTable
              label="Licenses and agents"
              usage={licenseUsage}
              licensesHeader="Licenses in force"
              advice={(overBy) => `Add ${licenses(overBy)}`}
            />
          </Stack>
        )}
      </QueryState>
    </SectionCard>
  );
}
