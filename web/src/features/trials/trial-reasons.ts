import type { TrialEligibilityQuery } from "../../gql/graphql";
import { formatDayMonth } from "../../lib/dates";

type TrialEligibility = TrialEligibilityQuery["trialEligibility"];
type TrialReason = TrialEligibility["reasons"][number];

/**
 * Why no trial can be given, one sentence a reason. The server's own sentences fit, except the
 * quota's: its reset date is shown the way the app shows dates, in words.
 */
export function reasonTexts(eligibility: Pick<TrialEligibility, "reasons" | "quota">): string[] {
  return eligibility.reasons.map((reason: TrialReason) =>
    reason.code === "QUOTA_EXHAUSTED" && reason.resetsAt
      ? `You have given all ${eligibility.quota.limit} trials of this month; the quota resets ${formatDayMonth(reason.resetsAt)}.`
      : reason.message,
  );
}
