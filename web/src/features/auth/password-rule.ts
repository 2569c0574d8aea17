import { hasLength } from "@mantine/form";
import type { ReactNode } from "react";
import type { BusinessRules } from "../../rules/use-business-rules";

/** The API's password rule in words, for the description under a new password's field. */
export function passwordRuleText(rules: BusinessRules | undefined): string | undefined {
  return (
    rules && `At least ${rules.passwordMinLength} characters, not your email, and not a common password.`
  );
}

/**
 * The API's minimum length, checked here too so nobody waits for it; the rest of the rule (not the
 * email, not a common password) comes back as userErrors.
 */
export function passwordLengthRule(rules: BusinessRules | undefined): (value: string) => ReactNode {
  return (value) =>
    rules
      ? hasLength(
          { min: rules.passwordMinLength },
          `Use at least ${rules.passwordMinLength} characters`,
        )(value)
      : null;
}
