import { useMutation } from "@apollo/client/react";
import { Text, Textarea } from "@mantine/core";
import { type UseFormReturnType, useForm } from "@mantine/form";
import { useMemo } from "react";
import { FormModal } from "../../components/form-modal";
import type { BillingPeriod, QuoteRequestFieldsFragment } from "../../gql/graphql";
import { notifySuccess } from "../../lib/notify";
import { submitMutation } from "../../lib/user-errors";
import { LicenseFields, type PricingProduct } from "../pricing/license-fields";
import { ProductsOnSale, usePricingStart } from "../pricing/products-on-sale";
import { QUANTITY_NOT_WHOLE, quantityOf } from "../pricing/purchase-options";
import { CustomerPicker, type PickedCustomer } from "./customer-picker";
import { type Deal, listPriceText, useListPrice } from "./list-price";
import { forgetQuoteRequestLists } from "./quote-request-cache";
import { QuoteRequestCreateDocument } from "./quote-requests.generated";

const NOTE_MAX_LENGTH = 2000;
const FIELDS = ["productCode", "period", "quantity", "customerId", "note"];

interface AskValues {
  /** null until chosen: the first product on sale. */
  productCode: string | null;
  period: BillingPeriod;
  /** As the number input holds it: a number, or the text while it is not one. */
  quantity: number | string;
  customer: PickedCustomer | null;
  note: string;
}

function valuesOf(again: QuoteRequestFieldsFragment | null): AskValues {
  return {
    productCode: again?.product.code ?? null,
    period: again?.period ?? "YEARLY",
    quantity: again?.quantity ?? "",
    customer: again?.customerId ? { id: again.customerId, companyName: again.customerName ?? "" } : null,
    note: again?.note ?? "",
  };
}

interface AskQuoteModalProps {
  opened: boolean;
  onClose: () => void;
  /** A request to ask again for: the form starts from its deal. null for a new one. Mount anew (with a `key`) for each. */
  again: QuoteRequestFieldsFragment | null;
}

/** Asks the vendor for a special price for a large deal: product, period, quantity, customer and a note. */
export function AskQuoteModal({ opened, onClose, again }: AskQuoteModalProps) {
  const { products } = usePricingStart(opened);
  const [create] = useMutation(QuoteRequestCreateDocument);
  const form = useForm<AskValues>({
    initialValues: valuesOf(again),
    validate: { quantity: (value) => (quantityOf(value) === null ? QUANTITY_NOT_WHOLE : null) },
  });
  const productCode = form.values.productCode ?? products.data?.products[0]?.code ?? null;

  const submit = (values: AskValues) => {
    if (!productCode) return;
    return submitMutation(
      form,
      async () =>
        (
          await create({
            variables: {
              input: {
                productCode,
                period: values.period,
                quantity: quantityOf(values.quantity) ?? 0,
                customerId: values.customer?.id ?? null,
                note: values.note.trim() || null,
              },
            },
            update: (cache, { data }) => {
              if (data?.quoteRequestCreate.quoteRequest) forgetQuoteRequestLists(cache, "quoteRequests");
            },
          })
        ).data?.quoteRequestCreate,
      {
        fields: FIELDS,
        onSuccess: ({ quoteRequest }) => {
          notifySuccess(
            `${quoteRequest?.reference ?? "Your request"} is with the vendor's partner team; you get their answer by mail.`,
            "Request sent",
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
      title="Ask for a special price"
      errorTitle="Could not send the request"
      form={form}
      onSubmit={submit}
      submitLabel="Send request"
      submitDisabled={!productCode}
      size="lg"
    >
      <Text size="sm">
        For a large deal the vendor may offer a price per license of its own. Its partner team answers with
        the price and the date until which you can buy at it, or with a reason.
      </Text>
      <ProductsOnSale query={products}>
        {(onSale) => <AskFields form={form} products={onSale} productCode={productCode} />}
      </ProductsOnSale>
    </FormModal>
  );
}

interface AskFieldsProps {
  form: UseFormReturnType<AskValues>;
  products: readonly PricingProduct[];
  productCode: string | null;
}

function AskFields({ form, products, productCode }: AskFieldsProps) {
  const { period, quantity } = form.values;
  const deal = useMemo((): Deal | null => {
    const count = quantityOf(quantity);
    return productCode && count !== null ? { productCode, period, quantity: count } : null;
  }, [productCode, period, quantity]);
  const listPrice = useListPrice(deal);
  // A field shows what the request's answer said about it, else what pricing the deal says.
  const errorOf = (field: string): string | undefined =>
    form.errors[field]?.toString() ?? listPrice.errors[field];

  return (
    <>
      <LicenseFields
        products={products}
        productCode={productCode}
        onProductChange={(code) => form.setFieldValue("productCode", code)}
        period={period}
        onPeriodChange={(next) => form.setFieldValue("period", next)}
        quantity={form.getInputProps("quantity")}
        errorOf={errorOf}
        autoFocus
      />
      {listPrice.quote && (
        <Text size="sm" c="dimmed">
          At list price you would pay {listPriceText(listPrice.quote)}.
        </Text>
      )}
      <CustomerPicker
        value={form.values.customer}
        onChange={(customer) => {
          form.setFieldValue("customer", customer);
          form.clearFieldError("customerId");
        }}
        error={errorOf("customerId")}
      />
      <Textarea
        label="Note"
        description={`The deal in a few words: who it is for, its outlook, a competing offer; up to ${NOTE_MAX_LENGTH.toLocaleString("en")} characters.`}
        autosize
        minRows={3}
        maxLength={NOTE_MAX_LENGTH}
        {...form.getInputProps("note")}
      />
    </>
  );
}
