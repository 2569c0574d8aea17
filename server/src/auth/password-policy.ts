import { dictionary } from "@zxcvbn-ts/language-common";
import { type UserError, UserErrorCode, userError } from "../common/errors.js";

export const PASSWORD_MIN_LENGTH = 12;

/** The rule in words, for the API's description and the forms that ask for a password. */
export const PASSWORD_RULE = `At least ${PASSWORD_MIN_LENGTH} characters, not your email, and not a common password.`;

/** Every code `passwordProblems` may answer with, for the operations that set a password. */
export const PASSWORD_CODES: readonly UserErrorCode[] = [
  UserErrorCode.REQUIRED,
  UserErrorCode.TOO_SHORT,
  UserErrorCode.PASSWORD_IS_EMAIL,
  UserErrorCode.PASSWORD_TOO_COMMON,
];

// zxcvbn's list of leaked and much-used passwords; shorter ones are refused for their length
// anyway, so only the few hundred long enough are kept in memory.
const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  dictionary["passwords-common"]
    .filter((word) => word.length >= PASSWORD_MIN_LENGTH)
    .map((word) => word.toLowerCase()),
);

/**
 * What is wrong with a password someone wants to set, as userErrors on `field`; empty when it
 * may be used. The one rule for every place a password is set.
 */
export function passwordProblems(
  password: string,
  email: string | null,
  field = "input.password",
): UserError[] {
  if (!/\S/.test(password)) {
    return [userError(UserErrorCode.REQUIRED, field, "Enter a password; spaces alone are not one.")];
  }
  // Characters as people count them, not UTF-16 units.
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    return [userError(UserErrorCode.TOO_SHORT, field, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)];
  }
  const folded = password.trim().toLowerCase();
  const address = email?.trim().toLowerCase();
  if (address && (folded === address || folded === address.split("@")[0])) {
    return [
      userError(UserErrorCode.PASSWORD_IS_EMAIL, field, "Do not use your email address as your password."),
    ];
  }
  if (COMMON_PASSWORDS.has(folded)) {
    return [
      userError(
        UserErrorCode.PASSWORD_TOO_COMMON,
        field,
        "This password is one of the most common ones and easy to guess; choose another.",
      ),
    ];
  }
  return [];
}
