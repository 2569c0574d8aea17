/** Emails are compared and stored lower-case and trimmed: one person, one address. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
