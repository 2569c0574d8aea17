import { GraphQLError } from "graphql";
import { Field, ObjectType, registerEnumType } from "type-graphql";

/** Every code a mutation may answer with in `userErrors`; integrators can switch on them. */
export enum UserErrorCode {
  INVALID_INPUT = "INVALID_INPUT",
  REQUIRED = "REQUIRED",
  TOO_SHORT = "TOO_SHORT",
  PASSWORD_TOO_COMMON = "PASSWORD_TOO_COMMON",
  PASSWORD_IS_EMAIL = "PASSWORD_IS_EMAIL",
  TOO_LONG = "TOO_LONG",
  INVALID_EMAIL = "INVALID_EMAIL",
  NOT_FOUND = "NOT_FOUND",
  INVALID_CREDENTIALS = "INVALID_CREDENTIALS",
  TOO_MANY_ATTEMPTS = "TOO_MANY_ATTEMPTS",
  ACCOUNT_DISABLED = "ACCOUNT_DISABLED",
  TOKEN_INVALID = "TOKEN_INVALID",
  TOKEN_EXPIRED = "TOKEN_EXPIRED",
  TOKEN_USED = "TOKEN_USED",
  INVITATION_REVOKED = "INVITATION_REVOKED",
  EMAIL_IN_USE = "EMAIL_IN_USE",
  ALREADY_MEMBER = "ALREADY_MEMBER",
  ALREADY_INVITED = "ALREADY_INVITED",
  CANNOT_CHANGE_OWNER = "CANNOT_CHANGE_OWNER",
  NOT_A_MEMBER = "NOT_A_MEMBER",
  ALREADY_BILLING_CONTACT = "ALREADY_BILLING_CONTACT",
  LAST_BILLING_CONTACT = "LAST_BILLING_CONTACT",
  UNKNOWN_TIER = "UNKNOWN_TIER",
  ALREADY_REVOKED = "ALREADY_REVOKED",
  ALREADY_DISABLED = "ALREADY_DISABLED",
  UNKNOWN_PRODUCT = "UNKNOWN_PRODUCT",
  PRODUCT_CODE_TAKEN = "PRODUCT_CODE_TAKEN",
  DUPLICATE_BAND = "DUPLICATE_BAND",
  INVALID_QUANTITY = "INVALID_QUANTITY",
  MONTHLY_MINIMUM = "MONTHLY_MINIMUM",
  WIRE_TRANSFER_MINIMUM = "WIRE_TRANSFER_MINIMUM",
  INVALID_PERCENT = "INVALID_PERCENT",
  PASS_THROUGH_TOO_HIGH = "PASS_THROUGH_TOO_HIGH",
  INVALID_DISCOUNT_CODE = "INVALID_DISCOUNT_CODE",
  ALREADY_REQUESTED = "ALREADY_REQUESTED",
  NO_DISCOUNT_CODE = "NO_DISCOUNT_CODE",
  ALREADY_CUSTOMER = "ALREADY_CUSTOMER",
  EMAIL_BELONGS_TO_RESELLER = "EMAIL_BELONGS_TO_RESELLER",
  PAYMENT_DECLINED = "PAYMENT_DECLINED",
  ALREADY_ASSIGNED = "ALREADY_ASSIGNED",
  NOT_ASSIGNED = "NOT_ASSIGNED",
  SUBSCRIPTION_ENDED = "SUBSCRIPTION_ENDED",
  SUBSCRIPTION_NOT_ACTIVE = "SUBSCRIPTION_NOT_ACTIVE",
  IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED",
  INVOICE_NOT_OPEN = "INVOICE_NOT_OPEN",
  HAS_SUBSCRIPTION = "HAS_SUBSCRIPTION",
  TRIAL_ALREADY_USED = "TRIAL_ALREADY_USED",
  QUOTA_EXHAUSTED = "QUOTA_EXHAUSTED",
  PRODUCT_NOT_TRIAL_ENABLED = "PRODUCT_NOT_TRIAL_ENABLED",
}

registerEnumType(UserErrorCode, {
  name: "UserErrorCode",
  description: "Why a mutation refused its input.",
});

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
