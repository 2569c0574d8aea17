import type DataLoader from "dataloader";
import { Arg, Args, Ctx, FieldResolver, ID, Int, Resolver, Root } from "type-graphql";
import { QUANTITY_DESCRIPTION } from "../catalog/catalog.types.js";
import { PRICING_REFUSALS } from "../catalog/quote.service.js";
import { Permission } from "../common/auth.js";
import type { RequestContext } from "../common/context.js";
import { UserErrorCode } from "../common/errors.js";
import { DomainMutation, DomainQuery } from "../common/operations.js";
import { type Page, PageArgs } from "../common/pagination.js";
import type { Success } from "../common/payload.js";
import { requestLoader } from "../common/request-loader.js";
import { validationCodes } from "../common/validation.js";
import { Customer, CustomerPortal } from "../customer/customer.types.js";
import { UnitOfWork } from "../db/unit-of-work.js";
import { PAYMENT_CHOICE_REFUSALS } from "../payment/payment-method.js";
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
  SubscriptionSort,
} from "./subscription.types.js";

/** Every change of a subscription refuses one that is not the caller's, or one that has ended. */
const CHANGE_REFUSALS = [UserErrorCode.NOT_FOUND, UserErrorCode.SUBSCRIPTION_ENDED];

@Resolver()
export class SubscriptionResolver {
  constructor(
    private readonly service: SubscriptionService,
    private readonly work: UnitOfWork,
  ) {}

  @DomainQuery(() => SubscriptionConnection, {
    access: Permission.RESELLER_READ,
    description: "The reseller's subscriptions, newest first unless `sort` says otherwise.",
  })
  subscriptions(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => SubscriptionFilter, { nullable: true }) filter: SubscriptionFilter | null,
    @Arg("sort", () => SubscriptionSort, { defaultValue: SubscriptionSort.CREATED_AT_DESC })
    sort: SubscriptionSort,
  ): Promise<Page<Subscription>> {
    return this.service.list(this.work.read(ctx), { ...page, filter, sort });
  }

  @DomainQuery(() => Subscription, {
    access: Permission.RESELLER_READ,
    nullable: true,
    description: "One of the reseller's subscriptions.",
  })
  subscription(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Subscription | null> {
    return this.service.get(this.work.read(ctx), id);
  }

  @DomainMutation(() => SubscriptionPayload, {
    access: Permission.RESELLER_WRITE,
    refuses: [
      ...validationCodes(SubscriptionPurchaseInput),
      ...PRICING_REFUSALS,
      ...PAYMENT_CHOICE_REFUSALS,
      UserErrorCode.PAYMENT_DECLINED,
      UserErrorCode.INVALID_INPUT,
      UserErrorCode.IDEMPOTENCY_KEY_REUSED,
      UserErrorCode.ANNEX_NOT_ACCEPTED,
    ],
    description:
      "Buys licenses. Card and PayPal are charged at once and the subscription is ACTIVE; a wire transfer (100 licenses or more) leaves it PENDING_PAYMENT with an OPEN invoice. Refused with ANNEX_NOT_ACCEPTED, naming the version, until the account's owner accepts the reselling annex in force.",
  })
  subscriptionPurchase(
    @Ctx() ctx: RequestContext,
    @Arg("input") input: SubscriptionPurchaseInput,
  ): Promise<Success<typeof SubscriptionPayload>> {
    return this.work.run(ctx, (sc) => this.service.purchase(sc, input));
  }

  @DomainMutation(() => SubscriptionPayload, {
    access: Permission.RESELLER_WRITE,
    refuses: CHANGE_REFUSALS,
    description: "Turns renewal at the period end on or off.",
  })
  async subscriptionSetRenewal(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("renew") renew: boolean,
  ): Promise<Success<typeof SubscriptionPayload>> {
    return { subscription: await this.work.run(ctx, (sc) => this.service.setRenewal(sc, id, renew)) };
  }

  @DomainQuery(() => SubscriptionChangeQuotePayload, {
    access: Permission.RESELLER_READ,
    refuses: [
      UserErrorCode.NOT_FOUND,
      UserErrorCode.INVALID_QUANTITY,
      UserErrorCode.MONTHLY_MINIMUM,
      UserErrorCode.QUARTERLY_MINIMUM,
    ],
    description: "What changing the quantity would cost now and from when it applies, before confirming.",
  })
  async subscriptionChangeQuote(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("quantity", () => Int, { description: QUANTITY_DESCRIPTION }) quantity: number,
  ): Promise<Success<typeof SubscriptionChangeQuotePayload>> {
    return { changeQuote: await this.service.changeQuote(this.work.read(ctx), id, quantity) };
  }

  @DomainMutation(() => SubscriptionPayload, {
    access: Permission.RESELLER_WRITE,
    refuses: [
      ...CHANGE_REFUSALS,
      UserErrorCode.SUBSCRIPTION_NOT_ACTIVE,
      UserErrorCode.INVALID_QUANTITY,
      UserErrorCode.MONTHLY_MINIMUM,
      UserErrorCode.QUARTERLY_MINIMUM,
      UserErrorCode.PAYMENT_DECLINED,
      UserErrorCode.INVALID_INPUT,
      UserErrorCode.IDEMPOTENCY_KEY_REUSED,
    ],
    description:
      "More licenses apply at once with a prorated invoice charged now; fewer apply from the next period (never below the minimum the subscription was bought with: MONTHLY_MINIMUM or QUARTERLY_MINIMUM).",
  })
  subscriptionChangeQuantity(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("quantity", () => Int, { description: QUANTITY_DESCRIPTION }) quantity: number,
    @Arg("idempotencyKey", () => String, { nullable: true }) idempotencyKey: string | null,
  ): Promise<Success<typeof SubscriptionPayload>> {
    return this.work.run(ctx, (sc) => this.service.changeQuantity(sc, id, quantity, idempotencyKey));
  }

  @DomainMutation(() => SubscriptionPayload, {
    access: Permission.RESELLER_WRITE,
    refuses: [...CHANGE_REFUSALS, UserErrorCode.ALREADY_ASSIGNED],
    description: "Assigns a subscription to a customer of your list. An assigned one gets ALREADY_ASSIGNED.",
  })
  async subscriptionAssign(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("customerId", () => ID) customerId: string,
  ): Promise<Success<typeof SubscriptionPayload>> {
    return { subscription: await this.work.run(ctx, (sc) => this.service.assign(sc, id, customerId)) };
  }

  @DomainMutation(() => SubscriptionPayload, {
    access: Permission.RESELLER_WRITE,
    refuses: [...CHANGE_REFUSALS, UserErrorCode.NOT_ASSIGNED],
    description: "Returns a subscription to your pool at once.",
  })
  async subscriptionUnassign(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
  ): Promise<Success<typeof SubscriptionPayload>> {
    return { subscription: await this.work.run(ctx, (sc) => this.service.unassign(sc, id)) };
  }

  @DomainMutation(() => SubscriptionPayload, {
    access: Permission.RESELLER_WRITE,
    refuses: [
      ...validationCodes(SubscriptionPaymentInput),
      ...CHANGE_REFUSALS,
      ...PAYMENT_CHOICE_REFUSALS,
      // A payment staff record at the same moment settles the invoice first.
      UserErrorCode.INVOICE_NOT_OPEN,
    ],
    description:
      "Changes how renewals are paid: a saved method, a new card, or a wire transfer. A PAST_DUE subscription's open invoice is charged again at once.",
  })
  subscriptionUpdatePayment(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("input") input: SubscriptionPaymentInput,
  ): Promise<Success<typeof SubscriptionPayload>> {
    return this.work.run(ctx, (sc) => this.service.updatePayment(sc, id, input));
  }
}

/** Per request, the subscriptions of many customers in one statement. */
const customerSubscriptions = new WeakMap<RequestContext, DataLoader<Customer, Subscription[]>>();

@Resolver(() => Customer)
export class CustomerSubscriptionsResolver {
  constructor(
    private readonly service: SubscriptionService,
    private readonly work: UnitOfWork,
  ) {}

  @FieldResolver(() => [Subscription], {
    description: "This reseller's subscriptions assigned to the customer, and only those.",
  })
  subscriptions(@Root() customer: Customer, @Ctx() ctx: RequestContext): Promise<Subscription[]> {
    return requestLoader(
      customerSubscriptions,
      ctx,
      async (customers) => {
        const byAccount = await this.service.forCustomers(this.work.read(ctx), customers);
        return new Map(customers.map((c) => [c, byAccount.get(c.customerAccountId) ?? []]));
      },
      [],
    ).load(customer);
  }
}

@Resolver(() => CustomerPortal)
export class CustomerPortalSubscriptionsResolver {
  constructor(
    private readonly service: SubscriptionService,
    private readonly work: UnitOfWork,
  ) {}

  @FieldResolver(() => [AssignedSubscription], {
    description: "Every subscription assigned to you, by any reseller, with who assigned it.",
  })
  subscriptions(@Ctx() ctx: RequestContext): Promise<AssignedSubscription[]> {
    return this.service.assignedTo(this.work.read(ctx));
  }
}
