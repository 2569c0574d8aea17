import type { PaymentMethod } from "../payment/payment-method.js";
import type { InvoiceKind } from "./invoice.entity.js";

/** Invoices and their payments; the subject is the invoice. */
export interface InvoiceEvents {
  /** An invoice was issued with the next number of its year; it is OPEN until paid. */
  "invoice.issued": {
    invoiceNumber: string;
    kind: InvoiceKind;
    subscriptionId: string | null;
    total: number;
    currency: string;
    paymentMethod: PaymentMethod;
    /** When it must be paid: on issue for card and PayPal, after the payment terms for a wire transfer. */
    dueAt: string;
  };
  /** A renewal's charge failed, or its wire transfer is awaited; the subscription is past due. */
  "invoice.payment_failed": {
    invoiceNumber: string;
    subscriptionId: string;
    amount: number;
    currency: string;
    productName: string;
    reason: string;
    resellerName: string;
  };
  /** An invoice was paid: charged through the payment provider, or recorded by vendor staff. */
  "invoice.paid": {
    invoiceNumber: string;
    subscriptionId: string | null;
    amount: number;
    currency: string;
    method: PaymentMethod;
    /** Recorded by vendor staff, such as a wire transfer, rather than charged through the provider. */
    recordedByStaff: boolean;
    /** The provider's charge reference, or the bank's reference staff gave; null when they gave none. */
    reference: string | null;
    productName: string | null;
  };
}
