import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({
  description:
    "The thresholds the API holds purchases, passwords, mailed links and notices to, so that a client can state them and check them before it sends anything. The API checks them again either way.",
})
export class BusinessRules {
  @Field(() => Int, {
    description:
      "The fewest licenses a monthly subscription holds unless staff set another minimum for a product (Product.periods); a yearly one holds 1 or more.",
  })
  monthlyMinimumQuantity: number;

  @Field(() => Int, {
    description: "The fewest licenses a subscription needs to be paid for by wire transfer.",
  })
  wireTransferMinimumQuantity: number;

  @Field(() => Int, { description: "The most licenses one subscription or quote holds." })
  maxQuantity: number;

  @Field(() => Int, {
    description:
      "A product's monthly price, unless staff set another, is its yearly list price divided by this, rounded half away from zero once.",
  })
  monthlyPriceDivisor: number;

  @Field(() => Int, { description: "The fewest characters a password has." })
  passwordMinLength: number;

  @Field(() => Int, { description: "How many hours a mailed activation or invitation link works." })
  linkLifetimeHours: number;

  @Field(() => Int, { description: "How many days before a yearly period ends its notice is mailed." })
  yearlyNoticeDays: number;

  @Field(() => Int, { description: "How many days before a monthly period ends its notice is mailed." })
  monthlyNoticeDays: number;

  @Field(() => Int, { description: "How many days before a quarterly period ends its notice is mailed." })
  quarterlyNoticeDays: number;
}
