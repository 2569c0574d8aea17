import { PageHeader } from "../components/page-header";
import { ErrorState } from "../components/query-state";
import { PageLoadError } from "./lazy-page";

// Shown inside the shell when a page throws while rendering, so the navbar stays usable.
export function RouteErrorPage({ error }: { error: unknown }) {
  if (error instanceof PageLoadError) {
    // Most often a new version of the portal was released since this tab opened; reloading
    // fetches it, and a dropped connection gets another try.
    return (
      <>
        <PageHeader title="This page could not be loaded" />
        <ErrorState
          message="The connection may have dropped, or the portal was updated since you opened it. Reload to get the current version."
          title="Could not download the page"
          onRetry={() => window.location.reload()}
        />
      </>
    );
  }
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
