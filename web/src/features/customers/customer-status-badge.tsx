import { Badge } from "@mantine/core";
import type { UserStatus } from "../../gql/graphql";

// A customer is INVITED until its owner sets a password through the activation mail.
const STATUSES: Record<UserStatus, { label: string; color: string }> = {
  INVITED: { label: "Invitation sent", color: "blue" },
  ACTIVE: { label: "Active", color: "green" },
  DISABLED: { label: "Disabled", color: "gray" },
};

export function CustomerStatusBadge({ status }: { status: UserStatus }) {
  const { label, color } = STATUSES[status];
  return (
    <Badge color={color} variant="light" miw="max-content">
      {label}
    </Badge>
  );
}
