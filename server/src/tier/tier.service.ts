import type { DataSource } from "typeorm";
import { fail, UserErrorCode } from "../common/errors.js";
import { Tier } from "./tier.entity.js";

export class TierService {
  constructor(private readonly dataSource: DataSource) {}

  list(): Promise<Tier[]> {
    return this.dataSource.getRepository(Tier).find({ order: { rank: "ASC" } });
  }

  /**
   * Changes a tier's terms. They apply at once: to new quotes and purchases, and to this month's
   * trial quota; bought subscriptions keep their price.
   */
  update(
    code: string,
    input: { name: string; trialDays: number; trialsPerMonth: number; resellingPercent: number },
  ): Promise<Tier> {
    return this.dataSource.transaction(async (em) => {
      const tier =
        (await em.findOne(Tier, {
          where: { code: code.trim().toUpperCase() },
          lock: { mode: "pessimistic_write" },
        })) ?? fail(UserErrorCode.UNKNOWN_TIER, "code", `There is no tier "${code}".`);
      Object.assign(tier, {
        name: input.name.trim(),
        trialDays: input.trialDays,
        trialsPerMonth: input.trialsPerMonth,
        resellingPercent: input.resellingPercent,
      });
      return em.save(tier);
    });
  }
}
