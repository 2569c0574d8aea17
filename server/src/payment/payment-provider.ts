import { randomUUID } from "node:crypto";
import type { PaymentMethod } from "../payment/payment-method.js";

export interface ChargeRequest {
  method: typeof PaymentMethod.CARD | typeof PaymentMethod.PAYPAL;
  /** The saved card's provider token; PayPal needs none. */
  token: string | null;
  amount: number;
  currency: string;
  description: string;
  /** The provider charges a key at most once, so a retried request cannot charge twice. */
  idempotencyKey: string;
}

export type ChargeResult = { ok: true; reference: string } | { ok: false; reason: string };

/** What the provider tells about a card token: enough to recognise the card, never its number. */
export interface CardDetails {
  brand: string;
  lastFour: string;
  expiryMonth: number;
  expiryYear: number;
}

/** Where card and PayPal payments go. Wire transfers are recorded by vendor staff instead. */
export interface PaymentProvider {
  charge(request: ChargeRequest): Promise<ChargeResult>;
  /** The card a token stands for; null for a token the provider does not know. */
  describeCard(token: string): Promise<CardDetails | null>;
}

/** Test card tokens of the sandbox provider, and the cards they stand for. */
export const SANDBOX_CARDS: Record<string, CardDetails & { declines?: string }> = {
  tok_visa: { brand: "Visa", lastFour: "4242", expiryMonth: 12, expiryYear: 2034 },
  tok_mastercard: { brand: "Mastercard", lastFour: "4444", expiryMonth: 8, expiryYear: 2031 },
  tok_chargeDeclined: {
    brand: "Visa",
    lastFour: "0002",
    expiryMonth: 12,
    expiryYear: 2034,
    declines: "The card was declined.",
  },
  tok_expired: {
    brand: "Visa",
    lastFour: "0069",
    expiryMonth: 1,
    expiryYear: 2020,
    declines: "The card has expired.",
  },
};

/**
 * The built-in provider: deterministic, for demos and tests. The tokens of `SANDBOX_CARDS`
 * stand for cards; `tok_visa` and `tok_mastercard` are approved, the others declined, as is
 * any unknown token. PayPal approves.
 */
export class SandboxPaymentProvider implements PaymentProvider {
  private readonly charged = new Map<string, ChargeResult>();
  /** Every approved charge, for tests to count. */
  readonly approved: ChargeRequest[] = [];

  async describeCard(token: string): Promise<CardDetails | null> {
    const card = Object.hasOwn(SANDBOX_CARDS, token) ? SANDBOX_CARDS[token] : null;
    return (
      card && {
        brand: card.brand,
        lastFour: card.lastFour,
        expiryMonth: card.expiryMonth,
        expiryYear: card.expiryYear,
      }
    );
  }

  async charge(request: ChargeRequest): Promise<ChargeResult> {
    const earlier = this.charged.get(request.idempotencyKey);
    if (earlier) return earlier;
    let result: ChargeResult;
    const card =
      request.token && Object.hasOwn(SANDBOX_CARDS, request.token) ? SANDBOX_CARDS[request.token] : null;
    if (request.method === "PAYPAL") {
      result = { ok: true, reference: `sandbox_pp_${randomUUID()}` };
    } else if (!card) {
      result = { ok: false, reason: "The card token is not valid." };
    } else if (card.declines) {
      result = { ok: false, reason: card.declines };
    } else {
      result = { ok: true, reference: `sandbox_ch_${randomUUID()}` };
    }
    if (result.ok) {
      this.approved.push(request);
      this.charged.set(request.idempotencyKey, result);
    }
    return result;
  }
}
