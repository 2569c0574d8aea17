import { Field, ObjectType } from "type-graphql";
import { UserError } from "../common/errors.js";
import { Invoice } from "../invoice/invoice.entity.js";

@ObjectType()
export class InvoicePayload {
  @Field(() => Invoice, { nullable: true })
  invoice: Invoice | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
