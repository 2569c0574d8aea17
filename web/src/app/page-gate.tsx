import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { ErrorState, LoadingState } from "../components/query-state";
import { accessTo, type PageRequirement, signInPath } from "../session/access";
import { useViewer } from "../session/viewer";
import { NoAccessPage } from "./no-access-page";

interface PageGateProps {
  requirement: PageRequirement;
  children: ReactNode;
}

/**
 * Shows a page only to viewers it is for: people who are not signed in go to sign-in (and come
 * back afterwards), people without the page's permission see why instead of a failing page.
 */
export function PageGate({ requirement, children }: PageGateProps) {
  const { viewer, error, refetch } = useViewer();
  const location = useLocation();

  if (requirement.public) return <>{children}</>;
  if (viewer === undefined) {
    if (error) {
      return <ErrorState error={error} title="Could not check who is signed in" onRetry={refetch} />;
    }
    return <LoadingState />;
  }
  switch (accessTo(requirement, viewer)) {
    case "sign-in":
      return <Navigate to={signInPath(location)} replace />;
    case "denied":
      return <NoAccessPage permission={requirement.permission} />;
    case "open":
      return <>{children}</>;
  }
}
