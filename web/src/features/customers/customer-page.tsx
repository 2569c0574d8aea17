import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { Anchor, Button, Group, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useEffect, useRef } from "react";
import { Link, useLocation, useParams } from "wouter";
import { useHistoryState } from "wouter/use-browser-location";
import { useAddress } from "../../app/navigation";
import { ConfirmModal } from "../../components/confirm-modal";
import { EmptyState } from "../../components/empty-state";
import { PageHeader } from "../../components/page-header";
import { type QueryLike, QueryState } from "../../components/query-state";
import { PageSection } from "../../components/sections";
import { useConfirm } from "../../components/use-confirm";
import type { CustomerSubscriptionFieldsFragment, CustomerUsageQuery } from "../../gql/graphql";
import { notifyInfo, notifySuccess } from "../../lib/notify";
import { problemOr } from "../../lib/user-errors";
import { useSignedInViewer } from "../../session/viewer";
import { PurchaseSubscriptionModal } from "../billing/purchase-subscription-modal";
import { isLive } from "../billing/subscription-status";
import { licenses } from "../pricing/purchase-options";
import { CustomerTrialCard } from "../trials/customer-trial-card";
import { StartTrialModal } from "../trials/start-trial-modal";
import { TrialEligibilityDocument } from "../trials/trials.generated";
import { type TrialAvailability, useTrialAvailability } from "../trials/use-trial-availability";
import { CustomerUsageSection } from "../usage/customer-usage-section";
import { CustomerUsageDocument } from "../usage/usage.generated";
import { AssignSubscriptionModal } from "./assign-subscription-modal";
import { CustomerDocument, CustomerSubscriptionUnassignDocument } from "./customer.generated";
import { type CustomerDetail, CustomerDetailsCard } from "./customer-details-card";
import { CustomerSubscriptionsTable } from "./customer-subscriptions-table";
import type { CustomerNextStep } from "./invite-customer-modal";
import { type RemovableCustomer, RemoveCustomerModal } from "./remove-customer-modal";

/** One customer of the list: its details, the subscriptions the reseller assigned to it, and its agents. */
export function CustomerPage() {
  const { customerId = "" } = useParams();
  const result = useQuery(CustomerDocument, {
    variables: { id: customerId },
    // Teammates, the Billing page and integrators change what is assigned, so each visit asks again.
    fetchPolicy: "cache-and-network",
  });
  const canWrite = useSignedInViewer().can("RESELLER_WRITE");
  // Asked alongside the customer, not once it has come, so the page's queries run together.
  const trials = useTrialAvailability(customerId, canWrite);
  const usage = useQuery(CustomerUsageDocument, {
    variables: { customerId },
    // The product reports agents all the time, so each visit asks again.
    fetchPolicy: "cache-and-network",
  });

  return (
    <Stack gap={0}>
      <Anchor component={Link} to="/customers" size="sm" mb="xs">
        ← Customers
      </Anchor>
      <QueryState query={result} errorTitle="Could not load the customer">
        {({ customer }) =>
          customer ? <CustomerView customer={customer} trials={trials} usage={usage} /> : <CustomerNotFound />
        }
      </QueryState>
    </Stack>
  );
}

/**
 * Opens the dialog the reseller asked for when adding the customer ("Add subscription", "Add
 * trial"), once; a trial that cannot be given is told instead, and the card says why.
 */
function useNextStep(
  canWrite: boolean,
  trialBlockers: string[] | undefined,
  open: Record<CustomerNextStep, () => void>,
) {
  const [, navigate] = useLocation();
  const { pathname, search } = useAddress();
  const state = useHistoryState<{ open?: CustomerNextStep } | null>();
  const next = canWrite ? state?.open : undefined;
  // The history entry whose step was taken, so a render before the address updates does not repeat it.
  const handled = useRef<object | null>(null);
  useEffect(() => {
    if (!next || !state || handled.current === state) return;
    if (next === "trial") {
      if (trialBlockers === undefined) return;
      handled.current = state;
      if (trialBlockers.length > 0) notifyInfo(trialBlockers.join(" "), "No free trial for this customer");
      else open.trial();
    } else {
      handled.current = state;
      open.subscription();
    }
    // Done once: a reload or Back does not open it again.
    navigate(`${pathname}${search}`, { replace: true, state: null });
  }, [next, state, trialBlockers, open, navigate, pathname, search]);
}

function CustomerNotFound() {
  return (
    <>
      <PageHeader title="Customer not found" />
      <Stack align="flex-start">
        <Text>This customer is not on your list: it may have been removed, or the link is wrong.</Text>
        <Button component={Link} to="/customers">
          Go to Customers
        </Button>
      </Stack>
    </>
  );
}

interface CustomerViewProps {
  customer: CustomerDetail;
  trials: TrialAvailability;
  usage: QueryLike<CustomerUsageQuery>;
}

function CustomerView({ customer, trials, usage }: CustomerViewProps) {
  const { can } = useSignedInViewer();
  const canWrite = can("RESELLER_WRITE");
  const [, navigate] = useLocation();
  const [unassignSubscription] = useMutation(CustomerSubscriptionUnassignDocument);
  const [assignOpened, assign] = useDisclosure();
  const [purchaseOpened, purchase] = useDisclosure();
  const [trialOpened, trialDialog] = useDisclosure();
  const client = useApolloClient();
  const unassignment = useConfirm<CustomerSubscriptionFieldsFragment>();
  const removal = useConfirm<RemovableCustomer>();
  const live = customer.subscriptions.filter(isLive);
  useNextStep(canWrite, trials.blockers, { subscription: purchase.open, trial: trialDialog.open });

  const unassign = async (subscription: CustomerSubscriptionFieldsFragment) => {
    const { data } = await unassignSubscription({
      variables: { id: subscription.id },
      // A customer without a subscription may get a trial again; fewer licenses cover its agents.
      refetchQueries: [CustomerDocument, TrialEligibilityDocument, CustomerUsageDocument],
      awaitRefetchQueries: true,
    });
    return problemOr(data?.subscriptionUnassign, () =>
      notifySuccess(
        `${subscription.product.name} (${licenses(subscription.quantity)}) is back in your pool.`,
        "Subscription unassigned",
      ),
    );
  };

  return (
    <>
      <PageHeader
        title={customer.companyName}
        description={customer.email}
        actions={
          canWrite && (
            <Button
              variant="light"
              color="red"
              onClick={() => removal.ask({ ...customer, subscriptions: live })}
            >
              Remove customer
            </Button>
          )
        }
      />
      <Stack gap="xl">
        <CustomerDetailsCard customer={customer} canEdit={canWrite} />
        <CustomerTrialCard
          trial={customer.trial}
          companyName={customer.companyName}
          addTrial={
            canWrite
              ? { onAdd: trialDialog.open, blockers: trials.blockers, pausedForAnnex: trials.pausedForAnnex }
              : undefined
          }
        />

        <PageSection
          title="Subscriptions"
          description="Only those you assigned. The customer may have others of its own or from other resellers."
          actions={
            canWrite && (
              <Group gap="sm">
                <Button onClick={purchase.open}>Add subscription</Button>
                <Button variant="default" onClick={assign.open}>
                  Assign existing subscription
                </Button>
              </Group>
            )
          }
        >
          {customer.subscriptions.length === 0 ? (
            <EmptyState
              title="No subscriptions assigned"
              description={
                canWrite
                  ? `Assign one of your subscriptions to ${customer.companyName}, and they see its licenses in their account at once.`
                  : `Subscriptions your team assigns to ${customer.companyName} show here.`
              }
            />
          ) : (
            <CustomerSubscriptionsTable
              subscriptions={customer.subscriptions}
              onUnassign={canWrite ? unassignment.ask : undefined}
            />
          )}
        </PageSection>

        <CustomerUsageSection customerId={customer.id} companyName={customer.companyName} usage={usage} />
      </Stack>

      <AssignSubscriptionModal opened={assignOpened} onClose={assign.close} customer={customer} />
      {canWrite && (
        <PurchaseSubscriptionModal
          opened={purchaseOpened}
          onClose={purchase.close}
          customer={{ id: customer.id, companyName: customer.companyName }}
          // A purchase ends a running trial and rules out a new one, and its licenses cover agents.
          onPurchased={() =>
            void client.refetchQueries({
              include: [CustomerDocument, TrialEligibilityDocument, CustomerUsageDocument],
            })
          }
        />
      )}
      {canWrite && (
        <StartTrialModal
          opened={trialOpened}
          onClose={trialDialog.close}
          customer={customer}
          products={trials.products}
        />
      )}

      <ConfirmModal
        confirmation={unassignment}
        title="Unassign subscription"
        confirmLabel="Unassign"
        danger
        onConfirm={unassign}
      >
        <Text>
          Unassign <b>{unassignment.target?.product.name}</b> (
          {unassignment.target && licenses(unassignment.target.quantity)}) from <b>{customer.companyName}</b>?
        </Text>
        <Text>
          It returns to your pool at once, and they no longer see it. It stays yours and renews as before, so
          you can assign it to another customer.
        </Text>
      </ConfirmModal>

      <RemoveCustomerModal
        confirmation={removal}
        onRemoved={() => navigate("/customers", { replace: true })}
      />
    </>
  );
}
