import { skipToken, useMutation, useQuery } from "@apollo/client/react";
import { Button, Group, Radio, Stack } from "@mantine/core";
import { isNotEmpty, useForm } from "@mantine/form";
import { EmptyState } from "../../components/empty-state";
import { FormModal } from "../../components/form-modal";
import { QueryState } from "../../components/query-state";
import { formatDate } from "../../lib/dates";
import { notifySuccess } from "../../lib/notify";
import { submitMutation, userErrorsToFormErrors } from "../../lib/user-errors";
import { isLive, SUBSCRIPTION_STATUSES } from "../billing/subscription-status";
import { licenses, PERIOD_LABELS } from "../pricing/purchase-options";
import { TrialEligibilityDocument } from "../trials/trials.generated";
import { CustomerUsageDocument } from "../usage/usage.generated";
import {
  CustomerSubscriptionAssignDocument,
  UnassignedSubscriptionsDocument,
} from "./assign-subscription.generated";
import { CustomerDocument } from "./customer.generated";

interface AssignSubscriptionModalProps {
  opened: boolean;
  onClose: () => void;
  customer: { id: string; companyName: string };
}

/** Picks one of the reseller's unassigned subscriptions and gives it to the customer. */
export function AssignSubscriptionModal({ opened, onClose, customer }: AssignSubscriptionModalProps) {
  // The pool changes whenever anyone on the team assigns or buys, so each opening asks again.
  const pool = useQuery(
    UnassignedSubscriptionsDocument,
    opened ? { fetchPolicy: "network-only" } : skipToken,
  );
  const [assign] = useMutation(CustomerSubscriptionAssignDocument);
  const form = useForm<{ subscriptionId: string }>({
    initialValues: { subscriptionId: "" },
    validate: { subscriptionId: isNotEmpty("Choose a subscription") },
  });
  const available = (pool.data?.subscriptions.edges ?? []).map((edge) => edge.node).filter(isLive);

  const submit = ({ subscriptionId }: { subscriptionId: string }) =>
    submitMutation(
      form,
      async () =>
        (
          await assign({
            variables: { id: subscriptionId, customerId: customer.id },
            // A customer with a subscription can no longer get a trial; its licenses cover its agents.
            refetchQueries: [CustomerDocument, TrialEligibilityDocument, CustomerUsageDocument],
            awaitRefetchQueries: true,
          })
        ).data?.subscriptionAssign,
      {
        fields: [],
        toErrors: (userErrors) => {
          if (!userErrors.some((e) => e.code === "ALREADY_ASSIGNED"))
            return userErrorsToFormErrors(userErrors, []);
          form.setFieldValue("subscriptionId", "");
          void pool.refetch().catch(() => undefined);
          return {
            formError:
              "Someone assigned this subscription to another customer a moment ago. Choose another one.",
          };
        },
        onSuccess: () => {
          const chosen = available.find((subscription) => subscription.id === subscriptionId);
          notifySuccess(
            chosen
              ? `${chosen.product.name} (${licenses(chosen.quantity)}) is assigned to ${customer.companyName}; they see it at once.`
              : `The subscription is assigned to ${customer.companyName}.`,
            "Subscription assigned",
          );
          onClose();
        },
      },
    );

  const nothingToAssign = pool.data !== undefined && available.length === 0;

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={`Assign a subscription to ${customer.companyName}`}
      errorTitle="Could not assign the subscription"
      form={form}
      onSubmit={submit}
      submitLabel="Assign"
      size="lg"
      outcome={nothingToAssign ? <NothingToAssign onClose={onClose} /> : undefined}
    >
      <QueryState query={pool} errorTitle="Could not load your unassigned subscriptions">
        {() => (
          <Radio.Group
            label="Unassigned subscriptions"
            description="Subscriptions in your pool: bought, and not assigned to any customer."
            required
            {...form.getInputProps("subscriptionId")}
          >
            <Stack gap="sm" mt="xs">
              {available.map((subscription) => (
                <Radio
                  key={subscription.id}
                  value={subscription.id}
                  label={`${subscription.product.name} · ${PERIOD_LABELS[subscription.period]} · ${licenses(subscription.quantity)}`}
                  description={`${SUBSCRIPTION_STATUSES[subscription.status].label}; current period ends ${formatDate(subscription.currentPeriodEnd)}`}
                />
              ))}
            </Stack>
          </Radio.Group>
        )}
      </QueryState>
    </FormModal>
  );
}

function NothingToAssign({ onClose }: { onClose: () => void }) {
  return (
    <Stack>
      <EmptyState
        title="No unassigned subscriptions"
        description="Every subscription you bought is assigned to a customer. Unassign one elsewhere, or buy a new one."
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Close
        </Button>
      </Group>
    </Stack>
  );
}
