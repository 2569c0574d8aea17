import { ArrayMaxSize, ArrayMinSize, MaxLength, Min, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { UserErrorCode } from "../common/errors.js";
import { payloadType } from "../common/payload.js";
import { IsNotBlank } from "../common/validation.js";

/** The most rows one usage report holds; all are written in one statement. */
export const MAX_REPORT_ROWS = 10_000;

@InputType({
  description:
    "Agents registered for one customer account and product, as the product saw them at `observedAt`. Name the customer by its account id or by its owner's email.",
})
export class UsageRowInput {
  @Field(() => ID, {
    nullable: true,
    description: "The customer account's id (the portal viewer's account id). Give this or customerEmail.",
  })
  customerAccountId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The customer owner's email. Give this or customerAccountId.",
  })
  @MaxLength(320)
  customerEmail?: string | null;

  @Field({ description: "The product's code, such as PRO." })
  @MaxLength(40)
  productCode: string;

  @Field(() => Int, { description: "Agents registered: 0 or more." })
  @Min(0, { message: "Agents cannot be fewer than 0", context: { code: UserErrorCode.INVALID_QUANTITY } })
  agentCount: number;

  @Field(() => Date, { description: "When the product counted them." })
  observedAt: Date;
}

@InputType({ description: "A batch of usage counts, sent once per report id." })
export class UsageReportInput {
  @Field({
    description:
      "The report's own id, up to 200 characters: sent again, the report changes nothing and answers as the first time did.",
  })
  @IsNotBlank("Give the report an id")
  @MaxLength(200)
  reportId: string;

  @Field(() => [UsageRowInput], { description: `1 to ${MAX_REPORT_ROWS.toLocaleString("en")} rows.` })
  @ValidateNested({ each: true })
  @ArrayMinSize(1, { message: "A report needs at least one row", context: { code: UserErrorCode.REQUIRED } })
  @ArrayMaxSize(MAX_REPORT_ROWS, {
    message: `A report holds ${MAX_REPORT_ROWS.toLocaleString("en")} rows at most; send the rest in another report`,
    context: { code: UserErrorCode.TOO_LONG },
  })
  rows: UsageRowInput[];
}

@ObjectType({ description: "What a usage report did." })
export class UsageReportReceipt {
  @Field()
  reportId: string;

  @Field(() => Int, { description: "Rows in the report." })
  rows: number;

  @Field(() => Int, {
    description:
      "Rows that moved a customer's latest count; the others were older than what was already known (their day's history is kept).",
  })
  currentUpdated: number;

  @Field({ description: "When the report was first received." })
  receivedAt: Date;

  @Field({ description: "True when this report id was received before: nothing was written this time." })
  replayed: boolean;
}

export const UsageReportPayload = payloadType<{ receipt: UsageReportReceipt | null }>("UsageReportPayload", {
  receipt: { type: () => UsageReportReceipt },
});

@ObjectType({ description: "Agents registered against licenses, for one product." })
export class ProductUsage {
  @Field()
  productCode: string;

  @Field()
  productName: string;

  @Field(() => Int, { description: "Agents registered, by the latest report of each customer." })
  agents: number;

  @Field(() => Int, { description: "Licenses in force that count against them." })
  licenses: number;

  @Field(() => Int, {
    description:
      "Agents beyond the licenses that count against them: how many licenses to add; 0 when covered, or when another reseller licenses them.",
  })
  overBy: number;

  @Field({
    description:
      "True when another reseller assigned this customer licenses of the product: its agents count against those, not yours.",
  })
  licensedElsewhere: boolean;

  @Field(() => Date, {
    nullable: true,
    description: "The latest count's time; null when nothing was reported.",
  })
  reportedAt: Date | null;
}

@ObjectType({ description: "A product-ingestion key: the vendor's product reports usage with it." })
export class IngestionKey {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: "The key's public start, to tell keys apart." })
  prefix: string;

  @Field()
  createdAt: Date;

  @Field(() => String, { nullable: true, description: "The staff member who made it." })
  createdBy: string | null;

  @Field(() => Date, { nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;
}

@InputType()
export class IngestionKeyCreateInput {
  @Field({ description: "What the key is for, such as the product's production reporter." })
  @IsNotBlank("Name the key")
  @MaxLength(100)
  name: string;
}

export const IngestionKeyPayload = payloadType<{ ingestionKey: IngestionKey | null; secret: string | null }>(
  "IngestionKeyPayload",
  {
    ingestionKey: { type: () => IngestionKey },
    secret: { type: () => String, description: "The whole key, shown this once." },
  },
);

@ObjectType({ description: "A customer's agents of one product on one day: the day's latest count." })
export class UsageDay {
  @Field({ description: "The UTC day, YYYY-MM-DD." })
  day: string;

  @Field(() => Int)
  agents: number;
}
