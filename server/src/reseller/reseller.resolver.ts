import { Arg, Args, Ctx, ID, Resolver } from "type-graphql";
import { Permission } from "../common/auth.js";
import type { RequestContext } from "../common/context.js";
import { UserErrorCode } from "../common/errors.js";
import { DomainMutation, DomainQuery } from "../common/operations.js";
import { type Page, PageArgs } from "../common/pagination.js";
import type { Success } from "../common/payload.js";
import { validationCodes } from "../common/validation.js";
import { UnitOfWork } from "../db/unit-of-work.js";
import { ResellerService } from "./reseller.service.js";
import { type Reseller, ResellerConnection, ResellerEnableInput, ResellerPayload } from "./reseller.types.js";

/** Vendor staff operations on reseller accounts. */
@Resolver()
export class ResellerResolver {
  constructor(
    private readonly service: ResellerService,
    private readonly work: UnitOfWork,
  ) {}

  @DomainQuery(() => ResellerConnection, {
    access: Permission.VENDOR_ADMIN,
    description: "Reseller accounts by company name.",
  })
  resellers(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("search", () => String, { nullable: true, description: "Part of the company name or owner email." })
    search: string | null,
  ): Promise<Page<Reseller>> {
    return this.service.list(this.work.read(ctx), { ...page, search });
  }

  @DomainMutation(() => ResellerPayload, {
    access: Permission.VENDOR_ADMIN,
    refuses: [
      ...validationCodes(ResellerEnableInput),
      UserErrorCode.UNKNOWN_TIER,
      UserErrorCode.EMAIL_IN_USE,
    ],
    description:
      "Enables a reseller account: its owner gets an activation link, and is its first billing contact.",
  })
  async resellerEnable(
    @Ctx() ctx: RequestContext,
    @Arg("input") input: ResellerEnableInput,
  ): Promise<Success<typeof ResellerPayload>> {
    return { reseller: await this.work.run(ctx, (sc) => this.service.enable(sc, input)) };
  }

  @DomainMutation(() => ResellerPayload, {
    access: Permission.VENDOR_ADMIN,
    refuses: [UserErrorCode.NOT_FOUND, UserErrorCode.UNKNOWN_TIER],
    description: "Moves a reseller to another tier, effective at once.",
  })
  async resellerSetTier(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("tierCode") tierCode: string,
  ): Promise<Success<typeof ResellerPayload>> {
    return { reseller: await this.work.run(ctx, (sc) => this.service.setTier(sc, id, tierCode)) };
  }

  @DomainMutation(() => ResellerPayload, {
    access: Permission.VENDOR_ADMIN,
    refuses: [UserErrorCode.NOT_FOUND, UserErrorCode.ALREADY_DISABLED],
    description: "Disables a reseller: its people and API keys can no longer act.",
  })
  async resellerDisable(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
  ): Promise<Success<typeof ResellerPayload>> {
    return { reseller: await this.work.run(ctx, (sc) => this.service.disable(sc, id)) };
  }
}
