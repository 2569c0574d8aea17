import { useMutation } from "@apollo/client/react";
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Input,
  NumberInput,
  Stack,
  Text,
  Textarea,
  TextInput,
  VisuallyHidden,
} from "@mantine/core";
import { isNotEmpty, matches, type UseFormReturnType, useForm } from "@mantine/form";
import { randomId } from "@mantine/hooks";
import { FormModal } from "../../components/form-modal";
import { StackedTable } from "../../components/stacked-table";
import type { ProductFieldsFragment } from "../../gql/graphql";
import { formatMoney, fromMinorUnits, minorUnitDigits, toMinorUnits } from "../../lib/money";
import { notifySuccess } from "../../lib/notify";
import { bpToPercent, percentToBp } from "../../lib/percent";
import { submitMutation } from "../../lib/user-errors";
import { needsNumber } from "../../lib/validation";
import { type BusinessRules, useBusinessRules } from "../../rules/use-business-rules";
import { CatalogProductsDocument, ProductCreateDocument, ProductUpdateDocument } from "./catalog.generated";

const FIELDS = [
  "code",
  "name",
  "description",
  "yearlyPrice",
  "monthlyPrice",
  "currency",
  "trialEnabled",
  "active",
  "bands",
];

const CURRENCY = /^[A-Z]{3}$/;

interface BandRow {
  /** Identifies the row while rows are added and removed; not sent. */
  key: string;
  minQuantity: number | string;
  /** In percent as typed (12.5); sent in basis points. */
  percentBp: number | string;
}

interface ProductFormValues {
  code: string;
  name: string;
  description: string;
  /** In the currency's major units, as people type prices (24.95); sent in minor units. */
  yearlyPrice: number | string;
  /** Like the yearly price; empty for the default, the yearly price ÷ 10. */
  monthlyPrice: number | string;
  currency: string;
  trialEnabled: boolean;
  active: boolean;
  bands: BandRow[];
}

function valuesOf(product: ProductFieldsFragment | null): ProductFormValues {
  if (!product) {
    return {
      code: "",
      name: "",
      description: "",
      yearlyPrice: "",
      monthlyPrice: "",
      currency: "EUR",
      trialEnabled: true,
      active: true,
      bands: [],
    };
  }
  return {
    code: product.code,
    name: product.name,
    description: product.description,
    yearlyPrice: fromMinorUnits(product.yearlyPrice, product.currency),
    // A monthly price that is the default stays empty, so it follows a new yearly price.
    monthlyPrice:
      product.monthlyPrice === defaultMonthlyPrice(product.yearlyPrice)
        ? ""
        : fromMinorUnits(product.monthlyPrice, product.currency),
    currency: product.currency,
    trialEnabled: product.trialEnabled,
    active: product.active,
    bands: product.bands.map((band) => ({
      key: randomId(),
      minQuantity: band.minQuantity,
      percentBp: bpToPercent(band.percentBp),
    })),
  };
}

/** The currency's digits while it is typed; 2 until it is a currency. */
function digitsOf(currency: string): number {
  return CURRENCY.test(currency) ? minorUnitDigits(currency) : 2;
}

/** The monthly price the API sets when none is given: the yearly one ÷ 10, rounded half away from zero. */
function defaultMonthlyPrice(yearlyMinor: number, divisor = 10): number {
  return Math.round(yearlyMinor / divisor);
}

/** What the monthly price is when left empty, for the yearly price being typed. */
function monthlyPriceDefault(
  yearlyMinor: number | null,
  currency: string,
  rules: BusinessRules | undefined,
): { hint: string; placeholder?: string } {
  const divisor = rules?.monthlyPriceDivisor ?? 10;
  const hint = `Leave it empty for the yearly price ÷ ${divisor}.`;
  return yearlyMinor === null
    ? { hint }
    : { hint, placeholder: formatMoney(defaultMonthlyPrice(yearlyMinor, divisor), currency) };
}

interface ProductFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** The product to edit; null to add one. */
  product: ProductFieldsFragment | null;
}

/**
 * Adds a product or edits one, its volume bands included. Mount it anew for each product (with
 * a `key`): the form starts from the product it was opened for.
 */
export function ProductFormModal({ opened, onClose, product }: ProductFormModalProps) {
  const [create] = useMutation(ProductCreateDocument);
  const [update] = useMutation(ProductUpdateDocument);
  const rules = useBusinessRules();
  const form = useForm<ProductFormValues>({
    initialValues: valuesOf(product),
    transformValues: (values) => ({ ...values, currency: values.currency.trim().toUpperCase() }),
    validate: {
      code: (value) => (product || value.trim() ? null : "Enter a code such as STUDIO_PRO"),
      name: isNotEmpty("Enter the product name"),
      yearlyPrice: needsNumber("Enter the yearly price of one license"),
      monthlyPrice: (value) =>
        value === "" || typeof value === "number" ? null : "Enter the monthly price, or leave it empty",
      currency: (value) =>
        matches(CURRENCY, "Use a three-letter ISO currency code such as EUR")(value.trim().toUpperCase()),
      bands: {
        minQuantity: needsNumber("Enter from how many licenses"),
        percentBp: (value) =>
          needsNumber("Enter the percent off")(value) ??
          (percentToBp(Number(value)) === null ? "Use a percent with two decimals at most" : null),
      },
    },
  });
  const currency = form.values.currency.trim().toUpperCase();
  const digits = digitsOf(currency);
  const yearlyMinor =
    typeof form.values.yearlyPrice === "number" && CURRENCY.test(currency)
      ? toMinorUnits(form.values.yearlyPrice, currency)
      : null;

  const monthly = monthlyPriceDefault(yearlyMinor, currency, rules);

  const submit = (values: ProductFormValues) => {
    const fields = {
      name: values.name.trim(),
      description: values.description.trim(),
      yearlyPrice: toMinorUnits(Number(values.yearlyPrice), values.currency),
      monthlyPrice:
        values.monthlyPrice === "" ? null : toMinorUnits(Number(values.monthlyPrice), values.currency),
      currency: values.currency,
      trialEnabled: values.trialEnabled,
      active: values.active,
      bands: values.bands.map((band) => ({
        minQuantity: Number(band.minQuantity),
        percentBp: percentToBp(Number(band.percentBp)) ?? 0,
      })),
    };
    const refetch = { refetchQueries: [CatalogProductsDocument], awaitRefetchQueries: true };
    return submitMutation(
      form,
      async () =>
        product
          ? (await update({ variables: { code: product.code, input: fields }, ...refetch })).data
              ?.productUpdate
          : (
              await create({
                variables: { input: { ...fields, code: values.code.trim().toUpperCase() } },
                ...refetch,
              })
            ).data?.productCreate,
      {
        fields: FIELDS,
        onSuccess: (payload) => {
          const name = payload.product?.name ?? fields.name;
          notifySuccess(
            product
              ? `New quotes and purchases of ${name} use the change.`
              : `${name} can be quoted and bought from now on.`,
            product ? "Product saved" : "Product added",
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
      title={product ? `Edit ${product.name}` : "Add product"}
      errorTitle={product ? "Could not save the product" : "Could not add the product"}
      form={form}
      onSubmit={submit}
      submitLabel={product ? "Save changes" : "Add product"}
      size="lg"
    >
      <Alert variant="light" color="blue">
        Changes apply to new quotes and purchases; subscriptions already bought keep their price.
      </Alert>
      <Group grow align="flex-start">
        <TextInput
          label="Code"
          description={product ? "The code stays." : "Upper-case letters, digits and underscores."}
          required={!product}
          disabled={Boolean(product)}
          autoComplete="off"
          data-autofocus={product ? undefined : true}
          {...form.getInputProps("code")}
        />
        <TextInput
          label="Name"
          required
          autoComplete="off"
          data-autofocus={product ? true : undefined}
          {...form.getInputProps("name")}
        />
      </Group>
      <Textarea label="Description" autosize minRows={2} {...form.getInputProps("description")} />
      <Group grow align="flex-start">
        <NumberInput
          label="Yearly price per license"
          required
          min={0}
          decimalScale={digits}
          {...form.getInputProps("yearlyPrice")}
        />
        <NumberInput
          label="Monthly price per license"
          description={monthly.hint}
          placeholder={monthly.placeholder}
          min={0}
          decimalScale={digits}
          {...form.getInputProps("monthlyPrice")}
        />
        <TextInput
          label="Currency"
          description="ISO 4217, such as EUR."
          required
          maxLength={3}
          autoComplete="off"
          {...form.getInputProps("currency")}
        />
      </Group>
      <Group>
        <Checkbox
          label="Resellers may give free trials"
          {...form.getInputProps("trialEnabled", { type: "checkbox" })}
        />
        <Checkbox label="On sale" {...form.getInputProps("active", { type: "checkbox" })} />
      </Group>
      <BandsField form={form} />
    </FormModal>
  );
}

function BandsField({ form }: { form: UseFormReturnType<ProductFormValues> }) {
  const { bands } = form.values;
  return (
    <Input.Wrapper
      label="Volume discounts"
      description="From how many licenses how much comes off the list price. Saving replaces every band."
      error={form.errors.bands}
    >
      <Stack gap="xs" mt="xs">
        {bands.length === 0 ? (
          <Text size="sm" c="dimmed">
            No bands: every quantity pays the list price.
          </Text>
        ) : (
          <StackedTable verticalSpacing={4} label="Volume bands">
            <StackedTable.Thead>
              <StackedTable.Tr>
                <StackedTable.Th>From licenses</StackedTable.Th>
                <StackedTable.Th>Percent off</StackedTable.Th>
                <StackedTable.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </StackedTable.Th>
              </StackedTable.Tr>
            </StackedTable.Thead>
            <StackedTable.Tbody>
              {bands.map((band, index) => (
                <StackedTable.Tr key={band.key}>
                  <StackedTable.Td label="From licenses">
                    <NumberInput
                      aria-label={`Band ${index + 1}: from licenses`}
                      allowDecimal={false}
                      min={0}
                      {...form.getInputProps(`bands.${index}.minQuantity`)}
                    />
                  </StackedTable.Td>
                  <StackedTable.Td label="Percent off">
                    <NumberInput
                      aria-label={`Band ${index + 1}: percent off`}
                      suffix=" %"
                      min={0}
                      max={100}
                      decimalScale={2}
                      {...form.getInputProps(`bands.${index}.percentBp`)}
                    />
                  </StackedTable.Td>
                  <StackedTable.Td ta="right" style={{ verticalAlign: "top" }}>
                    <Button
                      variant="subtle"
                      color="red"
                      size="xs"
                      mt={6}
                      aria-label={`Remove band ${index + 1}`}
                      onClick={() => form.removeListItem("bands", index)}
                    >
                      Remove
                    </Button>
                  </StackedTable.Td>
                </StackedTable.Tr>
              ))}
            </StackedTable.Tbody>
          </StackedTable>
        )}
        <Group>
          <Button
            variant="light"
            size="xs"
            onClick={() => form.insertListItem("bands", { key: randomId(), minQuantity: "", percentBp: "" })}
          >
            Add band
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
