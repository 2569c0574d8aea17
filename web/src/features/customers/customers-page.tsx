import { useQuery } from "@apollo/client/react";
import { Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue, useDisclosure } from "@mantine/hooks";
import { useState } from "react";
import { ListFooter, useLoadMore } from "../../components/load-more";
import { PageHeader } from "../../components/page-header";
import { EmptyState, QueryState } from "../../components/query-state";
import { useConfirm } from "../../components/use-confirm";
import { type CustomerSort, CustomersDocument } from "../../gql/graphql";
import { useSignedInViewer } from "../../session/viewer";
import { CustomersTable } from "./customers-table";
import { InviteCustomerModal } from "./invite-customer-modal";
import { type RemovableCustomer, RemoveCustomerModal } from "./remove-customer-modal";


function customersCount(count: number): string {
  return count === 1 ? "1 customer" : `${count} customers`;
}

/** The reseller's customer list: find, sort, add and remove customers, and open one. */
export function CustomersPage() {
  const { can } = useSignedInViewer();
  const canWrite = can("RESELLER_WRITE");
  const [search, setSearch] = useState("");
  // Asks the server once the person stops typing, not on every key.
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [sort, setSort] = useState<CustomerSort>("COMPANY_NAME_ASC");
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(CustomersDocument, {
    variables: { search: debouncedSearch || null, sort },
  });
  // The last list stays on screen while a new search, sort or refresh loads, so it does not flicker away.
  const shown = error ? undefined : (data ?? previousData);
  const [inviteOpened, invite] = useDisclosure();
  const { loadingMore, loadMore } = useLoadMore(fetchMore, "customers");
  const removal = useConfirm<RemovableCustomer>();

  const addButton = canWrite && <Button onClick={invite.open}>Add customer</Button>;

  return (
    <>
      <PageHeader
        title="Customers"
        description="The companies you resell to. Each has an account of its own, where it sees the subscriptions you assign it."
        actions={addButton}
      />
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <TextInput
            label="Search"
            placeholder="Company name or email"
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={360}
            maw="100%"
            type="search"
          />
          {shown && (
            <Text size="sm" c="dimmed" aria-live="polite">
              {customersCount(shown.customers.totalCount)}
            </Text>
          )}
        </Group>
        <QueryState
          data={shown}
          loading={loading}
          error={error}
          onRetry={() => void refetch().catch(() => undefined)}
          errorTitle="Could not load the customers"
          isEmpty={({ customers }) => customers.edges.length === 0}
          empty={
            debouncedSearch ? (
              <EmptyState
                title="No customer matches"
                description={`Nothing found for “${debouncedSearch}”.`}
              />
            ) : (
              <EmptyState
                title="No customers yet"
                description="Add the companies you resell to by their email: each gets an account of its own."
                action={addButton}
              />
            )
          }
        >
          {({ customers }) => (
            <Stack gap="sm">
              <CustomersTable
                customers={customers.edges.map((edge) => edge.node)}
                sort={sort}
                onSort={setSort}
                onRemove={canWrite ? removal.ask : undefined}
              />
              <ListFooter connection={customers} loadingMore={loadingMore} onLoadMore={loadMore} />
            </Stack>
          )}
        </QueryState>
      </Stack>

      <InviteCustomerModal opened={inviteOpened} onClose={invite.close} />
      <RemoveCustomerModal confirmation={removal} />
    </>
  );
}
