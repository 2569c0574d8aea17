import { Arg, Args, Ctx, ID, Resolver } from "type-graphql";
import { Permission } from "../common/auth.js";
import type { RequestContext } from "../common/context.js";
import { UserErrorCode } from "../common/errors.js";
import { DomainMutation, DomainQuery } from "../common/operations.js";
import { type Page, PageArgs } from "../common/pagination.js";
import type { Success } from "../common/payload.js";
import { validationCodes } from "../common/validation.js";
import { UnitOfWork } from "../db/unit-of-work.js";
import { ResellerApplication, ResellerApplicationStatus } from "./reseller-application.entity.js";
import { ResellerApplicationService } from "./reseller-application.service.js";
import {
  ResellerApplicationConnection,
  ResellerApplicationPayload,
  ResellerApplicationSubmitInput,
} from "./reseller-application.types.js";

/** A signed-up company applies to resell; vendor staff decide. */
@Resolver()
export class ResellerApplicationResolver {
  constructor(
    private readonly service: ResellerApplicationService,
    private readonly work: UnitOfWork,
  ) {}

  @DomainQuery(() => ResellerApplication, {
    access: Permission.RESELLER_APPLY,
    nullable: true,
    description: "Your company's latest application to resell, or null before the first.",
  })
  resellerApplication(@Ctx() ctx: RequestContext): Promise<ResellerApplication | null> {
    return this.service.mine(this.work.read(ctx));
  }

  @DomainMutation(() => ResellerApplicationPayload, {
    access: Permission.RESELLER_APPLY,
    refuses: [
      ...validationCodes(ResellerApplicationSubmitInput),
      UserErrorCode.INVALID_INPUT,
      UserErrorCode.INVALID_COUNTRY,
      UserErrorCode.APPLICATION_PENDING,
      UserErrorCode.APPLICATION_DECIDED,
    ],
    description:
      "Applies to resell: vendor staff review the application and approve it on a partner tier, which opens the reseller features, or decline it with a reason. One application waits at a time; after a decline the company may apply again.",
  })
  async resellerApplicationSubmit(
    @Ctx() ctx: RequestContext,
    @Arg("input") input: ResellerApplicationSubmitInput,
  ): Promise<Success<typeof ResellerApplicationPayload>> {
    return { application: await this.work.run(ctx, (sc) => this.service.submit(sc, input)) };
  }

  @DomainQuery(() => ResellerApplicationConnection, {
    access: Permission.VENDOR_ADMIN,
    description: "Applications to resell in one status, oldest first.",
  })
  resellerApplications(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("status", () => ResellerApplicationStatus, { defaultValue: ResellerApplicationStatus.PENDING })
    status: ResellerApplicationStatus,
  ): Promise<Page<ResellerApplication>> {
    return this.service.list(this.work.read(ctx), { ...page, status });
  }

  @DomainMutation(() => ResellerApplicationPayload, {
    access: Permission.VENDOR_ADMIN,
    refuses: [UserErrorCode.NOT_FOUND, UserErrorCode.APPLICATION_DECIDED, UserErrorCode.UNKNOWN_TIER],
    description:
      "Approves an application on a partner tier: the account resells from now on, and its owner is mailed.",
  })
  async resellerApplicationApprove(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("tierCode", { description: "BRONZE, SILVER or GOLD (or another tier's code)." }) tierCode: string,
  ): Promise<Success<typeof ResellerApplicationPayload>> {
    return { application: await this.work.run(ctx, (sc) => this.service.approve(sc, id, tierCode)) };
  }

  @DomainMutation(() => ResellerApplicationPayload, {
    access: Permission.VENDOR_ADMIN,
    refuses: [
      UserErrorCode.NOT_FOUND,
      UserErrorCode.APPLICATION_DECIDED,
      UserErrorCode.REQUIRED,
      UserErrorCode.TOO_LONG,
    ],
    description:
      "Declines an application with a reason, which its owner is mailed; the company may apply again.",
  })
  async resellerApplicationDecline(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("reason", { description: "Why, in words the company can act on; up to 2,000 characters." })
    reason: string,
  ): Promise<Success<typeof ResellerApplicationPayload>> {
    return { application: await this.work.run(ctx, (sc) => this.service.decline(sc, id, reason)) };
  }
}
