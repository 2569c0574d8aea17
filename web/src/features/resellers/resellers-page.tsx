import type { ApolloCache } from "@apollo/client";
import { useMutation, useQuery } from "@apollo/client/react";
import { Button, Code, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue, useDisclosure } from "@mantine/hooks";
import { useState } from "react";
import { ConfirmModal } from "../../components/confirm-modal";
import { ListFooter, useLoadMore } from "../../components/load-more";
import { PageHeader } from "../../components/page-header";
import { EmptyState, QueryState } from "../../components/query-state";
import { useConfirm } from "../../components/use-confirm";
import {
  type PartnerDiscountFieldsFragment,
  PartnerDiscountIssueDocument,
  PartnerDiscountRevokeDocument,
  ResellerDisableDocument,
  type ResellerFieldsFragment,
  ResellerSetTierDocument,
  ResellersDocument,
  TiersDocument,
} from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { errorMessage } from "../../lib/graphql-errors";
import { notifyFailure, notifySuccess } from "../../lib/notify";
import { userErrorsMessage } from "../../lib/user-errors";
import { EnableResellerModal } from "./enable-reseller-modal";
import { ResellersTable } from "./resellers-table";


/**
 * Puts a reseller's new code status on its row. The payload carries the status but not the
 * reseller, and refetching the list would drop the pages loaded with "Load more".
 */
function storeCodeStatus(cache: ApolloCache, resellerId: string, status: PartnerDiscountFieldsFragment) {
  cache.modify({
    id: cache.identify({ __typename: "Reseller", id: resellerId }),
    fields: { partnerDiscount: () => status },
  });
}

/** Vendor staff's list of reseller accounts: enable, move between tiers, disable. */
export function ResellersPage() {
  const [search, setSearch] = useState("");
  // Asks the server once the person stops typing, not on every key.
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const { data, loading, error, refetch, fetchMore } = useQuery(ResellersDocument, {
    variables: { search: debouncedSearch || null },
  });
  const tiersQuery = useQuery(TiersDocument);
  const tiers = (tiersQuery.data?.tiers ?? []).map((tier) => ({ value: tier.code, label: tier.name }));
  const [setTier] = useMutation(ResellerSetTierDocument);
  const [disableReseller] = useMutation(ResellerDisableDocument);
  const [enableOpened, enable] = useDisclosure();
  const [changingTierOf, setChangingTierOf] = useState<string | null>(null);
  const { loadingMore, loadMore } = useLoadMore(fetchMore, "resellers");
  const [issueCode] = useMutation(PartnerDiscountIssueDocument);
  const [revokeCode] = useMutation(PartnerDiscountRevokeDocument);
  const disabling = useConfirm<ResellerFieldsFragment>();
  const issuing = useConfirm<ResellerFieldsFragment>();
  const revoking = useConfirm<ResellerFieldsFragment>();

  const onSetTier = async (reseller: ResellerFieldsFragment, tierCode: string) => {
    setChangingTierOf(reseller.id);
    try {
      const { data: result } = await setTier({ variables: { id: reseller.id, tierCode } });
      const payload = result?.resellerSetTier;
      const problem = userErrorsMessage(payload?.userErrors ?? []);
      if (problem) notifyFailure(problem, "Tier not changed");
      else
        notifySuccess(
          `${reseller.name} is on ${payload?.reseller?.tier.name ?? tierCode} from now on.`,
          "Tier changed",
        );
    } catch (failure) {
      notifyFailure(errorMessage(failure), "Tier not changed");
    } finally {
      setChangingTierOf(null);
    }
  };

  const disable = (reseller: ResellerFieldsFragment) =>
    disabling.confirm(async () => {
      const { data: result } = await disableReseller({ variables: { id: reseller.id } });
      const problem = userErrorsMessage(result?.resellerDisable.userErrors ?? []);
      if (!problem)
        notifySuccess(`${reseller.name}'s people and API keys can no longer act.`, "Reseller disabled");
      return problem;
    });

  const issue = (reseller: ResellerFieldsFragment) =>
    issuing.confirm(async () => {
      const { data: result } = await issueCode({
        variables: { resellerId: reseller.id },
        update: (cache, { data: issued }) => {
          const status = issued?.partnerDiscountIssue.partnerDiscount;
          if (status) storeCodeStatus(cache, reseller.id, status);
        },
      });
      const payload = result?.partnerDiscountIssue;
      const problem = userErrorsMessage(payload?.userErrors ?? []);
      if (!problem)
        notifySuccess(
          `${reseller.name}'s code is ${payload?.partnerDiscount?.code ?? "in the list"}; its billing contacts get it by mail.`,
          "Code issued",
        );
      return problem;
    });

  const revoke = (reseller: ResellerFieldsFragment) =>
    revoking.confirm(async () => {
      const { data: result } = await revokeCode({
        variables: { resellerId: reseller.id },
        update: (cache, { data: revoked }) => {
          const status = revoked?.partnerDiscountRevoke.partnerDiscount;
          if (status) storeCodeStatus(cache, reseller.id, status);
        },
      });
      const problem = userErrorsMessage(result?.partnerDiscountRevoke.userErrors ?? []);
      if (!problem) notifySuccess(`${reseller.name} pays retail until you issue a new code.`, "Code revoked");
      return problem;
    });

  return (
    <>
      <PageHeader
        title="Resellers"
        description="The partner programme's reseller accounts and their tiers."
        actions={<Button onClick={enable.open}>Enable reseller</Button>}
      />
      <Stack gap="md">
        <TextInput
          label="Search"
          placeholder="Company name or owner email"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          maw={360}
          type="search"
        />
        <QueryState
          data={data}
          loading={loading}
          error={error}
          onRetry={() => void refetch().catch(() => undefined)}
          errorTitle="Could not load the resellers"
          isEmpty={({ resellers }) => resellers.edges.length === 0}
          empty={
            debouncedSearch ? (
              <EmptyState
                title="No reseller matches"
                description={`Nothing found for “${debouncedSearch}”.`}
              />
            ) : (
              <EmptyState title="No resellers yet" description="Enable the first reseller account." />
            )
          }
        >
          {({ resellers }) => (
            <Stack gap="sm">
              <ResellersTable
                resellers={resellers.edges.map((edge) => edge.node)}
                tiers={tiers}
                changingTierOf={changingTierOf}
                onSetTier={(reseller, code) => void onSetTier(reseller, code)}
                onDisable={disabling.ask}
                onIssueCode={issuing.ask}
                onRevokeCode={revoking.ask}
              />
              <ListFooter connection={resellers} loadingMore={loadingMore} onLoadMore={loadMore} />
            </Stack>
          )}
        </QueryState>
      </Stack>

      <EnableResellerModal opened={enableOpened} onClose={enable.close} tiers={tiers} />

      <ConfirmModal
        confirmation={disabling}
        title="Disable reseller"
        confirmLabel="Disable reseller"
        danger
        onConfirm={(item) => void disable(item)}
      >
        <Text>
          Disable <b>{disabling.target?.name}</b>? Its people can no longer sign in and its API keys stop
          working at once.
        </Text>
      </ConfirmModal>

      <ConfirmModal
        confirmation={issuing}
        title="Issue partner discount code"
        confirmLabel="Issue code"
        onConfirm={(item) => void issue(item)}
      >
        <Text>
          Issue a partner discount code to <b>{issuing.target?.name}</b>? Its billing contacts get it by mail.
        </Text>
        {issuing.target?.partnerDiscount.code && (
          <Text>
            Its current code <Code>{issuing.target.partnerDiscount.code}</Code> stops working at once.
          </Text>
        )}
        {issuing.target?.partnerDiscount.requestedAt && (
          <Text>This answers its request of {formatDate(issuing.target.partnerDiscount.requestedAt)}.</Text>
        )}
      </ConfirmModal>

      <ConfirmModal
        confirmation={revoking}
        title="Revoke partner discount code"
        confirmLabel="Revoke code"
        danger
        onConfirm={(item) => void revoke(item)}
      >
        <Text>
          Revoke <Code>{revoking.target?.partnerDiscount.code}</Code>, the partner discount code of{" "}
          <b>{revoking.target?.name}</b>? It stops working at once, and its purchases pay retail until you
          issue a new code.
        </Text>
      </ConfirmModal>
    </>
  );
}
