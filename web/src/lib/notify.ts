import { notifications } from "@mantine/notifications";

/** Confirms that an action the person took has happened. */
export function notifySuccess(message: string, title?: string): void {
  notifications.show({ color: "green", title, message });
}

/** Says that an action did not happen, and why. */
export function notifyFailure(message: string, title = "That did not work"): void {
  notifications.show({ color: "red", title, message, autoClose: 8000 });
}

/** Tells the person something they did not expect, that needs no action from them. */
export function notifyInfo(message: string, title?: string): void {
  notifications.show({ color: "blue", title, message });
}
