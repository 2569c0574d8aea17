import { Arg, Ctx, Resolver } from "type-graphql";
import { anyCaller } from "../auth/identify.js";
import { Permission } from "../common/auth.js";
import type { RequestContext } from "../common/context.js";
import { UserErrorCode } from "../common/errors.js";
import { DomainMutation, DomainQuery } from "../common/operations.js";
import type { Success } from "../common/payload.js";
import { validationCodes } from "../common/validation.js";
import { UnitOfWork } from "../db/unit-of-work.js";
import { Tier } from "./tier.entity.js";
import { TierService } from "./tier.service.js";
import { TierPayload, TierUpdateInput } from "./tier.types.js";

@Resolver(() => Tier)
export class TierResolver {
  constructor(
    private readonly tierService: TierService,
    private readonly work: UnitOfWork,
  ) {}

  @DomainQuery(() => [Tier], {
    access: "ANYONE",
    description: "The partner tiers and their terms, lowest first.",
  })
  tiers(@Ctx() ctx: RequestContext): Promise<Tier[]> {
    return this.tierService.list(this.work.read(anyCaller(ctx)));
  }

  @DomainMutation(() => TierPayload, {
    access: Permission.VENDOR_ADMIN,
    refuses: [...validationCodes(TierUpdateInput), UserErrorCode.UNKNOWN_TIER],
    description:
      "Changes a tier's terms, effective at once for new quotes, purchases and this month's trial quota.",
  })
  async tierUpdate(
    @Ctx() ctx: RequestContext,
    @Arg("code") code: string,
    @Arg("input") input: TierUpdateInput,
  ): Promise<Success<typeof TierPayload>> {
    return { tier: await this.work.run(ctx, (sc) => this.tierService.update(sc, code, input)) };
  }
}
