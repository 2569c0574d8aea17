import { Button, Group, Stack, Text } from "@mantine/core";
import { EmptyState } from "../../components/empty-state";
import { DetailList, SectionCard } from "../../components/sections";
import type { TrialFieldsFragment } from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { AnnexLink } from "../annex/annex-link";
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
    /** Among the blockers: the reselling annex waits to be accepted, so the card leads to it. */
    pausedForAnnex?: boolean;
  };
}

/** The free trial given to a customer, and the action to give one. */
export function CustomerTrialCard({ trial, companyName, addTrial }: CustomerTrialCardProps) {
  const blocked = addTrial?.blockers !== undefined && addTrial.blockers.length > 0;

  return (
    <SectionCard
      title="Trial"
      aside={
        addTrial && (
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
                {addTrial?.pausedForAnnex && (
                  <Group justify="flex-end">
                    <AnnexLink size="xs" />
                  </Group>
                )}
              </Stack>
            )}
          </Stack>
        )
      }
    >
      {trial ? (
        <DetailList
          details={[
            { label: "Product", value: trial.product.name },
            {
              label: "Status",
              value: (
                <>
                  <TrialStatusBadge status={trial.status} />
                  <Text size="xs" c="dimmed" mt={4}>
                    {TRIAL_STATUSES[trial.status].hint}
                  </Text>
                </>
              ),
            },
            { label: "Started", value: formatDate(trial.startedAt) },
            trial.endedAt
              ? { label: "Ended", value: formatDate(trial.endedAt) }
              : { label: "Ends", value: formatDate(trial.endsAt) },
          ]}
        />
      ) : (
        <EmptyState
          title="No trial given"
          description={`A free trial lets ${companyName} use a product before buying it. Each customer can have one.`}
        />
      )}
    </SectionCard>
  );
}
