import { useQuery } from "@apollo/client/react";
import { Button, Modal, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { EmptyState } from "../../components/empty-state";
import { PageHeader } from "../../components/page-header";
import { PagedQueryState } from "../../components/paged-query-state";
import { useDialog } from "../../components/use-dialog";
import type { AnnexVersionFieldsFragment } from "../../gql/graphql";
import { formatDateTime } from "../../lib/dates";
import { AnnexText } from "./annex-text";
import { AnnexVersionsDocument } from "./annex-versions.generated";
import { AnnexVersionsTable } from "./annex-versions-table";
import { PublishAnnexModal } from "./publish-annex-modal";

/** Vendor staff's versions of the reselling annex, and publishing the next one. */
export function AnnexVersionsPage() {
  const versions = useQuery(AnnexVersionsDocument);
  const [publishOpened, publish] = useDisclosure();
  const reading = useDialog<AnnexVersionFieldsFragment>();

  return (
    <>
      <PageHeader
        title="Reselling annex"
        description="The reselling terms added to each reseller's Customer Agreement. From a version's date, a reseller's purchases and trials are paused until its owner accepts it; renewals go on."
        actions={<Button onClick={publish.open}>Publish a version</Button>}
      />
      <PagedQueryState
        query={versions}
        connection={(data) => data.annexVersions}
        what="versions"
        errorTitle="Could not load the versions of the annex"
        empty={
          <EmptyState
            title="No version published"
            description="Until one is, resellers buy and give trials without accepting an annex."
            action={<Button onClick={publish.open}>Publish a version</Button>}
          />
        }
      >
        {(nodes) => <AnnexVersionsTable versions={nodes} now={Date.now()} onRead={reading.open} />}
      </PagedQueryState>

      <PublishAnnexModal opened={publishOpened} onClose={publish.close} />

      <Modal
        opened={reading.opened}
        onClose={reading.close}
        closeButtonProps={{ "aria-label": "Close" }}
        title={reading.item && `Version ${reading.item.version}: ${reading.item.title}`}
        size="xl"
        centered
      >
        {reading.item && (
          <>
            <Text size="sm" c="dimmed" mb="md">
              In force from {formatDateTime(reading.item.effectiveAt)}; published{" "}
              {formatDateTime(reading.item.publishedAt)}.
            </Text>
            <AnnexText html={reading.item.bodyHtml} />
          </>
        )}
      </Modal>
    </>
  );
}
