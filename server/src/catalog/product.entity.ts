import { GraphQLSafeInt } from "graphql-scalars";
import { Field, Float, Int, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, ManyToOne, OneToMany, type Relation } from "typeorm";
import { ExposedRow, Row, TimestampColumn } from "../db/columns.js";
import { divideRounded, MONTHLY_DIVISOR } from "./pricing.js";

/** A product resellers can sell, with its yearly list price per license. */
@ObjectType({ description: "A product of the catalog, priced per license." })
@Entity({ name: "product" })
export class Product extends ExposedRow {
  @Field({ description: "Stable code, such as PRO." })
  @Column({ type: "text", unique: true })
  code: string;

  @Field()
  @Column({ type: "text" })
  name: string;

  @Field()
  @Column({ type: "text" })
  description: string;

  @Field(() => GraphQLSafeInt, {
    description: "Yearly list price of one license, in minor units of `currency`.",
  })
  @Column({ type: "bigint", name: "yearly_price" })
  yearlyPrice: number;

  @Field(() => GraphQLSafeInt, {
    description: "Monthly list price of one license: a tenth of the yearly one, in minor units.",
  })
  get monthlyPrice(): number {
    return divideRounded(BigInt(this.yearlyPrice), BigInt(MONTHLY_DIVISOR));
  }

  @Field({ description: "ISO 4217 currency code, such as EUR." })
  @Column({ type: "char", length: 3 })
  currency: string;

  @Field({ description: "Whether resellers may give free trials of it." })
  @Column({ type: "boolean", name: "trial_enabled" })
  trialEnabled: boolean;

  @Field({ description: "Inactive products can no longer be quoted or bought." })
  @Column({ type: "boolean" })
  active: boolean;

  @Field(() => [VolumeBand], { description: "Volume discount bands, smallest quantity first." })
  @OneToMany(
    () => VolumeBand,
    (band) => band.product,
  )
  bands: Relation<VolumeBand>[];

  @TimestampColumn("created_at")
  createdAt: Date;

  @Field()
  @TimestampColumn("updated_at")
  updatedAt: Date;
}

/** From `minQuantity` licenses on, the list price is `percent` lower. */
@ObjectType({ description: "A volume discount: from minQuantity licenses on, percent off the list price." })
@Entity({ name: "volume_band" })
export class VolumeBand extends Row {
  @Column({ type: "uuid", name: "product_id" })
  productId: string;

  @ManyToOne(
    () => Product,
    (product) => product.bands,
    { onDelete: "CASCADE" },
  )
  @JoinColumn({ name: "product_id" })
  product: Relation<Product>;

  @Field(() => Int)
  @Column({ type: "int", name: "min_quantity" })
  minQuantity: number;

  @Column({ type: "int", name: "percent_bp" })
  percentBp: number;

  @Field(() => Float, { description: "The discount in percent, such as 12.5." })
  get percent(): number {
    return this.percentBp / 100;
  }
}
