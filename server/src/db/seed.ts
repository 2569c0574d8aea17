import type { DataSource } from "typeorm";
import { Tier } from "../tier/tier.entity.js";

/** A login the start banner prints so a newcomer can sign in to the demo. */
export interface DemoLogin {
  role: string;
  email: string;
  password: string;
}

export const DEMO_LOGINS: DemoLogin[] = [];

const TIERS: Array<
  Pick<Tier, "code" | "name" | "trialDays" | "trialsPerMonth" | "resellingPercent" | "rank">
> = [
  { code: "BRONZE", name: "Bronze", trialDays: 7, trialsPerMonth: 2, resellingPercent: 10, rank: 1 },
  { code: "SILVER", name: "Silver", trialDays: 14, trialsPerMonth: 5, resellingPercent: 50, rank: 2 },
  { code: "GOLD", name: "Gold", trialDays: 45, trialsPerMonth: 10, resellingPercent: 75, rank: 3 },
];

/** True when the database holds no product data yet: the first start. */
export async function isEmpty(dataSource: DataSource): Promise<boolean> {
  return (await dataSource.getRepository(Tier).count()) === 0;
}

/**
 * Loads the demo data. It may run again on a database that has it: rows it made before are
 * left as they are, so vendor staff's edits survive a re-seed.
 */
export async function seedDemo(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (tx) => {
    await tx.createQueryBuilder().insert().into(Tier).values(TIERS).orIgnore().execute();
  });
}
