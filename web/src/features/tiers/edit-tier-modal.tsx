import { useMutation } from "@apollo/client/react";
import { Alert, Group, NumberInput, TextInput } from "@mantine/core";
import { isNotEmpty, useForm } from "@mantine/form";
import { FormModal } from "../../components/form-modal";
import type { TierFieldsFragment } from "../../gql/graphql";
import { notifySuccess } from "../../lib/notify";
import { bpToPercent, percentToBp } from "../../lib/percent";
import { submitMutation } from "../../lib/user-errors";
import { needsNumber } from "../../lib/validation";
import { TierUpdateDocument } from "./tiers.generated";

const FIELDS = ["name", "trialDays", "trialsPerMonth", "resellingBp"];

interface TierFormValues {
  name: string;
  trialDays: number | string;
  trialsPerMonth: number | string;
  /** In percent as typed (12.5); the API takes basis points. */
  resellingBp: number | string;
}

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
      resellingBp: tier ? bpToPercent(tier.resellingBp) : "",
    },
    validate: {
      name: isNotEmpty("Enter the tier name"),
      trialDays: needsNumber("Enter how many days a trial lasts"),
      trialsPerMonth: needsNumber("Enter how many trials a month"),
      resellingBp: (value) =>
        needsNumber("Enter the reselling percentage")(value) ??
        (percentToBp(Number(value)) === null ? "Use a percent with two decimals at most" : null),
    },
  });

  const submit = (values: TierFormValues) => {
    if (!tier) return;
    return submitMutation(
      form,
      async () =>
        (
          await update({
            variables: {
              code: tier.code,
              input: {
                name: values.name.trim(),
                trialDays: Number(values.trialDays),
                trialsPerMonth: Number(values.trialsPerMonth),
                resellingBp: percentToBp(Number(values.resellingBp)) ?? 0,
              },
            },
          })
        ).data?.tierUpdate,
      {
        fields: FIELDS,
        onSuccess: (payload) => {
          notifySuccess(
            `Resellers on ${payload.tier?.name ?? values.name} get the new terms from now on.`,
            "Tier saved",
          );
          onClose();
        },
      },
    );
  };

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={tier ? `Edit ${tier.name}` : "Edit tier"}
      errorTitle="Could not save the tier"
      form={form}
      onSubmit={submit}
      submitLabel="Save changes"
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
        decimalScale={2}
        min={0}
        max={100}
        suffix=" %"
        {...form.getInputProps("resellingBp")}
      />
    </FormModal>
  );
}
