import { IsNotEmpty, MaxLength } from "class-validator";
import { Field, InputType, ObjectType } from "type-graphql";
import { Account } from "../account/account.entity.js";
import { User } from "../account/user.entity.js";
import { ApiKey } from "../api-key/api-key.entity.js";
import { MemberRole, Permission } from "../common/auth.js";
import { enumType } from "../common/enum-type.js";
import { payloadType } from "../common/payload.js";
import { IsEmailAddress } from "../common/validation.js";
import { PASSWORD_RULE } from "./password-policy.js";
import { TokenPurpose } from "./user-token.entity.js";

export const TokenStatus = enumType("TokenStatus", ["VALID", "EXPIRED", "USED", "INVALID", "REVOKED"], {
  description: "Whether a mailed link still works.",
});
export type TokenStatus = (typeof TokenStatus)[keyof typeof TokenStatus];

@ObjectType({ description: "The caller: a signed-in person or an API key, with what it may do." })
export class Viewer {
  @Field(() => User, { nullable: true, description: "The person; null when an API key is calling." })
  user: User | null;

  @Field(() => Account, {
    nullable: true,
    description: "The account the caller acts for; null for vendor staff.",
  })
  account: Account | null;

  @Field(() => MemberRole, { nullable: true, description: "The person's role in a reseller account." })
  role: MemberRole | null;

  @Field(() => ApiKey, { nullable: true, description: "The API key, when one is calling." })
  apiKey: ApiKey | null;

  @Field(() => [Permission], { description: "Everything the caller may do; the web app shows only these." })
  permissions: Permission[];
}

@InputType()
export class SignInInput {
  @Field()
  @IsEmailAddress("Enter an email address such as name@company.com")
  email: string;

  @Field()
  @IsNotEmpty({ message: "Enter your password" })
  @MaxLength(200)
  password: string;
}

export const SignInPayload = payloadType<{ viewer: Viewer | null }>("SignInPayload", {
  viewer: { type: () => Viewer },
});

export const SignOutPayload = payloadType<{ signedOut: boolean }>("SignOutPayload", {
  signedOut: {
    type: () => Boolean,
    nullable: false,
    description: "True once the session (or every session) has ended.",
  },
});

@ObjectType({ description: "What a mailed link is for, shown before the person sets a password." })
export class TokenInfo {
  @Field(() => TokenStatus)
  status: TokenStatus;

  @Field(() => TokenPurpose, { nullable: true })
  purpose: TokenPurpose | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: "The account the person activates or joins." })
  accountName: string | null;

  @Field(() => MemberRole, { nullable: true })
  role: MemberRole | null;

  @Field(() => String, {
    nullable: true,
    description: "The name the inviter gave for the person, to suggest when they choose theirs.",
  })
  name: string | null;

  @Field({
    description:
      "True when the person has no password yet and sets one; false when they already have one and accept by entering it.",
  })
  needsPassword: boolean;
}

@InputType()
export class AccountActivateInput {
  @Field({ description: "The token from the mailed link." })
  @IsNotEmpty()
  token: string;

  // The rest of the rule needs the holder's email, so the service checks it (password-policy.ts).
  @Field({ description: PASSWORD_RULE })
  @MaxLength(200)
  password: string;

  @Field(() => String, { nullable: true, description: "The person's name, if they want to set it." })
  @MaxLength(120)
  name?: string | null;
}
