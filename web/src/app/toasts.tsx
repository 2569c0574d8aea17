import { Notifications } from "@mantine/notifications";
import { useNotificationsEndWithPage } from "../lib/notify";

/**
 * Where toasts show, and where they end with their page. A module of its own, loaded just after
 * the first page: the pages that raise toasts bring the store, the frame needs neither.
 */
export function Toasts() {
  useNotificationsEndWithPage();
  return <Notifications />;
}
