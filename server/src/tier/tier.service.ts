import { fail, UserErrorCode } from "../common/errors.js";
import type { ServiceContext } from "../db/unit-of-work.js";
import { Tier } from "./tier.entity.js";

export class TierService {
  list(ctx: ServiceContext): Promise<Tier[]> {
    return ctx.em.find(Tier, { order: { rank: "ASC" } });
  }

  /**
   * Changes a tier's terms. They apply at once: to new quotes and purchases, and to this month's
   * trial quota; bought subscriptions keep their price.
   */
  async update(
    ctx: ServiceContext,
    code: string,
    input: { name: string; trialDays: number; trialsPerMonth: number; resellingBp: number },
  ): Promise<Tier> {
    const tier =
      (await ctx.em.findOne(Tier, {
        where: { code: code.trim().toUpperCase() },
        lock: { mode: "pessimistic_write" },
      })) ?? fail(UserErrorCode.UNKNOWN_TIER, "code", `There is no tier "${code}".`);
    Object.assign(tier, {
      name: input.name.trim(),
      trialDays: input.trialDays,
      trialsPerMonth: input.trialsPerMonth,
      resellingBp: input.resellingBp,
    });
    const saved = await ctx.em.save(tier);
    await ctx.publish("tier.updated", saved.id, {
      tier: {
        id: saved.id,
        code: saved.code,
        name: saved.name,
        trialDays: saved.trialDays,
        trialsPerMonth: saved.trialsPerMonth,
        resellingBp: saved.resellingBp,
      },
    });
    return saved;
  }
}
