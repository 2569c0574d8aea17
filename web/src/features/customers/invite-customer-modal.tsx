import { useMutation } from "@apollo/client/react";
import { Alert, Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { isEmail, isNotEmpty, useForm } from "@mantine/form";
import { useState } from "react";
import { useLocation } from "wouter";
import { FormModal } from "../../components/form-modal";
import { submitMutation } from "../../lib/user-errors";
import { CompanyFields } from "./company-fields";
import { forgetCustomerLists } from "./customer-cache";
import { CustomerInviteDocument } from "./invite-customer.generated";

interface InviteCustomerModalProps {
  opened: boolean;
  onClose: () => void;
}

interface Invited {
  /** The new entry of the list, to open it or act on it next. */
  customerId: string | null;
  email: string;
  companyName: string;
  accountCreated: boolean;
}

/** What the customer's page opens on arrival, when the reseller picked a next step here. */
export type CustomerNextStep = "subscription" | "trial";

/** Adds a customer by email: a new email gets an account and an activation link. */
export function InviteCustomerModal({ opened, onClose }: InviteCustomerModalProps) {
  const [invite] = useMutation(CustomerInviteDocument);
  const [, navigate] = useLocation();
  // What happened decides what the reseller tells the customer, so it is shown until read.
  const [invited, setInvited] = useState<Invited | null>(null);
  const form = useForm({
    initialValues: { email: "", companyName: "", comment: "" },
    validate: {
      email: isEmail("Enter an email address such as it@customer.com"),
      companyName: isNotEmpty("Enter the company name"),
    },
  });

  const startOver = () => {
    setInvited(null);
    form.reset();
  };

  const close = () => {
    setInvited(null);
    onClose();
  };

  /** Closes the dialog on the new customer's page, with the dialog of the next step open there. */
  const openCustomer = (customerId: string, next?: CustomerNextStep) => {
    close();
    navigate(`/customers/${customerId}`, { state: next ? { open: next } : null });
  };

  const submit = ({ email, companyName, comment }: typeof form.values) =>
    submitMutation(
      form,
      async () =>
        (
          await invite({
            variables: {
              input: { email: email.trim(), companyName: companyName.trim(), comment: comment.trim() },
            },
            update: (cache, { data: result }) => {
              if (result?.customerInvite.customer) forgetCustomerLists(cache);
            },
          })
        ).data?.customerInvite,
      {
        fields: ["email", "companyName", "comment"],
        onSuccess: (payload) =>
          setInvited({
            customerId: payload.customer?.id ?? null,
            email: payload.customer?.email ?? email.trim(),
            companyName: payload.customer?.companyName ?? companyName.trim(),
            accountCreated: payload.accountCreated ?? false,
          }),
      },
    );

  return (
    <FormModal
      opened={opened}
      onClose={close}
      title={invited ? "Customer added" : "Add customer"}
      errorTitle="Could not add the customer"
      form={form}
      onSubmit={submit}
      submitLabel="Send invite"
      outcome={
        invited && (
          <InvitedView invited={invited} onAddAnother={startOver} onDone={close} onOpen={openCustomer} />
        )
      }
    >
      <TextInput
        label="Email"
        description="Their own account's email, or the one they want to use for it."
        type="email"
        required
        data-autofocus
        autoComplete="off"
        {...form.getInputProps("email")}
      />
      <CompanyFields
        companyName={form.getInputProps("companyName")}
        comment={form.getInputProps("comment")}
        commentRows={6}
      />
    </FormModal>
  );
}

interface InvitedViewProps {
  invited: Invited;
  onAddAnother: () => void;
  onDone: () => void;
  onOpen: (customerId: string, next?: CustomerNextStep) => void;
}

function InvitedView({ invited, onAddAnother, onDone, onOpen }: InvitedViewProps) {
  const { customerId } = invited;
  return (
    <Stack>
      <Alert color="green" variant="light">
        {invited.accountCreated
          ? `We created an account for ${invited.email} and sent an activation link.`
          : `${invited.email} already has an account; we told them you added them.`}
      </Alert>
      {customerId && (
        <Stack gap="xs">
          <Text size="sm">What next for {invited.companyName}?</Text>
          <Group gap="sm">
            <Button variant="light" onClick={() => onOpen(customerId)}>
              Open customer
            </Button>
            <Button variant="light" onClick={() => onOpen(customerId, "subscription")}>
              Add subscription
            </Button>
            <Button variant="light" onClick={() => onOpen(customerId, "trial")}>
              Add trial
            </Button>
          </Group>
        </Stack>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onAddAnother}>
          Add another
        </Button>
        <Button onClick={onDone} data-autofocus>
          Done
        </Button>
      </Group>
    </Stack>
  );
}
