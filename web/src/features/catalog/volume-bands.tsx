import { Text } from "@mantine/core";
import { StackedTable } from "../../components/stacked-table";
import { formatBp } from "../../lib/percent";

export interface Band {
  minQuantity: number;
  /** Basis points: 1 % = 100. */
  percentBp: number;
}

/** "50+: 5 % · 100+: 10 %", for a table cell; bands as the API lists them, smallest first. */
export function bandsSummary(bands: readonly Band[]): string {
  if (bands.length === 0) return "none";
  return bands.map((band) => `${band.minQuantity}+: ${formatBp(band.percentBp)}`).join(" · ");
}

/** The band a quantity falls in, as the server picks it: the highest minimum it reaches. */
export function bandFor(bands: readonly Band[], quantity: number): Band | undefined {
  return bands.filter((band) => quantity >= band.minQuantity).at(-1);
}

interface VolumeBandsTableProps {
  bands: readonly Band[];
  /** When given, the band this quantity gets is highlighted. */
  quantity?: number | null;
  productName: string;
}

/** A product's volume discounts, so a reseller sees how far the next band is. */
export function VolumeBandsTable({ bands, quantity, productName }: VolumeBandsTableProps) {
  if (bands.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {productName} has no volume discounts: every quantity pays the list price.
      </Text>
    );
  }
  const current = quantity == null ? undefined : bandFor(bands, quantity);
  return (
    <StackedTable withTableBorder verticalSpacing={4} label={`Volume discounts for ${productName}`}>
      <StackedTable.Thead>
        <StackedTable.Tr>
          <StackedTable.Th>From</StackedTable.Th>
          <StackedTable.Th ta="right">Volume discount</StackedTable.Th>
        </StackedTable.Tr>
      </StackedTable.Thead>
      <StackedTable.Tbody>
        {bands.map((band) => {
          const applies = band === current;
          return (
            <StackedTable.Tr
              key={band.minQuantity}
              bg={applies ? "var(--mantine-primary-color-light)" : undefined}
              aria-current={applies ? "true" : undefined}
            >
              <StackedTable.Td label="From">{band.minQuantity} licenses</StackedTable.Td>
              <StackedTable.Td label="Volume discount" ta="right" fw={applies ? 700 : undefined}>
                {formatBp(band.percentBp)}
              </StackedTable.Td>
            </StackedTable.Tr>
          );
        })}
      </StackedTable.Tbody>
    </StackedTable>
  );
}
