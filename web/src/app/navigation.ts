import { useLocation, useSearch } from "wouter";

/** The address as the app reads it: the path, and the query with its "?" (or ""). */
export function useAddress(): { pathname: string; search: string } {
  const [pathname] = useLocation();
  const search = useSearch();
  return { pathname, search: search ? `?${search}` : "" };
}

/** Whether `pathname` is `path` or one of the pages under it (/customers/42 under /customers). */
export function isWithin(pathname: string, path: string): boolean {
  if (path === "/") return pathname === "/";
  return pathname === path || pathname.startsWith(`${path}/`);
}
