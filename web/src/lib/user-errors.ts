/** The shape of one entry of a mutation payload's `userErrors`. */
export interface UserErrorLike {
  field?: string | null;
  message: string;
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
 * the mutation's arguments ("input.email", "input.bands.1.percent"); the form knows it by
 * the path inside the input ("email", "bands.1.percent", which is how Mantine's form names
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
