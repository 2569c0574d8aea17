import { ArrayMaxSize, Matches, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { GraphQLSafeInt } from "graphql-scalars";
import { Field, InputType, Int, ObjectType } from "type-graphql";
import { UserErrorCode } from "../common/errors.js";
import { payloadType } from "../common/payload.js";
import { IsNotBlank } from "../common/validation.js";
import { VatCharge } from "../invoice/vat-charge.js";
import { PaymentMethod } from "../payment/payment-method.js";
import { Tier } from "../tier/tier.entity.js";
import { BillingPeriod } from "./period-terms.js";
import { MAX_QUANTITY, MAX_YEARLY_PRICE } from "./pricing.js";
import { Product } from "./product.entity.js";

/** How every percentage of the API reads. */
export const BP = "in basis points: 1 % = 100";

/** How every quantity of licenses of the API reads. */
export const QUANTITY_DESCRIPTION =
  "How many licenses: a whole number from 1 to 100,000, and at least the product's minimum for the period (Product.periods). Out of range: INVALID_QUANTITY, MONTHLY_MINIMUM or QUARTERLY_MINIMUM.";

export { BillingPeriod };

@InputType({ description: "What to price: a product, a period, a quantity and the discounts." })
export class QuoteInput {
  @Field({ description: "The product's code, such as PRO." })
  productCode: string;

  @Field(() => BillingPeriod)
  period: BillingPeriod;

  @Field(() => Int, { description: QUANTITY_DESCRIPTION })
  quantity: number;

  @Field(() => String, {
    nullable: true,
    description: "Your partner discount code; without one you pay retail.",
  })
  discountCode?: string | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 0,
    description: `The discount you give your end customer, ${BP}, from 0 to your partner discount.`,
  })
  passThroughBp?: number | null;

  @Field(() => PaymentMethod, {
    nullable: true,
    description: "When given, checked too: WIRE_TRANSFER needs 100 licenses.",
  })
  paymentMethod?: PaymentMethod | null;
}

@ObjectType({
  description:
    "A price breakdown. Amounts are integer minor units of `currency`; each line is rounded once, half away from zero.",
})
export class Quote {
  @Field(() => Product)
  product: Product;

  @Field(() => BillingPeriod)
  period: BillingPeriod;

  @Field(() => Int, { description: "Licenses: 1 to 100,000; 20 or more for MONTHLY." })
  quantity: number;

  @Field()
  currency: string;

  @Field(() => GraphQLSafeInt, { description: "List price of one license for one period." })
  unitListPrice: number;

  @Field(() => GraphQLSafeInt, {
    description: "The retail list price for the quantity, before any discount: unitListPrice × quantity.",
  })
  retailPrice: number;

  @Field(() => Int, { description: `The volume discount, ${BP}.` })
  volumeDiscountBp: number;

  @Field(() => GraphQLSafeInt)
  volumeDiscount: number;

  @Field(() => GraphQLSafeInt, {
    description: "Retail less the volume discount: the suggested end-customer price.",
  })
  priceAfterVolumeDiscount: number;

  @Field(() => Int, {
    description: `The tier's reselling percentage when a valid partner discount code is given, else 0; ${BP}.`,
  })
  partnerDiscountBp: number;

  @Field(() => GraphQLSafeInt)
  partnerDiscount: number;

  @Field(() => GraphQLSafeInt, { description: "What the reseller pays the vendor, before VAT." })
  vendorPrice: number;

  @Field(() => VatCharge, { description: "The VAT on the vendor price, by the reseller's billing profile." })
  vat: VatCharge;

  @Field(() => GraphQLSafeInt, { description: "What the reseller is charged: the vendor price plus VAT." })
  vendorPriceWithVat: number;

  @Field(() => Int, { description: `The discount passed on to the end customer, ${BP}.` })
  passThroughBp: number;

  @Field(() => GraphQLSafeInt, { description: "The discount the reseller gives its end customer." })
  passThroughDiscount: number;

  @Field(() => GraphQLSafeInt, { description: "What the end customer pays the reseller." })
  endCustomerPrice: number;

  @Field(() => GraphQLSafeInt, {
    description: "What the reseller keeps: end-customer price less vendor price.",
  })
  margin: number;

  @Field({ description: "Whether a valid partner discount code was applied." })
  discountCodeApplied: boolean;

  @Field({ description: "Whether this quantity may be paid by wire transfer." })
  wireTransferAllowed: boolean;

  @Field(() => Tier, { description: "The reseller's tier the partner discount comes from." })
  tier: Tier;
}

/**
 * A quote, or every problem with its input. A query, yet it answers refusals as data the way a
 * mutation does: the purchase form shows them on its fields as the reseller types.
 */
export const QuotePayload = payloadType<{ quote: Quote | null }>("QuotePayload", {
  quote: { type: () => Quote },
});

const CODE_PATTERN = /^[A-Z][A-Z0-9_]*$/;
const CURRENCY_PATTERN = /^[A-Z]{3}$/;

@InputType({ description: "A volume discount band." })
export class VolumeBandInput {
  @Field(() => Int, { description: "From this many licenses on: 2 to 100,000." })
  @Min(2, {
    message: "A band starts at 2 licenses or more",
    context: { code: UserErrorCode.INVALID_QUANTITY },
  })
  @Max(MAX_QUANTITY, {
    message: `A band starts at ${MAX_QUANTITY.toLocaleString("en")} licenses at most`,
    context: { code: UserErrorCode.INVALID_QUANTITY },
  })
  minQuantity: number;

  @Field(() => Int, {
    description: `Discount off the list price, ${BP}: 0 to 10,000. Outside that: INVALID_PERCENT.`,
  })
  percentBp: number;
}

@InputType({ description: "A period a product is sold for besides YEARLY, with its price and minimum." })
export class ProductPeriodInput {
  @Field(() => BillingPeriod, { description: "MONTHLY or QUARTERLY; YEARLY is always sold, at yearlyPrice." })
  period: BillingPeriod;

  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description:
      "List price of one license for one period, in minor units: 0 to 100,000,000. Required for QUARTERLY; left out for MONTHLY, the yearly price ÷ 10, rounded half away from zero.",
  })
  @Min(0, { message: "The price cannot be negative" })
  @Max(MAX_YEARLY_PRICE, { message: "The price can be 1,000,000.00 at most" })
  unitPrice?: number | null;

  @Field(() => Int, {
    description: "The fewest licenses a subscription for this period holds: 1 to 100,000.",
  })
  @Min(1, { message: "The minimum is 1 license or more", context: { code: UserErrorCode.INVALID_QUANTITY } })
  @Max(MAX_QUANTITY, {
    message: `The minimum can be ${MAX_QUANTITY.toLocaleString("en")} licenses at most`,
    context: { code: UserErrorCode.INVALID_QUANTITY },
  })
  minimumQuantity: number;
}

@InputType({ description: "A product's editable fields." })
export class ProductFieldsInput {
  @Field()
  @IsNotBlank("Enter the product name")
  @MaxLength(120)
  name: string;

  @Field({ defaultValue: "" })
  @MaxLength(2000)
  description: string;

  @Field(() => GraphQLSafeInt, {
    description: "Yearly list price of one license, in minor units: 0 to 100,000,000.",
  })
  @Min(0, { message: "The price cannot be negative" })
  @Max(MAX_YEARLY_PRICE, { message: "The price can be 1,000,000.00 at most" })
  yearlyPrice: number;

  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description:
      "Monthly list price of one license, in minor units: 0 to 100,000,000. Left out, it is the yearly price ÷ 10, rounded half away from zero; on an update, that only when the yearly price changes.",
  })
  @Min(0, { message: "The price cannot be negative" })
  @Max(MAX_YEARLY_PRICE, { message: "The price can be 1,000,000.00 at most" })
  monthlyPrice?: number | null;

  @Field(() => [ProductPeriodInput], {
    nullable: true,
    description:
      "The periods the product is sold for besides YEARLY, each with its price and minimum; a period left out is not sold (subscriptions already bought for it keep renewing at their price). Left out entirely: a new product is sold MONTHLY from 20 licenses at monthlyPrice or its default, and an update keeps the periods, the monthly price following monthlyPrice as it always has. Give either this or monthlyPrice.",
  })
  @ValidateNested({ each: true })
  @ArrayMaxSize(2)
  periods?: ProductPeriodInput[] | null;

  @Field({ description: "ISO 4217 code, such as EUR." })
  @Matches(CURRENCY_PATTERN, { message: "Use a three-letter ISO currency code such as EUR" })
  currency: string;

  @Field()
  trialEnabled: boolean;

  @Field()
  active: boolean;
}

@InputType({ description: "A new product." })
export class ProductCreateInput extends ProductFieldsInput {
  @Field({ description: "Upper-case letters, digits and underscores, such as STUDIO_PRO." })
  @Matches(CODE_PATTERN, { message: "Use upper-case letters, digits and underscores, such as STUDIO_PRO" })
  @MaxLength(40)
  code: string;

  @Field(() => [VolumeBandInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @ArrayMaxSize(20)
  bands: VolumeBandInput[];
}

@InputType({ description: "A product's new fields and bands; the code stays." })
export class ProductUpdateInput extends ProductFieldsInput {
  @Field(() => [VolumeBandInput], { description: "Replaces every band of the product." })
  @ValidateNested({ each: true })
  @ArrayMaxSize(20)
  bands: VolumeBandInput[];
}

export const ProductPayload = payloadType<{ product: Product | null }>("ProductPayload", {
  product: { type: () => Product },
});
