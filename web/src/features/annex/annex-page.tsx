import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Anchor, Button, Group, Stack, Text } from "@mantine/core";
import { Link } from "wouter";
import { ConfirmModal } from "../../components/confirm-modal";
import { DataTable } from "../../components/data-table";
import { EmptyState } from "../../components/empty-state";
import { PageHeader } from "../../components/page-header";
import { QueryState } from "../../components/query-state";
import { PageSection, SectionCard } from "../../components/sections";
import { StatusBadge } from "../../components/status-badge";
import { useConfirm } from "../../components/use-confirm";
import type {
  AnnexAcceptanceFieldsFragment,
  AnnexStatusQuery,
  AnnexVersionFieldsFragment,
} from "../../gql/graphql";
import { formatDate, formatDateTime } from "../../lib/dates";
import { notifySuccess } from "../../lib/notify";
import { problemOr } from "../../lib/user-errors";
import { useSignedInViewer } from "../../session/viewer";
import { AnnexAcceptDocument, AnnexStatusDocument } from "./annex.generated";
import { AnnexText } from "./annex-text";

type AnnexStatus = AnnexStatusQuery["annexStatus"];
type Person = AnnexStatus["acceptors"][number];

/** The version in force, or the next one, published to take effect later. */
type Stage = "inForce" | "upcoming";

interface Pending {
  version: AnnexVersionFieldsFragment;
  stage: Stage;
}

/**
 * The reselling annex of the account: the version in force and any coming one, each with its
 * text and whether it is accepted, and every acceptance with its record as a PDF. The owner
 * accepts here, on behalf of the company.
 */
export function AnnexPage() {
  const { account } = useSignedInViewer();
  const company = account?.name ?? "your company";
  // Staff may publish a version at any time, so each visit asks again.
  const status = useQuery(AnnexStatusDocument, { fetchPolicy: "cache-and-network" });
  const [acceptVersion] = useMutation(AnnexAcceptDocument);
  const acceptance = useConfirm<Pending>();

  const accept = async ({ version, stage }: Pending) => {
    const { data } = await acceptVersion({
      variables: { versionId: version.id },
      // The banner across the pages reads the same cached status, so it goes with the answer.
      refetchQueries: [AnnexStatusDocument],
      awaitRefetchQueries: true,
    });
    return problemOr(data?.annexAccept, () =>
      notifySuccess(
        stage === "inForce"
          ? `${company} accepted version ${version.version}: purchases and trials are open.`
          : `${company} accepted version ${version.version} ahead of ${formatDate(version.effectiveAt)}.`,
        "Reselling annex accepted",
      ),
    );
  };

  return (
    <Stack gap={0}>
      <Anchor component={Link} to="/account" size="sm" mb="xs">
        ← Account
      </Anchor>
      <PageHeader
        title="Reselling annex"
        description="The reselling terms added to your Customer Agreement with the vendor. Your account's owner accepts each new version; until the version in force is accepted, purchases and trials are paused."
      />
      <QueryState
        query={status}
        errorTitle="Could not load the reselling annex"
        isEmpty={({ annexStatus }) => !annexStatus.inForce && !annexStatus.upcoming}
        empty={
          <EmptyState
            title="No reselling annex yet"
            description="The vendor has not published one. When it does, it shows here for your account's owner to accept."
          />
        }
      >
        {({ annexStatus }) => (
          <Stack gap="xl">
            {annexStatus.inForce && (
              <VersionCard
                version={annexStatus.inForce}
                stage="inForce"
                status={annexStatus}
                onAccept={acceptance.ask}
              />
            )}
            {annexStatus.upcoming && (
              <VersionCard
                version={annexStatus.upcoming}
                stage="upcoming"
                status={annexStatus}
                onAccept={acceptance.ask}
              />
            )}
            <AcceptancesSection acceptances={annexStatus.acceptances} />
          </Stack>
        )}
      </QueryState>

      <ConfirmModal
        confirmation={acceptance}
        title={`Accept version ${acceptance.target?.version.version ?? ""} of the reselling annex`}
        confirmLabel={`Accept for ${company}`}
        onConfirm={accept}
      >
        <Text>
          You accept “{acceptance.target?.version.title}” on behalf of <b>{company}</b>, as part of its
          Customer Agreement with the vendor
          {acceptance.target?.stage === "upcoming"
            ? `, from ${formatDateTime(acceptance.target.version.effectiveAt)}.`
            : "."}
        </Text>
        <Text size="sm" c="dimmed">
          Your name, the time and the address you accept from are recorded; the record is yours to download as
          a PDF.
        </Text>
      </ConfirmModal>
    </Stack>
  );
}

interface VersionCardProps {
  version: AnnexVersionFieldsFragment;
  stage: Stage;
  status: AnnexStatus;
  onAccept: (pending: Pending) => void;
}

/** One version: when it applies, whether it is accepted and by whom, its text, and the way to accept it. */
function VersionCard({ version, stage, status, onAccept }: VersionCardProps) {
  const accepted = stage === "inForce" ? status.acceptedInForce : status.acceptedUpcoming;
  const record = status.acceptances.find((a) => a.annexVersion.id === version.id);
  const label = `Version ${version.version}`;
  const nextStep = status.canAccept
    ? "Read it below, then accept it on behalf of your company."
    : askOwner(status.acceptors);
  return (
    <SectionCard
      title={`${label}: ${version.title}`}
      label={`${label} of the reselling annex`}
      aside={
        accepted ? (
          <StatusBadge label="Accepted" color="green" />
        ) : stage === "inForce" ? (
          <StatusBadge label="Not accepted" color="orange" />
        ) : (
          <StatusBadge label="Not accepted yet" color="blue" />
        )
      }
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {stage === "inForce"
            ? `In force since ${formatDateTime(version.effectiveAt)}`
            : `Takes effect on ${formatDateTime(version.effectiveAt)}`}
          {" · "}published {formatDate(version.publishedAt)}
        </Text>
        {record ? (
          <Text size="sm">
            Accepted by {record.acceptedBy.name} ({record.acceptedBy.email}) on{" "}
            {formatDateTime(record.acceptedAt)} from {record.ip}.
          </Text>
        ) : (
          !accepted &&
          (stage === "inForce" ? (
            <Alert color="orange" variant="light" title="Purchases and trials are paused">
              Until {label.toLowerCase()} is accepted, your team cannot buy subscriptions or give trials;
              subscriptions you hold keep renewing. {nextStep}
            </Alert>
          ) : (
            <Text size="sm">
              It replaces the version in force on {formatDate(version.effectiveAt)}. Accepted ahead, it lets
              purchases and trials go on without a pause. {nextStep}
            </Text>
          ))
        )}
        <AnnexText html={version.bodyHtml} />
        {!accepted && status.canAccept && (
          <Group mt="xs">
            <Button onClick={() => onAccept({ version, stage })}>Accept {label.toLowerCase()}</Button>
          </Group>
        )}
      </Stack>
    </SectionCard>
  );
}

/** Who to ask, for those who cannot accept: the account's owner, by name and email. */
function askOwner(acceptors: readonly Person[]): string {
  if (acceptors.length === 0) return "Only the account owner can accept it.";
  const names = acceptors.map((person) => `${person.name} (${person.email})`).join(" or ");
  return `Ask ${names}, the account owner, to accept it.`;
}

/** Every acceptance of the account, newest first, each with its record to download. */
function AcceptancesSection({ acceptances }: { acceptances: readonly AnnexAcceptanceFieldsFragment[] }) {
  return (
    <PageSection
      title="Acceptances"
      description="Each version your account accepted: who accepted it, when and from which address. The PDF holds the text and this record."
    >
      {acceptances.length === 0 ? (
        <EmptyState
          title="No acceptances yet"
          description="Once your account's owner accepts a version, the record shows here."
        />
      ) : (
        <DataTable
          label="Acceptances"
          rows={acceptances}
          rowKey={(a) => a.id}
          columns={[
            {
              header: "Version",
              cell: (a) => `Version ${a.annexVersion.version}: ${a.annexVersion.title}`,
            },
            { header: "Accepted", nowrap: true, cell: (a) => formatDateTime(a.acceptedAt) },
            {
              header: "By",
              cell: (a) => (
                <>
                  <Text size="sm">{a.acceptedBy.name}</Text>
                  <Text size="xs" c="dimmed">
                    {a.acceptedBy.email}
                  </Text>
                </>
              ),
            },
            { header: "From", cell: (a) => a.ip },
          ]}
          actions={(a) => (
            // Served to the signed-in reseller on this origin, so the session cookie goes with it.
            <Anchor
              href={a.pdfUrl}
              download
              size="sm"
              aria-label={`Download PDF of the acceptance of version ${a.annexVersion.version}`}
            >
              Download PDF
            </Anchor>
          )}
        />
      )}
    </PageSection>
  );
}
