import { useRouteError } from "react-router";
import { PageHeader } from "../components/page-header";
import { ErrorState } from "../components/query-state";

// Shown inside the shell when a page throws while rendering, so the navbar stays usable.
export function RouteErrorPage() {
  const error = useRouteError();
  const message = error instanceof Error ? error.message : "The page could not be shown.";
  return (
    <>
      <PageHeader title="Something went wrong" />
      <ErrorState error={{ message }} title="This page failed" onRetry={() => window.location.reload()} />
    </>
  );
}
