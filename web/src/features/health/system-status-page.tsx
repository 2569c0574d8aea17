import { useQuery } from "@apollo/client/react";
import { Button } from "@mantine/core";
import { PageHeader } from "../../components/page-header";
import { QueryState } from "../../components/query-state";
import { SystemStatusDocument } from "./health.generated";
import { HealthCard } from "./health-card";

export function SystemStatusPage() {
  // A status page must show the server as it is now, never an answer cached earlier.
  const status = useQuery(SystemStatusDocument, { fetchPolicy: "network-only" });
  // A failed refetch rejects, but `error` already shows it on the page.
  const reload = () => void status.refetch().catch(() => undefined);

  return (
    <>
      <PageHeader
        title="System status"
        description="Whether the API and its database are up."
        actions={
          <Button variant="default" onClick={reload} loading={status.loading}>
            Refresh
          </Button>
        }
      />
      <QueryState query={status} errorTitle="Could not load the system status">
        {({ health }) => <HealthCard health={health} />}
      </QueryState>
    </>
  );
}
