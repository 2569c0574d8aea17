import { Query, Resolver } from "type-graphql";
import { Tier } from "./tier.entity.js";
import { TierService } from "./tier.service.js";

@Resolver(() => Tier)
export class TierResolver {
  constructor(private readonly tierService: TierService) {}

  @Query(() => [Tier], { description: "The partner tiers and their terms, lowest first." })
  tiers(): Promise<Tier[]> {
    return this.tierService.list();
  }
}
