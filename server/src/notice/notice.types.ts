import { GraphQLSafeInt } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { enumType } from "../common/enum-type.js";
import { connectionType } from "../common/pagination.js";
import { Subscription } from "../subscription/subscription.entity.js";

export const NoticeKind = enumType("NoticeKind", ["RENEWAL", "TERMINATION"], {
  description: "What happens at the end of a subscription's period.",
  values: {
    RENEWAL: { description: "It renews: a new period is invoiced and charged." },
    TERMINATION: { description: "Renewal is off: it ends, and its customer loses the licenses." },
  },
});
export type NoticeKind = (typeof NoticeKind)[keyof typeof NoticeKind];

@ObjectType({
  description:
    "A subscription's coming period end, and the notice mailed to the billing contacts before it: 90 days ahead for a yearly period, 7 days for a monthly one.",
})
export class UpcomingNotice {
  @Field(() => NoticeKind)
  kind: NoticeKind;

  @Field({ description: "The period end: when it renews or ends." })
  date: Date;

  @Field(() => Int, { description: "Licenses it renews with (a scheduled decrease applied), or that end." })
  quantity: number;

  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description: "What the renewal costs, in minor units of `currency`; null for a termination.",
  })
  amount: number | null;

  @Field()
  currency: string;

  @Field({ description: "When the notice mail goes (or went) to the billing contacts." })
  noticeDate: Date;

  @Field(() => Date, { nullable: true, description: "When the notice was sent; null until then." })
  noticeSentAt: Date | null;

  @Field(() => Subscription)
  subscription: Subscription;
}

export const UpcomingNoticeConnection = connectionType(UpcomingNotice, "UpcomingNotice");
