import type DataLoader from "dataloader";
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Permission } from "../common/auth.js";
import { accountOf, actorOf, type RequestContext } from "../common/context.js";
import { requestLoader } from "../common/request-loader.js";
import { Customer, CustomerPortal } from "../customer/customer.types.js";
import { Trial } from "./trial.entity.js";
import { TrialService } from "./trial.service.js";
import { CustomerTrial, TrialEligibility, TrialPayload, TrialQuota } from "./trial.types.js";

@Resolver()
export class TrialResolver {
  constructor(private readonly trialService: TrialService) {}

  @Authorized(Permission.RESELLER_READ)
  @Query(() => TrialQuota, {
    description: "Trials given this calendar month (UTC) against the tier's limit.",
  })
  trialQuota(@Ctx() ctx: RequestContext): Promise<TrialQuota> {
    return this.trialService.quota(actorOf(ctx));
  }

  @Authorized(Permission.RESELLER_READ)
  @Query(() => TrialEligibility, {
    description: "Whether a trial of the product can be given to the customer now.",
  })
  trialEligibility(
    @Ctx() ctx: RequestContext,
    @Arg("customerId", () => ID) customerId: string,
    @Arg("productCode") productCode: string,
  ): Promise<TrialEligibility> {
    return this.trialService.eligibility(actorOf(ctx), customerId, productCode);
  }

  @Authorized(Permission.RESELLER_WRITE)
  @Mutation(() => TrialPayload, {
    description:
      "Gives a customer of your list a free trial for your tier's trial days. Refusals use the codes of trialEligibility.",
  })
  async trialStart(
    @Ctx() ctx: RequestContext,
    @Arg("customerId", () => ID) customerId: string,
    @Arg("productCode") productCode: string,
  ): Promise<TrialPayload> {
    return { trial: await this.trialService.start(actorOf(ctx), customerId, productCode), userErrors: [] };
  }
}

const customerTrials = new WeakMap<RequestContext, DataLoader<string, Trial | null>>();

@Resolver(() => Customer)
export class CustomerTrialResolver {
  constructor(private readonly trialService: TrialService) {}

  @FieldResolver(() => Trial, {
    nullable: true,
    description: "The trial this reseller gave the customer, if any.",
  })
  trial(@Root() customer: Customer, @Ctx() ctx: RequestContext): Promise<Trial | null> {
    const resellerId = accountOf(actorOf(ctx));
    return requestLoader(
      customerTrials,
      ctx,
      (ids) => this.trialService.forCustomers(resellerId, ids),
      null,
    ).load(customer.customerAccountId);
  }
}

@Resolver(() => CustomerPortal)
export class CustomerPortalTrialResolver {
  constructor(private readonly trialService: TrialService) {}

  @FieldResolver(() => [CustomerTrial], { description: "The free trial you were given, with who gave it." })
  trials(@Ctx() ctx: RequestContext): Promise<CustomerTrial[]> {
    return this.trialService.givenTo(accountOf(actorOf(ctx)));
  }
}
