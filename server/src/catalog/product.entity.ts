import { GraphQLSafeInt } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, ManyToOne, OneToMany, type Relation } from "typeorm";
import { ExposedRow, Row, TimestampColumn } from "../db/columns.js";
import { PERIODS_LONGEST_FIRST, ProductPeriod, productPeriod } from "./period-terms.js";
import type { BillingPeriod } from "./pricing.js";

/** A product resellers can sell, with its list price per license for each period. */
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
    nullable: true,
    deprecationReason:
      "Use periods, which lists the monthly price and minimum when the product is sold monthly.",
    description:
      "Monthly list price of one license, in minor units of `currency`; null when not sold monthly.",
  })
  @Column({ type: "bigint", name: "monthly_price", nullable: true })
  monthlyPrice: number | null;

  /** The fewest licenses a monthly subscription holds, when the product is sold monthly. */
  @Column({ type: "int", name: "monthly_minimum" })
  monthlyMinimum: number;

  /** Quarterly list price of one license; null when the product is not sold quarterly. */
  @Column({ type: "bigint", name: "quarterly_price", nullable: true })
  quarterlyPrice: number | null;

  /** The fewest licenses a quarterly subscription holds; set exactly when the price is. */
  @Column({ type: "int", name: "quarterly_minimum", nullable: true })
  quarterlyMinimum: number | null;

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

  @Field(() => [ProductPeriod], {
    description: "The periods the product is sold for, longest first, each with its price and minimum.",
  })
  get periods(): ProductPeriod[] {
    return PERIODS_LONGEST_FIRST.flatMap((period) => {
      const terms = this.terms(period);
      return terms ? [productPeriod(period, terms.unitPrice, terms.minimumQuantity)] : [];
    });
  }

  /** The price of one license and the minimum for one period of `period`, or null when not sold so. */
  terms(period: BillingPeriod): { unitPrice: number; minimumQuantity: number } | null {
    if (period === "YEARLY") return { unitPrice: this.yearlyPrice, minimumQuantity: 1 };
    if (period === "MONTHLY") {
      return this.monthlyPrice === null
        ? null
        : { unitPrice: this.monthlyPrice, minimumQuantity: this.monthlyMinimum };
    }
    return this.quarterlyPrice === null || this.quarterlyMinimum === null
      ? null
      : { unitPrice: this.quarterlyPrice, minimumQuantity: this.quarterlyMinimum };
  }

  @Field()
  @TimestampColumn("updated_at")
  updatedAt: Date;
}

/** From `minQuantity` licenses on, the list price is `percentBp` lower. */
@ObjectType({ description: "A volume discount: from minQuantity licenses on, percentBp off the list price." })
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

  @Field(() => Int, { description: "The band applies from this many licenses on: 2 to 100,000." })
  @Column({ type: "int", name: "min_quantity" })
  minQuantity: number;

  @Field(() => Int, { description: "The discount, in basis points: 1 % = 100, 0 to 10,000." })
  @Column({ type: "int", name: "percent_bp" })
  percentBp: number;
}
