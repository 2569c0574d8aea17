// The built server as a process of its own, like `node server/dist/main.js`, but with its clock
// standing at TEST_NOW, so tests that need several real processes can still set the date.
import "reflect-metadata";
import { ManualClock } from "../../server/dist/common/clock.js";
import { createLogger } from "../../server/dist/common/logger.js";
import { loadConfig } from "../../server/dist/config/config.js";
import { startServer } from "../../server/dist/server.js";

const config = loadConfig();
const clock = new ManualClock(process.env.TEST_NOW ?? new Date());
const server = await startServer(config, { clock, log: createLogger(config.logLevel) });
process.stderr.write(`Reseller Hub is running at ${server.url}\n`);
for (const signal of ["SIGTERM", "SIGINT"]) process.removeAllListeners(signal);
process.on("SIGTERM", () => {
  server.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
