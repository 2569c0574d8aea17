import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, Group, Select, Stack, TextInput } from "@mantine/core";
import { isNotEmpty, useForm } from "@mantine/form";
import { useEffect } from "react";
import { EmptyState } from "../../components/empty-state";
import { QueryState } from "../../components/query-state";
import { DetailList, PageSection } from "../../components/sections";
import type { BillingProfileFieldsFragment } from "../../gql/graphql";
import { COUNTRY_OPTIONS, countryName } from "../../lib/countries";
import { notifySuccess } from "../../lib/notify";
import { submitMutation } from "../../lib/user-errors";
import { BillingProfileDocument, BillingProfileUpdateDocument } from "./billing-profile.generated";

const FIELDS = [
  "legalName",
  "addressLine1",
  "addressLine2",
  "postalCode",
  "city",
  "country",
  "vatId",
  "purchaseOrderReference",
] as const;

const DESCRIPTION =
  "Printed as the bill-to on every invoice issued after a change. Your country and VAT ID decide the VAT: reverse charge for a valid VAT ID in another EU country.";

/** Who invoices are billed to: the owner edits it, everyone else reads it. */
export function BillingProfileSection({ editable }: { editable: boolean }) {
  const profile = useQuery(BillingProfileDocument);
  return (
    <PageSection title="Billing profile" description={DESCRIPTION}>
      <Stack gap="lg" maw={720} mt="md">
        <QueryState
          query={profile}
          errorTitle="Could not load the billing profile"
          isEmpty={({ billingProfile }) => !editable && !billingProfile}
          empty={
            <EmptyState
              title="No billing profile yet"
              description="The account owner enters the company's legal name, address and VAT ID here."
            />
          }
        >
          {({ billingProfile }) =>
            editable ? (
              <BillingProfileForm profile={billingProfile ?? null} />
            ) : (
              billingProfile && <BillingProfileDetails profile={billingProfile} />
            )
          }
        </QueryState>
      </Stack>
    </PageSection>
  );
}

function BillingProfileDetails({ profile }: { profile: BillingProfileFieldsFragment }) {
  return (
    <DetailList
      details={[
        { label: "Legal name", value: profile.legalName },
        {
          label: "Address",
          value: [profile.addressLine1, profile.addressLine2, `${profile.postalCode} ${profile.city}`]
            .filter(Boolean)
            .join(", "),
        },
        { label: "Country", value: countryName(profile.country) },
        { label: "VAT ID", value: profile.vatId },
        { label: "Purchase order", value: profile.purchaseOrderReference },
      ]}
    />
  );
}

function valuesOf(profile: BillingProfileFieldsFragment | null) {
  return {
    legalName: profile?.legalName ?? "",
    addressLine1: profile?.addressLine1 ?? "",
    addressLine2: profile?.addressLine2 ?? "",
    postalCode: profile?.postalCode ?? "",
    city: profile?.city ?? "",
    country: profile?.country ?? "",
    vatId: profile?.vatId ?? "",
    purchaseOrderReference: profile?.purchaseOrderReference ?? "",
  };
}

function BillingProfileForm({ profile }: { profile: BillingProfileFieldsFragment | null }) {
  const [update] = useMutation(BillingProfileUpdateDocument);
  const form = useForm({
    initialValues: valuesOf(profile),
    validate: {
      legalName: isNotEmpty("Enter the company's legal name."),
      addressLine1: isNotEmpty("Enter the street address."),
      postalCode: isNotEmpty("Enter the postal code."),
      city: isNotEmpty("Enter the city."),
      country: isNotEmpty("Choose the country."),
    },
  });
  // Saved values come back from the server (a VAT ID without spaces, say): show those.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the saved profile changes
  useEffect(() => {
    form.setValues(valuesOf(profile));
    form.resetDirty(valuesOf(profile));
  }, [profile]);

  const submit = form.onSubmit((values) =>
    submitMutation(
      form,
      async () =>
        (
          await update({
            variables: {
              input: {
                ...values,
                addressLine2: values.addressLine2.trim() || null,
                vatId: values.vatId.trim() || null,
                purchaseOrderReference: values.purchaseOrderReference.trim() || null,
              },
            },
            refetchQueries: [BillingProfileDocument],
            awaitRefetchQueries: true,
          })
        ).data?.billingProfileUpdate,
      {
        fields: FIELDS,
        onSuccess: () =>
          notifySuccess("Invoices issued from now on bill to this profile.", "Billing profile saved"),
      },
    ),
  );

  return (
    <form onSubmit={submit} noValidate aria-label="Billing profile">
      <Stack gap="sm">
        {form.errors.formError && (
          <Alert color="red" variant="light">
            {form.errors.formError}
          </Alert>
        )}
        <TextInput
          label="Legal name"
          required
          autoComplete="organization"
          {...form.getInputProps("legalName")}
        />
        <TextInput
          label="Address"
          required
          autoComplete="address-line1"
          {...form.getInputProps("addressLine1")}
        />
        <TextInput
          label="Address line 2"
          placeholder="Optional"
          autoComplete="address-line2"
          {...form.getInputProps("addressLine2")}
        />
        <Group align="flex-start" grow>
          <TextInput
            label="Postal code"
            required
            autoComplete="postal-code"
            {...form.getInputProps("postalCode")}
          />
          <TextInput label="City" required autoComplete="address-level2" {...form.getInputProps("city")} />
        </Group>
        <Select
          label="Country"
          required
          searchable
          data={COUNTRY_OPTIONS}
          nothingFoundMessage="No such country"
          {...form.getInputProps("country")}
        />
        <Group align="flex-start" grow>
          <TextInput
            label="VAT ID"
            placeholder="Optional, e.g. DE123456789"
            description="With its country prefix; Greece uses EL."
            autoComplete="off"
            {...form.getInputProps("vatId")}
          />
          <TextInput
            label="Purchase-order reference"
            placeholder="Optional"
            description="Printed on every invoice."
            autoComplete="off"
            {...form.getInputProps("purchaseOrderReference")}
          />
        </Group>
        <Group>
          <Button type="submit" loading={form.submitting}>
            Save billing profile
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
