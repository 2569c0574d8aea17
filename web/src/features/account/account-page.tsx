import { Card, DataList, Stack, Title } from "@mantine/core";
import { PageHeader } from "../../components/page-header";
import { useSignedInViewer } from "../../session/viewer";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "../team/roles";
import { TierCard } from "../tiers/tier-card";
import { BillingContactsSection } from "./billing-contacts-section";

/** The reseller account as its people see it; its owner also manages billing contacts here. */
export function AccountPage() {
  const { user, account, role, can } = useSignedInViewer();
  const rows = [
    { label: "Company", value: account?.name },
    { label: "Partner tier", value: account?.tier?.name },
    { label: "Your role", value: role ? `${ROLE_LABELS[role]}: ${ROLE_DESCRIPTIONS[role]}` : undefined },
    { label: "Signed in as", value: user ? `${user.name} (${user.email})` : undefined },
  ].filter((row): row is { label: string; value: string } => Boolean(row.value));

  return (
    <>
      <PageHeader
        title="Account"
        description="Your reseller account, your role in it and your partner terms."
      />
      <Stack gap="xl">
        <Card
          withBorder
          radius="md"
          padding="lg"
          maw={720}
          component="section"
          aria-labelledby="account-heading"
        >
          <Title order={2} size="h4" mb="md" id="account-heading">
            {account?.name ?? "Your account"}
          </Title>
          <DataList labelWidth={140} withDivider>
            {rows.map(({ label, value }) => (
              <DataList.Item key={label}>
                <DataList.ItemLabel>{label}</DataList.ItemLabel>
                <DataList.ItemValue>{value}</DataList.ItemValue>
              </DataList.Item>
            ))}
          </DataList>
        </Card>
        {account?.tier && <TierCard tier={account.tier} />}
        {can("BILLING_CONTACTS_MANAGE") && <BillingContactsSection />}
      </Stack>
    </>
  );
}
