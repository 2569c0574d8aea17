import { useMutation, useQuery } from "@apollo/client/react";
import { Button, Code, Group, Modal, Select, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { DataTable, NoValue } from "../../components/data-table";
import { EmptyState } from "../../components/empty-state";
import { PagedQueryState } from "../../components/paged-query-state";
import { StackedTable } from "../../components/stacked-table";
import { StatusBadge } from "../../components/status-badge";
import type {
  WebhookDeliveriesQuery,
  WebhookDeliveryStatus,
  WebhookEndpointFieldsFragment,
} from "../../gql/graphql";
import { formatDateTime } from "../../lib/dates";
import { errorMessage } from "../../lib/graphql-errors";
import { notifyFailure, notifySuccess } from "../../lib/notify";
import { userErrorsMessage } from "../../lib/user-errors";
import {
  WebhookDeliveriesDocument,
  WebhookDeliveryRedeliverDocument,
  WebhookEndpointsDocument,
} from "./webhooks.generated";

type Delivery = WebhookDeliveriesQuery["webhookDeliveries"]["edges"][number]["node"];

const STATUS_LABELS: Record<WebhookDeliveryStatus, { label: string; color: string }> = {
  PENDING: { label: "Retrying", color: "yellow" },
  SUCCEEDED: { label: "Delivered", color: "green" },
  FAILED: { label: "Failed", color: "red" },
};

/** One endpoint's deliveries, newest first, filtered by status and event type. */
export function DeliveryLog({ endpoint }: { endpoint: WebhookEndpointFieldsFragment }) {
  const [status, setStatus] = useState<WebhookDeliveryStatus | null>(null);
  const [eventType, setEventType] = useState<string | null>(null);
  const [details, setDetails] = useState<Delivery | null>(null);
  const deliveries = useQuery(WebhookDeliveriesDocument, {
    variables: { filter: { endpointId: endpoint.id, status, eventType } },
    pollInterval: 5000,
  });
  const types = useQuery(WebhookEndpointsDocument);
  const [redeliver] = useMutation(WebhookDeliveryRedeliverDocument);

  const again = async (delivery: Delivery) => {
    try {
      const { data } = await redeliver({ variables: { id: delivery.id } });
      const problem = userErrorsMessage(data?.webhookDeliveryRedeliver?.userErrors ?? []);
      if (problem) notifyFailure(problem);
      else {
        notifySuccess(`${delivery.eventType} is posted again with the same webhook-id.`, "Redelivering");
        await deliveries.refetch();
      }
    } catch (error) {
      notifyFailure(errorMessage(error));
    }
  };

  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        Delivery log: {endpoint.url}
      </Title>
      <Group>
        <Select
          label="Status"
          placeholder="Any status"
          clearable
          value={status}
          onChange={(value) => setStatus(value as WebhookDeliveryStatus | null)}
          data={(Object.keys(STATUS_LABELS) as WebhookDeliveryStatus[]).map((value) => ({
            value,
            label: STATUS_LABELS[value].label,
          }))}
        />
        <Select
          label="Event type"
          placeholder="Any event"
          clearable
          searchable
          value={eventType}
          onChange={setEventType}
          data={["webhook.test", ...(types.data?.webhookEventTypes ?? [])]}
        />
      </Group>
      <PagedQueryState
        query={deliveries}
        connection={(data) => data.webhookDeliveries}
        what="deliveries"
        errorTitle="Could not load the delivery log"
        empty={
          <EmptyState
            title="No deliveries"
            description={
              status || eventType
                ? "None match these filters."
                : "Events of the types this endpoint receives show here once they happen. Send a test event to try it."
            }
          />
        }
      >
        {(nodes) => (
          <DataTable
            label="Deliveries"
            minWidth={900}
            rows={nodes}
            rowKey={(d) => d.id}
            columns={[
              { header: "Event", cell: (d) => <Code>{d.eventType}</Code> },
              { header: "webhook-id", cell: (d) => <Text size="xs">{d.webhookId}</Text> },
              {
                header: "Status",
                cell: (d) => (
                  <StatusBadge label={STATUS_LABELS[d.status].label} color={STATUS_LABELS[d.status].color} />
                ),
              },
              { header: "Attempts", align: "right", cell: (d) => d.attempts },
              {
                header: "Response",
                align: "right",
                cell: (d) => d.lastResponseStatus ?? <NoValue />,
              },
              {
                header: "Duration",
                align: "right",
                cell: (d) => (d.durationMs == null ? <NoValue /> : `${d.durationMs} ms`),
              },
              { header: "Time", nowrap: true, cell: (d) => formatDateTime(d.createdAt) },
            ]}
            actions={(d) => (
              <Group gap={4} wrap="nowrap">
                <Button size="xs" variant="subtle" onClick={() => setDetails(d)}>
                  Details
                </Button>
                <Button size="xs" variant="subtle" disabled={!endpoint.enabled} onClick={() => again(d)}>
                  Redeliver
                </Button>
              </Group>
            )}
          />
        )}
      </PagedQueryState>
      <Modal opened={details !== null} onClose={() => setDetails(null)} title={details?.eventType} size="xl">
        {details && (
          <Stack>
            <Text size="sm">
              webhook-id <Code>{details.webhookId}</Code>
            </Text>
            {details.attemptLog.length === 0 ? (
              <Text c="dimmed">No attempt yet.</Text>
            ) : (
              <StackedTable label="Attempts">
                <StackedTable.Thead>
                  <StackedTable.Tr>
                    <StackedTable.Th>#</StackedTable.Th>
                    <StackedTable.Th>Time</StackedTable.Th>
                    <StackedTable.Th>Response</StackedTable.Th>
                    <StackedTable.Th>Duration</StackedTable.Th>
                    <StackedTable.Th>Body or error</StackedTable.Th>
                  </StackedTable.Tr>
                </StackedTable.Thead>
                <StackedTable.Tbody>
                  {details.attemptLog.map((a) => (
                    <StackedTable.Tr key={a.number}>
                      <StackedTable.Td label="Attempt">{a.number}</StackedTable.Td>
                      <StackedTable.Td label="Time">{formatDateTime(a.startedAt)}</StackedTable.Td>
                      <StackedTable.Td label="Response">{a.responseStatus ?? "none"}</StackedTable.Td>
                      <StackedTable.Td label="Duration">{a.durationMs} ms</StackedTable.Td>
                      <StackedTable.Td label="Body or error" wide>
                        {a.error && (
                          <Text size="xs" c="red">
                            {a.error}
                          </Text>
                        )}
                        {a.responseBody && (
                          <Code
                            block
                            style={{ whiteSpace: "pre-wrap", wordBreak: "break-all", maxHeight: 200 }}
                          >
                            {a.responseBody}
                          </Code>
                        )}
                      </StackedTable.Td>
                    </StackedTable.Tr>
                  ))}
                </StackedTable.Tbody>
              </StackedTable>
            )}
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
