/** Companies signing up to resell. */
export interface SignUpEvents {
  /** A company signed up; the email's holder gets a link that confirms it. */
  "sign_up.requested": { requestId: string; email: string; companyName: string };
  /** Someone signed up with an email that already has a user; its holder is told, nothing else happens. */
  "sign_up.email_taken": { email: string };
  /** The link was followed: the company has an account, APPLYING, and its owner is signed in. */
  "sign_up.confirmed": { accountName: string; ownerEmail: string; country: string };
}
