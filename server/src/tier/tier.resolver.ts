import { Arg, Authorized, Mutation, Query, Resolver } from "type-graphql";
import { Permission } from "../common/auth.js";
import { Tier } from "./tier.entity.js";
import { TierService } from "./tier.service.js";
import { TierPayload, TierUpdateInput } from "./tier.types.js";

@Resolver(() => Tier)
export class TierResolver {
  constructor(private readonly tierService: TierService) {}

  @Query(() => [Tier], { description: "The partner tiers and their terms, lowest first." })
  tiers(): Promise<Tier[]> {
    return this.tierService.list();
  }

  @Authorized(Permission.VENDOR_ADMIN)
  @Mutation(() => TierPayload, {
    description:
      "Changes a tier's terms, effective at once for new quotes, purchases and this month's trial quota.",
  })
  async tierUpdate(@Arg("code") code: string, @Arg("input") input: TierUpdateInput): Promise<TierPayload> {
    return { tier: await this.tierService.update(code, input), userErrors: [] };
  }
}
