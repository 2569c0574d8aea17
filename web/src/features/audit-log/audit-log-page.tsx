import { useQuery } from "@apollo/client/react";
import { Anchor, Select, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { DataTable } from "../../components/data-table";
import { EmptyState } from "../../components/empty-state";
import { PageHeader } from "../../components/page-header";
import { PagedQueryState } from "../../components/paged-query-state";
import type { AuditLogQuery } from "../../gql/graphql";
import { formatDateTime } from "../../lib/dates";
import { AuditLogDocument, AuditLogResellersDocument } from "./audit-log.generated";
import { AuditLogFilters, csvHref, filterOf, NO_FILTER } from "./audit-log-filters";

type Entry = AuditLogQuery["auditLog"]["edges"][number]["node"];

const ACTOR_KINDS: Record<Entry["actorKind"], string> = {
  USER: "User",
  API_KEY: "API key",
  STAFF: "Vendor staff",
  SYSTEM: "System",
  ANONYMOUS: "Not signed in",
};

/** A value as the API gives it (JSON), readable: strings without quotes, nothing as a dash. */
function shown(value: string | null): string {
  if (value === null) return "—";
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === "string" ? parsed : value;
  } catch {
    return value;
  }
}

function Changes({ entry }: { entry: Entry }) {
  if (entry.changes.length === 0) return <Text c="dimmed">—</Text>;
  return (
    <Stack gap={2}>
      {entry.changes.map((change) => (
        <Text key={change.field} size="sm">
          <b>{change.field}</b>: {shown(change.before)} → {shown(change.after)}
        </Text>
      ))}
    </Stack>
  );
}

/** Vendor staff pick the reseller whose log to read. */
function ResellerPicker({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const [search, setSearch] = useState("");
  const resellers = useQuery(AuditLogResellersDocument, { variables: { search: search || null } });
  const options = (resellers.data?.resellers.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: node.name,
  }));
  return (
    <Select
      label="Reseller"
      placeholder="Search resellers"
      searchable
      clearable
      data={options}
      value={value}
      onChange={onChange}
      onSearchChange={setSearch}
      nothingFoundMessage={resellers.loading ? "Loading…" : "No reseller found"}
      maw={360}
      mb="md"
    />
  );
}

/**
 * The account's audit log, newest first, with filters and a CSV export of what they show. Owners
 * read their own account's; vendor staff (`staff`) pick a reseller first.
 */
/** Vendor staff's log, of any reseller they pick on the page. */
export function StaffAuditLogPage() {
  return <AuditLogPage staff />;
}

export function AuditLogPage({ staff = false }: { staff?: boolean }) {
  const [form, setForm] = useState(NO_FILTER);
  const [accountId, setAccountId] = useState<string | null>(null);
  const filter = filterOf(form);
  const log = useQuery(AuditLogDocument, {
    variables: { filter, accountId },
    skip: staff && !accountId,
    fetchPolicy: "cache-and-network",
  });
  const exportLink = (!staff || accountId) && (
    <Anchor href={csvHref(filter, accountId)} download style={{ whiteSpace: "nowrap" }}>
      Export CSV
    </Anchor>
  );
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Who did what in the account, when and from where: every change and refusal, sign-ins and sign-outs, and each API key's first use of the day. Entries are never changed."
        actions={exportLink}
      />
      {staff && <ResellerPicker value={accountId} onChange={setAccountId} />}
      <AuditLogFilters onApply={setForm} />
      {staff && !accountId ? (
        <EmptyState title="Pick a reseller" description="Choose whose audit log to read." />
      ) : (
        <PagedQueryState
          query={log}
          connection={(data) => data.auditLog}
          what="entries"
          errorTitle="Could not load the audit log"
          empty={<EmptyState title="No entries" description="Nothing in the log matches these filters." />}
        >
          {(entries) => (
            <DataTable
              label="Audit log"
              minWidth={1100}
              rows={entries}
              rowKey={(entry) => entry.id}
              columns={[
                { header: "Time", nowrap: true, cell: (entry) => formatDateTime(entry.occurredAt) },
                {
                  header: "Actor",
                  cell: (entry) => (
                    <Stack gap={0}>
                      <Text size="sm">{entry.actorLabel ?? ACTOR_KINDS[entry.actorKind]}</Text>
                      <Text size="xs" c="dimmed">
                        {ACTOR_KINDS[entry.actorKind]}
                        {entry.ip ? ` · ${entry.ip}` : ""}
                      </Text>
                    </Stack>
                  ),
                },
                { header: "Operation", cell: (entry) => entry.operation },
                {
                  header: "Outcome",
                  cell: (entry) =>
                    entry.outcome === "SUCCEEDED" ? (
                      <Text size="sm" c="green" fw={500}>
                        Succeeded
                      </Text>
                    ) : (
                      <Stack gap={2}>
                        <Text size="sm" c="red.8" fw={500}>
                          Refused
                        </Text>
                        <Text size="xs">{entry.refusalCodes.join(", ")}</Text>
                      </Stack>
                    ),
                },
                {
                  header: "Subject",
                  cell: (entry) =>
                    entry.subjectType ? (
                      <Stack gap={0}>
                        <Text size="sm">{entry.subjectType}</Text>
                        <Text size="xs" c="dimmed">
                          {entry.subjectId}
                        </Text>
                      </Stack>
                    ) : (
                      "—"
                    ),
                },
                { header: "Changes", cell: (entry) => <Changes entry={entry} /> },
              ]}
            />
          )}
        </PagedQueryState>
      )}
    </>
  );
}
