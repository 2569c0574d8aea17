import { Query, Resolver } from "type-graphql";
import { HealthService } from "./health.service.js";
import { Health } from "./health.types.js";

@Resolver(() => Health)
export class HealthResolver {
  constructor(private readonly healthService: HealthService) {}

  @Query(() => Health, { description: "Whether the API and its database are up." })
  health(): Promise<Health> {
    return this.healthService.check();
  }
}
