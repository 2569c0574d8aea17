import { useQuery } from "@apollo/client/react";
import { Alert, Group, Radio, Select, Skeleton, Stack, Text } from "@mantine/core";
import { useEffect } from "react";
import { StatusBadge } from "../../components/status-badge";
import type { PaymentMethod, SavedPaymentMethodFieldsFragment } from "../../gql/graphql";
import { useBusinessRules } from "../../rules/use-business-rules";
import { ExpiryBadge, expiryText } from "../payment-methods/expiry-badge";
import { PaymentMethodsDocument } from "../payment-methods/payment-methods.generated";
import { SANDBOX_CARDS } from "../payment-methods/sandbox-cards";

/** What pays: a saved card or PayPal account, a wire transfer, or a card added on the way. */
export interface PaymentChoice {
  paymentMethod: PaymentMethod;
  paymentMethodId: string | null;
  newCardToken: string | null;
  /** How the summary names it. */
  label: string;
}

/** Nothing chosen yet: the default method is picked once the wallet has loaded. */
export const UNCHOSEN_PAYMENT: PaymentChoice = {
  paymentMethod: "CARD",
  paymentMethodId: null,
  newCardToken: null,
  label: "",
};

const WIRE = "WIRE_TRANSFER";
const NEW_CARD = "NEW_CARD";

interface PaymentMethodFieldProps {
  value: PaymentChoice;
  onChange: (choice: PaymentChoice) => void;
  /** Whether this many licenses may be paid by wire transfer, as the server's quote says. */
  wireTransferAllowed: boolean;
  /** Whether the viewer may add a card to the wallet (the owner). */
  canAddCard: boolean;
  error?: string;
}

function savedChoice(method: SavedPaymentMethodFieldsFragment): PaymentChoice {
  return { paymentMethod: method.kind, paymentMethodId: method.id, newCardToken: null, label: method.label };
}

function cardChoice(token: string): PaymentChoice {
  const card = SANDBOX_CARDS.find((c) => c.value === token);
  return {
    paymentMethod: "CARD",
    paymentMethodId: null,
    newCardToken: token,
    label: `New card: ${card?.label ?? token}`,
  };
}

/**
 * How to pay the vendor: the saved methods first (the default chosen), then a wire transfer from
 * the API's minimum quantity, and, for the owner, a card added to the wallet on the way.
 */
export function PaymentMethodField({
  value,
  onChange,
  wireTransferAllowed,
  canAddCard,
  error,
}: PaymentMethodFieldProps) {
  const rules = useBusinessRules();
  const wallet = useQuery(PaymentMethodsDocument);
  const methods = wallet.data?.paymentMethods;
  const unchosen = value.paymentMethod !== WIRE && !value.paymentMethodId && !value.newCardToken;
  const preferred = methods?.find((m) => m.isDefault) ?? methods?.[0];
  useEffect(() => {
    if (unchosen && preferred) onChange(savedChoice(preferred));
  }, [unchosen, preferred, onChange]);

  const selected =
    value.paymentMethod === WIRE ? WIRE : value.newCardToken ? NEW_CARD : (value.paymentMethodId ?? "");
  const select = (key: string) => {
    if (key === WIRE)
      onChange({ ...UNCHOSEN_PAYMENT, paymentMethod: "WIRE_TRANSFER", label: "Wire transfer" });
    else if (key === NEW_CARD) onChange(cardChoice(SANDBOX_CARDS[0].value));
    else {
      const method = methods?.find((m) => m.id === key);
      if (method) onChange(savedChoice(method));
    }
  };

  if (!methods)
    return wallet.error ? (
      <Alert color="red">Could not load your payment methods.</Alert>
    ) : (
      <Skeleton height={120} />
    );
  return (
    <Stack gap="md">
      <Radio.Group label="Payment method" value={selected} onChange={select} error={error}>
        <Stack gap="sm" mt="xs">
          {methods.map((m) => (
            <Radio
              key={m.id}
              value={m.id}
              disabled={m.expiry === "EXPIRED"}
              label={
                <Group gap="xs">
                  <Text size="sm">{m.label}</Text>
                  {m.isDefault && <StatusBadge label="Default" color="blue" />}
                  <ExpiryBadge method={m} />
                </Group>
              }
              description={
                m.kind === "CARD"
                  ? `Card, expires ${expiryText(m)}. Charged at once; the licenses are active straight away.`
                  : "PayPal. Charged at once; the licenses are active straight away."
              }
            />
          ))}
          <Radio
            value={WIRE}
            label="Wire transfer"
            disabled={!wireTransferAllowed}
            description={
              wireTransferAllowed
                ? "You get an invoice to pay by bank transfer; the licenses become active once the vendor records your payment."
                : rules &&
                  `Only for ${rules.wireTransferMinimumQuantity} licenses or more: pay fewer by card or PayPal.`
            }
          />
          {canAddCard && (
            <Radio
              value={NEW_CARD}
              label="Add a card"
              description="Saved to your payment methods and charged now."
            />
          )}
        </Stack>
      </Radio.Group>
      {methods.length === 0 && !canAddCard && (
        <Alert color="yellow" variant="light" title="No saved payment method">
          Ask the account owner to add a card or PayPal account under Billing → Payment methods.
        </Alert>
      )}
      {value.newCardToken && (
        <Select
          label="Sandbox test card"
          description="Sandbox: there is no card form here; pick one of the payment provider's test cards."
          data={SANDBOX_CARDS}
          allowDeselect={false}
          value={value.newCardToken}
          onChange={(token) => token && onChange(cardChoice(token))}
        />
      )}
    </Stack>
  );
}
