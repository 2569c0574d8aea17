import type { ReactNode } from "react";
import { SystemStatusPage } from "../features/health/system-status-page";
import { HomePage } from "../features/home/home-page";

/** A top-level area of the portal: one route and one navbar entry. */
export interface Section {
  path: string;
  label: string;
  element: ReactNode;
}

// Adding an area (Customers, Subscriptions, Trials, ...) is one entry here; the router and the
// navbar both read this list, in this order.
export const sections: readonly Section[] = [
  { path: "/", label: "Home", element: <HomePage /> },
  { path: "/status", label: "System status", element: <SystemStatusPage /> },
];
