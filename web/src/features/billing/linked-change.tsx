import { useQuery } from "@apollo/client/react";
import { useEffect } from "react";
import { notifyInfo } from "../../lib/notify";
import { ChangeQuantityModal } from "./change-quantity-modal";
import { LinkedSubscriptionDocument } from "./subscriptions.generated";

interface LinkedChangeProps {
  subscriptionId: string;
  quantity: number | null;
  onClose: () => void;
}

/**
 * The quantity change a link opens (`/billing?change=<id>&quantity=<n>`, as the usage notice
 * sends it): the subscription's dialog with the proposed quantity and its price, confirmed or
 * not by the reseller.
 */
export function LinkedChange({ subscriptionId, quantity, onClose }: LinkedChangeProps) {
  const { data, loading, error } = useQuery(LinkedSubscriptionDocument, {
    variables: { id: subscriptionId },
  });
  const subscription = data?.subscription ?? null;
  const usable = subscription?.status === "ACTIVE";
  useEffect(() => {
    if (loading || usable) return;
    notifyInfo(
      error
        ? "The subscription could not be loaded. Find it in the list below."
        : "That subscription is not active any more, or is not yours. Find the one to change in the list below.",
      "Nothing to change",
    );
    onClose();
  }, [loading, usable, error, onClose]);
  if (!subscription || !usable) return null;
  return (
    <ChangeQuantityModal subscription={subscription} opened onClose={onClose} proposedQuantity={quantity} />
  );
}
