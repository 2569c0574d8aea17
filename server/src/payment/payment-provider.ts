import { randomUUID } from "node:crypto";
import type { PaymentMethod } from "../payment/payment-method.js";

export interface ChargeRequest {
  method: typeof PaymentMethod.CARD | typeof PaymentMethod.PAYPAL;
  /** A card token from the payment page; PayPal needs none. */
  token: string | null;
  amount: number;
  currency: string;
  description: string;
  /** The provider charges a key at most once, so a retried request cannot charge twice. */
  idempotencyKey: string;
}

export type ChargeResult = { ok: true; reference: string } | { ok: false; reason: string };

/** Where card and PayPal payments go. Wire transfers are recorded by vendor staff instead. */
export interface PaymentProvider {
  charge(request: ChargeRequest): Promise<ChargeResult>;
}

/** Test card tokens of the sandbox provider. */
export const SANDBOX_TOKENS = {
  approved: "tok_visa",
  declined: "tok_chargeDeclined",
} as const;

/**
 * The built-in provider: deterministic, for demos and tests. `tok_visa` is approved,
 * `tok_chargeDeclined` (or any unknown token) is declined, and PayPal approves.
 */
export class SandboxPaymentProvider implements PaymentProvider {
  private readonly charged = new Map<string, ChargeResult>();
  /** Every approved charge, for tests to count. */
  readonly approved: ChargeRequest[] = [];

  async charge(request: ChargeRequest): Promise<ChargeResult> {
    const earlier = this.charged.get(request.idempotencyKey);
    if (earlier) return earlier;
    let result: ChargeResult;
    if (request.method === "PAYPAL") {
      result = { ok: true, reference: `sandbox_pp_${randomUUID()}` };
    } else if (request.token === SANDBOX_TOKENS.approved) {
      result = { ok: true, reference: `sandbox_ch_${randomUUID()}` };
    } else if (request.token === SANDBOX_TOKENS.declined) {
      result = { ok: false, reason: "The card was declined." };
    } else {
      result = { ok: false, reason: "The card token is not valid." };
    }
    if (result.ok) {
      this.approved.push(request);
      this.charged.set(request.idempotencyKey, result);
    }
    return result;
  }
}
