import { Button, Card, DataList, Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { EmptyState } from "../../components/query-state";
import type { TrialFieldsFragment } from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { TRIAL_STATUSES, TrialStatusBadge } from "./trial-status";

interface CustomerTrialCardProps {
  /** The trial this reseller gave the customer, if any. */
  trial: TrialFieldsFragment | null;
  companyName: string;
  /** Only for those who may give trials; without it the card only shows the trial. */
  addTrial?: {
    onAdd: () => void;
    /** Why no trial can be given now; empty when one can; undefined while that is being asked. */
    blockers: readonly string[] | undefined;
  };
}

/** The free trial given to a customer, and the action to give one. */
export function CustomerTrialCard({ trial, companyName, addTrial }: CustomerTrialCardProps) {
  const blocked = addTrial?.blockers !== undefined && addTrial.blockers.length > 0;

  return (
    <Card withBorder radius="md" padding="lg" maw={720} component="section" aria-labelledby="trial-heading">
      <Group justify="space-between" align="flex-start" mb="md" wrap="nowrap">
        <Title order={2} size="h4" id="trial-heading">
          Trial
        </Title>
        {addTrial && (
          <Stack gap={4} align="flex-end">
            <Button
              size="xs"
              variant="light"
              onClick={addTrial.onAdd}
              disabled={addTrial.blockers === undefined || blocked}
              aria-describedby={blocked ? "trial-blockers" : undefined}
            >
              Add trial
            </Button>
            {blocked && (
              <Stack gap={2} id="trial-blockers" maw={360}>
                {addTrial.blockers?.map((blocker) => (
                  <Text key={blocker} size="xs" c="dimmed" ta="right">
                    {blocker}
                  </Text>
                ))}
              </Stack>
            )}
          </Stack>
        )}
      </Group>
      {trial ? (
        <DataList labelWidth={140} withDivider>
          <Row label="Product">{trial.product.name}</Row>
          <Row label="Status">
            <TrialStatusBadge status={trial.status} />
            <Text size="xs" c="dimmed" mt={4}>
              {TRIAL_STATUSES[trial.status].hint}
            </Text>
          </Row>
          <Row label="Started">{formatDate(trial.startedAt)}</Row>
          {trial.endedAt ? (
            <Row label="Ended">{formatDate(trial.endedAt)}</Row>
          ) : (
            <Row label="Ends">{formatDate(trial.endsAt)}</Row>
          )}
        </DataList>
      ) : (
        <EmptyState
          title="No trial given"
          description={`A free trial lets ${companyName} use a product before buying it. Each customer can have one.`}
        />
      )}
    </Card>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}
