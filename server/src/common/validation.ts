import { isEmail, Matches, ValidateBy, type ValidationError } from "class-validator";
import type { GraphQLOutputType } from "graphql";
import { ArgumentValidationError, type MiddlewareFn } from "type-graphql";
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

/** Whether the field returns a payload with `userErrors` (looked up by shape, not by class). */
function hasUserErrors(type: GraphQLOutputType): boolean {
  let named: unknown = type;
  while (named && typeof named === "object" && "ofType" in named)
    named = (named as { ofType: unknown }).ofType;
  const fields = (named as { getFields?: () => Record<string, unknown> }).getFields?.();
  return Boolean(fields && "userErrors" in fields);
}

/**
 * Mutations answer bad input with `userErrors` in their payload rather than a top-level error:
 * argument validation failures and `UserErrorsException`s thrown by services become payloads.
 */
export const userErrorsMiddleware: MiddlewareFn = async ({ info }, next) => {
  try {
    return await next();
  } catch (error) {
    const userErrors = userErrorsOf(
      error,
      info.fieldNodes[0]?.arguments?.some((a) => a.name.value === "input"),
    );
    if (!userErrors?.length) throw error;
    if (hasUserErrors(info.returnType)) return { userErrors };
    // A query has no payload: its bad input is a top-level error naming the argument.
    const [first] = userErrors;
    throw new BadInputError(first.field ?? "input", first.message, first.code);
  }
};

/** The userErrors an expected failure stands for; null for anything else. */
function userErrorsOf(error: unknown, takesInput = false): UserError[] | null {
  if (error instanceof UserErrorsException) return error.userErrors;
  if (error instanceof BadInputError) return [userError(error.userErrorCode, error.argument, error.message)];
  if (error instanceof ArgumentValidationError) {
    const details = error.extensions.validationErrors;
    if (!Array.isArray(details)) return null;
    // Validated arguments are input objects, by convention named `input`.
    return flatten(details as ValidationError[], takesInput ? ["input"] : []);
  }
  return null;
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
