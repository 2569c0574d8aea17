import { useMutation, useQuery } from "@apollo/client/react";
import { Badge, Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { ConfirmModal } from "../../components/confirm-modal";
import { DataTable, NoValue, RowTitle } from "../../components/data-table";
import { EmptyState } from "../../components/empty-state";
import { PageHeader } from "../../components/page-header";
import { QueryState } from "../../components/query-state";
import { StatusBadge } from "../../components/status-badge";
import { useConfirm } from "../../components/use-confirm";
import type { WebhookEndpointFieldsFragment } from "../../gql/graphql";
import { formatDateTime } from "../../lib/dates";
import { errorMessage } from "../../lib/graphql-errors";
import { notifyFailure, notifySuccess } from "../../lib/notify";
import { problemOr, userErrorsMessage } from "../../lib/user-errors";
import { DeliveryLog } from "./delivery-log";
import { EndpointFormModal } from "./endpoint-form-modal";
import { SecretModal } from "./secret-modal";
import {
  WebhookEndpointDeleteDocument,
  WebhookEndpointRotateSecretDocument,
  WebhookEndpointSendTestDocument,
  WebhookEndpointsDocument,
  WebhookEndpointUpdateDocument,
} from "./webhooks.generated";

type Editing = { mode: "create" } | { mode: "edit"; endpoint: WebhookEndpointFieldsFragment } | null;

export function WebhooksPage() {
  const endpoints = useQuery(WebhookEndpointsDocument);
  const [updateEndpoint] = useMutation(WebhookEndpointUpdateDocument);
  const [deleteEndpoint] = useMutation(WebhookEndpointDeleteDocument, {
    refetchQueries: [WebhookEndpointsDocument],
  });
  const [rotateSecret] = useMutation(WebhookEndpointRotateSecretDocument, { fetchPolicy: "no-cache" });
  const [sendTest] = useMutation(WebhookEndpointSendTestDocument);
  const [editing, setEditing] = useState<Editing>(null);
  // A secret lives only here, never in the Apollo cache, and is forgotten when its dialog closes.
  const [secret, setSecret] = useState<{ title: string; url: string; secret: string } | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const deletion = useConfirm<WebhookEndpointFieldsFragment>();
  const rotation = useConfirm<WebhookEndpointFieldsFragment>();

  const remove = async (endpoint: WebhookEndpointFieldsFragment) => {
    const { data } = await deleteEndpoint({ variables: { id: endpoint.id } });
    return problemOr(data?.webhookEndpointDelete, () => {
      if (selected === endpoint.id) setSelected(null);
      notifySuccess(`${endpoint.url} receives no more events.`, "Endpoint deleted");
    });
  };

  const rotate = async (endpoint: WebhookEndpointFieldsFragment) => {
    const { data } = await rotateSecret({
      variables: { id: endpoint.id },
      refetchQueries: [WebhookEndpointsDocument],
    });
    const payload = data?.webhookEndpointRotateSecret;
    return problemOr(payload, () => {
      if (payload?.secret)
        setSecret({ title: "New signing secret", url: endpoint.url, secret: payload.secret });
    });
  };

  const toggle = async (endpoint: WebhookEndpointFieldsFragment) => {
    try {
      const { data } = await updateEndpoint({
        variables: { input: { id: endpoint.id, enabled: !endpoint.enabled } },
      });
      const problem = userErrorsMessage(data?.webhookEndpointUpdate?.userErrors ?? []);
      if (problem) notifyFailure(problem);
      else notifySuccess(`${endpoint.url} is ${endpoint.enabled ? "disabled" : "enabled"}.`);
    } catch (error) {
      notifyFailure(errorMessage(error));
    }
  };

  const test = async (endpoint: WebhookEndpointFieldsFragment) => {
    try {
      const { data } = await sendTest({ variables: { id: endpoint.id } });
      const problem = userErrorsMessage(data?.webhookEndpointSendTest?.userErrors ?? []);
      if (problem) notifyFailure(problem);
      else {
        setSelected(endpoint.id);
        notifySuccess("A webhook.test event is on its way; it shows in the delivery log.", "Test event sent");
      }
    } catch (error) {
      notifyFailure(errorMessage(error));
    }
  };

  return (
    <>
      <PageHeader
        title="Webhooks"
        description="Reseller Hub posts your account's events to these URLs as they happen, signed per the Standard Webhooks specification, and retries for 3 days until they answer with a 2xx."
        actions={<Button onClick={() => setEditing({ mode: "create" })}>Add endpoint</Button>}
      />
      <QueryState
        query={endpoints}
        errorTitle="Could not load the webhook endpoints"
        isEmpty={({ webhookEndpoints }) => webhookEndpoints.length === 0}
        empty={
          <EmptyState
            title="No webhook endpoints yet"
            description="Add one to have your systems hear of new customers, subscriptions and invoices without polling."
            action={
              <Button variant="light" onClick={() => setEditing({ mode: "create" })}>
                Add your first endpoint
              </Button>
            }
          />
        }
      >
        {({ webhookEndpoints }) => (
          <Stack gap="xl">
            <DataTable
              label="Webhook endpoints"
              minWidth={900}
              rows={webhookEndpoints}
              rowKey={(endpoint) => endpoint.id}
              columns={[
                {
                  header: "URL",
                  cell: (endpoint) => (
                    <Stack gap={2}>
                      <RowTitle>{endpoint.url}</RowTitle>
                      {endpoint.description && (
                        <Text size="xs" c="dimmed">
                          {endpoint.description}
                        </Text>
                      )}
                    </Stack>
                  ),
                },
                {
                  header: "Events",
                  cell: (endpoint) =>
                    endpoint.eventTypes.length === 0 ? (
                      "All events"
                    ) : (
                      <Group gap={4}>
                        {endpoint.eventTypes.map((type) => (
                          <Badge key={type} variant="light" size="sm" tt="none">
                            {type}
                          </Badge>
                        ))}
                      </Group>
                    ),
                },
                {
                  header: "Status",
                  cell: (endpoint) => (
                    <Stack gap={2}>
                      {endpoint.enabled ? (
                        <StatusBadge label="Enabled" color="green" />
                      ) : (
                        <StatusBadge label="Disabled" color="gray" />
                      )}
                      {endpoint.disabledReason && (
                        <Text size="xs" c="dimmed">
                          {endpoint.disabledReason}
                        </Text>
                      )}
                    </Stack>
                  ),
                },
                {
                  header: "Failing since",
                  cell: (endpoint) =>
                    endpoint.failingSince ? (
                      <Text size="sm" c="red">
                        {formatDateTime(endpoint.failingSince)}
                      </Text>
                    ) : (
                      <NoValue />
                    ),
                },
              ]}
              actions={(endpoint) => (
                <Group gap={4} wrap="nowrap">
                  <Button size="xs" variant="subtle" onClick={() => setSelected(endpoint.id)}>
                    Deliveries
                  </Button>
                  <Button size="xs" variant="subtle" onClick={() => setEditing({ mode: "edit", endpoint })}>
                    Edit
                  </Button>
                  <Button size="xs" variant="subtle" onClick={() => toggle(endpoint)}>
                    {endpoint.enabled ? "Disable" : "Enable"}
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    disabled={!endpoint.enabled}
                    onClick={() => test(endpoint)}
                  >
                    Send test
                  </Button>
                  <Button size="xs" variant="subtle" onClick={() => rotation.ask(endpoint)}>
                    Rotate secret
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    aria-label={`Delete ${endpoint.url}`}
                    onClick={() => deletion.ask(endpoint)}
                  >
                    Delete
                  </Button>
                </Group>
              )}
            />
            {selected && webhookEndpoints.some((e) => e.id === selected) && (
              <DeliveryLog
                endpoint={webhookEndpoints.find((e) => e.id === selected) as WebhookEndpointFieldsFragment}
              />
            )}
          </Stack>
        )}
      </QueryState>

      <EndpointFormModal
        opened={editing !== null}
        endpoint={editing?.mode === "edit" ? editing.endpoint : null}
        eventTypes={endpoints.data?.webhookEventTypes ?? []}
        onClose={() => setEditing(null)}
        onCreated={(url, created) =>
          setSecret({ title: "Your endpoint's signing secret", url, secret: created })
        }
      />
      <SecretModal shown={secret} onClose={() => setSecret(null)} />

      <ConfirmModal
        confirmation={deletion}
        title="Delete endpoint"
        confirmLabel="Delete endpoint"
        danger
        onConfirm={remove}
      >
        <Text>
          Delete <b>{deletion.target?.url}</b> with its delivery log? It receives no more events. This cannot
          be undone.
        </Text>
      </ConfirmModal>
      <ConfirmModal
        confirmation={rotation}
        title="Rotate signing secret"
        confirmLabel="Rotate secret"
        onConfirm={rotate}
      >
        <Text>
          Give <b>{rotation.target?.url}</b> a new signing secret? For 24 hours every delivery is signed with
          both the old and the new one, so you can switch your receiver over without missing an event.
        </Text>
      </ConfirmModal>
    </>
  );
}
