import { Arg, Ctx, ID, Resolver } from "type-graphql";
import { Permission } from "../common/auth.js";
import type { RequestContext } from "../common/context.js";
import { UserErrorCode } from "../common/errors.js";
import { DomainMutation, DomainQuery } from "../common/operations.js";
import type { Success } from "../common/payload.js";
import { validationCodes } from "../common/validation.js";
import { UnitOfWork } from "../db/unit-of-work.js";
import { BillingContact } from "./billing-contact.entity.js";
import { BillingContactService } from "./billing-contact.service.js";
import { BillingContactAddInput, BillingContactPayload } from "./billing-contact.types.js";

@Resolver()
export class BillingContactResolver {
  constructor(
    private readonly contacts: BillingContactService,
    private readonly work: UnitOfWork,
  ) {}

  @DomainQuery(() => [BillingContact], {
    access: Permission.BILLING_MANAGE,
    description: "Who receives the account's billing notices.",
  })
  billingContacts(@Ctx() ctx: RequestContext): Promise<BillingContact[]> {
    return this.contacts.list(this.work.read(ctx));
  }

  @DomainMutation(() => BillingContactPayload, {
    access: Permission.BILLING_MANAGE,
    refuses: [...validationCodes(BillingContactAddInput), UserErrorCode.ALREADY_BILLING_CONTACT],
    description: "Adds someone who receives billing notices.",
  })
  async billingContactAdd(
    @Arg("input") input: BillingContactAddInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Success<typeof BillingContactPayload>> {
    return { billingContact: await this.work.run(ctx, (sc) => this.contacts.add(sc, input)) };
  }

  @DomainMutation(() => BillingContactPayload, {
    access: Permission.BILLING_MANAGE,
    refuses: [UserErrorCode.NOT_FOUND, UserErrorCode.LAST_BILLING_CONTACT],
    description: "Removes a billing contact; the last one stays.",
  })
  async billingContactRemove(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Success<typeof BillingContactPayload>> {
    return { billingContact: await this.work.run(ctx, (sc) => this.contacts.remove(sc, id)) };
  }
}
