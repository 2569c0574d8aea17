import { Arg, Ctx, Resolver } from "type-graphql";
import { Permission } from "../common/auth.js";
import type { RequestContext } from "../common/context.js";
import { UserErrorCode } from "../common/errors.js";
import { DomainMutation, DomainQuery } from "../common/operations.js";
import type { Success } from "../common/payload.js";
import { validationCodes } from "../common/validation.js";
import { UnitOfWork } from "../db/unit-of-work.js";
import { BillingProfile } from "./billing-profile.entity.js";
import { BillingProfileService } from "./billing-profile.service.js";
import { BillingProfileInput, BillingProfilePayload } from "./billing-profile.types.js";

@Resolver()
export class BillingProfileResolver {
  constructor(
    private readonly profiles: BillingProfileService,
    private readonly work: UnitOfWork,
  ) {}

  @DomainQuery(() => BillingProfile, {
    access: Permission.RESELLER_READ,
    nullable: true,
    description: "Who the reseller's invoices are billed to; null until the owner saves it.",
  })
  billingProfile(@Ctx() ctx: RequestContext): Promise<BillingProfile | null> {
    return this.profiles.get(this.work.read(ctx));
  }

  @DomainMutation(() => BillingProfilePayload, {
    access: Permission.BILLING_MANAGE,
    refuses: [
      ...validationCodes(BillingProfileInput),
      UserErrorCode.INVALID_COUNTRY,
      UserErrorCode.INVALID_VAT_ID,
    ],
    description: "Saves the billing profile; invoices issued from now on bill to it.",
  })
  async billingProfileUpdate(
    @Arg("input") input: BillingProfileInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Success<typeof BillingProfilePayload>> {
    return { billingProfile: await this.work.run(ctx, (sc) => this.profiles.update(sc, input)) };
  }
}
