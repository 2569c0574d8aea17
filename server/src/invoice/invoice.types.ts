import { Field, ID, ObjectType } from "type-graphql";
import { connectionType } from "../common/pagination.js";
import { payloadType } from "../common/payload.js";
import { Invoice } from "./invoice.entity.js";

export const InvoiceConnection = connectionType(Invoice, "Invoice");

export const InvoicePayload = payloadType<{ invoice: Invoice | null }>("InvoicePayload", {
  invoice: { type: () => Invoice },
});

@ObjectType({ description: "The reseller an invoice bills." })
export class InvoiceReseller {
  @Field(() => ID)
  id: string;

  @Field({ description: "The reseller account's name." })
  name: string;
}
