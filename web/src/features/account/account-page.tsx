import { Stack } from "@mantine/core";
import { PageHeader } from "../../components/page-header";
import { DetailList, SectionCard } from "../../components/sections";
import { useSignedInViewer } from "../../session/viewer";
import { AnnexCard } from "../annex/annex-card";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "../team/roles";
import { TierCard } from "../tiers/tier-card";
import { BillingContactsSection } from "./billing-contacts-section";
import { BillingProfileSection } from "./billing-profile-section";

/** The reseller account as its people see it; its owner also manages the billing profile and contacts here. */
export function AccountPage() {
  const { user, account, role, can } = useSignedInViewer();

  return (
    <>
      <PageHeader
        title="Account"
        description="Your reseller account, your role in it, your partner terms and the reselling annex."
      />
      <Stack gap="xl">
        <SectionCard title={account?.name ?? "Your account"}>
          <DetailList
            details={[
              { label: "Company", value: account?.name },
              { label: "Partner tier", value: account?.tier?.name },
              { label: "Your role", value: role && `${ROLE_LABELS[role]}: ${ROLE_DESCRIPTIONS[role]}` },
              { label: "Signed in as", value: user && `${user.name} (${user.email})` },
            ]}
          />
        </SectionCard>
        {account?.tier && <TierCard tier={account.tier} />}
        {can("RESELLER_READ") && <AnnexCard />}
        {can("RESELLER_READ") && <BillingProfileSection editable={can("BILLING_MANAGE")} />}
        {can("BILLING_MANAGE") && <BillingContactsSection />}
      </Stack>
    </>
  );
}
