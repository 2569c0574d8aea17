import { Ctx, Resolver } from "type-graphql";
import { anyCaller } from "../auth/identify.js";
import type { RequestContext } from "../common/context.js";
import { DomainQuery } from "../common/operations.js";
import { UnitOfWork } from "../db/unit-of-work.js";
import { HealthService } from "./health.service.js";
import { Health } from "./health.types.js";

@Resolver(() => Health)
export class HealthResolver {
  constructor(
    private readonly healthService: HealthService,
    private readonly work: UnitOfWork,
  ) {}

  @DomainQuery(() => Health, { access: "ANYONE", description: "Whether the API and its database are up." })
  health(@Ctx() ctx: RequestContext): Promise<Health> {
    return this.healthService.check(this.work.read(anyCaller(ctx)));
  }
}
