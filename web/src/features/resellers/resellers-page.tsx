import type { ApolloCache } from "@apollo/client";
import { useMutation, useQuery } from "@apollo/client/react";
import { Button, Code, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { ConfirmModal } from "../../components/confirm-modal";
import { EmptyState } from "../../components/empty-state";
import { PageHeader } from "../../components/page-header";
import { PagedQueryState } from "../../components/paged-query-state";
import { NoMatch, SearchField, useSearch } from "../../components/search";
import { useConfirm } from "../../components/use-confirm";
import { useRowAction } from "../../components/use-row-action";
import type { PartnerDiscountFieldsFragment, ResellerFieldsFragment } from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { notifySuccess } from "../../lib/notify";
import { problemOr } from "../../lib/user-errors";
import { EnableResellerModal } from "./enable-reseller-modal";
import {
  PartnerDiscountIssueDocument,
  PartnerDiscountRevokeDocument,
  ResellerDisableDocument,
  ResellerSetTierDocument,
  ResellersDocument,
  TiersDocument,
} from "./resellers.generated";
import { ResellersTable } from "./resellers-table";

/**
 * Puts a reseller's new code status on its row. The payload carries the status but not the
 * reseller, and refetching the list would drop the pages loaded with "Load more".
 */
function storeCodeStatus(
  cache: ApolloCache,
  resellerId: string,
  payload: { partnerDiscount?: PartnerDiscountFieldsFragment | null } | undefined,
) {
  const status = payload?.partnerDiscount;
  if (!status) return;
  cache.modify({
    id: cache.identify({ __typename: "Reseller", id: resellerId }),
    fields: { partnerDiscount: () => status },
  });
}

/** Vendor staff's list of reseller accounts: enable, move between tiers, disable. */
export function ResellersPage() {
  const search = useSearch();
  const resellers = useQuery(ResellersDocument, { variables: { search: search.term || null } });
  const tiersQuery = useQuery(TiersDocument);
  const tiers = (tiersQuery.data?.tiers ?? []).map((tier) => ({ value: tier.code, label: tier.name }));
  const [setTier] = useMutation(ResellerSetTierDocument);
  const [disableReseller] = useMutation(ResellerDisableDocument);
  const [enableOpened, enable] = useDisclosure();
  const tierChange = useRowAction("Tier not changed");
  const [issueCode] = useMutation(PartnerDiscountIssueDocument);
  const [revokeCode] = useMutation(PartnerDiscountRevokeDocument);
  const disabling = useConfirm<ResellerFieldsFragment>();
  const issuing = useConfirm<ResellerFieldsFragment>();
  const revoking = useConfirm<ResellerFieldsFragment>();

  const onSetTier = (reseller: ResellerFieldsFragment, tierCode: string) =>
    tierChange.run(
      reseller.id,
      async () => (await setTier({ variables: { id: reseller.id, tierCode } })).data?.resellerSetTier,
      (payload) =>
        notifySuccess(
          `${reseller.name} is on ${payload.reseller?.tier.name ?? tierCode} from now on.`,
          "Tier changed",
        ),
    );

  const disable = async (reseller: ResellerFieldsFragment) => {
    const { data } = await disableReseller({ variables: { id: reseller.id } });
    return problemOr(data?.resellerDisable, () =>
      notifySuccess(`${reseller.name}'s people and API keys can no longer act.`, "Reseller disabled"),
    );
  };

  const issue = async (reseller: ResellerFieldsFragment) => {
    const { data } = await issueCode({
      variables: { resellerId: reseller.id },
      update: (cache, { data: issued }) => storeCodeStatus(cache, reseller.id, issued?.partnerDiscountIssue),
    });
    const payload = data?.partnerDiscountIssue;
    return problemOr(payload, () =>
      notifySuccess(
        `${reseller.name}'s code is ${payload?.partnerDiscount?.code ?? "in the list"}; its billing contacts get it by mail.`,
        "Code issued",
      ),
    );
  };

  const revoke = async (reseller: ResellerFieldsFragment) => {
    const { data } = await revokeCode({
      variables: { resellerId: reseller.id },
      update: (cache, { data: revoked }) =>
        storeCodeStatus(cache, reseller.id, revoked?.partnerDiscountRevoke),
    });
    return problemOr(data?.partnerDiscountRevoke, () =>
      notifySuccess(`${reseller.name} pays retail until you issue a new code.`, "Code revoked"),
    );
  };

  return (
    <>
      <PageHeader
        title="Resellers"
        description="The partner programme's reseller accounts and their tiers."
        actions={<Button onClick={enable.open}>Enable reseller</Button>}
      />
      <Stack gap="md">
        <SearchField search={search} placeholder="Company name or owner email" />
        <PagedQueryState
          query={resellers}
          connection={(data) => data.resellers}
          what="resellers"
          errorTitle="Could not load the resellers"
          empty={
            search.term ? (
              <NoMatch what="reseller" term={search.term} />
            ) : (
              <EmptyState title="No resellers yet" description="Enable the first reseller account." />
            )
          }
        >
          {(nodes) => (
            <ResellersTable
              resellers={nodes}
              tiers={tiers}
              changingTierOf={tierChange.busy}
              onSetTier={(reseller, code) => void onSetTier(reseller, code)}
              onDisable={disabling.ask}
              onIssueCode={issuing.ask}
              onRevokeCode={revoking.ask}
            />
          )}
        </PagedQueryState>
      </Stack>

      <EnableResellerModal opened={enableOpened} onClose={enable.close} tiers={tiers} />

      <ConfirmModal
        confirmation={disabling}
        title="Disable reseller"
        confirmLabel="Disable reseller"
        danger
        onConfirm={disable}
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
        onConfirm={issue}
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
        onConfirm={revoke}
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
