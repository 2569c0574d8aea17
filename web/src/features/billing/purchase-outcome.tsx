import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import type { InvoiceFieldsFragment, SubscriptionFieldsFragment } from "../../gql/graphql";
import { formatDate } from "../../lib/dates";
import { formatMoney } from "../../lib/money";
import { licenses, PAYMENT_METHOD_LABELS, PERIOD_LABELS } from "../pricing/purchase-options";

/** A purchase that went through: the subscription it made and the invoice it was charged on. */
export interface Purchased {
  subscription: SubscriptionFieldsFragment;
  invoice: InvoiceFieldsFragment;
}

interface PurchaseOutcomeProps {
  purchased: Purchased;
  customer: { companyName: string } | null;
  onDone: () => void;
}

/** What was bought and what happens next, with the invoice to download. */
export function PurchaseOutcome({
  purchased: { subscription, invoice },
  customer,
  onDone,
}: PurchaseOutcomeProps) {
  const what = `${subscription.product.name}, ${licenses(subscription.quantity)}, ${PERIOD_LABELS[
    subscription.period
  ].toLowerCase()}`;
  const total = formatMoney(invoice.total, invoice.currency);
  const where = customer ? `assigned to ${customer.companyName}` : "in your pool, ready to assign";
  return (
    <Stack>
      {subscription.status === "PENDING_PAYMENT" ? (
        <Alert color="yellow" variant="light" title="Awaiting your wire transfer">
          <Stack gap="xs">
            <Text size="sm">
              Awaiting your wire transfer; invoice {invoice.number}. Transfer {total} quoting the invoice
              number.
            </Text>
            {invoice.bankDetails && (
              <Text size="sm">
                Pay by {formatDate(invoice.dueAt)} to {invoice.bankDetails.bankName}, IBAN{" "}
                {invoice.bankDetails.iban}, BIC {invoice.bankDetails.bic}, payment reference{" "}
                {invoice.paymentReference}.
              </Text>
            )}
            <Text size="sm">
              {what} is {where}; it becomes active once the vendor has recorded your payment.
            </Text>
          </Stack>
        </Alert>
      ) : (
        <Alert color="green" variant="light" title="Subscription active">
          <Text size="sm">
            {what} is active and {where}. Invoice {invoice.number}: {total} paid by{" "}
            {PAYMENT_METHOD_LABELS[invoice.paymentMethod].toLowerCase()}.
          </Text>
        </Alert>
      )}
      <Group justify="flex-end">
        {/* The PDF is served to the signed-in reseller on this origin, so the session cookie goes with it. */}
        <Button component="a" href={invoice.pdfUrl} download variant="light">
          Download invoice PDF
        </Button>
        <Button onClick={onDone}>Done</Button>
      </Group>
    </Stack>
  );
}
