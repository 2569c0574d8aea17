import { type BadgeLook, StatusBadge } from "../../components/status-badge";
import type { UserStatus } from "../../gql/graphql";

// A customer is INVITED until its owner sets a password through the activation mail.
const STATUSES: Record<UserStatus, BadgeLook> = {
  INVITED: { label: "Invitation sent", color: "blue" },
  ACTIVE: { label: "Active", color: "green" },
  DISABLED: { label: "Disabled", color: "gray" },
};

export function CustomerStatusBadge({ status }: { status: UserStatus }) {
  return <StatusBadge {...STATUSES[status]} />;
}
