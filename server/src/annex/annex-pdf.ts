import PDFDocument from "pdfkit";
import { formatDay } from "../common/format.js";
import { annexBlocks } from "./annex-markdown.js";

const LEFT = 50;
const WIDTH = 495;

/** What the acceptance record of the PDF states. */
export interface AcceptanceRecord {
  accountName: string;
  version: number;
  title: string;
  body: string;
  effectiveAt: Date;
  acceptedAt: Date;
  acceptedBy: { name: string; email: string };
  ip: string;
  userAgent: string | null;
}

/** The annex text as accepted, then the acceptance record: who, for which company, when, from where. */
export function renderAcceptancePdf(record: AcceptanceRecord): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: "A4",
      margin: LEFT,
      info: { Title: `${record.title}, version ${record.version}: accepted by ${record.accountName}` },
    });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);

    doc.font("Helvetica-Bold").fontSize(18).text(record.title, LEFT, doc.y, { width: WIDTH });
    doc
      .font("Helvetica")
      .fontSize(9)
      .fillColor("#444")
      .text(`Version ${record.version}, in force from ${formatDay(record.effectiveAt)}`, { width: WIDTH });
    doc.fillColor("#000").moveDown();
    for (const block of annexBlocks(record.body)) {
      if (block.kind === "heading") {
        doc.moveDown(0.5).font("Helvetica-Bold").fontSize(12).text(block.text, LEFT, doc.y, { width: WIDTH });
      } else if (block.kind === "item") {
        doc
          .font("Helvetica")
          .fontSize(10)
          .text(`${block.marker} ${block.text}`, LEFT + 12, doc.y, { width: WIDTH - 12 });
      } else {
        doc.font("Helvetica").fontSize(10).text(block.text, LEFT, doc.y, { width: WIDTH });
      }
      doc.moveDown(0.4);
    }

    doc
      .moveDown()
      .font("Helvetica-Bold")
      .fontSize(12)
      .text("Acceptance record", LEFT, doc.y, { width: WIDTH });
    doc.font("Helvetica").fontSize(10);
    for (const line of [
      `Reseller: ${record.accountName}`,
      `Annex: ${record.title}, version ${record.version}`,
      `Accepted by: ${record.acceptedBy.name} <${record.acceptedBy.email}>`,
      `Accepted at: ${record.acceptedAt
        .toISOString()
        .replace("T", " ")
        .replace(/\.\d+Z$/, " UTC")}`,
      `From address: ${record.ip}`,
      ...(record.userAgent ? [`Browser or client: ${record.userAgent}`] : []),
    ]) {
      doc.text(line, LEFT, doc.y, { width: WIDTH });
    }
    doc.end();
  });
}
