import type { MemberRole } from "../../gql/graphql";

export const ROLE_LABELS: Record<MemberRole, string> = {
  OWNER: "Owner",
  MEMBER: "Member",
  VIEWER: "Viewer",
};

/** What each role may do, in the words of the schema's role descriptions. */
export const ROLE_DESCRIPTIONS: Record<MemberRole, string> = {
  OWNER: "Everything, and the only one who manages the team, API keys and billing contacts.",
  MEMBER: "Customers, subscriptions, trials, quotes and invoices.",
  VIEWER: "Read-only access to what a member sees.",
};

/** The roles an owner can give: ownership itself only moves by transfer. */
export const ASSIGNABLE_ROLES = [
  { value: "MEMBER", label: ROLE_LABELS.MEMBER },
  { value: "VIEWER", label: ROLE_LABELS.VIEWER },
] as const satisfies ReadonlyArray<{ value: MemberRole; label: string }>;
