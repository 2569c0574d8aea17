import { Arg, Ctx, ID, Resolver } from "type-graphql";
import { Permission } from "../common/auth.js";
import type { RequestContext } from "../common/context.js";
import { UserErrorCode } from "../common/errors.js";
import { DomainMutation, DomainQuery } from "../common/operations.js";
import type { Success } from "../common/payload.js";
import { validationCodes } from "../common/validation.js";
import { UnitOfWork } from "../db/unit-of-work.js";
import { PartnerDiscountService } from "./partner-discount.service.js";
import {
  PartnerDiscountPayload,
  PartnerDiscountRequestInput,
  PartnerDiscountStatus,
} from "./partner-discount.types.js";

@Resolver()
export class PartnerDiscountResolver {
  constructor(
    private readonly partnerDiscounts: PartnerDiscountService,
    private readonly work: UnitOfWork,
  ) {}

  @DomainQuery(() => PartnerDiscountStatus, {
    access: Permission.RESELLER_READ,
    description: "The reseller's partner discount code, if it has one, and any open request for one.",
  })
  partnerDiscount(@Ctx() ctx: RequestContext): Promise<PartnerDiscountStatus> {
    return this.partnerDiscounts.status(this.work.read(ctx));
  }

  @DomainMutation(() => PartnerDiscountPayload, {
    access: Permission.RESELLER_WRITE,
    refuses: [...validationCodes(PartnerDiscountRequestInput), UserErrorCode.ALREADY_REQUESTED],
    description: "Asks vendor staff for a partner discount code.",
  })
  async partnerDiscountRequest(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => PartnerDiscountRequestInput, { nullable: true })
    input: PartnerDiscountRequestInput | null,
  ): Promise<Success<typeof PartnerDiscountPayload>> {
    const note = input?.note ?? "";
    return { partnerDiscount: await this.work.run(ctx, (sc) => this.partnerDiscounts.request(sc, note)) };
  }

  @DomainMutation(() => PartnerDiscountPayload, {
    access: Permission.VENDOR_ADMIN,
    refuses: [UserErrorCode.NOT_FOUND],
    description: "Issues a new partner discount code to a reseller; its previous code stops working.",
  })
  async partnerDiscountIssue(
    @Ctx() ctx: RequestContext,
    @Arg("resellerId", () => ID) resellerId: string,
  ): Promise<Success<typeof PartnerDiscountPayload>> {
    return {
      partnerDiscount: await this.work.run(ctx, (sc) => this.partnerDiscounts.issue(sc, resellerId)),
    };
  }

  @DomainMutation(() => PartnerDiscountPayload, {
    access: Permission.VENDOR_ADMIN,
    refuses: [UserErrorCode.NOT_FOUND, UserErrorCode.NO_DISCOUNT_CODE],
    description: "Withdraws a reseller's partner discount code.",
  })
  async partnerDiscountRevoke(
    @Ctx() ctx: RequestContext,
    @Arg("resellerId", () => ID) resellerId: string,
  ): Promise<Success<typeof PartnerDiscountPayload>> {
    return {
      partnerDiscount: await this.work.run(ctx, (sc) => this.partnerDiscounts.revoke(sc, resellerId)),
    };
  }
}
