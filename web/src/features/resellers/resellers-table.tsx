import { Button, Code, Group, Select, Stack, Text, VisuallyHidden } from "@mantine/core";
import { DataTable, NoValue, RowTitle } from "../../components/data-table";
import { StatusBadge } from "../../components/status-badge";
import type { ResellerFieldsFragment } from "../../gql/graphql";
import { formatDate } from "../../lib/dates";

interface ResellersTableProps {
  resellers: readonly ResellerFieldsFragment[];
  tiers: ReadonlyArray<{ value: string; label: string }>;
  /** The reseller whose tier change is on its way to the server. */
  changingTierOf: string | null;
  onSetTier: (reseller: ResellerFieldsFragment, tierCode: string) => void;
  onDisable: (reseller: ResellerFieldsFragment) => void;
  onIssueCode: (reseller: ResellerFieldsFragment) => void;
  onRevokeCode: (reseller: ResellerFieldsFragment) => void;
}

export function ResellersTable({
  resellers,
  tiers,
  changingTierOf,
  onSetTier,
  onDisable,
  onIssueCode,
  onRevokeCode,
}: ResellersTableProps) {
  return (
    <DataTable
      label="Resellers"
      minWidth={960}
      highlightOnHover
      rows={resellers}
      rowKey={(reseller) => reseller.id}
      columns={[
        { header: "Company", cell: (reseller) => <RowTitle>{reseller.name}</RowTitle> },
        {
          header: "Owner",
          cell: ({ owner }) => (
            <Stack gap={0}>
              <Text size="sm">{owner.email}</Text>
              <Text size="xs" c="dimmed">
                {owner.name}
              </Text>
            </Stack>
          ),
        },
        {
          header: "Tier",
          cell: (reseller) => (
            <Select
              aria-label={`Tier of ${reseller.name}`}
              // Until the tiers have loaded, the reseller's own tier is the one option.
              data={tiers.length > 0 ? tiers : [{ value: reseller.tier.code, label: reseller.tier.name }]}
              value={reseller.tier.code}
              allowDeselect={false}
              disabled={changingTierOf === reseller.id}
              onChange={(code) => code && code !== reseller.tier.code && onSetTier(reseller, code)}
              w={130}
              size="xs"
            />
          ),
        },
        {
          header: "Partner discount code",
          cell: (reseller) => (
            <PartnerDiscountCell reseller={reseller} onIssue={onIssueCode} onRevoke={onRevokeCode} />
          ),
        },
        {
          header: "Status",
          cell: (reseller) =>
            reseller.status === "ACTIVE" ? (
              <StatusBadge label="Active" color="green" />
            ) : (
              <StatusBadge label="Disabled" color="gray" />
            ),
        },
        { header: "Created", cell: (reseller) => formatDate(reseller.createdAt) },
      ]}
      actions={(reseller) =>
        reseller.status === "ACTIVE" && (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            aria-label={`Disable ${reseller.name}`}
            onClick={() => onDisable(reseller)}
          >
            Disable
          </Button>
        )
      }
    />
  );
}

interface PartnerDiscountCellProps {
  reseller: ResellerFieldsFragment;
  onIssue: (reseller: ResellerFieldsFragment) => void;
  onRevoke: (reseller: ResellerFieldsFragment) => void;
}

/** The active code, or an open request waiting for one, or nothing; with what staff can do about it. */
function PartnerDiscountCell({ reseller, onIssue, onRevoke }: PartnerDiscountCellProps) {
  const { code, issuedAt, requestedAt } = reseller.partnerDiscount;
  return (
    <Stack gap={4} align="flex-start">
      {code ? (
        <>
          <Code>{code}</Code>
          {issuedAt && (
            <Text size="xs" c="dimmed">
              Issued {formatDate(issuedAt)}
            </Text>
          )}
        </>
      ) : requestedAt ? (
        <StatusBadge label={`Requested ${formatDate(requestedAt)}`} color="yellow" />
      ) : (
        <NoValue />
      )}
      <Group gap={4} wrap="nowrap">
        {reseller.status === "ACTIVE" && (
          <Button size="compact-xs" variant="subtle" onClick={() => onIssue(reseller)}>
            Issue <VisuallyHidden>a partner discount </VisuallyHidden>code
            <VisuallyHidden> to {reseller.name}</VisuallyHidden>
          </Button>
        )}
        {code && (
          <Button size="compact-xs" variant="subtle" color="red" onClick={() => onRevoke(reseller)}>
            Revoke <VisuallyHidden>the partner discount </VisuallyHidden>code
            <VisuallyHidden> of {reseller.name}</VisuallyHidden>
          </Button>
        )}
      </Group>
    </Stack>
  );
}
