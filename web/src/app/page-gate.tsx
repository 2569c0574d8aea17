import { lazy, type ReactNode, Suspense } from "react";
import { Redirect } from "wouter";
import { ErrorState, LoadingState } from "../components/query-state";
import { accessTo, type PageRequirement, signInPath } from "../session/access";
import { useViewer } from "../session/viewer";
import { useAddress } from "./navigation";

// Seldom seen, so not part of every first load.
const NoAccessPage = lazy(() =>
  import("./no-access-page").then((module) => ({ default: module.NoAccessPage })),
);

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
  const address = useAddress();

  if (requirement.public) return <>{children}</>;
  if (viewer === undefined) {
    if (error) {
      return <ErrorState error={error} title="Could not check who is signed in" onRetry={refetch} />;
    }
    return <LoadingState />;
  }
  switch (accessTo(requirement, viewer)) {
    case "sign-in":
      return <Redirect to={signInPath(address)} replace />;
    case "denied":
      return (
        <Suspense fallback={<LoadingState />}>
          <NoAccessPage permission={requirement.permission} />
        </Suspense>
      );
    case "open":
      return <>{children}</>;
  }
}
