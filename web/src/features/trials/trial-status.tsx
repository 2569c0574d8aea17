import { type BadgeLook, StatusBadge } from "../../components/status-badge";
import type { TrialStatus } from "../../gql/graphql";

/** What each status means, in words a reseller and its customer both read. */
export const TRIAL_STATUSES: Record<TrialStatus, BadgeLook & { hint: string }> = {
  ACTIVE: { label: "Active", color: "green", hint: "Running until its end date." },
  CONVERTED: { label: "Converted", color: "blue", hint: "Ended early: a subscription was bought." },
  EXPIRED: { label: "Expired", color: "gray", hint: "Ended on its end date without a subscription." },
};

// The portal's trials carry their status as a plain string, which may name a status added later.
const STATUS_BY_NAME: Partial<Record<string, (typeof TRIAL_STATUSES)[TrialStatus]>> = TRIAL_STATUSES;

export function TrialStatusBadge({ status }: { status: string }) {
  const known = STATUS_BY_NAME[status];
  return <StatusBadge label={known?.label ?? status} color={known?.color ?? "gray"} />;
}
