import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";

/** The terms of a partner tier, as the API's `Tier` gives them. */
export interface TierTerms {
  name: string;
  code: string;
  trialDays: number;
  trialsPerMonth: number;
  resellingPercent: number;
}

// Medal colours, so the tier reads at a glance; unknown tiers get the neutral one.
const TIER_COLORS: Record<string, string> = { BRONZE: "orange", SILVER: "gray", GOLD: "yellow" };

/** A reseller's partner tier and the terms it gives. */
export function TierCard({ tier }: { tier: TierTerms }) {
  const terms = [
    { label: "Trial length", value: `${tier.trialDays} days`, hint: "for each free trial you give" },
    { label: "Trials per month", value: String(tier.trialsPerMonth), hint: "per calendar month (UTC)" },
    {
      label: "Reselling percentage",
      value: `${tier.resellingPercent} %`,
      hint: "off retail, with your partner discount code",
    },
  ];
  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      maw={720}
      aria-label={`${tier.name} partner tier`}
      component="section"
    >
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4">
          Partner tier
        </Title>
        <Badge size="lg" color={TIER_COLORS[tier.code] ?? "blue"} variant="light">
          {tier.name}
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        {terms.map(({ label, value, hint }) => (
          <Stack key={label} gap={2}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {label}
            </Text>
            <Text size="xl" fw={700}>
              {value}
            </Text>
            <Text size="xs" c="dimmed">
              {hint}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
    </Card>
  );
}
