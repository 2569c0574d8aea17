import type DataLoader from "dataloader";
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Permission } from "../common/auth.js";
import { accountOf, actorOf, type RequestContext } from "../common/context.js";
import { AFTER_DESCRIPTION, FIRST_DESCRIPTION, type Page } from "../common/pagination.js";
import { requestLoader } from "../common/request-loader.js";
import { Customer, CustomerPortal } from "../customer/customer.types.js";
import { Subscription } from "./subscription.entity.js";
import { SubscriptionService } from "./subscription.service.js";
import {
  AssignedSubscription,
  SubscriptionChangeQuotePayload,
  SubscriptionConnection,
  SubscriptionFilter,
  SubscriptionPayload,
  SubscriptionPaymentInput,
  SubscriptionPurchaseInput,
} from "./subscription.types.js";

@Resolver()
export class SubscriptionResolver {
  constructor(private readonly subscriptionService: SubscriptionService) {}

  @Authorized(Permission.RESELLER_READ)
  @Query(() => SubscriptionConnection, { description: "The reseller's subscriptions, newest first." })
  subscriptions(
    @Ctx() ctx: RequestContext,
    @Arg("first", () => Int, { nullable: true, description: FIRST_DESCRIPTION }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: AFTER_DESCRIPTION }) after: string | null,
    @Arg("filter", () => SubscriptionFilter, { nullable: true }) filter: SubscriptionFilter | null,
  ): Promise<Page<Subscription>> {
    return this.subscriptionService.list(actorOf(ctx), { first, after, filter });
  }

  @Authorized(Permission.RESELLER_READ)
  @Query(() => Subscription, { nullable: true, description: "One of the reseller's subscriptions." })
  subscription(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Subscription | null> {
    return this.subscriptionService.get(actorOf(ctx), id);
  }

  @Authorized(Permission.RESELLER_WRITE)
  @Mutation(() => SubscriptionPayload, {
    description:
      "Buys licenses. Card and PayPal are charged at once and the subscription is ACTIVE; a wire transfer (100 licenses or more) leaves it PENDING_PAYMENT with an OPEN invoice.",
  })
  async subscriptionPurchase(
    @Ctx() ctx: RequestContext,
    @Arg("input") input: SubscriptionPurchaseInput,
  ): Promise<SubscriptionPayload> {
    return { ...(await this.subscriptionService.purchase(actorOf(ctx), input)), userErrors: [] };
  }

  @Authorized(Permission.RESELLER_WRITE)
  @Mutation(() => SubscriptionPayload, { description: "Turns renewal at the period end on or off." })
  async subscriptionSetRenewal(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("renew") renew: boolean,
  ): Promise<SubscriptionPayload> {
    return {
      subscription: await this.subscriptionService.setRenewal(actorOf(ctx), id, renew),
      invoice: null,
      userErrors: [],
    };
  }

  @Authorized(Permission.RESELLER_READ)
  @Query(() => SubscriptionChangeQuotePayload, {
    description: "What changing the quantity would cost now and from when it applies, before confirming.",
  })
  async subscriptionChangeQuote(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("quantity", () => Float) quantity: number,
  ): Promise<SubscriptionChangeQuotePayload> {
    return {
      changeQuote: await this.subscriptionService.changeQuote(actorOf(ctx), id, quantity),
      userErrors: [],
    };
  }

  @Authorized(Permission.RESELLER_WRITE)
  @Mutation(() => SubscriptionPayload, {
    description:
      "More licenses apply at once with a prorated invoice charged now; fewer apply from the next period (never below the monthly minimum).",
  })
  async subscriptionChangeQuantity(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("quantity", () => Float) quantity: number,
    @Arg("idempotencyKey", () => String, { nullable: true }) idempotencyKey: string | null,
  ): Promise<SubscriptionPayload> {
    return {
      ...(await this.subscriptionService.changeQuantity(actorOf(ctx), id, quantity, idempotencyKey)),
      userErrors: [],
    };
  }

  @Authorized(Permission.RESELLER_WRITE)
  @Mutation(() => SubscriptionPayload, {
    description: "Assigns a subscription to a customer of your list. An assigned one gets ALREADY_ASSIGNED.",
  })
  async subscriptionAssign(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("customerId", () => ID) customerId: string,
  ): Promise<SubscriptionPayload> {
    return {
      subscription: await this.subscriptionService.assign(actorOf(ctx), id, customerId),
      invoice: null,
      userErrors: [],
    };
  }

  @Authorized(Permission.RESELLER_WRITE)
  @Mutation(() => SubscriptionPayload, { description: "Returns a subscription to your pool at once." })
  async subscriptionUnassign(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
  ): Promise<SubscriptionPayload> {
    return {
      subscription: await this.subscriptionService.unassign(actorOf(ctx), id),
      invoice: null,
      userErrors: [],
    };
  }

  @Authorized(Permission.RESELLER_WRITE)
  @Mutation(() => SubscriptionPayload, {
    description:
      "Changes how renewals are paid. A PAST_DUE subscription's open invoice is charged again at once.",
  })
  async subscriptionUpdatePayment(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("input") input: SubscriptionPaymentInput,
  ): Promise<SubscriptionPayload> {
    return { ...(await this.subscriptionService.updatePayment(actorOf(ctx), id, input)), userErrors: [] };
  }
}

/** Per request, the subscriptions of many customers in one statement. */
const customerSubscriptions = new WeakMap<RequestContext, DataLoader<string, Subscription[]>>();

@Resolver(() => Customer)
export class CustomerSubscriptionsResolver {
  constructor(private readonly subscriptionService: SubscriptionService) {}

  @FieldResolver(() => [Subscription], {
    description: "This reseller's subscriptions assigned to the customer, and only those.",
  })
  subscriptions(@Root() customer: Customer, @Ctx() ctx: RequestContext): Promise<Subscription[]> {
    const resellerId = accountOf(actorOf(ctx));
    return requestLoader(
      customerSubscriptions,
      ctx,
      (ids) => this.subscriptionService.forCustomers(resellerId, ids),
      [],
    ).load(customer.customerAccountId);
  }
}

@Resolver(() => CustomerPortal)
export class CustomerPortalSubscriptionsResolver {
  constructor(private readonly subscriptionService: SubscriptionService) {}

  @FieldResolver(() => [AssignedSubscription], {
    description: "Every subscription assigned to you, by any reseller, with who assigned it.",
  })
  subscriptions(@Ctx() ctx: RequestContext): Promise<AssignedSubscription[]> {
    return this.subscriptionService.assignedTo(accountOf(actorOf(ctx)));
  }
}
