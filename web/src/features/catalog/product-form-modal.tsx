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
import { type FormErrors, submitMutation, userErrorsToFormErrors } from "../../lib/user-errors";
import { needsNumber } from "../../lib/validation";
import { type BusinessRules, useBusinessRules } from "../../rules/use-business-rules";
import { PERIOD_LABELS, termsOf } from "../pricing/purchase-options";
import { CatalogProductsDocument, ProductCreateDocument, ProductUpdateDocument } from "./catalog.generated";

const FIELDS = [
  "code",
  "name",
  "description",
  "yearlyPrice",
  "periods",
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

/** The periods staff choose to sell a product for besides yearly, longest first as the API lists them. */
export const OPTIONAL_PERIODS = ["QUARTERLY", "MONTHLY"] as const;

interface PeriodRow {
  period: (typeof OPTIONAL_PERIODS)[number];
  /** Whether the product is sold for the period; a row left unticked is not sent. */
  offered: boolean;
  /** Like the yearly price; a monthly one may stay empty for the default, the yearly price ÷ 10. */
  unitPrice: number | string;
  /** The fewest licenses a subscription for the period holds. */
  minimumQuantity: number | string;
}

interface ProductFormValues {
  code: string;
  name: string;
  description: string;
  /** In the currency's major units, as people type prices (24.95); sent in minor units. */
  yearlyPrice: number | string;
  /** One row for each of OPTIONAL_PERIODS, in its order. */
  periods: PeriodRow[];
  currency: string;
  trialEnabled: boolean;
  active: boolean;
  bands: BandRow[];
}

/** A period's row as the product is sold for it; one it is not sold for starts empty and unticked. */
function periodRow(
  product: ProductFieldsFragment | null,
  period: PeriodRow["period"],
  rules: BusinessRules | undefined,
): PeriodRow {
  const terms = termsOf(product ?? undefined, period);
  if (!product || !terms) {
    return {
      period,
      // A new product is sold monthly, as the API would sell it.
      offered: !product && period === "MONTHLY",
      unitPrice: "",
      minimumQuantity: period === "MONTHLY" ? (rules?.monthlyMinimumQuantity ?? "") : "",
    };
  }
  return {
    period,
    offered: true,
    // A monthly price that is the default stays empty, so it follows a new yearly price.
    unitPrice:
      period === "MONTHLY" && terms.unitPrice === defaultMonthlyPrice(product.yearlyPrice)
        ? ""
        : fromMinorUnits(terms.unitPrice, product.currency),
    minimumQuantity: terms.minimumQuantity,
  };
}

function valuesOf(
  product: ProductFieldsFragment | null,
  rules: BusinessRules | undefined,
): ProductFormValues {
  const periods = OPTIONAL_PERIODS.map((period) => periodRow(product, period, rules));
  if (!product) {
    return {
      code: "",
      name: "",
      description: "",
      yearlyPrice: "",
      periods,
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
    periods,
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

/** The row of the form's periods a rule runs for, from the path it names ("periods.1.unitPrice"). */
function rowAt(values: ProductFormValues, path: string): PeriodRow {
  return values.periods[Number(path.split(".")[1])];
}

/**
 * The server names a period by its place among those sent ("periods.0.unitPrice"), which leaves
 * out the unticked rows; the form by its row.
 */
function onRows(errors: FormErrors, sent: readonly PeriodRow[], rows: readonly PeriodRow[]): FormErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([key, message]) => {
      const [top, index, ...rest] = key.split(".");
      const row = top === "periods" && index !== undefined ? sent[Number(index)] : undefined;
      return [row ? ["periods", rows.indexOf(row), ...rest].join(".") : key, message];
    }),
  );
}

/** What the monthly price is when left empty, for the yearly price being typed. */
function monthlyPriceDefault(
  yearlyMinor: number | null,
  currency: string,
  rules: BusinessRules | undefined,
): { hint: string; placeholder?: string } {
  const divisor = rules?.monthlyPriceDivisor ?? 10;
  const hint = `Leave the monthly price empty for the yearly price ÷ ${divisor}.`;
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
    initialValues: valuesOf(product, rules),
    transformValues: (values) => ({ ...values, currency: values.currency.trim().toUpperCase() }),
    validate: {
      code: (value) => (product || value.trim() ? null : "Enter a code such as STUDIO_PRO"),
      name: isNotEmpty("Enter the product name"),
      yearlyPrice: needsNumber("Enter the yearly price of one license"),
      periods: {
        unitPrice: (value, values, path) => {
          const row = rowAt(values, path);
          if (!row.offered) return null;
          if (row.period === "MONTHLY") {
            return value === "" || typeof value === "number"
              ? null
              : "Enter the monthly price, or leave it empty";
          }
          return needsNumber("Enter the quarterly price of one license")(value);
        },
        minimumQuantity: (value, values, path) =>
          rowAt(values, path).offered
            ? needsNumber("Enter the fewest licenses a subscription holds")(value)
            : null,
      },
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
    const sent = values.periods.filter((row) => row.offered);
    const fields = {
      name: values.name.trim(),
      description: values.description.trim(),
      yearlyPrice: toMinorUnits(Number(values.yearlyPrice), values.currency),
      periods: sent.map((row) => ({
        period: row.period,
        unitPrice: row.unitPrice === "" ? null : toMinorUnits(Number(row.unitPrice), values.currency),
        minimumQuantity: Number(row.minimumQuantity),
      })),
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
        toErrors: (userErrors) => onRows(userErrorsToFormErrors(userErrors, FIELDS), sent, values.periods),
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
        <TextInput
          label="Currency"
          description="ISO 4217, such as EUR."
          required
          maxLength={3}
          autoComplete="off"
          {...form.getInputProps("currency")}
        />
      </Group>
      <PeriodsField form={form} digits={digits} monthly={monthly} />
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

interface PeriodsFieldProps {
  form: UseFormReturnType<ProductFormValues>;
  /** The currency's digits, for the prices. */
  digits: number;
  /** What an empty monthly price stands for. */
  monthly: { hint: string; placeholder?: string };
}

/** The periods the product is sold for besides yearly, each with its price and minimum. */
function PeriodsField({ form, digits, monthly }: PeriodsFieldProps) {
  return (
    <Input.Wrapper
      label="Periods"
      labelElement="div"
      description={`Every product is sold yearly. Tick the other periods it is sold for, each with its price per license and the fewest licenses a subscription holds. ${monthly.hint}`}
      error={form.errors.periods}
    >
      <StackedTable verticalSpacing={4} label="Periods" mt="xs">
        <StackedTable.Thead>
          <StackedTable.Tr>
            <StackedTable.Th>Sold for</StackedTable.Th>
            <StackedTable.Th>Price per license</StackedTable.Th>
            <StackedTable.Th>Minimum licenses</StackedTable.Th>
          </StackedTable.Tr>
        </StackedTable.Thead>
        <StackedTable.Tbody>
          {form.values.periods.map((row, index) => {
            const label = PERIOD_LABELS[row.period];
            return (
              <StackedTable.Tr key={row.period}>
                <StackedTable.Th scope="row" style={{ verticalAlign: "top" }}>
                  <Checkbox
                    label={label}
                    mt={8}
                    {...form.getInputProps(`periods.${index}.offered`, { type: "checkbox" })}
                    error={form.errors[`periods.${index}.period`]}
                  />
                </StackedTable.Th>
                <StackedTable.Td label="Price per license">
                  <NumberInput
                    aria-label={`${label} price per license`}
                    placeholder={row.period === "MONTHLY" ? monthly.placeholder : undefined}
                    required={row.offered && row.period === "QUARTERLY"}
                    disabled={!row.offered}
                    min={0}
                    decimalScale={digits}
                    {...form.getInputProps(`periods.${index}.unitPrice`)}
                  />
                </StackedTable.Td>
                <StackedTable.Td label="Minimum licenses">
                  <NumberInput
                    aria-label={`${label} minimum licenses`}
                    required={row.offered}
                    disabled={!row.offered}
                    allowDecimal={false}
                    min={1}
                    {...form.getInputProps(`periods.${index}.minimumQuantity`)}
                  />
                </StackedTable.Td>
              </StackedTable.Tr>
            );
          })}
        </StackedTable.Tbody>
      </StackedTable>
    </Input.Wrapper>
  );
}
