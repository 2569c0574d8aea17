import { Card, DataList, Group, Stack, Text, Title } from "@mantine/core";
import { type ReactNode, useId } from "react";

interface SectionCardProps {
  title: ReactNode;
  /** Beside the title: a badge, or the card's buttons. */
  aside?: ReactNode;
  /** The region's name where it should say more than the title, e.g. "Gold partner tier". */
  label?: string;
  children: ReactNode;
}

/** A card that is a region of its page, named by its title, e.g. a customer's Details. */
export function SectionCard({ title, aside, label, children }: SectionCardProps) {
  const headingId = useId();
  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      maw={720}
      component="section"
      aria-label={label}
      aria-labelledby={label ? undefined : headingId}
    >
      <Group justify="space-between" align="flex-start" mb="md" wrap="nowrap">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        {aside}
      </Group>
      {children}
    </Card>
  );
}

interface PageSectionProps {
  title: ReactNode;
  /** A line under the title about what the section holds. */
  description?: ReactNode;
  /** Buttons at the right of the title. */
  actions?: ReactNode;
  children: ReactNode;
}

/** A part of a page with a heading of its own, e.g. the team page's Members. */
export function PageSection({ title, description, actions, children }: PageSectionProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-end" mb="sm">
        <Stack gap={0}>
          <Title order={2} size="h4" id={headingId}>
            {title}
          </Title>
          {description && (
            <Text c="dimmed" size="sm">
              {description}
            </Text>
          )}
        </Stack>
        {actions}
      </Group>
      {children}
    </section>
  );
}

/** One labelled value of a DetailList; one without a value is left out. */
export interface Detail {
  label: string;
  value: ReactNode;
}

/** Label and value, one pair a line: the facts about one thing. */
export function DetailList({ details }: { details: readonly Detail[] }) {
  return (
    <DataList labelWidth={140} withDivider>
      {details
        .filter(({ value }) => value !== undefined && value !== null && value !== "")
        .map(({ label, value }) => (
          <DataList.Item key={label}>
            <DataList.ItemLabel>{label}</DataList.ItemLabel>
            <DataList.ItemValue>{value}</DataList.ItemValue>
          </DataList.Item>
        ))}
    </DataList>
  );
}
