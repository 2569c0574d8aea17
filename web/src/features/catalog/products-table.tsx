import { Button, Code, Stack, Text } from "@mantine/core";
import { type Column, DataTable, RowTitle } from "../../components/data-table";
import { StatusBadge } from "../../components/status-badge";
import type { BillingPeriod, ProductFieldsFragment } from "../../gql/graphql";
import { formatMoney } from "../../lib/money";
import { licenses, PERIOD_LABELS, termsOf } from "../pricing/purchase-options";
import { OPTIONAL_PERIODS } from "./product-form-modal";
import { bandsSummary } from "./volume-bands";

/** A period's price and minimum, or that the product is not sold for it. */
function PeriodPrice({ product, period }: { product: ProductFieldsFragment; period: BillingPeriod }) {
  const terms = termsOf(product, period);
  if (!terms) {
    return (
      <Text size="sm" c="dimmed">
        Not sold
      </Text>
    );
  }
  return (
    <>
      <Text size="sm">{formatMoney(terms.unitPrice, product.currency)}</Text>
      <Text size="xs" c="dimmed">
        from {licenses(terms.minimumQuantity)}
      </Text>
    </>
  );
}

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
        ...OPTIONAL_PERIODS.map(
          (period): Column<ProductFieldsFragment> => ({
            header: `${PERIOD_LABELS[period]} price`,
            align: "right",
            cell: (product) => <PeriodPrice product={product} period={period} />,
          }),
        ),
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
