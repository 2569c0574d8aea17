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
}
