import { useQuery } from "@apollo/client/react";
import { Anchor, Stack, Text } from "@mantine/core";
import { Link } from "wouter";
import { PageHeader } from "../../components/page-header";
import { QueryState } from "../../components/query-state";
import { DetailList, SectionCard } from "../../components/sections";
import { formatDate } from "../../lib/dates";
import { useSignedInViewer } from "../../session/viewer";
import { CustomerPortalDocument } from "./customer-portal.generated";

/** An end customer's account: who signs in, for which company, and which resellers list it. */
export function CustomerAccountPage() {
  const { user } = useSignedInViewer();
  // The same query as Home, so going from one to the other shows at once from the cache.
  const portal = useQuery(CustomerPortalDocument, { fetchPolicy: "cache-and-network" });

  return (
    <>
      <PageHeader title="My account" description="Your company's account and the resellers that serve it." />
      <QueryState query={portal} errorTitle="Could not load your account">
        {({ customerPortal }) => (
          <Stack gap="xl">
            <SectionCard title="Your account">
              <DetailList
                details={[
                  { label: "Company", value: customerPortal.companyName },
                  { label: "Email", value: customerPortal.email },
                  { label: "Your name", value: user?.name },
                ]}
              />
            </SectionCard>
            <SectionCard title="Your resellers">
              {customerPortal.resellers.length === 0 ? (
                <Text c="dimmed" size="sm">
                  No reseller lists you yet.
                </Text>
              ) : (
                <DetailList
                  details={customerPortal.resellers.map((reseller) => ({
                    label: reseller.name,
                    value: reseller.customerSince
                      ? `Since ${formatDate(reseller.customerSince)}`
                      : "No longer lists you",
                  }))}
                />
              )}
              <Text size="sm" mt="md">
                What each assigned you is on{" "}
                <Anchor component={Link} to="/">
                  Home
                </Anchor>
                .
              </Text>
            </SectionCard>
          </Stack>
        )}
      </QueryState>
    </>
  );
}
