import { Anchor, Button, Group, Table, Text, UnstyledButton, VisuallyHidden } from "@mantine/core";
import { Link } from "react-router";
import type { CustomerListFieldsFragment, CustomerSort } from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { CustomerStatusBadge } from "./customer-status-badge";

/** The columns the list can be sorted by, and the order a first click on each gives. */
const SORTABLE = {
  company: { ascending: "COMPANY_NAME_ASC", descending: "COMPANY_NAME_DESC", first: "COMPANY_NAME_ASC" },
  // Newest first: the customer just added is usually the one being looked for.
  added: { ascending: "ADDED_AT_ASC", descending: "ADDED_AT_DESC", first: "ADDED_AT_DESC" },
} as const satisfies Record<
  string,
  { ascending: CustomerSort; descending: CustomerSort; first: CustomerSort }
>;

type Column = keyof typeof SORTABLE;

interface CustomersTableProps {
  customers: readonly CustomerListFieldsFragment[];
  sort: CustomerSort;
  onSort: (sort: CustomerSort) => void;
  /** Absent for people who may only look: no Remove buttons then. */
  onRemove?: (customer: CustomerListFieldsFragment) => void;
}

export function CustomersTable({ customers, sort, onSort, onRemove }: CustomersTableProps) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" striped highlightOnHover aria-label="Customers">
        <Table.Thead>
          <Table.Tr>
            <SortableTh column="company" label="Company" sort={sort} onSort={onSort} />
            <Table.Th>Email</Table.Th>
            <Table.Th>Status</Table.Th>
            <SortableTh column="added" label="Date added" sort={sort} onSort={onSort} />
            {onRemove && (
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {customers.map((customer) => (
            <Table.Tr key={customer.id}>
              <Table.Td>
                <Anchor component={Link} to={`/customers/${customer.id}`} fw={500} size="sm">
                  {customer.companyName}
                </Anchor>
              </Table.Td>
              <Table.Td>{customer.email}</Table.Td>
              <Table.Td>
                <CustomerStatusBadge status={customer.status} />
              </Table.Td>
              <Table.Td>{formatDate(customer.addedAt)}</Table.Td>
              {onRemove && (
                <Table.Td ta="right">
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    aria-label={`Remove ${customer.companyName}`}
                    onClick={() => onRemove(customer)}
                  >
                    Remove
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface SortableThProps {
  column: Column;
  label: string;
  sort: CustomerSort;
  onSort: (sort: CustomerSort) => void;
}

/** A header that sorts by its column; a second click turns the order round. */
function SortableTh({ column, label, sort, onSort }: SortableThProps) {
  const { ascending, descending, first } = SORTABLE[column];
  const direction = sort === ascending ? "ascending" : sort === descending ? "descending" : "none";
  const next = direction === "ascending" ? descending : direction === "descending" ? ascending : first;
  return (
    <Table.Th aria-sort={direction}>
      <UnstyledButton onClick={() => onSort(next)}>
        <Group gap={4} wrap="nowrap">
          <Text size="sm" fw={700}>
            {label}
          </Text>
          <Text size="xs" c={direction === "none" ? "dimmed" : undefined} aria-hidden>
            {direction === "ascending" ? "▲" : direction === "descending" ? "▼" : "↕"}
          </Text>
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
