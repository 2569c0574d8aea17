import { GraphQLSafeInt } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { enumType } from "../common/enum-type.js";

export const BillingPeriod = enumType("BillingPeriod", ["YEARLY", "MONTHLY", "QUARTERLY"], {
  description:
    "How long a subscription period lasts. Each product is sold yearly, and may be sold quarterly and monthly too, each at its own price and minimum (Product.periods).",
  values: {
    YEARLY: { description: "A year at the yearly list price; every product offers it." },
    MONTHLY: { description: "A month at the product's monthly price, from its monthly minimum." },
    QUARTERLY: {
      description: "Three months at the product's quarterly price, from its quarterly minimum.",
    },
  },
});
export type BillingPeriod = (typeof BillingPeriod)[keyof typeof BillingPeriod];

/** What a billing period is, whatever the product: how long it lasts and when its notice goes out. */
export interface PeriodTerms {
  months: number;
  /** How many days before a period ends the billing contacts hear of the renewal or the end. */
  noticeDays: number;
  /** The period as an invoice line or a mail names it. */
  adjective: string;
}

export const PERIOD_TERMS: Record<BillingPeriod, PeriodTerms> = {
  YEARLY: { months: 12, noticeDays: 90, adjective: "yearly" },
  QUARTERLY: { months: 3, noticeDays: 30, adjective: "quarterly" },
  MONTHLY: { months: 1, noticeDays: 7, adjective: "monthly" },
};

/** The periods, longest first: the order products list them in. */
export const PERIODS_LONGEST_FIRST: readonly BillingPeriod[] = ["YEARLY", "QUARTERLY", "MONTHLY"];

@ObjectType({ description: "A period a product is sold for, with its price and minimum." })
export class ProductPeriod {
  @Field(() => BillingPeriod)
  period: BillingPeriod;

  @Field(() => GraphQLSafeInt, { description: "List price of one license for one period, in minor units." })
  unitPrice: number;

  @Field(() => Int, { description: "The fewest licenses a subscription for this period holds." })
  minimumQuantity: number;

  @Field(() => Int, { description: "How many months one period lasts: 12, 3 or 1." })
  months: number;

  @Field(() => Int, {
    description: "How many days before a period ends its renewal or end notice is mailed: 90, 30 or 7.",
  })
  noticeDays: number;
}

/** A period the product offers, as the API lists it. */
export function productPeriod(
  period: BillingPeriod,
  unitPrice: number,
  minimumQuantity: number,
): ProductPeriod {
  const { months, noticeDays } = PERIOD_TERMS[period];
  return Object.assign(new ProductPeriod(), { period, unitPrice, minimumQuantity, months, noticeDays });
}
