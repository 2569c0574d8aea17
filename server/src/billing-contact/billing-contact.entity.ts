import { Field, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { ExposedRow, TimestampColumn } from "../db/columns.js";

@ObjectType({ description: "Someone who receives a reseller account's billing notices." })
@Entity({ name: "billing_contact" })
export class BillingContact extends ExposedRow {
  @Column({ type: "uuid", name: "account_id" })
  accountId: string;

  @Field()
  @Column({ type: "text" })
  email: string;

  @Field()
  @Column({ type: "text" })
  name: string;

  @Field()
  @TimestampColumn("created_at")
  createdAt: Date;
}
