import { StatusBadge } from "../../components/status-badge";
import type { SavedPaymentMethodFieldsFragment } from "../../gql/graphql";

/** A card's expiry as people read it, with a warning once it is near or past. */
export function expiryText(method: SavedPaymentMethodFieldsFragment): string {
  return method.expiryMonth && method.expiryYear
    ? `${String(method.expiryMonth).padStart(2, "0")}/${method.expiryYear}`
    : "";
}

export function ExpiryBadge({ method }: { method: SavedPaymentMethodFieldsFragment }) {
  if (method.expiry === "EXPIRED") return <StatusBadge label="Expired" color="red" />;
  if (method.expiry === "EXPIRES_SOON") return <StatusBadge label="Expires soon" color="yellow" />;
  return null;
}
