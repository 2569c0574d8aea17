import http from "node:http";
import https from "node:https";
import ipaddr from "ipaddr.js";
import { type AddressPolicy, hostIsTrusted, isPublicAddress, publicOnlyLookup } from "./webhook-address.js";

/** How long one attempt may take, answer included. */
export const WEBHOOK_TIMEOUT_MS = 10_000;
/** How much of an answer's body is kept. */
export const RESPONSE_BODY_LIMIT = 4096;

export interface SendOutcome {
  /** The HTTP status, or null when no answer came. */
  status: number | null;
  /** The answer's body, cut to 4 KiB. */
  body: string | null;
  durationMs: number;
  /** Why it failed, or null when the answer was a 2xx. */
  error: string | null;
}

// Connections are kept open between deliveries; one checked at connect time stays checked.
const agents = {
  "http:": new http.Agent({ keepAlive: true, maxSockets: 32 }),
  "https:": new https.Agent({ keepAlive: true, maxSockets: 32 }),
};

/** Whether an outcome counts as received: a 2xx answer. Redirects are not followed, so a 3xx fails. */
export function succeeded(outcome: SendOutcome): boolean {
  return outcome.status !== null && outcome.status >= 200 && outcome.status < 300;
}

/**
 * Posts one signed body. In production the host is resolved and checked at connect time (unless
 * allowed), redirects are not followed, and the whole exchange is cut off after 10 s.
 */
export function postWebhook(
  policy: AddressPolicy,
  rawUrl: string,
  headers: Record<string, string>,
  body: string,
): Promise<SendOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const url = new URL(rawUrl);
  const trusted = hostIsTrusted(policy, url);
  const literal = url.hostname.replace(/^\[|\]$/g, "");
  if (!trusted && ipaddr.isValid(literal) && !isPublicAddress(literal)) {
    return Promise.resolve({
      status: null,
      body: null,
      durationMs: 0,
      error: `${literal} is not a public address`,
    });
  }
  return new Promise((resolve) => {
    const client = url.protocol === "https:" ? https : http;
    const request = client.request(
      url,
      {
        method: "POST",
        headers: {
          ...headers,
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          "user-agent": "ResellerHub-Webhooks/1",
        },
        signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
        ...(trusted ? {} : { lookup: publicOnlyLookup }),
        agent: agents[url.protocol as keyof typeof agents],
      },
      (response) => {
        const chunks: Buffer[] = [];
        let kept = 0;
        response.on("data", (chunk: Buffer) => {
          if (kept < RESPONSE_BODY_LIMIT) {
            chunks.push(chunk);
            kept += chunk.length;
          }
        });
        response.on("error", (error) =>
          resolve({
            status: response.statusCode ?? null,
            body: null,
            durationMs: elapsed(),
            error: error.message,
          }),
        );
        response.on("end", () => {
          const status = response.statusCode ?? null;
          const text = Buffer.concat(chunks).subarray(0, RESPONSE_BODY_LIMIT).toString("utf8");
          const ok = status !== null && status >= 200 && status < 300;
          resolve({
            status,
            body: text,
            durationMs: elapsed(),
            error: ok
              ? null
              : status !== null && status >= 300 && status < 400
                ? `redirect to ${response.headers.location ?? "nowhere"} not followed`
                : `answered ${status}`,
          });
        });
      },
    );
    request.on("error", (error) => {
      const message =
        error.name === "AbortError" || error.name === "TimeoutError" ? "timed out after 10 s" : error.message;
      resolve({ status: null, body: null, durationMs: elapsed(), error: message });
    });
    request.end(body);
  });
}
