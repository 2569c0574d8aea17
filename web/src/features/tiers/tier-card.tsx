import { Badge, SimpleGrid, Stack, Text } from "@mantine/core";
import { SectionCard } from "../../components/sections";
import { formatBp } from "../../lib/percent";

/** The terms of a partner tier, as the API's `Tier` gives them. */
export interface TierTerms {
  name: string;
  code: string;
  trialDays: number;
  trialsPerMonth: number;
  /** Basis points: 1 % = 100. */
  resellingBp: number;
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
      value: formatBp(tier.resellingBp),
      hint: "off retail, with your partner discount code",
    },
  ];
  return (
    <SectionCard
      title="Partner tier"
      label={`${tier.name} partner tier`}
      aside={
        <Badge size="lg" color={TIER_COLORS[tier.code] ?? "blue"} variant="light">
          {tier.name}
        </Badge>
      }
    >
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
    </SectionCard>
  );
}
