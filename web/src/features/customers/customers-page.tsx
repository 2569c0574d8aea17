import { useQuery } from "@apollo/client/react";
import { Button, Group, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { EmptyState } from "../../components/empty-state";
import { lazyDialog, MountWhenOpened } from "../../components/lazy-dialog";
import { PageHeader } from "../../components/page-header";
import { PagedQueryState } from "../../components/paged-query-state";
import { NoMatch, SearchField, useSearch } from "../../components/search";
import { useConfirm } from "../../components/use-confirm";
import type { CustomerSort } from "../../gql/graphql";
import { formatCount } from "../../lib/counts";
import { useUrlParam } from "../../lib/url-state";
import { useSignedInViewer } from "../../session/viewer";
import { CustomersDocument } from "./customers.generated";
import { CustomersTable } from "./customers-table";
import type { RemovableCustomer } from "./remove-customer-modal";

const InviteCustomerModal = lazyDialog(
  () => import("./invite-customer-modal"),
  (m) => m.InviteCustomerModal,
);
const RemoveCustomerModal = lazyDialog(
  () => import("./remove-customer-modal"),
  (m) => m.RemoveCustomerModal,
);

const CUSTOMER_SORTS: readonly CustomerSort[] = [
  "COMPANY_NAME_ASC",
  "COMPANY_NAME_DESC",
  "ADDED_AT_ASC",
  "ADDED_AT_DESC",
];

function customersCount(count: number): string {
  return count === 1 ? "1 customer" : `${formatCount(count)} customers`;
}

/** The reseller's customer list: find, sort, add and remove customers, and open one. */
export function CustomersPage() {
  const { can } = useSignedInViewer();
  const canWrite = can("RESELLER_WRITE");
  const search = useSearch();
  const [sort, setSort] = useUrlParam<CustomerSort>("sort", "COMPANY_NAME_ASC", CUSTOMER_SORTS);
  const customers = useQuery(CustomersDocument, { variables: { search: search.term || null, sort } });
  // The last list stays on screen while a new search, sort or refresh loads, so it does not flicker away.
  const shown = customers.error ? undefined : (customers.data ?? customers.previousData);
  const [inviteOpened, invite] = useDisclosure();
  const removal = useConfirm<RemovableCustomer>();

  const addButton = canWrite && (
    <Button
      onClick={invite.open}
      onMouseEnter={InviteCustomerModal.preload}
      onFocus={InviteCustomerModal.preload}
    >
      Add customer
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Customers"
        description="The companies you resell to. Each has an account of its own, where it sees the subscriptions you assign it."
        actions={addButton}
      />
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <SearchField search={search} placeholder="Company name or email" />
          {shown && (
            <Text size="sm" c="dimmed" aria-live="polite">
              {customersCount(shown.customers.totalCount)}
            </Text>
          )}
        </Group>
        <PagedQueryState
          query={{ ...customers, data: shown }}
          connection={(data) => data.customers}
          what="customers"
          errorTitle="Could not load the customers"
          empty={
            search.term ? (
              <NoMatch what="customer" term={search.term} />
            ) : (
              <EmptyState
                title="No customers yet"
                description="Add the companies you resell to by their email: each gets an account of its own."
                action={addButton}
              />
            )
          }
        >
          {(nodes) => (
            <CustomersTable
              customers={nodes}
              sort={sort}
              onSort={setSort}
              onRemove={canWrite ? removal.ask : undefined}
            />
          )}
        </PagedQueryState>
      </Stack>

      <MountWhenOpened opened={inviteOpened}>
        <InviteCustomerModal opened={inviteOpened} onClose={invite.close} />
      </MountWhenOpened>
      <MountWhenOpened opened={removal.opened}>
        <RemoveCustomerModal confirmation={removal} />
      </MountWhenOpened>
    </>
  );
}
