import { Button, Tabs } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useCallback } from "react";
import { useSearchParams } from "wouter";
import { PageHeader } from "../../components/page-header";
import { useSignedInViewer } from "../../session/viewer";
import { PaymentMethodsSection } from "../payment-methods/payment-methods-section";
import { InvoicesSection } from "./invoices-section";
import { LinkedChange } from "./linked-change";
import { PurchaseSubscriptionModal } from "./purchase-subscription-modal";
import { SubscriptionsSection } from "./subscriptions-section";

type Tab = "subscriptions" | "invoices" | "payment-methods";
const TABS: Tab[] = ["subscriptions", "invoices", "payment-methods"];

/** A whole number of licenses from the address, or null. */
function licensesParam(value: string | null): number | null {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : null;
}

/** The licenses the reseller bought from the vendor, and what it was charged for them. */
export function BillingPage() {
  const { can } = useSignedInViewer();
  const canWrite = can("RESELLER_WRITE");
  const [purchaseOpened, purchase] = useDisclosure();
  // The tab is in the address, so a reload or a shared link opens the same one.
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((t) => t === params.get("tab")) ?? "subscriptions";
  // A link may open a quantity change (`?change=<id>&quantity=<n>`) or a purchase
  // (`?buy=<code>&quantity=<n>`) ready to confirm, as the usage notice does.
  const linkedChange = canWrite ? params.get("change") : null;
  const linkedBuy = canWrite ? params.get("buy") : null;
  const linkedQuantity = licensesParam(params.get("quantity"));
  const clearLink = useCallback(
    () =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const key of ["change", "buy", "quantity"]) next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  return (
    <>
      <PageHeader
        title="Billing"
        description="The subscriptions you bought from the vendor, their renewals and quantities, and your invoices."
        actions={canWrite && <Button onClick={purchase.open}>Add subscription</Button>}
      />
      <Tabs
        value={tab}
        onChange={(value) =>
          setParams(value && value !== "subscriptions" ? { tab: value } : {}, { replace: true })
        }
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="subscriptions">Subscriptions</Tabs.Tab>
          <Tabs.Tab value="invoices">Invoices</Tabs.Tab>
          <Tabs.Tab value="payment-methods">Payment methods</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="subscriptions">
          <SubscriptionsSection canWrite={canWrite} onAdd={purchase.open} />
        </Tabs.Panel>
        <Tabs.Panel value="invoices">
          <InvoicesSection />
        </Tabs.Panel>
        <Tabs.Panel value="payment-methods">
          <PaymentMethodsSection canManage={can("BILLING_MANAGE")} />
        </Tabs.Panel>
      </Tabs>

      {canWrite && <PurchaseSubscriptionModal opened={purchaseOpened} onClose={purchase.close} />}
      {linkedChange && (
        <LinkedChange subscriptionId={linkedChange} quantity={linkedQuantity} onClose={clearLink} />
      )}
      {linkedBuy && (
        <PurchaseSubscriptionModal
          opened
          onClose={clearLink}
          start={{ productCode: linkedBuy.toUpperCase(), quantity: linkedQuantity ?? 10 }}
        />
      )}
    </>
  );
}
