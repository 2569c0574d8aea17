import { useMutation } from "@apollo/client/react";
import { Text } from "@mantine/core";
import { ConfirmModal } from "../../components/confirm-modal";
import type { Confirmation } from "../../components/use-confirm";
import { notifySuccess } from "../../lib/notify";
import { problemOr } from "../../lib/user-errors";
import { licenses } from "../pricing/purchase-options";
import { forgetCustomerLists } from "./customer-cache";
import { CustomerRemoveDocument } from "./customers.generated";

/** What the dialog needs to know about the customer being removed. */
export interface RemovableCustomer {
  id: string;
  companyName: string;
  email: string;
  /** The live ones assigned to it, when known (on its page), so the dialog can say what goes back to the pool. */
  subscriptions?: ReadonlyArray<{ quantity: number }>;
}

interface RemoveCustomerModalProps {
  confirmation: Confirmation<RemovableCustomer>;
  /** After the customer is off the list, e.g. to leave its page. */
  onRemoved?: (customer: RemovableCustomer) => void;
}

/** Asks before taking a customer off the list, saying what happens to what was assigned to it. */
export function RemoveCustomerModal({ confirmation, onRemoved }: RemoveCustomerModalProps) {
  const [removeCustomer] = useMutation(CustomerRemoveDocument);
  const customer = confirmation.target;

  const remove = async (target: RemovableCustomer) => {
    const { data } = await removeCustomer({
      variables: { id: target.id },
      update: (cache, { data: result }) => {
        if (!result?.customerRemove.removedCustomerId) return;
        cache.evict({ id: cache.identify({ __typename: "Customer", id: target.id }) });
        forgetCustomerLists(cache);
      },
    });
    return problemOr(data?.customerRemove, () => {
      notifySuccess(`${target.companyName} is no longer on your customer list.`, "Customer removed");
      onRemoved?.(target);
    });
  };

  return (
    <ConfirmModal
      confirmation={confirmation}
      title="Remove customer"
      confirmLabel="Remove customer"
      danger
      onConfirm={remove}
    >
      <Text>
        Remove <b>{customer?.companyName}</b> ({customer?.email}) from your customer list?
      </Text>
      <Text>{poolSentence(customer?.subscriptions)}</Text>
      <Text size="sm" c="dimmed">
        Their account stays, with anything other resellers gave them. You can add them again later.
      </Text>
    </ConfirmModal>
  );
}

function poolSentence(subscriptions: RemovableCustomer["subscriptions"]): string {
  if (!subscriptions) {
    return "The subscriptions you assigned them return to your pool, unassigned; they stop seeing them at once.";
  }
  if (subscriptions.length === 0) return "You have not assigned them any subscription.";
  const total = licenses(subscriptions.reduce((sum, s) => sum + s.quantity, 0));
  if (subscriptions.length === 1) {
    return `The subscription you assigned them (${total}) returns to your pool, unassigned; they stop seeing it at once.`;
  }
  return `The ${subscriptions.length} subscriptions you assigned them (${total}) return to your pool, unassigned; they stop seeing them at once.`;
}
