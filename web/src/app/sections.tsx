import type { ReactNode } from "react";
import { AccountPage } from "../features/account/account-page";
import { ApiKeysPage } from "../features/api-keys/api-keys-page";
import { SystemStatusPage } from "../features/health/system-status-page";
import { HomePage } from "../features/home/home-page";
import { ResellersPage } from "../features/resellers/resellers-page";
import { TeamPage } from "../features/team/team-page";
import type { PageRequirement } from "./access";

/** A top-level area of the portal: one route and one navbar entry. */
export interface Section extends PageRequirement {
  path: string;
  label: string;
  element: ReactNode;
}

// Adding an area (Customers, Subscriptions, Trials, ...) is one entry here; the router and the
// navbar both read this list, in this order, and both show a section only to viewers holding
// its permission.
export const sections: readonly Section[] = [
  { path: "/", label: "Home", element: <HomePage /> },
  { path: "/resellers", label: "Resellers", permission: "VENDOR_ADMIN", element: <ResellersPage /> },
  { path: "/team", label: "Team", permission: "TEAM_MANAGE", element: <TeamPage /> },
  { path: "/api-keys", label: "API keys", permission: "API_KEYS_MANAGE", element: <ApiKeysPage /> },
  // Every reseller user sees their account; its billing contacts only the owner.
  { path: "/account", label: "Account", permission: "RESELLER_READ", element: <AccountPage /> },
  { path: "/status", label: "System status", public: true, element: <SystemStatusPage /> },
];
