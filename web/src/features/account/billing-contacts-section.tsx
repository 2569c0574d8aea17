import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { isEmail, useForm } from "@mantine/form";
import { ConfirmModal } from "../../components/confirm-modal";
import { DataTable, NoValue } from "../../components/data-table";
import { EmptyState } from "../../components/empty-state";
import { QueryState } from "../../components/query-state";
import { PageSection } from "../../components/sections";
import { useConfirm } from "../../components/use-confirm";
import type { BillingContactsQuery } from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { notifySuccess } from "../../lib/notify";
import { problemOr, submitMutation } from "../../lib/user-errors";
import {
  BillingContactAddDocument,
  BillingContactRemoveDocument,
  BillingContactsDocument,
} from "./billing-contacts.generated";

type BillingContact = BillingContactsQuery["billingContacts"][number];

/** Who receives the account's billing notices: the owner adds and removes them. */
export function BillingContactsSection() {
  const contacts = useQuery(BillingContactsDocument);
  const [removeContact] = useMutation(BillingContactRemoveDocument);
  const removal = useConfirm<BillingContact>();

  const remove = async (contact: BillingContact) => {
    const { data } = await removeContact({
      variables: { id: contact.id },
      refetchQueries: [BillingContactsDocument],
      awaitRefetchQueries: true,
    });
    return problemOr(data?.billingContactRemove, () =>
      notifySuccess(`${contact.email} no longer receives billing notices.`, "Billing contact removed"),
    );
  };

  return (
    <PageSection
      title="Billing contacts"
      description="They receive invoices and notices of renewals, terminations, trial ends and failed payments by email."
    >
      <Stack gap="lg" maw={720} mt="md">
        <QueryState
          query={contacts}
          errorTitle="Could not load the billing contacts"
          isEmpty={({ billingContacts }) => billingContacts.length === 0}
          empty={
            <EmptyState title="No billing contacts" description="Add someone to receive billing notices." />
          }
        >
          {({ billingContacts }) => (
            <Stack gap="xs">
              <DataTable
                label="Billing contacts"
                rows={billingContacts}
                rowKey={(contact) => contact.id}
                columns={[
                  { header: "Name", cell: (contact) => contact.name || <NoValue /> },
                  { header: "Email", cell: (contact) => contact.email },
                  { header: "Added", cell: (contact) => formatDate(contact.createdAt) },
                ]}
                actions={(contact) => (
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    disabled={billingContacts.length <= 1}
                    aria-label={`Remove ${contact.email}`}
                    onClick={() => removal.ask(contact)}
                  >
                    Remove
                  </Button>
                )}
              />
              {billingContacts.length <= 1 && (
                <Text size="sm" c="dimmed">
                  An account keeps at least one billing contact: add another before removing this one.
                </Text>
              )}
            </Stack>
          )}
        </QueryState>
        <AddBillingContactForm />
      </Stack>

      <ConfirmModal
        confirmation={removal}
        title="Remove billing contact"
        confirmLabel="Remove"
        danger
        onConfirm={remove}
      >
        <Text>
          Stop sending billing notices to <b>{removal.target?.email}</b>?
        </Text>
      </ConfirmModal>
    </PageSection>
  );
}

function AddBillingContactForm() {
  const [add] = useMutation(BillingContactAddDocument);
  const form = useForm({
    initialValues: { email: "", name: "" },
    validate: { email: isEmail("Enter an email address such as billing@company.com") },
  });

  const submit = form.onSubmit(({ email, name }) =>
    submitMutation(
      form,
      async () =>
        (
          await add({
            variables: { input: { email: email.trim(), name: name.trim() || null } },
            refetchQueries: [BillingContactsDocument],
            awaitRefetchQueries: true,
          })
        ).data?.billingContactAdd,
      {
        fields: ["email", "name"],
        onSuccess: (payload) => {
          notifySuccess(
            `${payload.billingContact?.email ?? email} receives billing notices from now on.`,
            "Billing contact added",
          );
          form.reset();
        },
      },
    ),
  );

  return (
    <form onSubmit={submit} noValidate aria-label="Add billing contact">
      <Stack gap="sm">
        <Title order={3} size="h5">
          Add billing contact
        </Title>
        {form.errors.formError && (
          <Alert color="red" variant="light">
            {form.errors.formError}
          </Alert>
        )}
        <Group align="flex-start" grow>
          <TextInput
            label="Email"
            type="email"
            required
            autoComplete="off"
            {...form.getInputProps("email")}
          />
          <TextInput label="Name" placeholder="Optional" autoComplete="off" {...form.getInputProps("name")} />
        </Group>
        <Group>
          <Button type="submit" loading={form.submitting}>
            Add contact
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
