import { useQuery } from "@apollo/client/react";
import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { CustomersDocument } from "../customers/customers.generated";

/** A customer of the reseller's list, as the request names it. */
export interface PickedCustomer {
  id: string;
  companyName: string;
}

interface CustomerPickerProps {
  value: PickedCustomer | null;
  onChange: (customer: PickedCustomer | null) => void;
  error?: string;
}

/** Finds a customer of the list by typing part of its name or email; the list may be long. */
export function CustomerPicker({ value, onChange, error }: CustomerPickerProps) {
  const [search, setSearch] = useState(value?.companyName ?? "");
  // While the field shows the chosen name, the whole list is offered, not just that one.
  const term = value && search === value.companyName ? "" : search.trim();
  const [debounced] = useDebouncedValue(term, 250);
  const customers = useQuery(CustomersDocument, {
    variables: { search: debounced || null, sort: "COMPANY_NAME_ASC" },
  });
  const found = (customers.data ?? customers.previousData)?.customers.edges.map(({ node }) => node) ?? [];
  // The chosen customer stays an option while another search runs, so the field keeps its name.
  const options = [...(value && !found.some((c) => c.id === value.id) ? [value] : []), ...found].map(
    (customer) => ({ value: customer.id, label: customer.companyName }),
  );
  return (
    <Select
      label="Customer"
      description="The customer of your list the deal is for, if you want to name one."
      placeholder="Search your customers"
      searchable
      clearable
      data={options}
      value={value?.id ?? null}
      onChange={(id, option) => onChange(id && option ? { id, companyName: option.label } : null)}
      searchValue={search}
      onSearchChange={setSearch}
      // The server searched already; the options are its answer, not to be narrowed again.
      filter={({ options: all }) => all}
      nothingFoundMessage={customers.loading ? "Loading…" : "No customer found"}
      error={error}
    />
  );
}
