import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { enumType } from "../common/enum-type.js";
import { ExposedRow, TimestampColumn } from "../db/columns.js";

export const SavedPaymentMethodKind = enumType("SavedPaymentMethodKind", ["CARD", "PAYPAL"], {
  description: "What a saved payment method is.",
});
export type SavedPaymentMethodKind = (typeof SavedPaymentMethodKind)[keyof typeof SavedPaymentMethodKind];

export const CardExpiry = enumType("CardExpiry", ["VALID", "EXPIRES_SOON", "EXPIRED"], {
  description: "Where a card stands against its expiry date.",
  values: {
    VALID: { description: "More than 30 days left (or not a card)." },
    EXPIRES_SOON: { description: "Expires within 30 days; its billing contacts were told." },
    EXPIRED: { description: "Past its expiry month; charges to it fail." },
  },
});
export type CardExpiry = (typeof CardExpiry)[keyof typeof CardExpiry];

/**
 * A card or PayPal account in a reseller's wallet. The provider's token stays on the server;
 * the API shows only what a person needs to recognise the method.
 */
@ObjectType({ description: "A card or PayPal account saved in the reseller's wallet." })
@Entity({ name: "saved_payment_method" })
export class SavedPaymentMethod extends ExposedRow {
  @Column({ type: "uuid", name: "account_id" })
  accountId: string;

  @Field(() => SavedPaymentMethodKind)
  @Column({ type: "text" })
  kind: SavedPaymentMethodKind;

  /** What the payment provider charges; never shown. */
  @Column({ type: "text", name: "provider_token", nullable: true })
  providerToken: string | null;

  @Field(() => String, { nullable: true, description: "A card's brand, such as Visa." })
  @Column({ type: "text", name: "card_brand", nullable: true })
  cardBrand: string | null;

  @Field(() => String, { nullable: true, description: "A card's last four digits." })
  @Column({ type: "text", name: "last_four", nullable: true })
  lastFour: string | null;

  @Field(() => Int, { nullable: true, description: "A card's expiry month, 1 to 12." })
  @Column({ type: "int", name: "expiry_month", nullable: true })
  expiryMonth: number | null;

  @Field(() => Int, { nullable: true, description: "A card's expiry year." })
  @Column({ type: "int", name: "expiry_year", nullable: true })
  expiryYear: number | null;

  @Field(() => String, { nullable: true, description: "A PayPal account's email address." })
  @Column({ type: "text", name: "paypal_email", nullable: true })
  paypalEmail: string | null;

  @Field({ description: "Paid with when nothing else is chosen, and tried when another method is declined." })
  @Column({ type: "boolean", name: "is_default" })
  isDefault: boolean;

  @Field()
  @TimestampColumn("created_at")
  createdAt: Date;

  @TimestampColumn("expiry_notice_sent_at", { nullable: true })
  expiryNoticeSentAt: Date | null;

  @Field({ description: 'How people name it, such as "Visa •••• 4242" or "PayPal (ap@example.com)".' })
  get label(): string {
    return this.kind === SavedPaymentMethodKind.PAYPAL
      ? `PayPal (${this.paypalEmail})`
      : `${this.cardBrand} •••• ${this.lastFour}`;
  }

  /** The first moment a card no longer works: the start of the month after its expiry month. */
  get expiresAt(): Date | null {
    if (this.expiryYear === null || this.expiryMonth === null) return null;
    return new Date(Date.UTC(this.expiryYear, this.expiryMonth, 1));
  }
}
