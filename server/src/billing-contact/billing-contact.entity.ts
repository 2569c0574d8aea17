import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

@ObjectType({ description: "Someone who receives a reseller account's billing notices." })
@Entity({ name: "billing_contact" })
export class BillingContact {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "account_id" })
  accountId: string;

  @Field()
  @Column({ type: "text" })
  email: string;

  @Field()
  @Column({ type: "text" })
  name: string;

  @Field()
  @Column({ type: "timestamptz", name: "created_at" })
  createdAt: Date;
}
