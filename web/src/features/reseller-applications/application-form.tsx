import { useMutation } from "@apollo/client/react";
import { Alert, Button, Group, MultiSelect, NumberInput, Stack, Textarea, TextInput } from "@mantine/core";
import { isNotEmpty, useForm } from "@mantine/form";
import type { ResellerApplicationFieldsFragment } from "../../gql/graphql";
import { COUNTRY_OPTIONS } from "../../lib/countries";
import { notifySuccess } from "../../lib/notify";
import { submitMutation, userErrorsToFormErrors } from "../../lib/user-errors";
import { needsNumber } from "../../lib/validation";
import {
  ResellerApplicationDocument,
  ResellerApplicationSubmitDocument,
} from "./reseller-application.generated";

const FIELDS = ["website", "countries", "expectedLicensesPerYear", "message"];
const MESSAGE_MAX_LENGTH = 2000;

interface ApplicationValues {
  website: string;
  countries: string[];
  expectedLicensesPerYear: number | string;
  message: string;
}

/** "example.com" as people often type it, read as the https address they mean. */
function withScheme(website: string): string {
  const trimmed = website.trim();
  return /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
}

interface ApplicationFormProps {
  /** A declined application: its answers fill the form, to change what the reason asks for. */
  previous?: ResellerApplicationFieldsFragment | null;
}

/** What a company tells the vendor's partner team when it applies to resell. */
export function ApplicationForm({ previous }: ApplicationFormProps) {
  const [submitApplication] = useMutation(ResellerApplicationSubmitDocument);
  const form = useForm<ApplicationValues>({
    initialValues: {
      website: previous?.website ?? "",
      countries: previous ? [...previous.countries] : [],
      expectedLicensesPerYear: previous?.expectedLicensesPerYear ?? "",
      message: previous?.message ?? "",
    },
    validate: {
      website: isNotEmpty("Enter your company's website"),
      countries: isNotEmpty("Choose at least one country"),
      expectedLicensesPerYear: needsNumber("Enter how many licenses you expect to sell in a year"),
      message: isNotEmpty("Tell us briefly about your company"),
    },
  });

  const submit = form.onSubmit((values) =>
    submitMutation(
      form,
      async () =>
        (
          await submitApplication({
            variables: {
              input: {
                website: withScheme(values.website),
                countries: values.countries,
                expectedLicensesPerYear: Number(values.expectedLicensesPerYear),
                message: values.message.trim(),
              },
            },
            // Also after a refusal: one already waiting (sent from another tab) then shows.
            refetchQueries: [ResellerApplicationDocument],
            awaitRefetchQueries: true,
          })
        ).data?.resellerApplicationSubmit,
      {
        fields: FIELDS,
        toErrors: (userErrors) =>
          userErrorsToFormErrors(
            // A country the API does not know is named by its place in the list; the list is one field.
            userErrors.map((error) => ({
              ...error,
              field: error.field?.replace(/^(input\.countries)\.\d+$/, "$1"),
            })),
            FIELDS,
          ),
        onSuccess: (payload) =>
          notifySuccess(
            `The partner team reviews it and mails ${payload.application?.ownerEmail ?? "you"} once they have decided.`,
            "Application sent",
          ),
      },
    ),
  );

  return (
    <form onSubmit={submit} noValidate aria-label="Application to resell">
      <Stack gap="sm">
        {form.errors.formError && (
          <Alert color="red" variant="light" title="Could not send the application">
            {form.errors.formError}
          </Alert>
        )}
        <TextInput
          label="Website"
          description="Your company's website, where customers find you."
          placeholder="https://www.example.com"
          type="url"
          autoComplete="url"
          required
          {...form.getInputProps("website")}
        />
        <MultiSelect
          label="Countries served"
          description="The countries where your customers are."
          placeholder={form.values.countries.length === 0 ? "Choose countries" : undefined}
          data={COUNTRY_OPTIONS}
          searchable
          hidePickedOptions
          nothingFoundMessage="No such country"
          required
          {...form.getInputProps("countries")}
        />
        <NumberInput
          label="Expected licenses per year"
          description="How many licenses you expect to sell in your first year; an estimate is fine."
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator=","
          min={1}
          max={1_000_000}
          required
          {...form.getInputProps("expectedLicensesPerYear")}
        />
        <Textarea
          label="About your company"
          description={`Who your customers are and how you would sell to them; up to ${MESSAGE_MAX_LENGTH.toLocaleString("en")} characters.`}
          autosize
          minRows={4}
          maxRows={12}
          maxLength={MESSAGE_MAX_LENGTH}
          required
          {...form.getInputProps("message")}
        />
        <Group>
          <Button type="submit" loading={form.submitting}>
            {previous ? "Apply again" : "Send application"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
