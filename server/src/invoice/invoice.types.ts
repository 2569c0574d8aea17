import { Field, ObjectType } from "type-graphql";
import { UserError } from "../common/errors.js";
import { connectionType } from "../common/pagination.js";
import { Invoice } from "./invoice.entity.js";

export const InvoiceConnection = connectionType(Invoice, "Invoice");

@ObjectType()
export class InvoicePayload {
  @Field(() => Invoice, { nullable: true })
  invoice: Invoice | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
