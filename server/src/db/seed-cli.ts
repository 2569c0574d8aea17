import "reflect-metadata";
import { systemClock } from "../common/clock.js";
import { createLogger } from "../common/logger.js";
import { loadConfig } from "../config/config.js";
import { JobQueue } from "../jobs/job-queue.js";
import { migrate, withStartupLock } from "./data-source.js";
import { openDatabase } from "./database.js";
import { seedDemo } from "./seed.js";
import { UnitOfWork } from "./unit-of-work.js";

/** `pnpm seed`: migrates the configured database and loads the demo data into it. */
const config = loadConfig();
const log = createLogger(config.logLevel);
try {
  const database = await openDatabase(config, log);
  try {
    // The seed publishes no events, so this unit of work's queue is never started.
    const jobs = new JobQueue(database.url, config.jobs, log);
    const work = new UnitOfWork(database.dataSource, systemClock, jobs, log);
    await withStartupLock(database.dataSource, async () => {
      await migrate(database.dataSource);
      await seedDemo(work);
    });
    log.info({ database: database.kind }, "demo data loaded");
  } finally {
    await database.close();
  }
} catch (error) {
  process.stderr.write(`seed failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
