import { skipToken, useQuery } from "@apollo/client/react";
import { Anchor, Stack, Text, Title } from "@mantine/core";
import { Link } from "wouter";
import { QueryState } from "../../components/query-state";
import { useSignedInViewer } from "../../session/viewer";
import { CustomerHome } from "../portal/customer-home";
import { ApplicationCard } from "../reseller-applications/application-card";
import { ROLE_LABELS } from "../team/roles";
import { TierCard } from "../tiers/tier-card";
import { TrialQuotaCard } from "../trials/trial-quota-card";
import { TrialQuotaDocument } from "../trials/trials.generated";
import { LicenseUsageCard } from "../usage/license-usage-card";

export function HomePage() {
  const { user, account, role, can } = useSignedInViewer();
  // A company that signed up and is not approved yet applies; it resells once staff approve it.
  const applying = can("RESELLER_APPLY");
  const isReseller = account?.kind === "RESELLER" && !applying;
  const quota = useQuery(
    TrialQuotaDocument,
    // Teammates give trials too, so each visit asks again.
    isReseller && can("RESELLER_READ") ? { fetchPolicy: "cache-and-network" } : skipToken,
  );

  // An end customer's home is its licenses, by reseller: where signing in and activating land.
  if (can("CUSTOMER_PORTAL") && !can("RESELLER_READ")) return <CustomerHome />;

  return (
    <Stack gap="lg" maw={720}>
      <title>Reseller Hub</title>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {user ? `Welcome, ${user.name}` : "Welcome to Reseller Hub"}
        </Title>
        {account && (
          <Text c="dimmed">
            {account.name}
            {role && ` · ${ROLE_LABELS[role]}`}
          </Text>
        )}
      </Stack>
      {applying && account && <ApplicationCard companyName={account.name} />}
      {isReseller && (
        <Text>
          Reseller Hub is where you onboard your customers, buy and assign their license subscriptions and
          give them free trials{can("TEAM_MANAGE") && ", and where you run your reselling team"}. Work out
          what a purchase costs and what you keep on the{" "}
          <Anchor component={Link} to="/pricing">
            Pricing
          </Anchor>{" "}
          page.
        </Text>
      )}
      {user?.isVendorStaff && (
        <Text>
          You run the partner programme: decide on the{" "}
          <Anchor component={Link} to="/applications">
            applications
          </Anchor>{" "}
          of companies that signed up, enable reseller accounts, move them between tiers and issue their
          partner discount codes on the{" "}
          <Anchor component={Link} to="/resellers">
            Resellers
          </Anchor>{" "}
          page; keep the{" "}
          <Anchor component={Link} to="/catalog">
            catalog
          </Anchor>{" "}
          and the{" "}
          <Anchor component={Link} to="/tiers">
            partner tiers
          </Anchor>{" "}
          current.
        </Text>
      )}
      {isReseller && account.tier && <TierCard tier={account.tier} />}
      {isReseller && can("RESELLER_READ") && (
        <QueryState query={quota} errorTitle="Could not load this month's trials">
          {({ trialQuota }) => <TrialQuotaCard quota={trialQuota} canGive={can("RESELLER_WRITE")} />}
        </QueryState>
      )}
      {isReseller && can("RESELLER_READ") && <LicenseUsageCard />}
      <Text size="sm" c="dimmed">
        Want to know whether everything is running? See the{" "}
        <Anchor component={Link} to="/status">
          system status
        </Anchor>
        .
      </Text>
    </Stack>
  );
}
