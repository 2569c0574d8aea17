import { Radio, Stack, TextInput } from "@mantine/core";
import type { PaymentMethod } from "../../gql/graphql";
import { useBusinessRules } from "../../rules/use-business-rules";

interface PaymentMethodFieldProps {
  method: PaymentMethod;
  onMethodChange: (method: PaymentMethod) => void;
  token: string;
  onTokenChange: (token: string) => void;
  /** Whether this many licenses may be paid by wire transfer, as the server's quote says. */
  wireTransferAllowed: boolean;
  methodError?: string;
  tokenError?: string;
}

const DESCRIPTIONS: Record<PaymentMethod, string> = {
  CARD: "Charged at once; the licenses are active straight away.",
  PAYPAL: "Charged at once; the licenses are active straight away.",
  WIRE_TRANSFER:
    "You get an invoice to pay by bank transfer; the licenses become active once the vendor records your payment.",
};

/** How to pay the vendor: card (with its token), PayPal, or wire transfer from the API's minimum quantity. */
export function PaymentMethodField({
  method,
  onMethodChange,
  token,
  onTokenChange,
  wireTransferAllowed,
  methodError,
  tokenError,
}: PaymentMethodFieldProps) {
  const rules = useBusinessRules();
  return (
    <Stack gap="md">
      <Radio.Group
        label="Payment method"
        value={method}
        onChange={(value) => onMethodChange(value as PaymentMethod)}
        error={methodError}
      >
        <Stack gap="sm" mt="xs">
          <Radio value="CARD" label="Card" description={DESCRIPTIONS.CARD} />
          <Radio value="PAYPAL" label="PayPal" description={DESCRIPTIONS.PAYPAL} />
          <Radio
            value="WIRE_TRANSFER"
            label="Wire transfer"
            disabled={!wireTransferAllowed}
            description={
              wireTransferAllowed
                ? DESCRIPTIONS.WIRE_TRANSFER
                : rules &&
                  `Only for ${rules.wireTransferMinimumQuantity} licenses or more: pay fewer by card or PayPal.`
            }
          />
        </Stack>
      </Radio.Group>
      {method === "CARD" && (
        <TextInput
          label="Card token"
          description="The token your card payment form returns. In the sandbox, tok_visa is approved and tok_chargeDeclined is declined."
          required
          autoComplete="off"
          value={token}
          onChange={(event) => onTokenChange(event.currentTarget.value)}
          error={tokenError}
        />
      )}
    </Stack>
  );
}
