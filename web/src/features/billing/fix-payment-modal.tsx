import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Skeleton, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { FormModal } from "../../components/form-modal";
import {
  InvoicesDocument,
  type PaymentMethod,
  type SubscriptionFieldsFragment,
  SubscriptionUpdatePaymentDocument,
} from "../../gql/graphql";
import { formatMoney } from "../../lib/money";
import { notifyInfo, notifySuccess } from "../../lib/notify";
import { submitMutation } from "../../lib/user-errors";
import { useBusinessRules } from "../../rules/use-business-rules";
import { PaymentMethodField } from "./payment-method-field";
import { subscriptionName } from "./subscription-status";

const FIELDS = ["paymentMethod", "paymentToken"];

interface PaymentValues {
  paymentMethod: PaymentMethod;
  paymentToken: string;
}

interface FixPaymentModalProps {
  subscription: SubscriptionFieldsFragment;
  opened: boolean;
  onClose: () => void;
}

/**
 * Pays a renewal that failed: shows why the last charge failed, takes a new payment method,
 * and has the open invoice charged again at once.
 */
export function FixPaymentModal({ subscription, opened, onClose }: FixPaymentModalProps) {
  // Asked only when the dialog opens: the reason sits on the subscription's unpaid invoice.
  const openInvoice = useQuery(InvoicesDocument, {
    variables: { first: 1, status: "OPEN", subscriptionId: subscription.id },
    fetchPolicy: "network-only",
  });
  const invoice = openInvoice.data?.invoices.edges[0]?.node;
  const [updatePayment] = useMutation(SubscriptionUpdatePaymentDocument);
  const rules = useBusinessRules();
  const form = useForm<PaymentValues>({
    initialValues: { paymentMethod: "CARD", paymentToken: "tok_visa" },
  });

  const submit = async ({ paymentMethod, paymentToken }: PaymentValues) => {
    if (paymentMethod === "CARD" && !paymentToken.trim()) {
      form.setFieldError("paymentToken", "Enter the card token to pay by card.");
      return;
    }
    await submitMutation(
      form,
      async () =>
        (
          await updatePayment({
            variables: {
              id: subscription.id,
              input: { paymentMethod, paymentToken: paymentMethod === "CARD" ? paymentToken.trim() : null },
            },
            refetchQueries: [InvoicesDocument],
          })
        ).data?.subscriptionUpdatePayment,
      {
        fields: FIELDS,
        // The answer's status says whether the new payment method paid the open invoice.
        onSuccess: ({ subscription: changed, invoice: charged }) => {
          if (!changed) return "The server did not confirm the change. Try again.";
          if (changed.status === "ACTIVE") {
            notifySuccess(
              `${charged ? `Invoice ${charged.number} is paid and ` : ""}${subscription.product.name} is active again.`,
              "Payment went through",
            );
          } else if (paymentMethod === "WIRE_TRANSFER") {
            notifyInfo(
              `Transfer ${invoice ? `${formatMoney(invoice.total, invoice.currency)} quoting invoice ${invoice.number}` : "the amount due"}; the subscription is active again once the vendor records it.`,
              "Renewals are paid by wire transfer",
            );
          } else {
            return `The charge failed again: ${charged?.lastPaymentError ?? "the payment was refused."} Try another card or PayPal.`;
          }
          onClose();
          return undefined;
        },
      },
    );
  };

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={`Fix payment: ${subscription.product.name}`}
      errorTitle="Still not paid"
      form={form}
      onSubmit={submit}
      submitLabel="Pay now"
    >
      <Text size="sm">
        The renewal of {subscriptionName(subscription)} could not be charged. It is retried, but until it is
        paid its licenses do not count for{" "}
        {subscription.customer ? subscription.customer.companyName : "a customer"}.
      </Text>
      {openInvoice.loading && !invoice ? (
        <Skeleton height={60} />
      ) : (
        invoice && (
          <Alert color="red" variant="light" title={`Invoice ${invoice.number} is unpaid`}>
            {formatMoney(invoice.total, invoice.currency)}.{" "}
            {invoice.lastPaymentError ? `Last attempt: ${invoice.lastPaymentError}` : ""}
          </Alert>
        )
      )}
      <PaymentMethodField
        method={form.values.paymentMethod}
        onMethodChange={(method) => form.setFieldValue("paymentMethod", method)}
        token={form.values.paymentToken}
        onTokenChange={(token) => form.setFieldValue("paymentToken", token)}
        // Wire transfers need as many licenses as for a purchase.
        wireTransferAllowed={
          rules !== undefined && subscription.quantity >= rules.wireTransferMinimumQuantity
        }
        methodError={form.errors.paymentMethod?.toString()}
        tokenError={form.errors.paymentToken?.toString()}
      />
    </FormModal>
  );
}
