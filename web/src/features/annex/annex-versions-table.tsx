import { Button } from "@mantine/core";
import { DataTable } from "../../components/data-table";
import { type BadgeLook, StatusBadge } from "../../components/status-badge";
import type { AnnexVersionFieldsFragment } from "../../gql/graphql";
import { formatDateTime } from "../../lib/dates";

type Stage = "upcoming" | "inForce" | "replaced";

const STAGES: Record<Stage, BadgeLook> = {
  upcoming: { label: "Upcoming", color: "blue" },
  inForce: { label: "In force", color: "green" },
  replaced: { label: "Replaced", color: "gray" },
};

/**
 * Where each version stands at `now`. A version never takes effect before the one published
 * before it, so the one in force is the highest-numbered that has taken effect (on a shared date
 * too, as the server decides); those still to take effect come after it, the rest it replaced.
 */
function stages(versions: readonly AnnexVersionFieldsFragment[], now: number): Map<string, Stage> {
  const started = versions.filter((version) => Date.parse(version.effectiveAt) <= now);
  const inForce = started.reduce<AnnexVersionFieldsFragment | undefined>(
    (latest, version) => (!latest || version.version > latest.version ? version : latest),
    undefined,
  );
  const stageOf = (version: AnnexVersionFieldsFragment): Stage => {
    if (version === inForce) return "inForce";
    return Date.parse(version.effectiveAt) > now ? "upcoming" : "replaced";
  };
  return new Map(versions.map((version) => [version.id, stageOf(version)]));
}

interface AnnexVersionsTableProps {
  /** Newest first, as the API lists them. */
  versions: readonly AnnexVersionFieldsFragment[];
  now: number;
  onRead: (version: AnnexVersionFieldsFragment) => void;
}

export function AnnexVersionsTable({ versions, now, onRead }: AnnexVersionsTableProps) {
  const stageOf = stages(versions, now);
  return (
    <DataTable
      label="Versions of the reselling annex"
      minWidth={720}
      rows={versions}
      rowKey={(version) => version.id}
      columns={[
        { header: "Version", align: "right", cell: (version) => version.version },
        { header: "Title", cell: (version) => version.title },
        {
          header: "Status",
          cell: (version) => <StatusBadge {...STAGES[stageOf.get(version.id) ?? "replaced"]} />,
        },
        { header: "In force from", nowrap: true, cell: (version) => formatDateTime(version.effectiveAt) },
        { header: "Published", nowrap: true, cell: (version) => formatDateTime(version.publishedAt) },
      ]}
      actions={(version) => (
        <Button
          size="xs"
          variant="subtle"
          aria-label={`Read version ${version.version}`}
          onClick={() => onRead(version)}
        >
          Read
        </Button>
      )}
    />
  );
}
