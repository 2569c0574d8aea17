import { GraphQLError } from "graphql";
import { Field, ObjectType } from "type-graphql";
import { enumType } from "./enum-type.js";

/** Every code a mutation may answer with in `userErrors`; integrators can switch on them. */
export const UserErrorCode = enumType(
  "UserErrorCode",
  [
    "INVALID_INPUT",
    "REQUIRED",
    "TOO_SHORT",
    "PASSWORD_TOO_COMMON",
    "PASSWORD_IS_EMAIL",
    "TOO_LONG",
    "INVALID_EMAIL",
    "NOT_FOUND",
    "INVALID_CREDENTIALS",
    "TOO_MANY_ATTEMPTS",
    "ACCOUNT_DISABLED",
    "TOKEN_INVALID",
    "TOKEN_EXPIRED",
    "TOKEN_USED",
    "INVITATION_REVOKED",
    "EMAIL_IN_USE",
    "ALREADY_MEMBER",
    "ALREADY_INVITED",
    "CANNOT_CHANGE_OWNER",
    "NOT_A_MEMBER",
    "ALREADY_BILLING_CONTACT",
    "LAST_BILLING_CONTACT",
    "UNKNOWN_TIER",
    "ALREADY_REVOKED",
    "ALREADY_DISABLED",
    "UNKNOWN_PRODUCT",
    "PRODUCT_CODE_TAKEN",
    "DUPLICATE_BAND",
    "INVALID_QUANTITY",
    "MONTHLY_MINIMUM",
    "QUARTERLY_MINIMUM",
    "PERIOD_NOT_OFFERED",
    "WIRE_TRANSFER_MINIMUM",
    "INVALID_PERCENT",
    "PASS_THROUGH_TOO_HIGH",
    "INVALID_DISCOUNT_CODE",
    "ALREADY_REQUESTED",
    "NO_DISCOUNT_CODE",
    "ALREADY_CUSTOMER",
    "UNKNOWN_CUSTOMER",
    "EMAIL_BELONGS_TO_RESELLER",
    "PAYMENT_DECLINED",
    "ALREADY_ASSIGNED",
    "NOT_ASSIGNED",
    "SUBSCRIPTION_ENDED",
    "SUBSCRIPTION_NOT_ACTIVE",
    "IDEMPOTENCY_KEY_REUSED",
    "INVOICE_NOT_OPEN",
    "INVALID_COUNTRY",
    "INVALID_VAT_ID",
    "HAS_SUBSCRIPTION",
    "TRIAL_ALREADY_USED",
    "QUOTA_EXHAUSTED",
    "PRODUCT_NOT_TRIAL_ENABLED",
    "INVALID_CARD",
    "CARD_EXPIRED",
    "PAYMENT_METHOD_MISMATCH",
    "BILLING_OWNER_ONLY",
    "LAST_PAYMENT_METHOD",
    "URL_NOT_ALLOWED",
    "UNKNOWN_EVENT_TYPE",
    "APPLICATION_PENDING",
    "APPLICATION_DECIDED",
    "ANNEX_NOT_ACCEPTED",
    "ANNEX_SUPERSEDED",
    "EFFECTIVE_DATE_TOO_EARLY",
    "QUOTE_NOT_OPEN",
    "QUOTE_NOT_QUOTED",
    "QUOTE_EXPIRED",
  ],
  {
    description: "Why a mutation refused its input.",
  },
);
export type UserErrorCode = (typeof UserErrorCode)[keyof typeof UserErrorCode];

@ObjectType({ description: "An expected failure of a mutation, naming the input field it is about." })
export class UserError {
  @Field(() => UserErrorCode, { description: "A stable code to switch on." })
  code: UserErrorCode;

  @Field(() => String, {
    nullable: true,
    description: 'The input field at fault, as a path such as "input.email"; null when no one field is.',
  })
  field: string | null;

  @Field({ description: "A message for people, in English." })
  message: string;
}

export function userError(code: UserErrorCode, field: string | null, message: string): UserError {
  return Object.assign(new UserError(), { code, field, message });
}

/**
 * Thrown inside a service's transaction to roll it back and answer with `userErrors`;
 * nothing is half-written.
 */
export class UserErrorsException extends Error {
  constructor(readonly userErrors: UserError[]) {
    super(userErrors.map((e) => e.message).join("; "));
  }
}

export function fail(code: UserErrorCode, field: string | null, message: string): never {
  throw new UserErrorsException([userError(code, field, message)]);
}

/** For reads by id of things the caller may not see: they do not exist for them. */
export class NotFoundError extends GraphQLError {
  constructor(what: string) {
    super(`${what} not found`, { extensions: { code: "NOT_FOUND" } });
  }
}

/**
 * Bad input to an argument, found before or while a field runs: a query answers it as a top-level
 * `BAD_USER_INPUT` error naming the argument; a mutation as a userError on that field.
 */
export class BadInputError extends GraphQLError {
  constructor(
    readonly argument: string,
    message: string,
    readonly userErrorCode: UserErrorCode = UserErrorCode.INVALID_INPUT,
  ) {
    super(message, { extensions: { code: "BAD_USER_INPUT", argument } });
  }
}
