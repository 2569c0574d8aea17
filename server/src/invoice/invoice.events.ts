/** Invoices and their payments. */
export interface InvoiceEvents {
  /** A charge of an invoice failed; the subscription is past due. */
  "invoice.payment_failed": {
    invoiceNumber: string;
    amount: number;
    currency: string;
    productName: string;
    reason: string;
    resellerName: string;
  };
  /** Staff recorded a wire transfer that paid an invoice. */
  "invoice.paid": {
    invoiceNumber: string;
    amount: number;
    currency: string;
    reference: string;
    productName: string | null;
  };
}
