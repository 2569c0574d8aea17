import PDFDocument from "pdfkit";
import { formatMoney } from "../common/format.js";
import type { Invoice } from "./invoice.entity.js";

const money = formatMoney;

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The invoice as a one-page PDF: vendor, reseller, number, lines, totals. */
export function renderInvoicePdf(invoice: Invoice, resellerName: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: "A4",
      margin: 50,
      info: { Title: `Invoice ${invoice.number}`, Author: "Reseller Hub" },
    });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);

    doc.fontSize(20).text(`Invoice ${invoice.number}`);
    doc.moveDown(0.5).fontSize(10);
    doc.text(`Issued: ${day(invoice.issuedAt)}`);
    doc.text(`Billed to: ${resellerName}`);
    doc.text(`Status: ${invoice.status}${invoice.paidAt ? ` (paid ${day(invoice.paidAt)})` : ""}`);
    doc.text(`Payment method: ${invoice.paymentMethod.replace("_", " ").toLowerCase()}`);
    doc.moveDown();

    const columns = [50, 250, 300, 370, 440, 500];
    const row = (cells: string[], bold = false) => {
      const y = doc.y;
      doc.font(bold ? "Helvetica-Bold" : "Helvetica");
      cells.forEach((cell, i) => {
        doc.text(cell, columns[i], y, {
          width: (columns[i + 1] ?? 550) - columns[i] - 4,
          align: i === 0 ? "left" : "right",
        });
      });
      doc.moveDown(0.4);
    };
    row(["Description", "Qty", "Unit price", "Volume", "Partner", "Amount"], true);
    for (const line of invoice.lines) {
      row([
        line.description,
        String(line.quantity),
        money(line.unitPrice, invoice.currency),
        `-${money(line.volumeDiscount, invoice.currency)} (${line.volumeDiscountBp / 100} %)`,
        `-${money(line.partnerDiscount, invoice.currency)} (${line.partnerDiscountBp / 100} %)`,
        money(line.amount, invoice.currency),
      ]);
    }
    doc.moveDown();
    doc.font("Helvetica").text(`Subtotal: ${money(invoice.subtotal, invoice.currency)}`, 50, doc.y, {
      align: "right",
      width: 500,
    });
    doc.text(`Discounts: -${money(invoice.discountTotal, invoice.currency)}`, { align: "right", width: 500 });
    doc
      .font("Helvetica-Bold")
      .text(`Total: ${money(invoice.total, invoice.currency)}`, { align: "right", width: 500 });
    doc.font("Helvetica").moveDown().fontSize(8).text("No tax is charged on this invoice.", 50);
    doc.end();
  });
}
