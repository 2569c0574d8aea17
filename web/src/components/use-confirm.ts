import { useState } from "react";
import { errorMessage } from "../lib/graphql-errors";
import { useDialog } from "./use-dialog";

/**
 * The state of a confirmation dialog for an action on one item: which item, whether the action
 * runs, and why it failed. The item stays set after closing so the dialog's text does not
 * vanish while it fades out.
 */
export interface Confirmation<T> {
  target: T | null;
  opened: boolean;
  error: string | null;
  busy: boolean;
  ask(item: T): void;
  close(): void;
  confirm(action: (item: T) => Promise<string | null>): Promise<void>;
}

export function useConfirm<T>(): Confirmation<T> {
  const dialog = useDialog<T>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  return {
    target: dialog.item,
    opened: dialog.opened,
    error,
    busy,
    ask(item: T) {
      setError(null);
      dialog.open(item);
    },
    close() {
      if (!busy) dialog.close();
    },
    /** Runs the action on the item; a returned message means it failed and keeps the dialog open. */
    async confirm(action: (item: T) => Promise<string | null>) {
      const target = dialog.item;
      if (target === null) return;
      setBusy(true);
      setError(null);
      try {
        const problem = await action(target);
        if (problem) setError(problem);
        else dialog.close();
      } catch (failure) {
        setError(errorMessage(failure));
      } finally {
        setBusy(false);
      }
    },
  };
}
