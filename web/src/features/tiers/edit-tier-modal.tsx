import { useMutation } from "@apollo/client/react";
import { Alert, Group, NumberInput, TextInput } from "@mantine/core";
import { isNotEmpty, useForm } from "@mantine/form";
import { FormModal } from "../../components/form-modal";
import { type TierFieldsFragment, TierUpdateDocument } from "../../gql/graphql";
import { errorMessage } from "../../lib/graphql-errors";
import { notifySuccess } from "../../lib/notify";
import { userErrorsToFormErrors } from "../../lib/user-errors";

const FIELDS = ["name", "trialDays", "trialsPerMonth", "resellingPercent"];

interface TierFormValues {
  name: string;
  trialDays: number | string;
  trialsPerMonth: number | string;
  resellingPercent: number | string;
}

const needsNumber = (message: string) => (value: number | string) =>
  typeof value === "number" ? null : message;

interface EditTierModalProps {
  opened: boolean;
  onClose: () => void;
  /** The tier to edit; mount the dialog anew (with a `key`) for each tier. */
  tier: TierFieldsFragment | null;
}

/** Changes a tier's terms, for every reseller on it. */
export function EditTierModal({ opened, onClose, tier }: EditTierModalProps) {
  const [update] = useMutation(TierUpdateDocument);
  const form = useForm<TierFormValues>({
    initialValues: {
      name: tier?.name ?? "",
      trialDays: tier?.trialDays ?? "",
      trialsPerMonth: tier?.trialsPerMonth ?? "",
      resellingPercent: tier?.resellingPercent ?? "",
    },
    validate: {
      name: isNotEmpty("Enter the tier name"),
      trialDays: needsNumber("Enter how many days a trial lasts"),
      trialsPerMonth: needsNumber("Enter how many trials a month"),
      resellingPercent: needsNumber("Enter the reselling percentage"),
    },
  });

  const close = () => {
    form.reset();
    onClose();
  };

  const submit = form.onSubmit(async (values) => {
    if (!tier) return;
    try {
      const { data } = await update({
        variables: {
          code: tier.code,
          input: {
            name: values.name.trim(),
            trialDays: Number(values.trialDays),
            trialsPerMonth: Number(values.trialsPerMonth),
            resellingPercent: Number(values.resellingPercent),
          },
        },
      });
      const payload = data?.tierUpdate;
      const userErrors = payload?.userErrors ?? [];
      if (userErrors.length > 0) {
        form.setErrors(userErrorsToFormErrors(userErrors, FIELDS));
        return;
      }
      notifySuccess(
        `Resellers on ${payload?.tier?.name ?? values.name} get the new terms from now on.`,
        "Tier saved",
      );
      close();
    } catch (error) {
      form.setErrors({ formError: errorMessage(error) });
    }
  });

  return (
    <FormModal
      opened={opened}
      onClose={close}
      title={tier ? `Edit ${tier.name}` : "Edit tier"}
      errorTitle="Could not save the tier"
      formError={form.errors.formError}
      onSubmit={submit}
      submitLabel="Save changes"
      submitting={form.submitting}
    >
      <Alert variant="light" color="blue">
        Changes apply at once to every reseller on this tier: to new quotes and purchases, and to this month's
        trial quota. Subscriptions already bought keep their price.
      </Alert>
      <TextInput label="Name" required data-autofocus autoComplete="off" {...form.getInputProps("name")} />
      <Group grow align="flex-start">
        <NumberInput
          label="Trial length"
          description="Days each free trial lasts."
          required
          allowDecimal={false}
          min={1}
          suffix=" days"
          {...form.getInputProps("trialDays")}
        />
        <NumberInput
          label="Trials per month"
          description="Per calendar month (UTC)."
          required
          allowDecimal={false}
          min={0}
          {...form.getInputProps("trialsPerMonth")}
        />
      </Group>
      <NumberInput
        label="Reselling percentage"
        description="The partner discount off the price after volume discount, for resellers with a code."
        required
        allowDecimal={false}
        min={0}
        max={100}
        suffix=" %"
        {...form.getInputProps("resellingPercent")}
      />
    </FormModal>
  );
}
