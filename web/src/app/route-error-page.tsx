import { useRouteError } from "react-router";
import { PageHeader } from "../components/page-header";
import { ErrorState } from "../components/query-state";

// Shown inside the shell when a page throws while rendering, so the navbar stays usable.
export function RouteErrorPage() {
  const error = useRouteError();
  return (
    <>
      <PageHeader title="Something went wrong" />
      <ErrorState
        error={error}
        title="This page could not be shown"
        onRetry={() => window.location.reload()}
      />
    </>
  );
}
