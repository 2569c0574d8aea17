import PDFDocument from "pdfkit";
import { countryName } from "../billing-profile/vat-id.js";
import { formatDay, formatMoney } from "../common/format.js";
import { PaymentMethod } from "../payment/payment-method.js";
import { type Invoice, type InvoiceLine, InvoiceStatus } from "./invoice.entity.js";
import { vatNote } from "./vat.js";

const LEFT = 50;
const WIDTH = 495;

/** A rate in basis points as people read it: 1900 is "19 %", 1250 is "12.5 %". */
function percent(bp: number): string {
  return `${bp / 100} %`;
}

function statusLine(invoice: Invoice): string {
  if (invoice.status === InvoiceStatus.PAID && invoice.paidAt) return `Paid on ${formatDay(invoice.paidAt)}`;
  if (invoice.status === InvoiceStatus.VOID) return "Void";
  return "Open";
}

const METHOD_NAMES: Record<PaymentMethod, string> = {
  [PaymentMethod.CARD]: "Card",
  [PaymentMethod.PAYPAL]: "PayPal",
  [PaymentMethod.WIRE_TRANSFER]: "Wire transfer",
};

/** What a line says beneath its product: the period, the discounts that apply, the end customer. */
function lineDetails(line: InvoiceLine, currency: string): string[] {
  const details: string[] = [];
  if (line.periodStart && line.periodEnd) {
    details.push(`Period: ${formatDay(line.periodStart)} to ${formatDay(line.periodEnd)}`);
  }
  if (line.volumeDiscount !== 0) {
    details.push(
      `Volume discount ${percent(line.volumeDiscountBp)}: -${formatMoney(line.volumeDiscount, currency)}`,
    );
  }
  if (line.partnerDiscount !== 0) {
    details.push(
      `Partner discount ${percent(line.partnerDiscountBp)}: -${formatMoney(line.partnerDiscount, currency)}`,
    );
  }
  if (line.customerName) details.push(`End customer: ${line.customerName}`);
  return details;
}

/**
 * The invoice as a PDF: seller and bill-to blocks, number and dates, one line per charge with its
 * period, discounts and end customer, net, VAT with its rule, gross, and where to wire the money.
 */
export function renderInvoicePdf(invoice: Invoice): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: "A4",
      margin: LEFT,
      info: { Title: `Invoice ${invoice.number}`, Author: invoice.seller.name },
    });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    const money = (minor: number) => formatMoney(minor, invoice.currency);
    const { seller, billTo } = invoice;

    // Seller on the left, the invoice's facts on the right.
    const top = doc.y;
    doc.font("Helvetica-Bold").fontSize(11).text(seller.name, LEFT, top, { width: 260 });
    doc.font("Helvetica").fontSize(9);
    for (const line of [...seller.addressLines, countryName(seller.country), `VAT ID: ${seller.vatId}`]) {
      doc.text(line, { width: 260 });
    }
    const sellerBottom = doc.y;
    doc.font("Helvetica-Bold").fontSize(18).text(`Invoice ${invoice.number}`, 320, top, { width: 225 });
    doc.font("Helvetica").fontSize(9);
    for (const line of [
      `Invoice number: ${invoice.number}`,
      `Issue date: ${formatDay(invoice.issuedAt)}`,
      `Due date: ${formatDay(invoice.dueAt)}`,
      `Status: ${statusLine(invoice)}`,
      `Payment method: ${METHOD_NAMES[invoice.paymentMethod]}`,
    ]) {
      doc.text(line, 320, doc.y, { width: 225 });
    }
    doc.y = Math.max(doc.y, sellerBottom) + 20;

    doc.font("Helvetica-Bold").fontSize(10).text("Bill to", LEFT, doc.y);
    doc.font("Helvetica").fontSize(9).text(billTo.name);
    for (const line of billTo.addressLines) doc.text(line);
    if (billTo.country) doc.text(countryName(billTo.country));
    if (billTo.vatId) doc.text(`VAT ID: ${billTo.vatId}`);
    if (billTo.purchaseOrderReference) doc.text(`Purchase order: ${billTo.purchaseOrderReference}`);
    doc.moveDown(1.5);

    const columns = [LEFT, 330, 385, 465];
    const row = (cells: string[], bold = false) => {
      const y = doc.y;
      doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(9);
      let bottom = y;
      cells.forEach((cell, i) => {
        doc.text(cell, columns[i], y, {
          width: (columns[i + 1] ?? LEFT + WIDTH) - columns[i] - 6,
          align: i === 0 ? "left" : "right",
        });
        bottom = Math.max(bottom, doc.y);
      });
      doc.y = bottom;
    };
    row(["Description", "Quantity", "Unit price", "Amount"], true);
    doc.moveDown(0.3);
    for (const line of invoice.lines) {
      row([line.description, String(line.quantity), money(line.unitPrice), money(line.retailAmount)]);
      doc.font("Helvetica").fontSize(8);
      for (const detail of lineDetails(line, invoice.currency)) {
        doc.text(detail, LEFT + 10, doc.y, { width: 270 });
      }
      if (line.amount !== line.retailAmount) row(["Line amount after discounts", "", "", money(line.amount)]);
      doc.moveDown(0.6);
    }

    doc.moveDown(0.5);
    const total = (label: string, amount: string, bold = false) => row([label, "", "", amount], bold);
    total("Subtotal (list prices)", money(invoice.subtotal));
    if (invoice.discountTotal !== 0) total("Discounts", `-${money(invoice.discountTotal)}`);
    total("Total net", money(invoice.netTotal), true);
    total(`VAT ${percent(invoice.vatRateBp)}`, money(invoice.vatAmount));
    const note = vatNote(invoice.vatTreatment);
    if (note) doc.font("Helvetica").fontSize(8).text(note, LEFT, doc.y, { width: WIDTH });
    doc.moveDown(0.3);
    total("Total gross", money(invoice.total), true);

    if (invoice.paymentMethod === PaymentMethod.WIRE_TRANSFER) {
      doc.moveDown(1.5);
      doc.font("Helvetica-Bold").fontSize(10).text("Payment by wire transfer", LEFT, doc.y);
      doc.font("Helvetica").fontSize(9);
      for (const line of [
        `Bank: ${seller.bank.bankName}`,
        `IBAN: ${seller.bank.iban}`,
        `BIC: ${seller.bank.bic}`,
        `Payment reference: ${invoice.number}`,
        `Please pay ${money(invoice.total)} by ${formatDay(invoice.dueAt)}.`,
      ]) {
        doc.text(line, { width: WIDTH });
      }
    }
    doc.end();
  });
}
