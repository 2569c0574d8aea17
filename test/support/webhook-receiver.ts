import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One request a receiver got: its headers and raw body. */
export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A webhook receiver on a free local port. It keeps every request and answers what `answer`
 * says (200 unless told otherwise).
 */
export class WebhookReceiver {
  readonly received: Received[] = [];
  answer: (request: Received, index: number) => number = () => 200;

  private constructor(private readonly server: Server) {}

  static async start(): Promise<WebhookReceiver> {
    const server = createServer();
    const receiver = new WebhookReceiver(server);
    server.on("request", (req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        const request = { headers: req.headers, body: Buffer.concat(chunks).toString("utf8") };
        receiver.received.push(request);
        const status = receiver.answer(request, receiver.received.length - 1);
        res.writeHead(status, { "content-type": "text/plain" });
        res.end(status < 300 ? "thanks" : `no, ${status}`);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  /** Waits until `count` requests came in (or fails after `timeoutMs`). */
  async waitFor(count: number, timeoutMs = 30_000): Promise<Received[]> {
    const until = Date.now() + timeoutMs;
    while (this.received.length < count) {
      if (Date.now() > until) {
        throw new Error(`the receiver got ${this.received.length} requests, not ${count}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return this.received.slice(0, count);
  }

  /** The signature headers of a request, as `Webhook.verify` takes them. */
  static signatureHeaders(request: Received): Record<string, string> {
    return {
      "webhook-id": String(request.headers["webhook-id"]),
      "webhook-timestamp": String(request.headers["webhook-timestamp"]),
      "webhook-signature": String(request.headers["webhook-signature"]),
    };
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
