import { randomUUID } from "node:crypto";
import type { ServerResponse } from "node:http";
import { join, sep } from "node:path";
import compression from "compression";
import type { ErrorRequestHandler, RequestHandler } from "express";
import expressStaticGzip from "express-static-gzip";
import helmet from "helmet";
import type { Logger } from "../common/logger.js";
import { faultAnswer } from "./error-answers.js";

/**
 * The SPA and the GraphiQL page load only their own scripts (no inline ones); styles may be inline,
 * as Mantine and the editor set them at run time; the editor runs its language service in workers.
 */
const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", "data:"],
    fontSrc: ["'self'", "data:"],
    connectSrc: ["'self'"],
    workerSrc: ["'self'"],
    frameAncestors: ["'none'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
  },
};

const strictTransportSecurity = helmet.strictTransportSecurity({ maxAge: 31_536_000 });

/**
 * helmet's headers on every answer: the CSP above, framing refused, nosniff, a strict referrer
 * policy; HSTS only when the request came over HTTPS (directly or through a trusted proxy), since
 * a browser ignores it over HTTP and local development runs on plain HTTP.
 */
export function securityHeaders(): RequestHandler[] {
  return [
    helmet({
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      strictTransportSecurity: false,
      referrerPolicy: { policy: "strict-origin-when-cross-origin" },
      crossOriginEmbedderPolicy: false,
      xFrameOptions: { action: "deny" },
    }),
    (req, res, next) => (req.secure ? strictTransportSecurity(req, res, next) : next()),
  ];
}

/** gzip or brotli for every compressible answer, whichever the client prefers. */
export function compressAnswers(): RequestHandler {
  return compression();
}

/**
 * The built SPA: files under `assets/` carry a content hash in their name, so they never change and
 * are cached for a year; everything else (index.html, favicon) is revalidated on every load. The
 * build compresses them once, with brotli and gzip at their best (vite-plugin-compression2), and
 * express-static-gzip sends the file the client takes, so no request pays for compressing them.
 */
export function staticFiles(webDist: string): RequestHandler {
  const assets = join(webDist, "assets") + sep;
  return expressStaticGzip(webDist, {
    enableBrotli: true,
    orderPreference: ["br", "gzip"],
    index: false,
    serveStatic: {
      index: false,
      setHeaders(res: ServerResponse, path: string) {
        res.setHeader(
          "Cache-Control",
          path.startsWith(assets) ? "public, max-age=31536000, immutable" : "no-cache",
        );
      },
    },
  });
}

/** The JSON error every non-GraphQL failure answers with, in the same shape as GraphQL errors. */
function errorBody(message: string, extensions: Record<string, unknown>) {
  return { errors: [{ message, extensions }] };
}

const BODY_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  "entity.parse.failed": { status: 400, code: "BAD_REQUEST", message: "The request body is not valid JSON." },
  "entity.too.large": {
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
    message: "The request body is larger than the server accepts.",
  },
  "encoding.unsupported": {
    status: 415,
    code: "UNSUPPORTED_MEDIA_TYPE",
    message: "The request body's encoding is not supported.",
  },
  "charset.unsupported": {
    status: 415,
    code: "UNSUPPORTED_MEDIA_TYPE",
    message: "The request body's charset is not supported; send UTF-8.",
  },
};

/**
 * The last handler: malformed or oversized bodies answer a coded 4xx; anything else is a fault,
 * logged with its stack under an error id and answered with that id only, as JSON in every mode.
 */
export function jsonErrors(log: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const known = BODY_ERRORS[(error as { type?: string }).type ?? ""];
    if (known) {
      res.status(known.status).json(errorBody(known.message, { code: known.code }));
      return;
    }
    const status = Number((error as { status?: number }).status);
    if (status >= 400 && status < 500) {
      res.status(status).json(errorBody("The request is malformed.", { code: "BAD_REQUEST" }));
      return;
    }
    const errorId = randomUUID();
    log.error({ err: error, errorId, method: req.method, path: req.path }, "request fault");
    const { message, ...extensions } = faultAnswer(errorId);
    res.status(500).json(errorBody(message, extensions));
  };
}
