import { connect, createServer, type Server, type Socket } from "node:net";
import { freePort } from "../../server/src/db/embedded.js";

/**
 * A TCP link that holds every chunk, in each direction, for a fixed delay before passing it on,
 * as a distant or busy server would. Put between the product and a sink, it stretches a batch
 * over seconds, so a test can stop a worker in the middle of it.
 */
export class SlowLink {
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(target: { host: string; port: number }, delayMs: number): Promise<SlowLink> {
    const port = await freePort();
    const server = createServer();
    const link = new SlowLink(server, port);
    server.on("connection", (client) => link.pipe(client, connect(target.port, target.host), delayMs));
    await new Promise<void>((done) => server.listen(port, "127.0.0.1", done));
    return link;
  }

  get smtpUrl(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  private pipe(client: Socket, upstream: Socket, delayMs: number): void {
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
      socket.on("error", () => undefined);
    }
    const forward = (from: Socket, to: Socket) => {
      from.on("data", (chunk) => setTimeout(() => to.destroyed || to.write(chunk), delayMs));
      // The end travels after the data it follows.
      from.on("close", () => setTimeout(() => to.destroy(), delayMs));
    };
    forward(client, upstream);
    forward(upstream, client);
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((done) => this.server.close(done));
  }
}
