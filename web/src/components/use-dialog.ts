import { useState } from "react";

/**
 * A dialog about one item: which item, and whether the dialog is open. The item stays set after
 * closing, so the dialog's content does not vanish while it fades out.
 */
export interface Dialog<T> {
  item: T | null;
  opened: boolean;
  /** Changes with every opening: the dialog's `key`, so each opening starts from a fresh form. */
  session: number;
  open(item: T): void;
  close(): void;
}

export function useDialog<T>(): Dialog<T> {
  const [shown, setShown] = useState<{ item: T | null; session: number }>({ item: null, session: 0 });
  const [opened, setOpened] = useState(false);
  return {
    ...shown,
    opened,
    open(item: T) {
      setShown(({ session }) => ({ item, session: session + 1 }));
      setOpened(true);
    },
    close() {
      setOpened(false);
    },
  };
}
