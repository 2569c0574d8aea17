import { Alert, Button, Group, Modal, type ModalProps, Stack } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import type { ReactNode } from "react";

interface FormModalProps<Values, Submitted> {
  opened: boolean;
  /** Closes the dialog, from the close button, Escape, a click outside or Cancel; not while submitting. */
  onClose: () => void;
  title: ReactNode;
  /** Title of the alert that shows why the last submit failed as a whole (its `formError`). */
  errorTitle: string;
  /** The dialog's form: its `formError` shows above the buttons, and it starts afresh once the dialog has closed. */
  form: UseFormReturnType<Values, Submitted>;
  /** Runs with the form's values once they pass its validation. */
  onSubmit: (values: Submitted) => unknown;
  submitLabel: string;
  /** Whether the submit button is off, e.g. while the dialog shows why the action is not possible. */
  submitDisabled?: boolean;
  size?: ModalProps["size"];
  closeOnClickOutside?: boolean;
  /** When given, shown instead of the form, e.g. a result that must be read before closing. */
  outcome?: ReactNode;
  /** The fields, and anything else between the error and the buttons. */
  children: ReactNode;
}

/** A dialog holding one form: the fields, a form-level error, and Cancel and submit buttons. */
export function FormModal<Values, Submitted>({
  opened,
  onClose,
  title,
  errorTitle,
  form,
  onSubmit,
  submitLabel,
  submitDisabled,
  size,
  closeOnClickOutside,
  outcome,
  children,
}: FormModalProps<Values, Submitted>) {
  const close = () => {
    if (!form.submitting) onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      // After the fade-out, so the form does not empty before the person's eyes.
      onExitTransitionEnd={form.reset}
      closeButtonProps={{ "aria-label": "Close" }}
      title={title}
      size={size}
      centered
      closeOnClickOutside={closeOnClickOutside}
    >
      {outcome ?? (
        <form onSubmit={form.onSubmit(async (values) => void (await onSubmit(values)))} noValidate>
          <Stack>
            {form.errors.formError && (
              <Alert color="red" variant="light" title={errorTitle}>
                {form.errors.formError}
              </Alert>
            )}
            {children}
            <Group justify="flex-end">
              <Button variant="default" onClick={close} disabled={form.submitting}>
                Cancel
              </Button>
              <Button type="submit" loading={form.submitting} disabled={submitDisabled}>
                {submitLabel}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
