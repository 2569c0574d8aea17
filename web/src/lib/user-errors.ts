import { errorMessage } from "./graphql-errors";

/** The shape of one entry of a mutation payload's `userErrors`. */
export interface UserErrorLike {
  field?: string | null;
  message: string;
}

/** A mutation's payload, as far as its expected failures go. */
export interface Payload<E extends UserErrorLike = UserErrorLike> {
  userErrors: readonly E[];
}

/**
 * Errors to show on a form, keyed by form field, plus `formError` for those that belong to
 * no field. The shape fits Mantine's `form.setErrors(...)`; read `form.errors.formError`
 * to show the rest in an Alert.
 */
export type FormErrors = Record<string, string> & { formError?: string };

// Mutations (and the quote query) take their fields in one argument named `input`.
const INPUT_PREFIX = "input.";

/**
 * Maps a payload's `userErrors` onto form fields. The server names a field by its path in
 * the mutation's arguments ("input.email", "input.bands.1.percentBp"); the form knows it by
 * the path inside the input ("email", "bands.1.percentBp", which is how Mantine's form names
 * list items). When `fields` is given, an error whose top-level field is not among them goes
 * to `formError` so it is shown somewhere rather than set on a field the form does not
 * render. Several errors on one field are joined, so none is lost.
 */
export function userErrorsToFormErrors(
  userErrors: readonly UserErrorLike[],
  fields?: readonly string[],
): FormErrors {
  const errors: FormErrors = {};
  const add = (key: string, message: string) => {
    errors[key] = errors[key] ? `${errors[key]} ${message}` : message;
  };
  for (const { field, message } of userErrors) {
    const path = field?.startsWith(INPUT_PREFIX) ? field.slice(INPUT_PREFIX.length) : field;
    if (path && (!fields || fields.includes(path.split(".")[0]))) {
      add(path, message);
    } else {
      add("formError", message);
    }
  }
  return errors;
}

/**
 * All of a payload's `userErrors` as one sentence, for actions without a form (a row's
 * Revoke or Remove button); null when there are none, i.e. the action worked.
 */
export function userErrorsMessage(userErrors: readonly UserErrorLike[]): string | null {
  return userErrorsToFormErrors(userErrors, []).formError ?? null;
}

/**
 * What an action without a form makes of its payload: the message of its userErrors, for a
 * dialog or notification to show; or, when there are none, null once `onSuccess` ran.
 */
export function problemOr(payload: Payload | null | undefined, onSuccess: () => void): string | null {
  const problem = userErrorsMessage(payload?.userErrors ?? []);
  if (!problem) onSuccess();
  return problem;
}

/** The form a mutation is sent from, as far as showing errors goes: Mantine's `useForm` fits. */
export interface ErrorTarget {
  setErrors(errors: FormErrors): void;
}

export interface SubmitOptions<P extends Payload> {
  /** The fields the form shows; userErrors naming others go to formError. */
  fields: readonly string[];
  /** Turns the userErrors into the form's errors where the mapping onto `fields` does not fit. */
  toErrors?: (userErrors: P["userErrors"]) => FormErrors;
  /**
   * Runs when the payload has no userErrors. A message it returns is shown as formError: the
   * mutation went through but did not do what the person wanted (a charge declined again).
   */
  onSuccess: (payload: P) => unknown;
}

/**
 * Sends a form's mutation and shows what came of it: userErrors on the fields they name, a
 * request that failed outright as formError, and otherwise what `onSuccess` makes of the payload.
 * `send` answers null when it has dealt with the answer itself. Returns the errors it set, so
 * the caller can lead the person to them.
 */
export async function submitMutation<P extends Payload>(
  form: ErrorTarget,
  send: () => Promise<P | null | undefined>,
  { fields, toErrors, onSuccess }: SubmitOptions<P>,
): Promise<FormErrors | null> {
  let errors: FormErrors | null = null;
  try {
    const payload = await send();
    if (!payload) return null;
    if (payload.userErrors.length > 0) {
      errors = toErrors ? toErrors(payload.userErrors) : userErrorsToFormErrors(payload.userErrors, fields);
    } else {
      const problem = await onSuccess(payload);
      if (typeof problem === "string") errors = { formError: problem };
    }
  } catch (error) {
    errors = { formError: errorMessage(error) };
  }
  if (errors) form.setErrors(errors);
  return errors;
}
