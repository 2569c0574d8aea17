import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { Permission } from "../common/auth.js";
import { actorOf, type RequestContext } from "../common/context.js";
import { AFTER_DESCRIPTION, FIRST_DESCRIPTION, type Page } from "../common/pagination.js";
import { CustomerService } from "./customer.service.js";
import {
  Customer,
  CustomerConnection,
  CustomerInviteInput,
  CustomerInvitePayload,
  CustomerPayload,
  CustomerPortal,
  CustomerRemovePayload,
  CustomerSort,
  CustomerUpdateInput,
} from "./customer.types.js";

@Resolver()
export class CustomerResolver {
  constructor(private readonly service: CustomerService) {}

  @Authorized(Permission.RESELLER_READ)
  @Query(() => CustomerConnection, { description: "The reseller's customers, a page at a time." })
  customers(
    @Ctx() ctx: RequestContext,
    @Arg("first", () => Int, { nullable: true, description: FIRST_DESCRIPTION })
    first: number | null,
    @Arg("after", () => String, { nullable: true, description: AFTER_DESCRIPTION }) after: string | null,
    @Arg("search", () => String, {
      nullable: true,
      description: "Part of the email or company name, in any case.",
    })
    search: string | null,
    @Arg("sort", () => CustomerSort, { defaultValue: CustomerSort.COMPANY_NAME_ASC }) sort: CustomerSort,
  ): Promise<Page<Customer>> {
    return this.service.list(actorOf(ctx), { first, after, search, sort });
  }

  @Authorized(Permission.RESELLER_READ)
  @Query(() => Customer, {
    nullable: true,
    description: "One of the reseller's customers; null if not on its list.",
  })
  customer(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Customer | null> {
    return this.service.get(actorOf(ctx), id);
  }

  @Authorized(Permission.RESELLER_WRITE)
  @Mutation(() => CustomerInvitePayload, {
    description:
      "Adds a customer by email. A new email gets an account and an activation mail; an existing customer gets a mail saying it was added.",
  })
  async customerInvite(
    @Ctx() ctx: RequestContext,
    @Arg("input") input: CustomerInviteInput,
  ): Promise<CustomerInvitePayload> {
    return { ...(await this.service.invite(actorOf(ctx), input)), userErrors: [] };
  }

  @Authorized(Permission.RESELLER_WRITE)
  @Mutation(() => CustomerPayload, { description: "Changes the company name and the private comment." })
  async customerUpdate(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("input") input: CustomerUpdateInput,
  ): Promise<CustomerPayload> {
    return { customer: await this.service.update(actorOf(ctx), id, input), userErrors: [] };
  }

  @Authorized(Permission.RESELLER_WRITE)
  @Mutation(() => CustomerRemovePayload, {
    description:
      "Takes a customer off the list; the reseller's subscriptions assigned to it return to the pool.",
  })
  async customerRemove(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
  ): Promise<CustomerRemovePayload> {
    return { removedCustomerId: await this.service.remove(actorOf(ctx), id), userErrors: [] };
  }

  @Authorized(Permission.CUSTOMER_PORTAL)
  @Query(() => CustomerPortal, { description: "The signed-in customer's own account." })
  customerPortal(@Ctx() ctx: RequestContext): Promise<CustomerPortal> {
    return this.service.portal(actorOf(ctx));
  }
}
