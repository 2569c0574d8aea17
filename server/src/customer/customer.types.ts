import { MaxLength } from "class-validator";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { UserStatus } from "../account/user.entity.js";
import { enumType } from "../common/enum-type.js";
import { connectionType } from "../common/pagination.js";
import { payloadType } from "../common/payload.js";
import { IsEmailAddress, IsNotBlank } from "../common/validation.js";

@ObjectType({ description: "A customer on the caller's list, as only the caller sees it." })
export class Customer {
  @Field(() => ID, { description: "This list entry; a customer added again after removal gets a new one." })
  id: string;

  /** The customer account behind the entry; shared by every reseller that has it on its list. */
  customerAccountId: string;

  @Field({ description: "The customer owner's email, which identifies the customer." })
  email: string;

  @Field({ description: "The company name, as this reseller keeps it." })
  companyName: string;

  @Field({ description: "A private note: only this reseller sees it, never the customer." })
  comment: string;

  @Field({ description: "When this reseller added the customer." })
  addedAt: Date;

  @Field(() => UserStatus, {
    description: "INVITED until the customer set a password through the activation mail.",
  })
  status: UserStatus;
}

export const CustomerConnection = connectionType(Customer, "Customer");

export const CustomerSort = enumType(
  "CustomerSort",
  ["COMPANY_NAME_ASC", "COMPANY_NAME_DESC", "ADDED_AT_ASC", "ADDED_AT_DESC"],
  {
    description: "Orders of the customer list; ties are broken by id, so pages never overlap.",
  },
);
export type CustomerSort = (typeof CustomerSort)[keyof typeof CustomerSort];

@InputType()
export class CustomerInviteInput {
  @Field({ description: "The customer's email; an account is created for it when there is none." })
  @IsEmailAddress("Enter an email address such as it@customer.com")
  @MaxLength(254)
  email: string;

  @Field()
  @IsNotBlank("Enter the company name")
  @MaxLength(200)
  companyName: string;

  @Field({ defaultValue: "", description: "A private note that only your team sees." })
  @MaxLength(2000)
  comment: string;
}

@InputType()
export class CustomerUpdateInput {
  @Field()
  @IsNotBlank("Enter the company name")
  @MaxLength(200)
  companyName: string;

  @Field({ defaultValue: "" })
  @MaxLength(2000)
  comment: string;
}

export const CustomerInvitePayload = payloadType<{
  customer: Customer | null;
  accountCreated: boolean | null;
}>("CustomerInvitePayload", {
  customer: { type: () => Customer },
  accountCreated: {
    type: () => Boolean,
    description:
      "True when a new customer account was created and sent an activation link; false when an existing one was told it was added.",
  },
});

export const CustomerPayload = payloadType<{ customer: Customer | null }>("CustomerPayload", {
  customer: { type: () => Customer },
});

export const CustomerRemovePayload = payloadType<{ removedCustomerId: string | null }>(
  "CustomerRemovePayload",
  { removedCustomerId: { type: () => ID, description: "The list entry that was removed." } },
);

@ObjectType({ description: "A reseller the signed-in customer buys from, as the customer sees it." })
export class CustomerReseller {
  @Field(() => ID)
  id: string;

  @Field({ description: "The reseller's company name." })
  name: string;

  @Field(() => Date, {
    nullable: true,
    description:
      "When the reseller put the customer on its list; null when it no longer lists the customer but a trial it gave is still shown.",
  })
  customerSince: Date | null;
}

@ObjectType({ description: "A customer's own account, as the customer sees it." })
export class CustomerPortal {
  @Field({ description: "The customer's company name, as its account holds it." })
  companyName: string;

  @Field({ description: "The email the customer signs in with." })
  email: string;

  @Field(() => [CustomerReseller], {
    description:
      "The resellers the customer has, by name: those that list it, and any that gave it the trial shown in `trials`.",
  })
  resellers: CustomerReseller[];
}
