import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Skeleton, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useCallback } from "react";
import { FormModal } from "../../components/form-modal";
import type { SubscriptionFieldsFragment } from "../../gql/graphql";
import { formatMoney } from "../../lib/money";
import { notifyInfo, notifySuccess } from "../../lib/notify";
import { submitMutation } from "../../lib/user-errors";
import { useBusinessRules } from "../../rules/use-business-rules";
import { useSignedInViewer } from "../../session/viewer";
import { PaymentMethodsDocument } from "../payment-methods/payment-methods.generated";
import { InvoicesDocument } from "./invoices.generated";
import { type PaymentChoice, PaymentMethodField, UNCHOSEN_PAYMENT } from "./payment-method-field";
import { subscriptionName } from "./subscription-status";
import { SubscriptionUpdatePaymentDocument } from "./subscriptions.generated";

const FIELDS = ["paymentMethod", "paymentMethodId", "newCardToken"];

interface PaymentValues {
  payment: PaymentChoice;
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
  const { can } = useSignedInViewer();
  const form = useForm<PaymentValues>({ initialValues: { payment: UNCHOSEN_PAYMENT } });
  const { setFieldValue } = form;
  const choosePayment = useCallback(
    (payment: PaymentChoice) => setFieldValue("payment", payment),
    [setFieldValue],
  );

  const submit = async ({ payment }: PaymentValues) => {
    const { paymentMethod, paymentMethodId, newCardToken } = payment;
    if (paymentMethod !== "WIRE_TRANSFER" && !paymentMethodId && !newCardToken) {
      form.setFieldError("paymentMethodId", "Choose how to pay.");
      return;
    }
    await submitMutation(
      form,
      async () =>
        (
          await updatePayment({
            variables: {
              id: subscription.id,
              input: { paymentMethod, paymentMethodId, newCardToken },
            },
            refetchQueries: [InvoicesDocument, PaymentMethodsDocument],
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
        value={form.values.payment}
        onChange={choosePayment}
        // Wire transfers need as many licenses as for a purchase.
        wireTransferAllowed={
          rules !== undefined && subscription.quantity >= rules.wireTransferMinimumQuantity
        }
        canAddCard={can("BILLING_MANAGE")}
        error={FIELDS.map((field) => form.errors[field]?.toString()).find(Boolean)}
      />
    </FormModal>
  );
}
