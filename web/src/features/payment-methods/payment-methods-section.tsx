import { useMutation, useQuery } from "@apollo/client/react";
import { Button, Group, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { ConfirmModal } from "../../components/confirm-modal";
import { DataTable } from "../../components/data-table";
import { EmptyState } from "../../components/empty-state";
import { QueryState } from "../../components/query-state";
import { StatusBadge } from "../../components/status-badge";
import { useConfirm } from "../../components/use-confirm";
import { useRowAction } from "../../components/use-row-action";
import type { SavedPaymentMethodFieldsFragment } from "../../gql/graphql";
import { notifySuccess } from "../../lib/notify";
import { problemOr } from "../../lib/user-errors";
import { SubscriptionsDocument } from "../billing/subscriptions.generated";
import { AddCardModal } from "./add-card-modal";
import { AddPaypalModal } from "./add-paypal-modal";
import { ExpiryBadge, expiryText } from "./expiry-badge";
import {
  PaymentMethodRemoveDocument,
  PaymentMethodSetDefaultDocument,
  PaymentMethodsDocument,
} from "./payment-methods.generated";

type Method = SavedPaymentMethodFieldsFragment;

/**
 * The reseller's wallet: saved cards and PayPal accounts, the default first. The owner adds,
 * picks the default and removes; everyone else sees the list.
 */
export function PaymentMethodsSection({ canManage }: { canManage: boolean }) {
  const methods = useQuery(PaymentMethodsDocument);
  const [cardOpened, card] = useDisclosure();
  const [paypalOpened, paypal] = useDisclosure();
  const [setDefault] = useMutation(PaymentMethodSetDefaultDocument);
  const [removeMethod] = useMutation(PaymentMethodRemoveDocument);
  const defaulting = useRowAction("Default not changed");
  const removal = useConfirm<Method>();

  const onSetDefault = (method: Method) =>
    defaulting.run(
      method.id,
      async () =>
        (
          await setDefault({
            variables: { id: method.id },
            refetchQueries: [PaymentMethodsDocument],
            awaitRefetchQueries: true,
          })
        ).data?.paymentMethodSetDefault,
      () => notifySuccess(`${method.label} is your default payment method.`, "Default changed"),
    );

  const remove = async (method: Method) => {
    const { data } = await removeMethod({
      variables: { id: method.id },
      refetchQueries: [PaymentMethodsDocument, SubscriptionsDocument],
      awaitRefetchQueries: true,
    });
    return problemOr(data?.paymentMethodRemove, () =>
      notifySuccess(`${method.label} is removed.`, "Payment method removed"),
    );
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={640}>
          Purchases and renewals are charged to these. Each subscription keeps the method it was bought with;
          when a renewal is declined, the default is charged instead.
          {canManage ? "" : " Only the account owner can change them."}
        </Text>
        {canManage && (
          <Group gap="xs">
            <Button onClick={card.open}>Add card</Button>
            <Button variant="default" onClick={paypal.open}>
              Add PayPal
            </Button>
          </Group>
        )}
      </Group>
      <QueryState
        query={methods}
        errorTitle="Could not load the payment methods"
        isEmpty={(data) => data.paymentMethods.length === 0}
        empty={
          <EmptyState
            title="No payment methods saved"
            description={
              canManage
                ? "Add a card or a PayPal account to pay for subscriptions."
                : "Ask the account owner to add a card or a PayPal account."
            }
          />
        }
      >
        {({ paymentMethods }) => (
          <DataTable
            label="Payment methods"
            rows={paymentMethods}
            rowKey={(m) => m.id}
            columns={[
              {
                header: "Method",
                cell: (m) => (
                  <Group gap="xs">
                    <Text>
                      {m.kind === "PAYPAL" ? `PayPal: ${m.paypalEmail}` : `${m.cardBrand} •••• ${m.lastFour}`}
                    </Text>
                    {m.isDefault && <StatusBadge label="Default" color="blue" />}
                  </Group>
                ),
              },
              {
                header: "Expires",
                nowrap: true,
                cell: (m) => (
                  <Group gap="xs" wrap="nowrap">
                    <Text>{expiryText(m) || "—"}</Text>
                    <ExpiryBadge method={m} />
                  </Group>
                ),
              },
            ]}
            actions={
              canManage
                ? (m) => (
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      {!m.isDefault && (
                        <Button
                          size="xs"
                          variant="default"
                          loading={defaulting.busy === m.id}
                          onClick={() => void onSetDefault(m)}
                          aria-label={`Make ${m.label} the default`}
                        >
                          Make default
                        </Button>
                      )}
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => removal.ask(m)}
                        aria-label={`Remove ${m.label}`}
                      >
                        Remove
                      </Button>
                    </Group>
                  )
                : undefined
            }
          />
        )}
      </QueryState>

      {canManage && <AddCardModal opened={cardOpened} onClose={card.close} />}
      {canManage && <AddPaypalModal opened={paypalOpened} onClose={paypal.close} />}
      <ConfirmModal
        confirmation={removal}
        title="Remove payment method"
        confirmLabel="Remove"
        danger
        onConfirm={remove}
      >
        <Text>
          Remove <b>{removal.target?.label}</b>? Subscriptions paid with it are charged to the default payment
          method from now on{removal.target?.isDefault ? "; the newest other method becomes the default" : ""}
          .
        </Text>
      </ConfirmModal>
    </Stack>
  );
}
