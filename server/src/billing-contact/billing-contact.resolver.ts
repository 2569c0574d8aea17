import { MaxLength } from "class-validator";
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from "type-graphql";
import { Permission } from "../common/auth.js";
import { actorOf, type RequestContext } from "../common/context.js";
import { UserError } from "../common/errors.js";
import { IsEmailAddress } from "../common/validation.js";
import { BillingContact } from "./billing-contact.entity.js";
import { BillingContactService } from "./billing-contact.service.js";

@InputType()
export class BillingContactAddInput {
  @Field()
  @IsEmailAddress("Enter an email address such as billing@company.com")
  email: string;

  @Field(() => String, { nullable: true })
  @MaxLength(120)
  name?: string | null;
}

@ObjectType()
export class BillingContactPayload {
  @Field(() => BillingContact, { nullable: true })
  billingContact: BillingContact | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@Authorized(Permission.BILLING_CONTACTS_MANAGE)
@Resolver()
export class BillingContactResolver {
  constructor(private readonly contacts: BillingContactService) {}

  @Query(() => [BillingContact], { description: "Who receives the account's billing notices." })
  billingContacts(@Ctx() ctx: RequestContext): Promise<BillingContact[]> {
    return this.contacts.list(actorOf(ctx));
  }

  @Mutation(() => BillingContactPayload, { description: "Adds someone who receives billing notices." })
  async billingContactAdd(
    @Arg("input") input: BillingContactAddInput,
    @Ctx() ctx: RequestContext,
  ): Promise<BillingContactPayload> {
    return { billingContact: await this.contacts.add(actorOf(ctx), input), userErrors: [] };
  }

  @Mutation(() => BillingContactPayload, { description: "Removes a billing contact; the last one stays." })
  async billingContactRemove(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<BillingContactPayload> {
    return { billingContact: await this.contacts.remove(actorOf(ctx), id), userErrors: [] };
  }
}
