import { GraphQLSafeInt } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, ManyToOne, OneToMany, type Relation } from "typeorm";
import { BillingPeriod } from "../catalog/catalog.types.js";
import { enumType } from "../common/enum-type.js";
import { ExposedRow, Row, TimestampColumn } from "../db/columns.js";
import { PaymentMethod } from "../payment/payment-method.js";
import { VatTreatment } from "./vat-treatment.js";

export const InvoiceStatus = enumType("InvoiceStatus", ["OPEN", "PAID", "VOID"], {
  description: "Whether an invoice is paid.",
});
export type InvoiceStatus = (typeof InvoiceStatus)[keyof typeof InvoiceStatus];

export const InvoiceKind = enumType("InvoiceKind", ["PURCHASE", "RENEWAL", "QUANTITY_CHANGE"], {
  description: "What an invoice charges for.",
});
export type InvoiceKind = (typeof InvoiceKind)[keyof typeof InvoiceKind];

@ObjectType({ description: "The account a wire transfer goes to." })
export class BankDetails {
  @Field()
  bankName: string;

  @Field()
  iban: string;

  @Field()
  bic: string;
}

@ObjectType({ description: "The vendor as it was named on the invoice when issued." })
export class InvoiceSeller {
  @Field()
  name: string;

  @Field(() => [String], { description: "Street, postal code and city, one line each." })
  addressLines: string[];

  @Field({ description: "ISO 3166-1 alpha-2 code." })
  country: string;

  @Field()
  vatId: string;

  @Field(() => BankDetails)
  bank: BankDetails;
}

@ObjectType({ description: "Who the invoice is billed to: the reseller's billing profile when issued." })
export class InvoiceBillTo {
  @Field()
  name: string;

  @Field(() => [String], { description: "Street, postal code and city; empty without a billing profile." })
  addressLines: string[];

  @Field(() => String, {
    nullable: true,
    description: "ISO 3166-1 alpha-2 code; null without a billing profile.",
  })
  country: string | null;

  @Field(() => String, { nullable: true })
  vatId: string | null;

  @Field(() => String, { nullable: true })
  purchaseOrderReference: string | null;
}

@ObjectType({ description: "What the vendor charged a reseller. Amounts are minor units." })
@Entity({ name: "invoice" })
export class Invoice extends ExposedRow {
  @Field({ description: "Gapless per year, such as 2026-000001." })
  @Column({ type: "text" })
  number: string;

  @Column({ type: "int" })
  year: number;

  @Column({ type: "int" })
  sequence: number;

  @Column({ type: "uuid", name: "reseller_id" })
  resellerId: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: "uuid", name: "subscription_id", nullable: true })
  subscriptionId: string | null;

  @Field(() => InvoiceKind)
  @Column({ type: "text" })
  kind: InvoiceKind;

  @Field(() => InvoiceStatus)
  @Column({ type: "text" })
  status: InvoiceStatus;

  @Field()
  @Column({ type: "char", length: 3 })
  currency: string;

  @Field(() => GraphQLSafeInt, { description: "The lines' retail amounts." })
  @Column({ type: "bigint" })
  subtotal: number;

  @Field(() => GraphQLSafeInt, { description: "The lines' volume and partner discounts." })
  @Column({ type: "bigint", name: "discount_total" })
  discountTotal: number;

  @Field(() => GraphQLSafeInt, { description: "The lines' amounts: what the reseller pays before VAT." })
  @Column({ type: "bigint", name: "net_total" })
  netTotal: number;

  @Field(() => VatTreatment)
  @Column({ type: "text", name: "vat_treatment" })
  vatTreatment: VatTreatment;

  @Field(() => Int, { description: "The VAT rate in basis points: 1900 is 19 %." })
  @Column({ type: "int", name: "vat_rate_bp" })
  vatRateBp: number;

  @Field(() => GraphQLSafeInt, { description: "VAT on the net total, rounded once, half away from zero." })
  @Column({ type: "bigint", name: "vat_amount" })
  vatAmount: number;

  @Field(() => GraphQLSafeInt, { description: "Net total plus VAT: what the reseller is charged." })
  @Column({ type: "bigint" })
  total: number;

  @Field(() => InvoiceSeller)
  @Column({ type: "jsonb" })
  seller: InvoiceSeller;

  @Field(() => InvoiceBillTo)
  @Column({ type: "jsonb", name: "bill_to" })
  billTo: InvoiceBillTo;

  @Field(() => PaymentMethod)
  @Column({ type: "text", name: "payment_method" })
  paymentMethod: PaymentMethod;

  @Field()
  @TimestampColumn("issued_at")
  issuedAt: Date;

  @Field({
    description: "Card and PayPal invoices are due on issue; wire transfers after the payment terms.",
  })
  @TimestampColumn("due_at")
  dueAt: Date;

  @Field(() => Date, { nullable: true })
  @TimestampColumn("paid_at", { nullable: true })
  paidAt: Date | null;

  @Field(() => String, { nullable: true, description: "Why the last charge failed, while unpaid." })
  @Column({ type: "text", name: "last_payment_error", nullable: true })
  lastPaymentError: string | null;

  @TimestampColumn("last_attempt_at", { nullable: true })
  lastAttemptAt: Date | null;

  @Field(() => [InvoiceLine])
  @OneToMany(
    () => InvoiceLine,
    (line) => line.invoice,
  )
  lines: Relation<InvoiceLine>[];

  @Field({ description: "What a wire transfer names to pay this invoice: its number." })
  get paymentReference(): string {
    return this.number;
  }

  @Field(() => BankDetails, {
    nullable: true,
    description: "Where to pay a wire-transfer invoice; null for others.",
  })
  get bankDetails(): BankDetails | null {
    return this.paymentMethod === PaymentMethod.WIRE_TRANSFER ? this.seller.bank : null;
  }

  @Field({ description: "Where the signed-in reseller (or vendor staff) downloads the PDF." })
  get pdfUrl(): string {
    return `/invoices/${this.id}.pdf`;
  }
}

@ObjectType({ description: "One line of an invoice, rounded once." })
@Entity({ name: "invoice_line" })
export class InvoiceLine extends Row {
  @Column({ type: "uuid", name: "invoice_id" })
  invoiceId: string;

  @ManyToOne(
    () => Invoice,
    (invoice) => invoice.lines,
    { onDelete: "CASCADE" },
  )
  @JoinColumn({ name: "invoice_id" })
  invoice: Relation<Invoice>;

  @Column({ type: "int" })
  position: number;

  @Field()
  @Column({ type: "text" })
  description: string;

  @Field()
  @Column({ type: "text", name: "product_code" })
  productCode: string;

  @Field(() => BillingPeriod)
  @Column({ type: "text" })
  period: BillingPeriod;

  @Field(() => Date, {
    nullable: true,
    description: "The first day the line covers; null on some old invoices.",
  })
  @TimestampColumn("period_start", { nullable: true })
  periodStart: Date | null;

  @Field(() => Date, { nullable: true, description: "Where the period the line covers ends." })
  @TimestampColumn("period_end", { nullable: true })
  periodEnd: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "The end customer the subscription was assigned to when issued; null in the pool.",
  })
  @Column({ type: "text", name: "customer_name", nullable: true })
  customerName: string | null;

  @Field(() => Int, { description: "Licenses: 1 to 100,000." })
  @Column({ type: "int" })
  quantity: number;

  @Field(() => GraphQLSafeInt, {
    description:
      "List price of one license for what the line covers (a period, or its rest for licenses added); unitPrice × quantity = retailAmount.",
  })
  @Column({ type: "bigint", name: "unit_price" })
  unitPrice: number;

  @Field(() => GraphQLSafeInt)
  @Column({ type: "bigint", name: "retail_amount" })
  retailAmount: number;

  @Field(() => Int, { description: "The volume discount, in basis points: 1 % = 100." })
  @Column({ type: "int", name: "volume_discount_bp" })
  volumeDiscountBp: number;

  @Field(() => GraphQLSafeInt)
  @Column({ type: "bigint", name: "volume_discount" })
  volumeDiscount: number;

  @Field(() => Int, { description: "The partner discount, in basis points: 1 % = 100." })
  @Column({ type: "int", name: "partner_discount_bp" })
  partnerDiscountBp: number;

  @Field(() => GraphQLSafeInt)
  @Column({ type: "bigint", name: "partner_discount" })
  partnerDiscount: number;

  @Field(() => GraphQLSafeInt)
  @Column({ type: "bigint" })
  amount: number;
}

@Entity({ name: "payment" })
export class Payment extends Row {
  @Column({ type: "uuid", name: "invoice_id" })
  invoiceId: string;

  @Column({ type: "text" })
  method: PaymentMethod;

  @Column({ type: "bigint" })
  amount: number;

  @Column({ type: "text" })
  reference: string;

  @Column({ type: "uuid", name: "recorded_by", nullable: true })
  recordedBy: string | null;

  @TimestampColumn("created_at")
  createdAt: Date;
}
