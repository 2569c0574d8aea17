import { Field, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { Product } from "../catalog/product.entity.js";
import { enumType } from "../common/enum-type.js";
import { ExposedRow, TimestampColumn } from "../db/columns.js";

export const TrialStatus = enumType("TrialStatus", ["ACTIVE", "EXPIRED", "CONVERTED"], {
  description:
    "ACTIVE until its end date (EXPIRED), or until a subscription is bought for the customer (CONVERTED).",
});
export type TrialStatus = (typeof TrialStatus)[keyof typeof TrialStatus];

@ObjectType({ description: "A free trial a reseller gave one of its customers." })
@Entity({ name: "trial" })
export class Trial extends ExposedRow {
  @Column({ type: "uuid", name: "reseller_id" })
  resellerId: string;

  @Column({ type: "uuid", name: "customer_id" })
  customerId: string;

  @Column({ type: "uuid", name: "product_id" })
  productId: string;

  @Field(() => Product)
  @ManyToOne(() => Product)
  @JoinColumn({ name: "product_id" })
  product: Relation<Product>;

  @Field(() => TrialStatus)
  @Column({ type: "text" })
  status: TrialStatus;

  @Field()
  @TimestampColumn("started_at")
  startedAt: Date;

  @Field({ description: "When it ends: the start plus the reseller's tier trial days." })
  @TimestampColumn("ends_at")
  endsAt: Date;

  @Field(() => Date, { nullable: true })
  @TimestampColumn("ended_at", { nullable: true })
  endedAt: Date | null;
}
