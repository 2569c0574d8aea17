import { type Request, Router } from "express";
import type { Actor } from "../common/context.js";
import type { UnitOfWork } from "../db/unit-of-work.js";
import { spendOutsideGraphQL } from "../edge/api-edge.js";
import type { ApiRateLimiter } from "../edge/rate-limits.js";
import type { InvoiceService } from "./invoice.service.js";

/** Rendering an invoice PDF spends as much of the caller's budget as a page of 100 items. */
const PDF_COST = 100;

/**
 * Invoice PDFs at `Invoice.pdfUrl`, under the same access rule as the `invoice` query: the
 * reseller's people and keys, and vendor staff; for anyone else the invoice is not found.
 */
export function invoicePdfRoute(deps: {
  invoices: InvoiceService;
  work: UnitOfWork;
  rateLimiter: ApiRateLimiter;
  /** The caller, from an API key or the session cookie; throws for a refused key. */
  identify: (req: Request) => Promise<Actor | null>;
}): Router {
  return Router().get("/invoices/:file", async (req, res) => {
    const id = req.params.file.replace(/\.pdf$/, "");
    const actor = await deps.identify(req).catch(() => null);
    if (!actor) {
      res.status(401).json({ error: "Sign in, or send an API key, to download invoices." });
      return;
    }
    if (!(await spendOutsideGraphQL(deps.rateLimiter, actor, req, res, PDF_COST))) return;
    const ctx = deps.work.read(actor);
    const invoice = await deps.invoices.getForActor(ctx, id);
    if (!invoice) {
      res.status(404).json({ error: "Invoice not found." });
      return;
    }
    const pdf = await deps.invoices.pdf(invoice);
    res
      .type("application/pdf")
      .setHeader("Content-Disposition", `attachment; filename="invoice-${invoice.number}.pdf"`)
      .setHeader("Cache-Control", "private, no-store")
      .send(pdf);
  });
}
