import "reflect-metadata";
import { createLogger } from "../common/logger.js";
import { loadConfig } from "../config/config.js";
import { migrate, withStartupLock } from "./data-source.js";
import { openDatabase } from "./database.js";
import { seedDemo } from "./seed.js";

/** `pnpm seed`: migrates the configured database and loads the demo data into it. */
const config = loadConfig();
const log = createLogger(config.logLevel);
try {
  const database = await openDatabase(config, log);
  try {
    await withStartupLock(database.dataSource, async () => {
      await migrate(database.dataSource);
      await seedDemo(database.dataSource);
    });
    log.info({ database: database.kind }, "demo data loaded");
  } finally {
    await database.close();
  }
} catch (error) {
  process.stderr.write(`seed failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
