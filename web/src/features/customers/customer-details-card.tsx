import { useMutation } from "@apollo/client/react";
import { Alert, Button, Card, DataList, Group, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { isNotEmpty, useForm } from "@mantine/form";
import { type ReactNode, useState } from "react";
import { type CustomerQuery, CustomerUpdateDocument } from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { errorMessage } from "../../lib/graphql-errors";
import { notifySuccess } from "../../lib/notify";
import { userErrorsToFormErrors } from "../../lib/user-errors";
import { forgetCustomerLists } from "./customer-cache";
import { CustomerStatusBadge } from "./customer-status-badge";

export type CustomerDetail = NonNullable<CustomerQuery["customer"]>;

const FIELDS = ["companyName", "comment"];

interface CustomerDetailsCardProps {
  customer: CustomerDetail;
  /** Whether the viewer may change the company name and comment. */
  canEdit: boolean;
}

/** Who the customer is; the company name and the private comment are edited in place. */
export function CustomerDetailsCard({ customer, canEdit }: CustomerDetailsCardProps) {
  const [editing, setEditing] = useState(false);

  return (
    <Card withBorder radius="md" padding="lg" maw={720} component="section" aria-labelledby="details-heading">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4" id="details-heading">
          Details
        </Title>
        {canEdit && !editing && (
          <Button size="xs" variant="default" onClick={() => setEditing(true)}>
            Edit
          </Button>
        )}
      </Group>
      {editing ? (
        <EditDetailsForm customer={customer} onDone={() => setEditing(false)} />
      ) : (
        <DataList labelWidth={140} withDivider>
          <Row label="Company name">{customer.companyName}</Row>
          <Row label="Comment">
            {customer.comment ? (
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                {customer.comment}
              </Text>
            ) : (
              <Text size="sm" c="dimmed">
                None
              </Text>
            )}
            <Text size="xs" c="dimmed">
              Only your team sees this.
            </Text>
          </Row>
          <Row label="Email">{customer.email}</Row>
          <Row label="Status">
            <CustomerStatusBadge status={customer.status} />
            {customer.status === "INVITED" && (
              <Text size="xs" c="dimmed" mt={4}>
                They have not set their password through the activation link yet.
              </Text>
            )}
          </Row>
          <Row label="Added">{formatDate(customer.addedAt)}</Row>
        </DataList>
      )}
    </Card>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

function EditDetailsForm({ customer, onDone }: { customer: CustomerDetail; onDone: () => void }) {
  const [update] = useMutation(CustomerUpdateDocument);
  const form = useForm({
    initialValues: { companyName: customer.companyName, comment: customer.comment },
    validate: { companyName: isNotEmpty("Enter the company name") },
  });

  const submit = form.onSubmit(async ({ companyName, comment }) => {
    try {
      const { data } = await update({
        variables: { id: customer.id, input: { companyName: companyName.trim(), comment: comment.trim() } },
        // A new name moves the customer in lists sorted or searched by name.
        update: (cache, { data: result }) => {
          if (result?.customerUpdate.customer) forgetCustomerLists(cache);
        },
      });
      const userErrors = data?.customerUpdate.userErrors ?? [];
      if (userErrors.length > 0) {
        form.setErrors(userErrorsToFormErrors(userErrors, FIELDS));
        return;
      }
      notifySuccess(`${companyName.trim()}'s details are saved.`, "Customer updated");
      onDone();
    } catch (error) {
      form.setErrors({ formError: errorMessage(error) });
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Edit company name and comment">
      <Stack gap="sm">
        {form.errors.formError && (
          <Alert color="red" variant="light" title="Could not save">
            {form.errors.formError}
          </Alert>
        )}
        <TextInput label="Company name" required autoComplete="off" {...form.getInputProps("companyName")} />
        <Textarea
          label="Comment"
          description="A private note: only your team sees this."
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps("comment")}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={form.submitting}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
