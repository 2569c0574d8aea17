import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, Group, Stack, Table, Text, TextInput, Title, VisuallyHidden } from "@mantine/core";
import { isEmail, useForm } from "@mantine/form";
import { ConfirmModal } from "../../components/confirm-modal";
import { EmptyState, QueryState } from "../../components/query-state";
import { useConfirm } from "../../components/use-confirm";
import {
  BillingContactAddDocument,
  BillingContactRemoveDocument,
  BillingContactsDocument,
  type BillingContactsQuery,
} from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { errorMessage } from "../../lib/graphql-errors";
import { notifySuccess } from "../../lib/notify";
import { userErrorsMessage, userErrorsToFormErrors } from "../../lib/user-errors";

type BillingContact = BillingContactsQuery["billingContacts"][number];

/** Who receives the account's billing notices: the owner adds and removes them. */
export function BillingContactsSection() {
  const { data, loading, error, refetch } = useQuery(BillingContactsDocument);
  const [removeContact] = useMutation(BillingContactRemoveDocument);
  const removal = useConfirm<BillingContact>();

  const remove = (contact: BillingContact) =>
    removal.confirm(async () => {
      const { data: result } = await removeContact({
        variables: { id: contact.id },
        refetchQueries: [BillingContactsDocument],
        awaitRefetchQueries: true,
      });
      const problem = userErrorsMessage(result?.billingContactRemove.userErrors ?? []);
      if (!problem)
        notifySuccess(`${contact.email} no longer receives billing notices.`, "Billing contact removed");
      return problem;
    });

  return (
    <section aria-labelledby="billing-contacts-heading">
      <Title order={2} size="h4" id="billing-contacts-heading">
        Billing contacts
      </Title>
      <Text c="dimmed" size="sm" mb="md">
        They receive invoices and notices of renewals, terminations, trial ends and failed payments by email.
      </Text>
      <Stack gap="lg" maw={720}>
        <QueryState
          data={data}
          loading={loading}
          error={error}
          onRetry={() => void refetch().catch(() => undefined)}
          errorTitle="Could not load the billing contacts"
          isEmpty={({ billingContacts }) => billingContacts.length === 0}
          empty={
            <EmptyState title="No billing contacts" description="Add someone to receive billing notices." />
          }
        >
          {({ billingContacts }) => (
            <Stack gap="xs">
              <Table verticalSpacing="sm" striped aria-label="Billing contacts">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Email</Table.Th>
                    <Table.Th>Added</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {billingContacts.map((contact) => (
                    <Table.Tr key={contact.id}>
                      <Table.Td>
                        {contact.name || (
                          <Text c="dimmed" size="sm">
                            —
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{contact.email}</Table.Td>
                      <Table.Td>{formatDate(contact.createdAt)}</Table.Td>
                      <Table.Td ta="right">
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
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
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
        onConfirm={(item) => void remove(item)}
      >
        <Text>
          Stop sending billing notices to <b>{removal.target?.email}</b>?
        </Text>
      </ConfirmModal>
    </section>
  );
}

function AddBillingContactForm() {
  const [add] = useMutation(BillingContactAddDocument);
  const form = useForm({
    initialValues: { email: "", name: "" },
    validate: { email: isEmail("Enter an email address such as billing@company.com") },
  });

  const submit = form.onSubmit(async ({ email, name }) => {
    try {
      const { data } = await add({
        variables: { input: { email: email.trim(), name: name.trim() || null } },
        refetchQueries: [BillingContactsDocument],
        awaitRefetchQueries: true,
      });
      const payload = data?.billingContactAdd;
      const userErrors = payload?.userErrors ?? [];
      if (userErrors.length > 0) {
        form.setErrors(userErrorsToFormErrors(userErrors, ["email", "name"]));
        return;
      }
      notifySuccess(
        `${payload?.billingContact?.email ?? email} receives billing notices from now on.`,
        "Billing contact added",
      );
      form.reset();
    } catch (error) {
      form.setErrors({ formError: errorMessage(error) });
    }
  });

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
