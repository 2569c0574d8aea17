import { GraphQLSafeInt } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { BillingPeriod } from "../catalog/catalog.types.js";
import { Product } from "../catalog/product.entity.js";
import { enumType } from "../common/enum-type.js";
import { ExposedRow, TimestampColumn } from "../db/columns.js";

export const QuoteRequestStatus = enumType(
  "QuoteRequestStatus",
  ["OPEN", "QUOTED", "ACCEPTED", "EXPIRED", "DECLINED"],
  {
    description: "Where a request for a special price stands.",
    values: {
      OPEN: { description: "Waiting for the vendor's answer." },
      QUOTED: { description: "Priced by the vendor: it can be bought at that price until validUntil." },
      ACCEPTED: { description: "Bought at the quoted price." },
      EXPIRED: { description: "Quoted, and not bought before validUntil." },
      DECLINED: { description: "The vendor gave no special price, with a reason." },
    },
  },
);
export type QuoteRequestStatus = (typeof QuoteRequestStatus)[keyof typeof QuoteRequestStatus];

/** A reseller's request for a special price for a large deal, and the vendor's answer. */
@ObjectType({ description: "A request to the vendor for a special price, and its answer." })
@Entity({ name: "quote_request" })
export class QuoteRequest extends ExposedRow {
  @Column({ type: "int", insert: false, update: false })
  number: number;

  @Field({
    description: "The special-price reference, such as QR-1042; invoices of a purchase at the price show it.",
  })
  get reference(): string {
    return `QR-${this.number}`;
  }

  @Column({ type: "uuid", name: "reseller_id" })
  resellerId: string;

  @Column({ type: "uuid", name: "requested_by", nullable: true })
  requestedBy: string | null;

  @Column({ type: "uuid", name: "product_id" })
  productId: string;

  @Field(() => Product)
  @ManyToOne(() => Product)
  @JoinColumn({ name: "product_id" })
  product: Relation<Product>;

  @Field(() => BillingPeriod)
  @Column({ type: "text" })
  period: BillingPeriod;

  @Field(() => Int)
  @Column({ type: "int" })
  quantity: number;

  @Field(() => ID, {
    nullable: true,
    description: "The end customer of your list the deal is for, if named.",
  })
  @Column({ type: "uuid", name: "customer_entry_id", nullable: true })
  customerId: string | null;

  /** Filled by the service. */
  @Field(() => String, { nullable: true, description: "That customer's company name." })
  customerName: string | null;

  /** Filled by the service, for vendor staff. */
  @Field({ description: "The reseller that asked." })
  resellerName: string;

  @Field({ description: "What the reseller wrote about the deal." })
  @Column({ type: "text" })
  note: string;

  @Field(() => QuoteRequestStatus, { description: "QUOTED turns EXPIRED once validUntil has passed." })
  @Column({ type: "text" })
  status: QuoteRequestStatus;

  @Field()
  @TimestampColumn("requested_at")
  requestedAt: Date;

  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description:
      "The special price of one license for one period, in minor units; volume and partner discounts do not apply on top.",
  })
  @Column({ type: "bigint", name: "unit_price", nullable: true })
  unitPrice: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  currency: string | null;

  @Field(() => Date, { nullable: true, description: "Until when it can be bought at the special price." })
  @TimestampColumn("valid_until", { nullable: true })
  validUntil: Date | null;

  @Field(() => Date, { nullable: true })
  @TimestampColumn("answered_at", { nullable: true })
  answeredAt: Date | null;

  @Column({ type: "uuid", name: "answered_by", nullable: true })
  answeredBy: string | null;

  @Field(() => String, { nullable: true, description: "Why the vendor declined." })
  @Column({ type: "text", name: "decline_reason", nullable: true })
  declineReason: string | null;

  @Field(() => Date, { nullable: true })
  @TimestampColumn("accepted_at", { nullable: true })
  acceptedAt: Date | null;

  @Field(() => ID, { nullable: true, description: "The subscription bought at the special price." })
  @Column({ type: "uuid", name: "subscription_id", nullable: true })
  subscriptionId: string | null;
}
