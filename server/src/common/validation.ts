import { getMetadataStorage, isEmail, Matches, ValidateBy, type ValidationError } from "class-validator";
import { ArgumentValidationError, type ClassType } from "type-graphql";
import { BadInputError, type UserError, UserErrorCode, UserErrorsException, userError } from "./errors.js";

/** class-validator constraint names, mapped to our codes where no explicit code was given. */
const CONSTRAINT_CODES: Record<string, UserErrorCode> = {
  isEmail: UserErrorCode.INVALID_EMAIL,
  isNotEmpty: UserErrorCode.REQUIRED,
  minLength: UserErrorCode.TOO_SHORT,
  maxLength: UserErrorCode.TOO_LONG,
};

function flatten(errors: ValidationError[], path: string[]): UserError[] {
  return errors.flatMap((error) => {
    const here = [...path, error.property];
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => {
      const explicit = error.contexts?.[constraint]?.code as UserErrorCode | undefined;
      return userError(
        explicit ?? CONSTRAINT_CODES[constraint] ?? UserErrorCode.INVALID_INPUT,
        here.join("."),
        message,
      );
    });
    return [...own, ...flatten(error.children ?? [], here)];
  });
}

/**
 * The userErrors an expected failure stands for: a refusal a service threw, a bad argument, or
 * input that failed validation (named under `input` when the operation takes one); null for
 * anything else.
 */
export function refusalOf(error: unknown, takesInput = false): UserError[] | null {
  if (error instanceof UserErrorsException) return error.userErrors;
  if (error instanceof BadInputError) return [userError(error.userErrorCode, error.argument, error.message)];
  if (error instanceof ArgumentValidationError) {
    const details = error.extensions.validationErrors;
    if (!Array.isArray(details)) return null;
    return flatten(details as ValidationError[], takesInput ? ["input"] : []);
  }
  return null;
}

/**
 * The codes validation of an input class may refuse with, read from its constraints, for the
 * mutation's declared list.
 */
export function validationCodes(input: ClassType): UserErrorCode[] {
  const constraints = getMetadataStorage().getTargetValidationMetadatas(input, "", true, false);
  return [
    ...new Set(
      constraints.map(
        (c) =>
          (c.context?.code as UserErrorCode | undefined) ??
          CONSTRAINT_CODES[c.name ?? ""] ??
          UserErrorCode.INVALID_INPUT,
      ),
    ),
  ];
}

/** A required text field: something other than spaces. Fails with REQUIRED. */
export function IsNotBlank(message: string): PropertyDecorator {
  return Matches(/\S/, { message, context: { code: UserErrorCode.REQUIRED } });
}

/** class-validator's check throws on some malformed text (a lone surrogate); that is no address either. */
function isEmailSafely(value: string): boolean {
  try {
    return isEmail(value);
  } catch {
    return false;
  }
}

/** An email address, allowing the spaces people paste around it (services trim it). */
export function IsEmailAddress(message: string): PropertyDecorator {
  return ValidateBy(
    {
      name: "isEmail",
      validator: { validate: (value) => typeof value === "string" && isEmailSafely(value.trim()) },
    },
    { message },
  );
}
