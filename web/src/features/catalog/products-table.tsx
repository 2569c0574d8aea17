import { Badge, Button, Code, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import type { ProductFieldsFragment } from "../../gql/graphql";
import { formatMoney } from "../../lib/money";
import { bandsSummary } from "./volume-bands";

interface ProductsTableProps {
  products: readonly ProductFieldsFragment[];
  onEdit: (product: ProductFieldsFragment) => void;
}

export function ProductsTable({ products, onEdit }: ProductsTableProps) {
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table verticalSpacing="sm" striped highlightOnHover aria-label="Products">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Code</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th ta="right">Yearly price</Table.Th>
            <Table.Th ta="right">Monthly price</Table.Th>
            <Table.Th>Currency</Table.Th>
            <Table.Th>Trials</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Volume discounts</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {products.map((product) => (
            <Table.Tr key={product.id}>
              <Table.Td>
                <Code>{product.code}</Code>
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text fw={500} size="sm">
                    {product.name}
                  </Text>
                  {product.description && (
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {product.description}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td ta="right">{formatMoney(product.yearlyPrice, product.currency)}</Table.Td>
              <Table.Td ta="right">{formatMoney(product.monthlyPrice, product.currency)}</Table.Td>
              <Table.Td>{product.currency}</Table.Td>
              <Table.Td>{product.trialEnabled ? "Yes" : "No"}</Table.Td>
              <Table.Td>
                <Badge color={product.active ? "green" : "gray"} variant="light" miw="max-content">
                  {product.active ? "On sale" : "Inactive"}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{bandsSummary(product.bands)}</Text>
              </Table.Td>
              <Table.Td ta="right">
                <Button
                  size="xs"
                  variant="subtle"
                  aria-label={`Edit ${product.name}`}
                  onClick={() => onEdit(product)}
                >
                  Edit
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
