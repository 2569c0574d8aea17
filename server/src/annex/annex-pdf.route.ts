import { type Request, Router } from "express";
import type { Actor } from "../common/context.js";
import type { UnitOfWork } from "../db/unit-of-work.js";
import { spendOutsideGraphQL } from "../edge/api-edge.js";
import type { ApiRateLimiter } from "../edge/rate-limits.js";
import type { AnnexService } from "./annex.service.js";

/** Rendering a PDF spends as much of the caller's budget as a page of 100 items. */
const PDF_COST = 100;

/**
 * Acceptance PDFs at `AnnexAcceptance.pdfUrl`: the reseller's people and keys, and vendor staff;
 * for anyone else the acceptance is not found.
 */
export function annexPdfRoute(deps: {
  annex: AnnexService;
  work: UnitOfWork;
  rateLimiter: ApiRateLimiter;
  identify: (req: Request) => Promise<Actor | null>;
}): Router {
  return Router().get("/annex-acceptances/:file", async (req, res) => {
    const id = req.params.file.replace(/\.pdf$/, "");
    const actor = await deps.identify(req).catch(() => null);
    if (!actor) {
      res.status(401).json({ error: "Sign in, or send an API key, to download acceptances." });
      return;
    }
    if (!(await spendOutsideGraphQL(deps.rateLimiter, actor, req, res, PDF_COST))) return;
    const ctx = deps.work.read(actor);
    const acceptance = await deps.annex.getForActor(ctx, id);
    if (!acceptance) {
      res.status(404).json({ error: "Acceptance not found." });
      return;
    }
    const pdf = await deps.annex.pdf(ctx, acceptance);
    res
      .type("application/pdf")
      .setHeader(
        "Content-Disposition",
        `attachment; filename="annex-v${acceptance.annexVersion.version}-acceptance.pdf"`,
      )
      .setHeader("Cache-Control", "private, no-store")
      .send(pdf);
  });
}
