import { Anchor, Button } from "@mantine/core";
import { Link } from "wouter";
import { type Column, DataTable, type SortDirection } from "../../components/data-table";
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

interface CustomersTableProps {
  customers: readonly CustomerListFieldsFragment[];
  sort: CustomerSort;
  onSort: (sort: CustomerSort) => void;
  /** Absent for people who may only look: no Remove buttons then. */
  onRemove?: (customer: CustomerListFieldsFragment) => void;
}

export function CustomersTable({ customers, sort, onSort, onRemove }: CustomersTableProps) {
  /** A column's order, and what a click on its header does: a second click turns the order round. */
  const sortBy = (column: keyof typeof SORTABLE): Column<CustomerListFieldsFragment>["sort"] => {
    const { ascending, descending, first } = SORTABLE[column];
    const direction: SortDirection =
      sort === ascending ? "ascending" : sort === descending ? "descending" : "none";
    const next = direction === "ascending" ? descending : direction === "descending" ? ascending : first;
    return { direction, onSort: () => onSort(next) };
  };

  return (
    <DataTable
      label="Customers"
      minWidth={720}
      highlightOnHover
      rows={customers}
      rowKey={(customer) => customer.id}
      columns={[
        {
          header: "Company",
          sort: sortBy("company"),
          cell: (customer) => (
            <Anchor component={Link} to={`/customers/${customer.id}`} fw={500} size="sm">
              {customer.companyName}
            </Anchor>
          ),
        },
        { header: "Email", cell: (customer) => customer.email },
        { header: "Status", cell: (customer) => <CustomerStatusBadge status={customer.status} /> },
        { header: "Date added", sort: sortBy("added"), cell: (customer) => formatDate(customer.addedAt) },
      ]}
      actions={
        onRemove &&
        ((customer) => (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            aria-label={`Remove ${customer.companyName}`}
            onClick={() => onRemove(customer)}
          >
            Remove
          </Button>
        ))
      }
    />
  );
}
