/** What happens to a reseller's team. */
export interface TeamEvents {
  /** An invitation was sent, or sent again; the invitee gets a fresh link. */
  "team.member_invited": {
    invitationId: string;
    userId: string;
    email: string;
    role: string;
    accountName: string;
    inviterName: string;
  };
  /** A pending invitation was withdrawn; its link no longer works. */
  "team.invitation_revoked": { invitationId: string; email: string };
  /** A member became a VIEWER, or a VIEWER a MEMBER. */
  "team.role_changed": { memberId: string; userId: string; role: string; previousRole: string };
  /** A person was taken off the team; their sessions ended. */
  "team.member_removed": { memberId: string; userId: string; email: string; role: string };
  /** A member became the owner; the previous owner is a MEMBER now. */
  "team.ownership_transferred": {
    owner: { memberId: string; userId: string };
    previousOwner: { memberId: string; userId: string } | null;
  };
}
