import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { BillingPeriod } from "../catalog/catalog.types.js";
import { MONTHLY_MINIMUM_QUANTITY, type VolumeBand } from "../catalog/pricing.js";
import { Product } from "../catalog/product.entity.js";
import { enumType } from "../common/enum-type.js";
import { Customer } from "../customer/customer.types.js";
import { ExposedRow, TimestampColumn } from "../db/columns.js";
import { PaymentMethod } from "../payment/payment-method.js";
import { SavedPaymentMethod } from "../payment/saved-payment-method.entity.js";

export const SubscriptionStatus = enumType(
  "SubscriptionStatus",
  ["PENDING_PAYMENT", "ACTIVE", "PAST_DUE", "CANCELED", "EXPIRED"],
  {
    description:
      "Where a subscription is in its life. Its customer holds its licenses while it is ACTIVE or PAST_DUE (during the retry days).",
    values: {
      PENDING_PAYMENT: {
        description: "Bought by wire transfer; active once vendor staff record the payment.",
      },
      ACTIVE: { description: "Paid for the current period." },
      PAST_DUE: {
        description: "A renewal charge failed; it is retried, and the reseller can change the payment.",
      },
      CANCELED: { description: "Ended at a period end with renewal off." },
      EXPIRED: { description: "Ended because a renewal stayed unpaid." },
    },
  },
);
export type SubscriptionStatus = (typeof SubscriptionStatus)[keyof typeof SubscriptionStatus];

/** What an end customer holds: paid licenses, and those whose renewal is still being retried. */
export const IN_FORCE: readonly SubscriptionStatus[] = [
  SubscriptionStatus.ACTIVE,
  SubscriptionStatus.PAST_DUE,
];

/** What a subscription was sold at; renewals and quantity changes are priced with it. */
export interface PriceSnapshot {
  /** List price of one license for one period of the subscription, in minor units. */
  unitPrice: number;
  currency: string;
  bands: VolumeBand[];
  partnerPercentBp: number;
  /**
   * The fewest licenses the subscription may hold, as the product's period had it when bought;
   * missing from subscriptions bought before products set their own (20 monthly, else 1).
   */
  minimumQuantity?: number;
}

/** The fewest licenses a subscription may be changed to: its own minimum, kept from its purchase. */
export function minimumOf(snapshot: PriceSnapshot, period: string): number {
  return snapshot.minimumQuantity ?? (period === "MONTHLY" ? MONTHLY_MINIMUM_QUANTITY : 1);
}

@ObjectType({ description: "Licenses of one product a reseller bought, for a period at a time." })
@Entity({ name: "subscription" })
export class Subscription extends ExposedRow {
  @Column({ type: "uuid", name: "reseller_id" })
  resellerId: string;

  @Column({ type: "uuid", name: "product_id" })
  productId: string;

  @Field(() => Product)
  @ManyToOne(() => Product)
  @JoinColumn({ name: "product_id" })
  product: Relation<Product>;

  @Field(() => BillingPeriod)
  @Column({ type: "text" })
  period: BillingPeriod;

  @Field(() => Int, { description: "Licenses in the current period: 1 to 100,000; 20 or more for MONTHLY." })
  @Column({ type: "int" })
  quantity: number;

  @Field(() => Int, {
    nullable: true,
    description:
      "A decrease scheduled for the next period: that many licenses from nextQuantityFrom; 1 to 100,000, 20 or more for MONTHLY.",
  })
  @Column({ type: "int", name: "next_quantity", nullable: true })
  nextQuantity: number | null;

  @Field(() => Date, { nullable: true, description: "When the scheduled quantity takes effect." })
  get nextQuantityFrom(): Date | null {
    return this.nextQuantity === null ? null : this.currentPeriodEnd;
  }

  @Field(() => SubscriptionStatus)
  @Column({ type: "text" })
  status: SubscriptionStatus;

  @Field({ description: "Whether it renews at the end of the period; otherwise it ends then." })
  @Column({ type: "boolean" })
  renew: boolean;

  @Field()
  @TimestampColumn("current_period_start")
  currentPeriodStart: Date;

  @Field()
  @TimestampColumn("current_period_end")
  currentPeriodEnd: Date;

  /** The snapshot once parsed, or as set. */
  private snapshot?: PriceSnapshot;
  /** The snapshot's JSON text as a list read brought it, until it is first read. */
  private snapshotText?: string;

  /**
   * What it was sold at. Lists read it as JSON text and parse it the first time it is asked for:
   * a page of customers with their subscriptions prints none of it, and parsing it on every row
   * cost a tenth of that page's time. Set it to a snapshot, or to the snapshot's JSON text.
   */
  @Column({ type: "jsonb", name: "price_snapshot" })
  get priceSnapshot(): PriceSnapshot {
    if (this.snapshot === undefined && this.snapshotText !== undefined) {
      this.snapshot = JSON.parse(this.snapshotText) as PriceSnapshot;
      this.snapshotText = undefined;
    }
    return this.snapshot as PriceSnapshot;
  }

  set priceSnapshot(value: PriceSnapshot | string) {
    if (typeof value === "string") {
      this.snapshot = undefined;
      this.snapshotText = value;
    } else {
      this.snapshot = value;
      this.snapshotText = undefined;
    }
  }

  @Field({ description: "The currency it is billed in." })
  get currency(): string {
    return this.priceSnapshot.currency;
  }

  @Field(() => Int, {
    description: "The partner discount it was bought with, in basis points: 1 % = 100.",
  })
  get partnerDiscountBp(): number {
    return this.priceSnapshot.partnerPercentBp;
  }

  @Field(() => PaymentMethod)
  @Column({ type: "text", name: "payment_method" })
  paymentMethod: PaymentMethod;

  @Column({ type: "uuid", name: "saved_payment_method_id", nullable: true })
  savedPaymentMethodId: string | null;

  @Field(() => SavedPaymentMethod, {
    nullable: true,
    description: "The saved card or PayPal account its renewals charge; null for a wire transfer.",
  })
  @ManyToOne(() => SavedPaymentMethod, { nullable: true })
  @JoinColumn({ name: "saved_payment_method_id" })
  savedPaymentMethod: Relation<SavedPaymentMethod> | null;

  @Column({ type: "uuid", name: "customer_id", nullable: true })
  customerId: string | null;

  /** The reseller's list entry of the assigned customer; filled by the service. */
  @Field(() => Customer, { nullable: true, description: "The customer it is assigned to; null in the pool." })
  customer: Customer | null;

  @Field(() => Date, { nullable: true })
  @TimestampColumn("assigned_at", { nullable: true })
  assignedAt: Date | null;

  @Field()
  @TimestampColumn("created_at")
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: "When it was canceled or expired." })
  @TimestampColumn("ended_at", { nullable: true })
  endedAt: Date | null;
}
