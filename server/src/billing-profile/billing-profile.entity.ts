import { Field, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { ExposedRow, TimestampColumn } from "../db/columns.js";

@ObjectType({
  description: "Who the vendor's invoices are billed to: printed on every invoice issued after a change.",
})
@Entity({ name: "billing_profile" })
export class BillingProfile extends ExposedRow {
  @Column({ type: "uuid", name: "account_id" })
  accountId: string;

  @Field({ description: "The company's registered name." })
  @Column({ type: "text", name: "legal_name" })
  legalName: string;

  @Field()
  @Column({ type: "text", name: "address_line1" })
  addressLine1: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", name: "address_line2", nullable: true })
  addressLine2: string | null;

  @Field()
  @Column({ type: "text", name: "postal_code" })
  postalCode: string;

  @Field()
  @Column({ type: "text" })
  city: string;

  @Field({ description: "ISO 3166-1 alpha-2 code, such as DE." })
  @Column({ type: "char", length: 2 })
  country: string;

  @Field(() => String, {
    nullable: true,
    description: "The VAT ID with its country prefix (EL for Greece); format-checked for EU countries.",
  })
  @Column({ type: "text", name: "vat_id", nullable: true })
  vatId: string | null;

  @Field(() => String, { nullable: true, description: "Printed on invoices as the buyer's reference." })
  @Column({ type: "text", name: "purchase_order_reference", nullable: true })
  purchaseOrderReference: string | null;

  @Field()
  @TimestampColumn("updated_at")
  updatedAt: Date;
}
