import { useMutation } from "@apollo/client/react";
import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { isNotEmpty, useForm } from "@mantine/form";
import { useState } from "react";
import { NoValue } from "../../components/data-table";
import { DetailList, SectionCard } from "../../components/sections";
import type { CustomerQuery } from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { notifySuccess } from "../../lib/notify";
import { submitMutation } from "../../lib/user-errors";
import { CompanyFields } from "./company-fields";
import { CustomerUpdateDocument } from "./customer.generated";
import { forgetCustomerLists } from "./customer-cache";
import { CustomerStatusBadge } from "./customer-status-badge";

export type CustomerDetail = NonNullable<CustomerQuery["customer"]>;

interface CustomerDetailsCardProps {
  customer: CustomerDetail;
  /** Whether the viewer may change the company name and comment. */
  canEdit: boolean;
}

/** Who the customer is; the company name and the private comment are edited in place. */
export function CustomerDetailsCard({ customer, canEdit }: CustomerDetailsCardProps) {
  const [editing, setEditing] = useState(false);

  return (
    <SectionCard
      title="Details"
      aside={
        canEdit &&
        !editing && (
          <Button size="xs" variant="default" onClick={() => setEditing(true)}>
            Edit
          </Button>
        )
      }
    >
      {editing ? (
        <EditDetailsForm customer={customer} onDone={() => setEditing(false)} />
      ) : (
        <DetailList
          details={[
            { label: "Company name", value: customer.companyName },
            {
              label: "Comment",
              value: (
                <>
                  {customer.comment ? (
                    <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                      {customer.comment}
                    </Text>
                  ) : (
                    <NoValue>None</NoValue>
                  )}
                  <Text size="xs" c="dimmed">
                    Only your team sees this.
                  </Text>
                </>
              ),
            },
            { label: "Email", value: customer.email },
            {
              label: "Status",
              value: (
                <>
                  <CustomerStatusBadge status={customer.status} />
                  {customer.status === "INVITED" && (
                    <Text size="xs" c="dimmed" mt={4}>
                      They have not set their password through the activation link yet.
                    </Text>
                  )}
                </>
              ),
            },
            { label: "Added", value: formatDate(customer.addedAt) },
          ]}
        />
      )}
    </SectionCard>
  );
}

function EditDetailsForm({ customer, onDone }: { customer: CustomerDetail; onDone: () => void }) {
  const [update] = useMutation(CustomerUpdateDocument);
  const form = useForm({
    initialValues: { companyName: customer.companyName, comment: customer.comment },
    validate: { companyName: isNotEmpty("Enter the company name") },
  });

  const submit = form.onSubmit(({ companyName, comment }) =>
    submitMutation(
      form,
      async () =>
        (
          await update({
            variables: {
              id: customer.id,
              input: { companyName: companyName.trim(), comment: comment.trim() },
            },
            // A new name moves the customer in lists sorted or searched by name.
            update: (cache, { data: result }) => {
              if (result?.customerUpdate.customer) forgetCustomerLists(cache);
            },
          })
        ).data?.customerUpdate,
      {
        fields: ["companyName", "comment"],
        onSuccess: () => {
          notifySuccess(`${companyName.trim()}'s details are saved.`, "Customer updated");
          onDone();
        },
      },
    ),
  );

  return (
    <form onSubmit={submit} noValidate aria-label="Edit company name and comment">
      <Stack gap="sm">
        {form.errors.formError && (
          <Alert color="red" variant="light" title="Could not save">
            {form.errors.formError}
          </Alert>
        )}
        <CompanyFields
          companyName={form.getInputProps("companyName")}
          comment={form.getInputProps("comment")}
          commentRows={8}
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
