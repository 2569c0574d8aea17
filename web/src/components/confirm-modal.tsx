import { Alert, Button, Group, Modal, Stack } from "@mantine/core";
import type { ReactNode } from "react";
import type { Confirmation } from "./use-confirm";

interface ConfirmModalProps<T> {
  /** The dialog's state from `useConfirm`: its item, whether it is open, busy or failed. */
  confirmation: Confirmation<T>;
  title: string;
  /** What will happen, in words the person can decide on. */
  children: ReactNode;
  confirmLabel: string;
  /** Red confirm button, for what cannot be undone. */
  danger?: boolean;
  /**
   * Runs the action on the item being confirmed; a message it answers (e.g. from `problemOr`)
   * keeps the dialog open to show why it did not happen.
   */
  onConfirm: (item: T) => Promise<string | null>;
}

/** Asks before an action with consequences (remove, revoke, transfer, disable). */
export function ConfirmModal<T>({
  confirmation,
  title,
  children,
  confirmLabel,
  danger = false,
  onConfirm,
}: ConfirmModalProps<T>) {
  const { opened, busy: loading, error, close: onClose } = confirmation;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      closeButtonProps={{ "aria-label": "Close" }}
      title={title}
      centered
    >
      <Stack>
        {children}
        {error && (
          <Alert color="red" variant="light">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={loading}>
            Cancel
          </Button>
          <Button
            color={danger ? "red" : undefined}
            loading={loading}
            onClick={() => void confirmation.confirm(onConfirm)}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
