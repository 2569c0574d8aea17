// A TCP proxy in front of PostgreSQL that counts the statements passing through it: every Bind
// (extended protocol: each run of a statement, prepared once or not) and Query (simple protocol)
// message a client sends. A server pointed at the proxy's URL has each of its statements
// counted, whatever library sent it.

import { createConnection, createServer } from "node:net";

const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;

/** Reads a client's message stream and calls `onStatement` for each Bind or Query message. */
function frontendReader(onStatement) {
  let buffered = Buffer.alloc(0);
  let startingUp = true;
  return (chunk) => {
    buffered = Buffer.concat([buffered, chunk]);
    for (;;) {
      if (startingUp) {
        // Start-up messages carry no type byte: a length, then a code or the protocol version.
        if (buffered.length < 8) return;
        const length = buffered.readInt32BE(0);
        if (buffered.length < length) return;
        const code = buffered.readInt32BE(4);
        if (code !== SSL_REQUEST && code !== GSS_REQUEST) startingUp = false;
        buffered = buffered.subarray(length);
        continue;
      }
      if (buffered.length < 5) return;
      const length = buffered.readInt32BE(1);
      if (buffered.length < 1 + length) return;
      const type = String.fromCharCode(buffered[0]);
      if (type === "B" || type === "Q") onStatement();
      buffered = buffered.subarray(1 + length);
    }
  };
}

/** Starts the proxy to the PostgreSQL of `databaseUrl`; resolves with its URL and the counter. */
export async function startStatementProxy(databaseUrl) {
  const target = new URL(databaseUrl);
  let statements = 0;
  const sockets = new Set();
  const server = createServer((client) => {
    const upstream = createConnection({ host: target.hostname, port: Number(target.port || 5432) });
    sockets.add(client);
    sockets.add(upstream);
    const count = frontendReader(() => {
      statements += 1;
    });
    client.on("data", (chunk) => {
      count(chunk);
      upstream.write(chunk);
    });
    upstream.pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("close", close).on("error", close);
    upstream.on("close", close).on("error", close);
  });
  await new Promise((ready) => server.listen(0, "127.0.0.1", ready));
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String(server.address().port);
  return {
    url: url.toString(),
    /** Statements sent since the start. */
    count: () => statements,
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise((done) => server.close(done));
    },
  };
}
