import type express from "express";
import pLimit from "p-limit";

/**
 * Lets `concurrency` requests through at once; the others wait, first come first served, and one
 * whose client left while it waited is dropped from the line. A request holds its turn until its
 * connection has written its answer or closed.
 *
 * Fifty large answers built at once cost more than the same fifty built a dozen at a time: their
 * objects all stay alive together and garbage collection pays for it. Waiting in line, each is
 * answered sooner on average, and the slowest much sooner.
 */
export function inTurn(concurrency: number): express.RequestHandler {
  const limit = pLimit(concurrency);
  return (req, res, next) => {
    void limit(
      () =>
        new Promise<void>((done) => {
          if (req.socket.destroyed || res.writableEnded) return done();
          res.once("close", () => done());
          next();
        }),
    );
  };
}
