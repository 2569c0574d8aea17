import type { TrialEligibilityQuery } from "../../gql/graphql";
import { formatDayMonth } from "../../lib/dates";

type TrialEligibility = TrialEligibilityQuery["trialEligibility"];
type TrialReason = TrialEligibility["reasons"][number];

/**
 * Why no trial can be given, one sentence a reason. The server's own sentences fit, except the
 * quota's, whose reset date is shown the way the app shows dates, in words; and the annex's, which
 * is told in short beside a link to the annex (`pausedForAnnex`), where its version and date are.
 */
export function reasonTexts(eligibility: Pick<TrialEligibility, "reasons" | "quota">): string[] {
  return eligibility.reasons.map((reason: TrialReason) => {
    if (reason.code === "QUOTA_EXHAUSTED" && reason.resetsAt) {
      return `You have given all ${eligibility.quota.limit} trials of this month; the quota resets ${formatDayMonth(reason.resetsAt)}.`;
    }
    if (reason.code === "ANNEX_NOT_ACCEPTED") {
      return "Trials are paused until your account accepts the reselling annex in force.";
    }
    return reason.message;
  });
}
