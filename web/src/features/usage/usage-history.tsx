import { skipToken, useQuery } from "@apollo/client/react";
import { Box, Skeleton } from "@mantine/core";
import { NoValue } from "../../components/data-table";
import { formatDayMonth } from "../../lib/dates";
import { CustomerUsageHistoryDocument } from "./usage.generated";
import { agents, type ProductUsage } from "./usage-table";

const DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
const BAR_WIDTH = 3;
const HEIGHT = 28;

/** The DAYS UTC days up to `last` ("2026-12-01"), oldest first, as the API writes them. */
function daysUpTo(last: string): string[] {
  const end = Date.parse(`${last}T00:00:00Z`);
  return Array.from({ length: DAYS }, (_, i) =>
    new Date(end - (DAYS - 1 - i) * DAY_MS).toISOString().slice(0, 10),
  );
}

interface UsageHistoryProps {
  /** The customer's entry on the reseller's list. */
  customerId: string;
  product: ProductUsage;
}

/**
 * A customer's agents of one product on each of the last 30 days up to its latest count, as tiny
 * bars: over the licenses in orange, a line at the licenses; a day without a count has no bar.
 * Drawn without a chart library, which would weigh more than the page; screen readers hear a summary.
 */
export function UsageHistory({ customerId, product }: UsageHistoryProps) {
  const history = useQuery(
    CustomerUsageHistoryDocument,
    product.reportedAt
      ? { variables: { customerId, productCode: product.productCode }, fetchPolicy: "cache-and-network" }
      : skipToken,
  );
  const days = history.data?.customerUsageHistory ?? [];
  if (!product.reportedAt) return <NoValue />;
  if (days.length === 0) {
    return history.loading ? <Skeleton height={HEIGHT} width={DAYS * (BAR_WIDTH + 1)} /> : <NoValue />;
  }

  const counts = new Map(days.map((day) => [day.day, day.agents]));
  const latest = days.at(-1) as (typeof days)[number];
  const highest = Math.max(...days.map((day) => day.agents));
  const scale = Math.max(highest, product.licenses, 1);
  const height = (count: number) => Math.max(1, Math.round((count / scale) * HEIGHT));
  // Another reseller's licenses cover these agents, so none of them is over these licenses.
  const over = (count: number) => !product.licensedElsewhere && count > product.licenses;
  const summary = `Agents a day over the last ${DAYS} days: ${agents(latest.agents)} on ${formatDayMonth(latest.day)}, at most ${agents(highest)}, counted on ${days.length} ${days.length === 1 ? "day" : "days"}.`;

  return (
    <Box
      role="img"
      aria-label={summary}
      pos="relative"
      h={HEIGHT}
      w={DAYS * (BAR_WIDTH + 1)}
      style={{ display: "flex", alignItems: "flex-end", gap: 1 }}
    >
      {daysUpTo(latest.day).map((day) => {
        const count = counts.get(day);
        return (
          <div
            key={day}
            style={{
              width: BAR_WIDTH,
              height: count === undefined ? 0 : height(count),
              background: `var(--mantine-color-${count !== undefined && over(count) ? "orange" : "blue"}-filled)`,
            }}
          />
        );
      })}
      {product.licenses > 0 && !product.licensedElsewhere && (
        <div
          style={{
            position: "absolute",
            left: 0,
            right: 0,
            bottom: height(product.licenses),
            borderTop: "1px dashed var(--mantine-color-dimmed)",
          }}
        />
      )}
    </Box>
  );
}
