import { useRef, useState } from "react";

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
  // A dialog keyed by its session mounts already open, so Mantine never sees what had focus before
  // it (it records that when `opened` turns true): the trigger is kept here and focused again on close.
  const trigger = useRef<HTMLElement | null>(null);
  return {
    ...shown,
    opened,
    open(item: T) {
      trigger.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setShown(({ session }) => ({ item, session: session + 1 }));
      setOpened(true);
    },
    close() {
      setOpened(false);
      const returnTo = trigger.current;
      trigger.current = null;
      // After the dialog let go of focus; not when the trigger left with its row, or the person
      // already moved on.
      window.setTimeout(() => {
        const active = document.activeElement;
        const lost = active === null || active === document.body || active.closest("[role=dialog]") !== null;
        if (returnTo?.isConnected && lost) returnTo.focus({ preventScroll: true });
      }, 10);
    },
  };
}
