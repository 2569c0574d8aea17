import { ArrayMaxSize, ArrayNotEmpty, Max, MaxLength, Min } from "class-validator";
import { Field, InputType, Int } from "type-graphql";
import { UserErrorCode } from "../common/errors.js";
import { connectionType } from "../common/pagination.js";
import { payloadType } from "../common/payload.js";
import { IsNotBlank } from "../common/validation.js";
import { ResellerApplication } from "./reseller-application.entity.js";

export const MAX_EXPECTED_LICENSES = 1_000_000;

@InputType()
export class ResellerApplicationSubmitInput {
  @Field({ description: "The company's website, an http(s) address." })
  @IsNotBlank("Enter your company's website")
  @MaxLength(300)
  website: string;

  @Field(() => [String], {
    description: "The countries you sell in, as ISO 3166-1 alpha-2 codes such as DE.",
  })
  @ArrayNotEmpty({ message: "Pick at least one country", context: { code: UserErrorCode.REQUIRED } })
  @ArrayMaxSize(250)
  countries: string[];

  @Field(() => Int, {
    description: `Licenses you expect to sell in a year: 1 to ${MAX_EXPECTED_LICENSES.toLocaleString("en")}.`,
  })
  @Min(1, {
    message: "Enter how many licenses you expect to sell in a year",
    context: { code: UserErrorCode.INVALID_QUANTITY },
  })
  @Max(MAX_EXPECTED_LICENSES, { context: { code: UserErrorCode.INVALID_QUANTITY } })
  expectedLicensesPerYear: number;

  @Field({ description: "A few lines about your company and your customers; up to 2,000 characters." })
  @IsNotBlank("Tell us briefly about your company")
  @MaxLength(2000)
  message: string;
}

export const ResellerApplicationPayload = payloadType<{ application: ResellerApplication | null }>(
  "ResellerApplicationPayload",
  { application: { type: () => ResellerApplication } },
);

export const ResellerApplicationConnection = connectionType(ResellerApplication, "ResellerApplication");
