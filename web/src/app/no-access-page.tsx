import { Button, Stack, Text } from "@mantine/core";
import { Link } from "wouter";
import { PageHeader } from "../components/page-header";
import type { Permission } from "../gql/graphql";
import { useViewer } from "../session/viewer";

// Who a page is for, so the person knows whom to ask rather than just being turned away.
const WHO_MAY: Record<Permission, string> = {
  RESELLER_READ: "It is for people on a reselling team.",
  RESELLER_WRITE: "It is for owners and members of a reselling team.",
  TEAM_MANAGE: "Only the account owner manages the team.",
  API_KEYS_MANAGE: "Only the account owner manages API keys.",
  WEBHOOKS_MANAGE: "Only the account owner manages webhooks.",
  BILLING_MANAGE:
    "Only the account owner manages billing: contacts, the billing profile and payment methods.",
  CUSTOMER_PORTAL: "It is for customers of a reseller.",
  AUDIT_LOG_READ: "Only the account owner reads the audit log.",
  RESELLER_APPLY: "It is for companies applying to resell, until the vendor approves them.",
  ANNEX_ACCEPT: "Only the account owner accepts the reselling annex.",
  VENDOR_ADMIN: "It is for the vendor's partner team.",
  USAGE_REPORT: "It is for the vendor's product, which reports usage with an ingestion key.",
};

export function NoAccessPage({ permission }: { permission?: Permission }) {
  const { can } = useViewer();
  // A company that signed up sees the reseller pages once it is approved: that is the way in.
  const applying = can("RESELLER_APPLY") && permission !== "VENDOR_ADMIN" && permission !== "CUSTOMER_PORTAL";
  return (
    <>
      <PageHeader title="No access" />
      <Stack align="flex-start">
        <Text fw={500}>You don't have access to this page.</Text>
        {applying ? (
          <>
            <Text c="dimmed">The reseller pages open to you once the vendor approves your application.</Text>
            <Button component={Link} to="/apply">
              Go to your application
            </Button>
          </>
        ) : (
          <>
            {permission && <Text c="dimmed">{WHO_MAY[permission]}</Text>}
            <Button component={Link} to="/">
              Go to Home
            </Button>
          </>
        )}
      </Stack>
    </>
  );
}
