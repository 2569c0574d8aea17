import { Anchor, Progress, Stack, Text } from "@mantine/core";
import { Link } from "wouter";
import { SectionCard } from "../../components/sections";
import type { TrialQuotaFieldsFragment } from "../../gql/graphql";
import { formatDayMonth } from "../../lib/dates";

interface TrialQuotaCardProps {
  quota: TrialQuotaFieldsFragment;
  /** Whether the viewer may give trials, and so wants to know where. */
  canGive: boolean;
}

/** How many of the month's free trials the reseller gave, against its tier's limit. */
export function TrialQuotaCard({ quota, canGive }: TrialQuotaCardProps) {
  const summary = `${quota.used} of ${quota.limit} trials used this month`;
  const percent = quota.limit > 0 ? Math.min(100, (quota.used / quota.limit) * 100) : 100;

  return (
    <SectionCard title="Free trials">
      <Stack gap="xs">
        <Progress.Root
          size="lg"
          role="meter"
          aria-label="Trials used this month"
          aria-valuemin={0}
          aria-valuemax={quota.limit}
          aria-valuenow={quota.used}
          aria-valuetext={summary}
        >
          <Progress.Section
            value={percent}
            color={quota.remaining === 0 ? "red" : undefined}
            withAria={false}
          />
        </Progress.Root>
        <Text>
          {summary}, resets {formatDayMonth(quota.resetsAt)}
        </Text>
        {canGive && (
          <Text size="sm" c="dimmed">
            Give a trial from a customer's page on{" "}
            <Anchor component={Link} to="/customers">
              Customers
            </Anchor>
            .
          </Text>
        )}
      </Stack>
    </SectionCard>
  );
}
