import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from "node:http";
import { freePort } from "../../server/src/db/embedded.js";

/**
 * A load balancer in miniature: an HTTP proxy that hands each request to the next server in
 * turn, as HAProxy's `balance roundrobin` does per request. A server that refuses the connection
 * (it died) is skipped for the next one, which is safe because nothing was sent to it; a server
 * that dies while it holds a request makes that request fail with 502, as a real balancer would.
 * It records which server answered each request, so a test can see the load was spread.
 */
export class RoundRobinProxy {
  /** The index of the server that answered each request, in the order they were answered. */
  readonly served: number[] = [];
  private next = 0;

  private constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly targets: string[],
  ) {}

  static async start(targets: string[]): Promise<RoundRobinProxy> {
    const port = await freePort();
    const server = createServer();
    const proxy = new RoundRobinProxy(server, `http://127.0.0.1:${port}`, targets);
    server.on("request", (req, res) => void proxy.forward(req, res));
    await new Promise<void>((done) => server.listen(port, "127.0.0.1", done));
    return proxy;
  }

  private async forward(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // The bodies here are small JSON documents; holding one whole makes a retry on another
    // server possible when the first refuses the connection.
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    for (let tries = 0; tries < this.targets.length; tries++) {
      const index = this.next;
      this.next = (this.next + 1) % this.targets.length;
      const outcome = await this.tryTarget(index, req, body, res);
      if (outcome !== "refused") return;
    }
    res.writeHead(503, { "content-type": "application/json" }).end('{"error":"no server is up"}');
  }

  private tryTarget(
    index: number,
    req: IncomingMessage,
    body: Buffer,
    res: ServerResponse,
  ): Promise<"answered" | "refused" | "failed"> {
    return new Promise((done) => {
      const target = new URL(req.url ?? "/", this.targets[index]);
      const upstream = request(target, {
        method: req.method,
        headers: { ...req.headers, host: target.host },
        // A fresh connection each time: a refused one then surely means nothing was sent.
        agent: false,
      });
      upstream.on("response", (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        answer.on("end", () => {
          this.served.push(index);
          done("answered");
        });
        answer.on("error", () => {
          res.destroy();
          done("failed");
        });
      });
      upstream.on("error", (error: NodeJS.ErrnoException) => {
        if (error.code === "ECONNREFUSED") return done("refused");
        if (!res.headersSent)
          res.writeHead(502, { "content-type": "application/json" }).end('{"error":"bad gateway"}');
        else res.destroy();
        done("failed");
      });
      upstream.end(body);
    });
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((done) => this.server.close(done));
  }
}
