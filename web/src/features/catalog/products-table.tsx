import { Button, Code, Stack, Text } from "@mantine/core";
import { DataTable, RowTitle } from "../../components/data-table";
import { StatusBadge } from "../../components/status-badge";
import type { ProductFieldsFragment } from "../../gql/graphql";
import { formatMoney } from "../../lib/money";
import { bandsSummary } from "./volume-bands";

interface ProductsTableProps {
  products: readonly ProductFieldsFragment[];
  onEdit: (product: ProductFieldsFragment) => void;
}

export function ProductsTable({ products, onEdit }: ProductsTableProps) {
  return (
    <DataTable
      label="Products"
      minWidth={960}
      highlightOnHover
      rows={products}
      rowKey={(product) => product.id}
      columns={[
        { header: "Code", cell: (product) => <Code>{product.code}</Code> },
        {
          header: "Name",
          cell: (product) => (
            <Stack gap={0}>
              <RowTitle>{product.name}</RowTitle>
              {product.description && (
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {product.description}
                </Text>
              )}
            </Stack>
          ),
        },
        {
          header: "Yearly price",
          align: "right",
          cell: (product) => formatMoney(product.yearlyPrice, product.currency),
        },
        {
          header: "Monthly price",
          align: "right",
          cell: (product) => formatMoney(product.monthlyPrice, product.currency),
        },
        { header: "Currency", cell: (product) => product.currency },
        { header: "Trials", cell: (product) => (product.trialEnabled ? "Yes" : "No") },
        {
          header: "Status",
          cell: (product) =>
            product.active ? (
              <StatusBadge label="On sale" color="green" />
            ) : (
              <StatusBadge label="Inactive" color="gray" />
            ),
        },
        {
          header: "Volume discounts",
          cell: (product) => <Text size="sm">{bandsSummary(product.bands)}</Text>,
        },
      ]}
      actions={(product) => (
        <Button
          size="xs"
          variant="subtle"
          aria-label={`Edit ${product.name}`}
          onClick={() => onEdit(product)}
        >
          Edit
        </Button>
      )}
    />
  );
}
