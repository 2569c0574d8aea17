import { MaxLength } from "class-validator";
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from "type-graphql";
import { Permission } from "../common/auth.js";
import { actorOf, type RequestContext } from "../common/context.js";
import { DiscountCodeService } from "./partner-discount.service.js";
import { PartnerDiscountPayload, PartnerDiscountStatus } from "./partner-discount.types.js";

@InputType()
export class PartnerDiscountRequestInput {
  @Field({ defaultValue: "", description: "Anything vendor staff should know, such as the first order." })
  @MaxLength(1000)
  note: string;
}

@Resolver()
export class DiscountCodeResolver {
  constructor(private readonly codes: DiscountCodeService) {}

  @Authorized(Permission.RESELLER_READ)
  @Query(() => PartnerDiscountStatus, {
    description: "The reseller's partner discount code, if it has one, and any open request for one.",
  })
  partnerDiscount(@Ctx() ctx: RequestContext): Promise<PartnerDiscountStatus> {
    return this.codes.status(actorOf(ctx));
  }

  @Authorized(Permission.RESELLER_WRITE)
  @Mutation(() => PartnerDiscountPayload, { description: "Asks vendor staff for a partner discount code." })
  async partnerDiscountRequest(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => PartnerDiscountRequestInput, { nullable: true })
    input: PartnerDiscountRequestInput | null,
  ): Promise<PartnerDiscountPayload> {
    return { partnerDiscount: await this.codes.request(actorOf(ctx), input?.note ?? ""), userErrors: [] };
  }

  @Authorized(Permission.VENDOR_ADMIN)
  @Mutation(() => PartnerDiscountPayload, {
    description: "Issues a new partner discount code to a reseller; its previous code stops working.",
  })
  async partnerDiscountIssue(
    @Ctx() ctx: RequestContext,
    @Arg("resellerId", () => ID) resellerId: string,
  ): Promise<PartnerDiscountPayload> {
    return { partnerDiscount: await this.codes.issue(actorOf(ctx), resellerId), userErrors: [] };
  }

  @Authorized(Permission.VENDOR_ADMIN)
  @Mutation(() => PartnerDiscountPayload, { description: "Withdraws a reseller's partner discount code." })
  async partnerDiscountRevoke(
    @Arg("resellerId", () => ID) resellerId: string,
  ): Promise<PartnerDiscountPayload> {
    return { partnerDiscount: await this.codes.revoke(resellerId), userErrors: [] };
  }
}
