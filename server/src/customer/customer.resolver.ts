import { Arg, Args, Ctx, ID, Resolver } from "type-graphql";
import { Permission } from "../common/auth.js";
import type { RequestContext } from "../common/context.js";
import { UserErrorCode } from "../common/errors.js";
import { DomainMutation, DomainQuery } from "../common/operations.js";
import { type Page, PageArgs } from "../common/pagination.js";
import type { Success } from "../common/payload.js";
import { validationCodes } from "../common/validation.js";
import { UnitOfWork } from "../db/unit-of-work.js";
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
  constructor(
    private readonly service: CustomerService,
    private readonly work: UnitOfWork,
  ) {}

  @DomainQuery(() => CustomerConnection, {
    access: Permission.RESELLER_READ,
    description: "The reseller's customers, a page at a time.",
  })
  customers(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("search", () => String, {
      nullable: true,
      description: "Part of the email or company name, in any case.",
    })
    search: string | null,
    @Arg("sort", () => CustomerSort, { defaultValue: CustomerSort.COMPANY_NAME_ASC }) sort: CustomerSort,
  ): Promise<Page<Customer>> {
    return this.service.list(this.work.read(ctx), { ...page, search, sort });
  }

  @DomainQuery(() => Customer, {
    access: Permission.RESELLER_READ,
    nullable: true,
    description: "One of the reseller's customers; null if not on its list.",
  })
  customer(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Customer | null> {
    return this.service.get(this.work.read(ctx), id);
  }

  @DomainMutation(() => CustomerInvitePayload, {
    access: Permission.RESELLER_WRITE,
    refuses: [
      ...validationCodes(CustomerInviteInput),
      UserErrorCode.EMAIL_BELONGS_TO_RESELLER,
      UserErrorCode.ALREADY_CUSTOMER,
    ],
    description:
      "Adds a customer by email. A new email gets an account and an activation mail; an existing customer gets a mail saying it was added.",
  })
  customerInvite(
    @Ctx() ctx: RequestContext,
    @Arg("input") input: CustomerInviteInput,
  ): Promise<Success<typeof CustomerInvitePayload>> {
    return this.work.run(ctx, (sc) => this.service.invite(sc, input));
  }

  @DomainMutation(() => CustomerPayload, {
    access: Permission.RESELLER_WRITE,
    refuses: [...validationCodes(CustomerUpdateInput), UserErrorCode.NOT_FOUND],
    description: "Changes the company name and the private comment.",
  })
  async customerUpdate(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("input") input: CustomerUpdateInput,
  ): Promise<Success<typeof CustomerPayload>> {
    return { customer: await this.work.run(ctx, (sc) => this.service.update(sc, id, input)) };
  }

  @DomainMutation(() => CustomerRemovePayload, {
    access: Permission.RESELLER_WRITE,
    refuses: [UserErrorCode.NOT_FOUND],
    description:
      "Takes a customer off the list; the reseller's subscriptions assigned to it return to the pool.",
  })
  async customerRemove(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
  ): Promise<Success<typeof CustomerRemovePayload>> {
    return { removedCustomerId: await this.work.run(ctx, (sc) => this.service.remove(sc, id)) };
  }

  @DomainQuery(() => CustomerPortal, {
    access: Permission.CUSTOMER_PORTAL,
    description: "The signed-in customer's own account.",
  })
  customerPortal(@Ctx() ctx: RequestContext): Promise<CustomerPortal> {
    return this.service.portal(this.work.read(ctx));
  }
}
