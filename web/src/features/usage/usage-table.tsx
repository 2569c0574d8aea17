import { Stack, Text } from "@mantine/core";
import { type Column, DataTable, NoValue, RowTitle } from "../../components/data-table";
import { StatusBadge } from "../../components/status-badge";
import type { ProductUsageFieldsFragment } from "../../gql/graphql";
import { formatDateTime } from "../../lib/dates";
import { licenses } from "../pricing/purchase-options";

export type ProductUsage = ProductUsageFieldsFragment;

/** "1 agent", "30 agents". */
export function agents(count: number): string {
  return count === 1 ? "1 agent" : `${count} agents`;
}

/** Whether the product has counted agents of any of these products; licenses alone are no usage. */
export function anyReported(usage: readonly ProductUsage[]): boolean {
  return usage.some((product) => product.reportedAt !== null);
}

interface UsageTableProps {
  /** The table's accessible name. */
  label: string;
  usage: readonly ProductUsage[];
  /** What the licenses column counts, e.g. "Licenses you assigned". */
  licensesHeader: string;
  /** What the reader does about agents beyond the licenses, e.g. "Add 5 licenses". */
  advice: (overBy: number) => string;
  /** A column after the coverage, e.g. the last days' counts. */
  extra?: Column<ProductUsage>;
}

/** Per product, the agents the product counted against the licenses that cover them. */
export function UsageTable({ label, usage, licensesHeader, advice, extra }: UsageTableProps) {
  return (
    <DataTable
      label={label}
      minWidth={640}
      rows={usage}
      rowKey={(product) => product.productCode}
      columns={[
        { header: "Product", cell: (product) => <RowTitle>{product.productName}</RowTitle> },
        {
          header: "Agents",
          nowrap: true,
          cell: (product) => (product.reportedAt ? agents(product.agents) : <NoValue>Not reported</NoValue>),
        },
        { header: licensesHeader, nowrap: true, cell: (product) => licenses(product.licenses) },
        { header: "Coverage", cell: (product) => <Coverage product={product} advice={advice} /> },
        extra ?? false,
        {
          header: "Latest count",
          nowrap: true,
          cell: (product) =>
            product.reportedAt ? formatDateTime(product.reportedAt) : <NoValue>Never</NoValue>,
        },
      ]}
    />
  );
}

/**
 * Whether the licenses cover the agents. Agents that another reseller's licenses cover are said to
 * be so, plainly, rather than marked as over-use: they count against those licenses.
 */
function Coverage({ product, advice }: { product: ProductUsage; advice: (overBy: number) => string }) {
  if (product.licensedElsewhere) return <Text size="sm">Licensed through another reseller</Text>;
  if (!product.reportedAt) return <NoValue />;
  if (product.overBy === 0) return <StatusBadge label="Covered" color="green" />;
  return (
    <Stack gap={4} align="flex-start">
      <StatusBadge label={`${product.overBy} over`} color="orange" />
      <Text size="sm">{advice(product.overBy)}</Text>
    </Stack>
  );
}
