import type { Permission } from "../gql/graphql";

/** What the app needs to know about the caller to decide what it may open. */
export interface ViewerPermissions {
  permissions: readonly Permission[];
}

/** What a page asks of its visitor. */
export interface PageRequirement {
  /** Open to people who are not signed in (sign-in, activation, system status). */
  public?: boolean;
  /** What a signed-in viewer must be allowed to do; none: anyone signed in. */
  permission?: Permission;
}

/** Whether a page opens, sends the visitor to sign in first, or is not for them. */
export type Access = "open" | "sign-in" | "denied";

/** Whether the viewer holds a permission; nobody signed in holds none. */
export function hasPermission(viewer: ViewerPermissions | null | undefined, permission: Permission): boolean {
  return viewer?.permissions.includes(permission) ?? false;
}

/** The same decision for the router and the navbar, so a link is shown exactly when it opens. */
export function accessTo(page: PageRequirement, viewer: ViewerPermissions | null): Access {
  if (page.public) return "open";
  if (!viewer) return "sign-in";
  if (page.permission && !hasPermission(viewer, page.permission)) return "denied";
  return "open";
}

export const SIGN_IN_PATH = "/sign-in";

/** The sign-in page, remembering where the person wanted to go. */
export function signInPath(wanted: { pathname: string; search?: string; hash?: string }): string {
  const target = `${wanted.pathname}${wanted.search ?? ""}${wanted.hash ?? ""}`;
  if (target === "/" || target === "") return SIGN_IN_PATH;
  return `${SIGN_IN_PATH}?next=${encodeURIComponent(target)}`;
}

/**
 * Where to go after signing in. `next` comes from the address bar, so only a path inside this
 * app is followed: anything that could leave the origin ("//evil.example", "https://...",
 * "/\\evil.example") or loop back to sign-in goes home instead.
 */
export function returnPath(next: string | null | undefined): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  if (next === SIGN_IN_PATH || next.startsWith(`${SIGN_IN_PATH}?`) || next.startsWith(`${SIGN_IN_PATH}/`)) {
    return "/";
  }
  return next;
}
