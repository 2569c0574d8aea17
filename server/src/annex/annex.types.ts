import { MaxLength } from "class-validator";
import { Field, InputType, ObjectType } from "type-graphql";
import { User } from "../account/user.entity.js";
import { connectionType } from "../common/pagination.js";
import { payloadType } from "../common/payload.js";
import { IsNotBlank } from "../common/validation.js";
import { AnnexAcceptance, AnnexVersion } from "./annex.entity.js";

@InputType()
export class AnnexPublishInput {
  @Field()
  @IsNotBlank("Enter the annex's title")
  @MaxLength(200)
  title: string;

  @Field({ description: "The text, as Markdown; raw HTML in it shows as text. Up to 100,000 characters." })
  @IsNotBlank("Enter the annex's text")
  @MaxLength(100_000)
  body: string;

  @Field(() => Date, {
    nullable: true,
    description:
      "From when it is in force: now when left out, never in the past, and not before the latest version's date.",
  })
  effectiveAt?: Date | null;
}

@ObjectType({
  description: "The reselling annex as a reseller sees it: what is in force, and what it accepted.",
})
export class AnnexStatus {
  @Field(() => AnnexVersion, { nullable: true, description: "The version in force; null before the first." })
  inForce: AnnexVersion | null;

  @Field(() => AnnexVersion, {
    nullable: true,
    description: "The next version, published to take effect later.",
  })
  upcoming: AnnexVersion | null;

  @Field({
    description:
      "Whether the version in force is accepted (true when none is in force). Until it is, purchases and trials are refused with ANNEX_NOT_ACCEPTED; renewals go on.",
  })
  acceptedInForce: boolean;

  @Field({ description: "Whether the upcoming version is accepted already (false when there is none)." })
  acceptedUpcoming: boolean;

  @Field({ description: "Whether the caller may accept: the account's owner." })
  canAccept: boolean;

  @Field(() => [User], { description: "Who can accept: the account's owner." })
  acceptors: User[];

  @Field(() => [AnnexAcceptance], { description: "Every acceptance of the account, newest first." })
  acceptances: AnnexAcceptance[];
}

export const AnnexVersionConnection = connectionType(AnnexVersion, "AnnexVersion");

export const AnnexPublishPayload = payloadType<{ annexVersion: AnnexVersion | null }>("AnnexPublishPayload", {
  annexVersion: { type: () => AnnexVersion },
});

export const AnnexAcceptPayload = payloadType<{ acceptance: AnnexAcceptance | null }>("AnnexAcceptPayload", {
  acceptance: { type: () => AnnexAcceptance },
});
