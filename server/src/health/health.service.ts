import type { Clock } from "../common/clock.js";
import type { DatabaseKind } from "../db/database.js";
import type { ServiceContext } from "../db/unit-of-work.js";

export interface HealthReport {
  status: "ok";
  database: DatabaseKind;
  databaseVersion: string;
  serverTime: Date;
  version: string;
}

export class HealthService {
  constructor(
    private readonly databaseKind: DatabaseKind,
    private readonly clock: Clock,
    private readonly version: string,
  ) {}

  /** Asks the database for its version; throws when it does not answer. */
  async check(ctx: ServiceContext): Promise<HealthReport> {
    const rows: Array<{ server_version: string }> = await ctx.em.query("SHOW server_version");
    return {
      status: "ok",
      database: this.databaseKind,
      databaseVersion: rows[0]?.server_version ?? "unknown",
      serverTime: this.clock.now(),
      version: this.version,
    };
  }
}
