import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { inTurn } from "./in-turn.js";

/** A server whose answers wait until the test lets them go; what it is working on, by name. */
async function serverInTurn(concurrency: number) {
  const working: string[] = [];
  const release = new Map<string, () => void>();
  const app = express();
  app.use(inTurn(concurrency), (req, res) => {
    const name = req.path.slice(1);
    working.push(name);
    release.set(name, () => {
      working.splice(working.indexOf(name), 1);
      res.end(name);
    });
  });
  const server: Server = createServer(app);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  const ask = (name: string) => {
    const controller = new AbortController();
    const answer = fetch(`http://127.0.0.1:${port}/${name}`, { signal: controller.signal }).then((r) =>
      r.text(),
    );
    return { answer, abort: () => controller.abort() };
  };
  const settle = () => new Promise((done) => setTimeout(done, 50));
  return { server, working, release: (name: string) => release.get(name)?.(), ask, settle };
}

let servers: Server[] = [];
afterEach(() => {
  for (const server of servers) server.closeAllConnections();
  for (const server of servers) server.close();
  servers = [];
});

describe("inTurn", () => {
  it("works on so many requests at once and lets the next in as one is answered, first come first served", async () => {
    const s = await serverInTurn(2);
    servers.push(s.server);
    const a = s.ask("a");
    await s.settle();
    const b = s.ask("b");
    await s.settle();
    const c = s.ask("c");
    await s.settle();
    const d = s.ask("d");
    await s.settle();
    expect(s.working).toEqual(["a", "b"]);
    s.release("b");
    expect(await b.answer).toBe("b");
    await s.settle();
    expect(s.working).toEqual(["a", "c"]);
    s.release("a");
    s.release("c");
    await s.settle();
    expect(s.working).toEqual(["d"]);
    s.release("d");
    expect(await Promise.all([a.answer, c.answer, d.answer])).toEqual(["a", "c", "d"]);
  });

  it("drops a request whose client left while it waited, and loses no turn to one that left while worked on", async () => {
    const s = await serverInTurn(1);
    servers.push(s.server);
    const a = s.ask("a");
    await s.settle();
    const gone = s.ask("gone");
    gone.answer.catch(() => undefined);
    await s.settle();
    gone.abort();
    await s.settle();
    a.abort();
    a.answer.catch(() => undefined);
    await s.settle();
    // The turn "a" held came back when its client left (its handler never answered), and
    // "gone" was never worked on.
    const b = s.ask("b");
    await s.settle();
    expect(s.working).toEqual(["a", "b"]);
    s.release("b");
    expect(await b.answer).toBe("b");
  });
});
