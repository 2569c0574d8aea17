import { Alert, Button, Group, Modal, type ModalProps, Stack } from "@mantine/core";
import type { FormEventHandler, ReactNode } from "react";

interface FormModalProps {
  opened: boolean;
  /** Closes the dialog, from the close button, Escape, a click outside or Cancel. */
  onClose: () => void;
  title: ReactNode;
  /** Title of the alert that shows why the last submit failed. */
  errorTitle: string;
  /** Why the last submit failed as a whole (not one field), e.g. `form.errors.formError`. */
  formError?: ReactNode;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitLabel: string;
  /** While true the submit button spins and Cancel is disabled. */
  submitting: boolean;
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
export function FormModal({
  opened,
  onClose,
  title,
  errorTitle,
  formError,
  onSubmit,
  submitLabel,
  submitting,
  submitDisabled,
  size,
  closeOnClickOutside,
  outcome,
  children,
}: FormModalProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      closeButtonProps={{ "aria-label": "Close" }}
      title={title}
      size={size}
      centered
      closeOnClickOutside={closeOnClickOutside}
    >
      {outcome ?? (
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            {formError && (
              <Alert color="red" variant="light" title={errorTitle}>
                {formError}
              </Alert>
            )}
            {children}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose} disabled={submitting}>
                Cancel
              </Button>
              <Button type="submit" loading={submitting} disabled={submitDisabled}>
                {submitLabel}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
