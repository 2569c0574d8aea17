import { notifications } from "@mantine/notifications";
import { useEffect } from "react";
import { useLocation } from "wouter";

/** When each notification on screen was shown, to tell those of the page left from the news of the move. */
const shownAt = new Map<string, number>();

/**
 * A notification shown this long before the page changed belongs to the page that was left; one
 * shown right before the change is the outcome of the action that changed it ("Customer removed"
 * on the way back to the list) and stays.
 */
const OUTCOME_OF_NAVIGATION_MS = 1000;

function show(options: Parameters<typeof notifications.show>[0]): void {
  const id = notifications.show({
    // Mantine's close button is an icon with no name of its own.
    closeButtonProps: { "aria-label": "Close" },
    ...options,
    onClose: (props) => {
      shownAt.delete(props.id ?? "");
      options.onClose?.(props);
    },
  });
  shownAt.set(id, Date.now());
}

/** Confirms that an action the person took has happened. */
export function notifySuccess(message: string, title?: string): void {
  show({ color: "green", title, message });
}

/** Says that an action did not happen, and why. */
export function notifyFailure(message: string, title = "That did not work"): void {
  show({ color: "red", title, message, autoClose: 8000 });
}

/** Tells the person something they did not expect, that needs no action from them. */
export function notifyInfo(message: string, title?: string): void {
  show({ color: "blue", title, message });
}

/** Notifications end with their page: going to another page hides those shown on the one left. */
export function useNotificationsEndWithPage(): void {
  const [pathname] = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each change of page
  useEffect(() => {
    const before = Date.now() - OUTCOME_OF_NAVIGATION_MS;
    for (const [id, at] of shownAt) {
      if (at < before) {
        notifications.hide(id);
        shownAt.delete(id);
      }
    }
  }, [pathname]);
}
