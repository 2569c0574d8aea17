import type DataLoader from "dataloader";
import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from "type-graphql";
import { Permission } from "../common/auth.js";
import type { RequestContext } from "../common/context.js";
import { UserErrorCode } from "../common/errors.js";
import { DomainMutation, DomainQuery } from "../common/operations.js";
import type { Success } from "../common/payload.js";
import { requestLoader } from "../common/request-loader.js";
import { Customer, CustomerPortal } from "../customer/customer.types.js";
import { UnitOfWork } from "../db/unit-of-work.js";
import { Trial } from "./trial.entity.js";
import { TrialService } from "./trial.service.js";
import { CustomerTrial, TrialEligibility, TrialPayload, TrialQuota } from "./trial.types.js";

@Resolver()
export class TrialResolver {
  constructor(
    private readonly service: TrialService,
    private readonly work: UnitOfWork,
  ) {}

  @DomainQuery(() => TrialQuota, {
    access: Permission.RESELLER_READ,
    description: "Trials given this calendar month (UTC) against the tier's limit.",
  })
  trialQuota(@Ctx() ctx: RequestContext): Promise<TrialQuota> {
    return this.service.quota(this.work.read(ctx));
  }

  @DomainQuery(() => Trial, {
    access: Permission.RESELLER_READ,
    nullable: true,
    description: "One trial the reseller gave; null if it gave none with this id.",
  })
  trial(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Trial | null> {
    return this.service.get(this.work.read(ctx), id);
  }

  @DomainQuery(() => TrialEligibility, {
    access: Permission.RESELLER_READ,
    description: "Whether a trial of the product can be given to the customer now.",
  })
  trialEligibility(
    @Ctx() ctx: RequestContext,
    @Arg("customerId", () => ID) customerId: string,
    @Arg("productCode") productCode: string,
  ): Promise<TrialEligibility> {
    return this.service.eligibility(this.work.read(ctx), customerId, productCode);
  }

  @DomainMutation(() => TrialPayload, {
    access: Permission.RESELLER_WRITE,
    refuses: [
      UserErrorCode.NOT_FOUND,
      UserErrorCode.HAS_SUBSCRIPTION,
      UserErrorCode.TRIAL_ALREADY_USED,
      UserErrorCode.QUOTA_EXHAUSTED,
      UserErrorCode.PRODUCT_NOT_TRIAL_ENABLED,
      UserErrorCode.ANNEX_NOT_ACCEPTED,
    ],
    description:
      "Gives a customer of your list a free trial for your tier's trial days. Refusals use the codes of trialEligibility.",
  })
  async trialStart(
    @Ctx() ctx: RequestContext,
    @Arg("customerId", () => ID) customerId: string,
    @Arg("productCode") productCode: string,
  ): Promise<Success<typeof TrialPayload>> {
    return { trial: await this.work.run(ctx, (sc) => this.service.start(sc, customerId, productCode)) };
  }
}

const customerTrials = new WeakMap<RequestContext, DataLoader<string, Trial | null>>();

@Resolver(() => Customer)
export class CustomerTrialResolver {
  constructor(
    private readonly service: TrialService,
    private readonly work: UnitOfWork,
  ) {}

  @FieldResolver(() => Trial, {
    nullable: true,
    description: "The trial this reseller gave the customer, if any.",
  })
  trial(@Root() customer: Customer, @Ctx() ctx: RequestContext): Promise<Trial | null> {
    return requestLoader(
      customerTrials,
      ctx,
      (ids) => this.service.forCustomers(this.work.read(ctx), ids),
      null,
    ).load(customer.customerAccountId);
  }
}

@Resolver(() => CustomerPortal)
export class CustomerPortalTrialResolver {
  constructor(
    private readonly service: TrialService,
    private readonly work: UnitOfWork,
  ) {}

  @FieldResolver(() => [CustomerTrial], { description: "The free trial you were given, with who gave it." })
  trials(@Ctx() ctx: RequestContext): Promise<CustomerTrial[]> {
    return this.service.givenTo(this.work.read(ctx));
  }
}
