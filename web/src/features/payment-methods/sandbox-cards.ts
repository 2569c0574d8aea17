/**
 * The sandbox payment provider's test cards. There is no card form in the sandbox: a card is
 * added by picking the token its form would return.
 */
export const SANDBOX_CARDS = [
  { value: "tok_visa", label: "Visa •••• 4242 (charges are approved)" },
  { value: "tok_mastercard", label: "Mastercard •••• 4444 (charges are approved; expires 08/2031)" },
  { value: "tok_chargeDeclined", label: "Visa •••• 0002 (saved, but charges are declined)" },
  { value: "tok_expired", label: "Visa •••• 0069 (expired: refused)" },
] as const;
